#include "dialogcoordinator.h"

#include "aboutdialog.h"
#include "appsettings.h"
#include "granttokendialog.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "signindialog.h"
#include "storechooserdialog.h"
#include "themecontroller.h"
#include "tokenfacade.h"
#include "tokentablemodel.h"
#include "transferdialog.h"

DialogCoordinator::DialogCoordinator(MainWindow *window, TokenFacade *facade, AppSettings *settings,
                                     ThemeController *theme, SandboxProcess *sandbox, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_facade(facade)
    , m_settings(settings)
    , m_theme(theme)
    , m_sandbox(sandbox)
{
    // Sign in… on a token that needs it replaces that token: the form starts from it.
    connect(window, &MainWindow::signInRequested, this, [this] {
        const QStringList ids = m_window->selectedTokenIds();
        const TokenTableModel *tokens = m_window->tokenModel();
        const int row = ids.size() == 1 ? tokens->rowOf(ids.first()) : -1;
        if (row >= 0 && tokens->statusAt(row) == Token::Status::NeedsReauthorization)
            openSignInAgain(ids.first());
        else
            openSignIn();
    });
    connect(window, &MainWindow::sandboxRequested, this, &DialogCoordinator::openSandboxSignIn);
    connect(window, &MainWindow::grantTokenRequested, this, &DialogCoordinator::openGrantToken);
    connect(window, &MainWindow::switchStoreRequested, this, &DialogCoordinator::openStoreChooser);
    connect(window, &MainWindow::importRequested, this, &DialogCoordinator::openImport);
    connect(window, &MainWindow::exportRequested, this, &DialogCoordinator::openExport);
    connect(window, &MainWindow::settingsRequested, this, &DialogCoordinator::openSettings);
    connect(window, &MainWindow::aboutRequested, this, &DialogCoordinator::openAbout);
}

bool DialogCoordinator::raiseExisting(const QString &objectName)
{
    for (QWidget *dialog : m_window->findChildren<QDialog *>(objectName, Qt::FindDirectChildrenOnly)) {
        if (dialog->isVisible()) {
            dialog->raise();
            dialog->activateWindow();
            m_current = dialog;
            return true;
        }
    }
    return false;
}

void DialogCoordinator::present(QWidget *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_current = dialog;
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void DialogCoordinator::openSignIn()
{
    if (raiseExisting(QStringLiteral("signInDialog")))
        return;
    auto *dialog = new SignInDialog(m_facade, m_sandbox, m_window);
    connect(dialog, &SignInDialog::signedIn, m_window, [this](const Token &token) {
        m_window->selectToken(token.id);
        m_window->showStatusMessage(
            tr("Signed in as %1.").arg(token.userName.isEmpty() ? token.id : token.userName));
    });
    present(dialog);
}

void DialogCoordinator::openSignInAgain(const QString &tokenId)
{
    const bool open = raiseExisting(QStringLiteral("signInDialog"));
    if (!open)
        openSignIn();
    auto *dialog = qobject_cast<SignInDialog *>(m_current.data());
    const TokenTableModel *tokens = m_window->tokenModel();
    const int row = tokens->rowOf(tokenId);
    // A dialog already waiting for the browser keeps what it is doing.
    if (dialog && row >= 0 && !dialog->isWaiting())
        dialog->setOptions(OAuthSignIn::optionsToReplace(tokens->tokenAt(row)));
}

void DialogCoordinator::openSandboxSignIn()
{
    openSignIn();
    if (auto *dialog = qobject_cast<SignInDialog *>(m_current.data()))
        dialog->startSandboxSignIn();
}

void DialogCoordinator::openGrantToken()
{
    if (raiseExisting(QStringLiteral("grantTokenDialog")))
        return;
    auto *dialog = new GrantTokenDialog(m_facade, m_window);
    connect(dialog, &GrantTokenDialog::signedIn, m_window, [this](const Token &token) {
        m_window->selectToken(token.id);
        m_window->showStatusMessage(tr("Grant token exchanged: token %1 saved.").arg(token.id));
    });
    present(dialog);
}

void DialogCoordinator::openStoreChooser()
{
    if (raiseExisting(QStringLiteral("storeChooserDialog")))
        return;
    auto *dialog = new StoreChooserDialog(m_facade, m_settings, m_window);
    dialog->setSpec(m_facade->spec());
    connect(dialog, &StoreChooserDialog::storeChosen, m_facade, [this](const QString &spec) {
        m_settings->setLastStore(spec);
        m_facade->open(spec);
    });
    present(dialog);
}

void DialogCoordinator::openImport()
{
    if (raiseExisting(QStringLiteral("importDialog")))
        return;
    present(new TransferDialog(TransferDialog::Mode::Import, m_facade, {}, m_window));
}

void DialogCoordinator::openExport(const QStringList &selectedIds)
{
    if (raiseExisting(QStringLiteral("exportDialog")))
        return;
    present(new TransferDialog(TransferDialog::Mode::Export, m_facade, selectedIds, m_window));
}

void DialogCoordinator::openSettings()
{
    if (raiseExisting(QStringLiteral("settingsDialog")))
        return;
    auto *dialog = new SettingsDialog(m_settings, m_window);
    dialog->setTokenFacade(m_facade);
    connect(dialog, &SettingsDialog::themeChosen, m_theme, &ThemeController::apply);
    present(dialog);
}

void DialogCoordinator::openAbout()
{
    if (raiseExisting(QStringLiteral("aboutDialog")))
        return;
    present(new AboutDialog(m_window));
}
