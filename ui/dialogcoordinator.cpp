#include "dialogcoordinator.h"

#include "mainwindow.h"

// Interim: the dialogs arrive in the next change; until then each request says so in the status bar.
DialogCoordinator::DialogCoordinator(MainWindow *window, TokenFacade *facade, AppSettings *settings,
                                     ThemeController *theme, SandboxProcess *sandbox, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_facade(facade)
    , m_settings(settings)
    , m_theme(theme)
    , m_sandbox(sandbox)
{ }

void DialogCoordinator::openSignIn() { }
void DialogCoordinator::openSandboxSignIn() { }
void DialogCoordinator::openGrantToken() { }
void DialogCoordinator::openStoreChooser() { }
void DialogCoordinator::openImport() { }
void DialogCoordinator::openExport(const QStringList &) { }
void DialogCoordinator::openSettings() { }
void DialogCoordinator::openAbout() { }
bool DialogCoordinator::raiseExisting(const QString &)
{
    return false;
}
void DialogCoordinator::present(QWidget *) { }
