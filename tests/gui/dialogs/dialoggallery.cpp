// zcrm-dialog-gallery OUTPUT_FOLDER: opens every dialog of zcrm_ui in the states a user meets (the
// sign-in form, its custom and sandbox choices, the page that waits for the browser, an error; the
// grant token, store, import, export, settings, about and confirmation dialogs), grabs each once it is
// shown and laid out, and writes PNGs: light theme first, then dark with the suffix -dark.
// Runs under any QPA platform (xvfb-run, offscreen). Not a test: a tool for looking.
// ZCRM_GALLERY_LANG=de|ja|pseudo runs it in another language (see gallerylanguage.h).

#include "aboutdialog.h"
#include "appsettings.h"
#include "confirm.h"
#include "dialogtesthelpers.h"
#include "gallerylanguage.h"
#include "granttokendialog.h"
#include "mainwindow.h"
#include "sandboxprocess.h"
#include "sandboxserver.h"
#include "settingsdialog.h"
#include "signindialog.h"
#include "storechooserdialog.h"
#include "storespeceditor.h"
#include "themecontroller.h"
#include "tokenfacade.h"
#include "transferdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <functional>
#include <memory>

namespace {

QString g_folder;
QString g_suffix;
int g_failures = 0;

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
        QTest::qWait(20);
    }
}

void shoot(QWidget *widget, const QString &name)
{
    widget->show();
    if (!QTest::qWaitForWindowExposed(widget, 5000))
        QTextStream(stderr) << "not exposed: " << name << Qt::endl;
    settle();
    const QString path = QDir(g_folder).filePath(name + g_suffix + QStringLiteral(".png"));
    if (!widget->grab().save(path)) {
        QTextStream(stderr) << "could not write " << path << Qt::endl;
        ++g_failures;
        return;
    }
    QTextStream(stdout) << path << " " << widget->width() << "x" << widget->height() << Qt::endl;
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 15000)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

OAuthSignIn::Options sandboxOptions(const SandboxServer &sandbox, const QString &secret = QString())
{
    OAuthSignIn::Options options;
    options.environment = *ZohoEnvironment::custom(sandbox.accountsUrl(), sandbox.apiDomain());
    options.clientId = sandbox.clientId();
    options.clientSecret = secret.isEmpty() ? sandbox.clientSecret() : secret;
    options.redirectUri = QStringLiteral("http://localhost:0/callback");
    return options;
}

void shootAll(TokenFacade &facade, SandboxServer &sandbox, SandboxProcess &sandboxProcess,
              LoopbackBrowser &browser, AppSettings &settings, const QString &work)
{
    {
        SignInDialog dialog(&facade, &sandboxProcess);
        shoot(&dialog, QStringLiteral("signin"));
    }
    {
        SignInDialog dialog(&facade, &sandboxProcess);
        OAuthSignIn::Options options;
        options.environment = *ZohoEnvironment::custom(QUrl(QStringLiteral("https://accounts.example.com")),
                                                       QUrl(QStringLiteral("https://crm.example.com")));
        options.clientId = QStringLiteral("1000.7Q2XKJ4N9ZC1ABCDEF0123456789");
        options.clientSecret = QStringLiteral("0123456789abcdef0123456789abcdef0123456789");
        dialog.setOptions(options);
        shoot(&dialog, QStringLiteral("signin-custom"));
    }
    {
        SignInDialog dialog(&facade, &sandboxProcess);
        dialog.show();
        dialog.selectSandbox();
        waitFor([&] { return sandboxProcess.isReady(); }, 20000);
        shoot(&dialog, QStringLiteral("signin-sandbox"));
    }
    {
        SignInDialog dialog(&facade, &sandboxProcess);
        dialog.setOptions(sandboxOptions(sandbox));
        dialog.show();
        dialog.findChild<QLineEdit *>(QStringLiteral("clientIdEdit"))->clear();
        dialog.startSignIn();
        shoot(&dialog, QStringLiteral("signin-validation"));
    }
    {
        browser.setFollowing(false);
        SignInDialog dialog(&facade, &sandboxProcess);
        dialog.setOptions(sandboxOptions(sandbox));
        dialog.show();
        dialog.startSignIn();
        waitFor([&] { return !dialog.authorizationUrl().isEmpty(); });
        shoot(&dialog, QStringLiteral("signin-progress"));
        dialog.cancelSignIn();
    }
    {
        browser.setFollowing(true);
        SignInDialog dialog(&facade, &sandboxProcess);
        dialog.setOptions(sandboxOptions(sandbox, QStringLiteral("wrong-secret")));
        dialog.show();
        dialog.startSignIn();
        waitFor([&] { return !dialog.isWaiting(); });
        shoot(&dialog, QStringLiteral("signin-error"));
    }
    {
        GrantTokenDialog dialog(&facade);
        shoot(&dialog, QStringLiteral("granttoken"));
    }
    {
        GrantTokenDialog dialog(&facade);
        dialog.setOptions(sandboxOptions(sandbox));
        dialog.setGrantCode(QStringLiteral("1000.expired.code"));
        dialog.show();
        dialog.startExchange();
        waitFor([&] { return !dialog.isWorking(); });
        shoot(&dialog, QStringLiteral("granttoken-error"));
    }
    {
        StoreChooserDialog dialog(&facade, &settings);
        dialog.setSpec(QStringLiteral("sqlite:")
                       + QDir::home().filePath(QStringLiteral(".local/share/zcrm/tokens.db")));
        shoot(&dialog, QStringLiteral("storechooser"));
    }
    {
        StoreChooserDialog dialog(&facade, &settings);
        dialog.setSpec(QStringLiteral("mysql://crm@db.example.com:3306/zohooauth?table=oauthtoken"));
        shoot(&dialog, QStringLiteral("storechooser-mysql"));
    }
    {
        StoreChooserDialog dialog(&facade, &settings);
        dialog.setSpec(QStringLiteral("keychain:"));
        shoot(&dialog, QStringLiteral("storechooser-keychain"));
    }
    {
        TransferDialog dialog(TransferDialog::Mode::Export, &facade,
                              { QStringLiteral("1"), QStringLiteral("2") });
        dialog.setSpec(QStringLiteral("file:") + QDir::home().filePath(QStringLiteral("sdk_tokens.txt")));
        shoot(&dialog, QStringLiteral("export"));
    }
    {
        TransferDialog dialog(TransferDialog::Mode::Export, &facade, {});
        dialog.setSpec(QStringLiteral("file:")
                       + QDir(work).filePath(QStringLiteral("export%1.txt").arg(g_suffix)));
        dialog.setIncludesSecrets(true);
        shoot(&dialog, QStringLiteral("export-secrets"));
        dialog.start();
        waitFor([&] { return !dialog.isRunning(); });
        shoot(&dialog, QStringLiteral("export-done"));
    }
    {
        TransferDialog dialog(TransferDialog::Mode::Import, &facade, {});
        dialog.setSpec(QStringLiteral("file:") + QDir::home().filePath(QStringLiteral("sdk_tokens.txt")));
        shoot(&dialog, QStringLiteral("import"));
    }
    {
        SettingsDialog dialog(&settings);
        shoot(&dialog, QStringLiteral("settings"));
    }
    {
        AboutDialog dialog;
        shoot(&dialog, QStringLiteral("about"));
    }
    {
        QWidget window;
        window.resize(640, 400);
        window.show();
        const Confirm::Question question = MainWindow::revokeQuestion(QStringLiteral("admin@sandbox.test"));
        QMessageBox *box = Confirm::ask(&window, question, [](bool) {});
        shoot(box, QStringLiteral("confirm-revoke"));
        box->close();
        settle();
    }
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("zcrm-dialog-gallery"));
    if (GalleryLanguage::install(&app).isEmpty())
        return 1;
    if (argc < 2) {
        QTextStream(stderr) << "usage: zcrm-dialog-gallery OUTPUT_FOLDER" << Qt::endl;
        return 2;
    }
    g_folder = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(g_folder);

    QTemporaryDir work;
    QSettings ini(QDir(work.path()).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    AppSettings settings(&ini);
    settings.setRefreshLeadSeconds(300);

    SandboxServer sandbox;
    sandbox.setRecordsPerModule(5);
    sandbox.setAutoApprove(true);
    if (!sandbox.start(0))
        return 1;
    SandboxProcess sandboxProcess;
    const QString beside = QDir(QCoreApplication::applicationDirPath())
                               .filePath(QStringLiteral("../../../app/sandbox/zcrm-sandbox"));
    if (QFileInfo(beside).isExecutable())
        sandboxProcess.setExecutable(QFileInfo(beside).canonicalFilePath());

    LoopbackBrowser browser;
    TokenFacade facade;
    facade.setBrowserOpener(browser.opener());
    facade.open(QStringLiteral("sqlite:") + QDir(work.path()).filePath(QStringLiteral("tokens.db")));
    waitFor([&] { return facade.isOpen(); });
    // A few rows for the export.
    bool saved = false;
    facade.signInWithGrantToken(sandboxOptions(sandbox),
                                sandbox.createGrantCode(QStringLiteral("ZohoCRM.modules.ALL")), &app,
                                [&saved](const TokenFacade::SignInOutcome &) { saved = true; });
    waitFor([&] { return saved; });

    ThemeController theme;
    theme.apply(AppSettings::Theme::Light);
    g_suffix.clear();
    shootAll(facade, sandbox, sandboxProcess, browser, settings, work.path());

    theme.apply(AppSettings::Theme::Dark);
    g_suffix = QStringLiteral("-dark");
    shootAll(facade, sandbox, sandboxProcess, browser, settings, work.path());

    sandboxProcess.stop();
    return g_failures == 0 ? 0 : 1;
}
