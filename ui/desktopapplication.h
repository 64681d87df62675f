#pragma once

#include "tokenfacade.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class AppSettings;
class QCoreApplication;
class DialogCoordinator;
class LogCapture;
class MainWindow;
class QSettings;
class SandboxProcess;
class ThemeController;
class TrayIcon;

// The desktop application put together: settings, theme, log, the token facade, the main window,
// the sandbox for a first try, and the dialogs. run() is main(); tests and the gallery build one
// with their own parts (a settings file, a store, a browser opener, a network factory).
class DesktopApplication : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString storeSpec; // empty: $ZCRM_STORE, else the saved default, else keychain or SQLite
        QSettings *settings = nullptr; // empty: the user's settings
        TokenFacade::BrowserOpener browserOpener; // empty: the system browser
        TokenFacade::NetworkFactory networkFactory;
        TokenFacade::Options facade;
        bool installLogCapture = true;
        // The tray refresher: the scheduler on the facade's worker, and the tray icon where one exists.
        bool keepTokensFresh = false;
        bool minimized = false; // start in the tray (minimized when there is none)
        std::function<void()> quit; // empty: QCoreApplication::quit
    };

    explicit DesktopApplication(Options options, QObject *parent = nullptr);
    ~DesktopApplication() override;

    // Shows the window at once; the store is read after it shows.
    void start();

    MainWindow *window() const { return m_window.get(); }
    TokenFacade *facade() const { return m_facade; }
    AppSettings *settings() const { return m_settings; }
    ThemeController *theme() const { return m_theme; }
    SandboxProcess *sandbox() const { return m_sandbox; }
    DialogCoordinator *dialogs() const { return m_dialogs; }
    TrayIcon *tray() const { return m_tray; }

    // Shows the window in front (the tray's Open, a second start).
    void bringToFront();
    // Quits for good (the tray's Quit): the window closes, whatever the tray.
    void quit();

    // zcrm-explorer [--store SPEC]
    static int run(int argc, char *argv[]);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Names the application, installs its language and parses the command line; returns --store.
    static Options parseArguments(QCoreApplication &app);
    void openFirstStore();
    void trayActiveChanged(bool active);

    Options m_options;
    std::unique_ptr<QSettings> m_ownSettings;
    AppSettings *m_settings;
    ThemeController *m_theme;
    LogCapture *m_log;
    TokenFacade *m_facade;
    SandboxProcess *m_sandbox;
    std::unique_ptr<MainWindow> m_window;
    DialogCoordinator *m_dialogs = nullptr;
    TrayIcon *m_tray = nullptr;
    bool m_quitting = false;
};
