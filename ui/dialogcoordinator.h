#pragma once

#include <QObject>
#include <QPointer>

class AppSettings;
class MainWindow;
class SandboxProcess;
class ThemeController;
class TokenFacade;
class QWidget;

// Opens the dialogs the main window asks for (sign-in, grant token, store, import, export,
// settings, about), one of each at a time, and applies what they answer: a switched store, a new
// default, a theme. The window itself knows no dialog.
class DialogCoordinator : public QObject
{
    Q_OBJECT
public:
    DialogCoordinator(MainWindow *window, TokenFacade *facade, AppSettings *settings, ThemeController *theme,
                      SandboxProcess *sandbox, QObject *parent = nullptr);

    void openSignIn();
    // Sign in… filled in from this token (its data center, client, scopes, redirect port).
    void openSignInAgain(const QString &tokenId);
    void openSandboxSignIn();
    void openGrantToken();
    void openStoreChooser();
    void openImport();
    void openExport(const QStringList &selectedIds);
    void openSettings();
    void openAbout();

    // The dialog open now, if any (for tests and the gallery).
    QWidget *currentDialog() const { return m_current; }

private:
    // Shows `dialog` (deleted when closed), or raises the one of its kind already open.
    bool raiseExisting(const QString &objectName);
    void present(QWidget *dialog);

    MainWindow *m_window;
    TokenFacade *m_facade;
    AppSettings *m_settings;
    ThemeController *m_theme;
    SandboxProcess *m_sandbox;
    QPointer<QWidget> m_current;
};
