#pragma once

#include "refreshschedulerstate.h"

#include <QIcon>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSystemTrayIcon>
#include <QTimer>

class QAction;
class QMenu;
class TokenFacade;

// The tray (issue "Keep every token fresh"): a QSystemTrayIcon whose icon and tooltip sum up the refresh
// scheduler's state, worst first (needs sign-in, failing, expiring, all fresh; greyed when paused), and a
// menu: Open, Refresh all now, Pause refreshing, Sign in again (one entry per token that needs it), Quit.
// Failures and needed sign-ins raise a notification, once per token until it recovers; routine
// refreshes do not.
//
// Without a tray host (stock GNOME) it is inactive, retries a few times in case the host starts later,
// and the application stays a normal window application. It holds no secret and calls the facade only
// asynchronously: the GUI thread never waits.
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    enum class Summary { Fresh, Expiring, Failing, NeedsSignIn, Paused, NoTokens };
    Q_ENUM(Summary)

    explicit TrayIcon(TokenFacade *facade, QObject *parent = nullptr);
    ~TrayIcon() override;

    // Shows the icon when a tray exists (else retries, 5 times 5 s apart).
    void start();
    // The icon is shown in a tray: closing the window keeps the application there.
    bool isActive() const;
    static bool isTrayAvailable();

    // Shows `message` once per application run and key (the "still running in the tray" notice).
    void notify(const QString &title, const QString &message, QSystemTrayIcon::MessageIcon icon);

    Summary summary() const { return m_summary; }
    QString toolTip() const;
    QMenu *menu() const { return m_menu; }
    QSystemTrayIcon *systemTrayIcon() const { return m_tray; }
    const RefreshSchedulerState &state() const { return m_state; }
    int notificationCount() const { return m_notifications; }
    QAction *openAction() const { return m_open; }
    QAction *refreshAllAction() const { return m_refreshAll; }
    QAction *pauseAction() const { return m_pause; }
    QAction *quitAction() const { return m_quit; }
    QMenu *signInMenu() const { return m_signInMenu; }

    // The icon for a summary (the application's, with a status badge).
    static QIcon iconFor(Summary summary);

Q_SIGNALS:
    void openRequested();
    void signInAgainRequested(const QString &tokenId);
    void quitRequested();
    void activeChanged(bool active);

private:
    void stateChanged(const RefreshSchedulerState &state);
    void update();
    void rebuildSignInMenu();
    void tryShow();

    QPointer<TokenFacade> m_facade;
    QSystemTrayIcon *m_tray;
    QMenu *m_menu;
    QAction *m_open;
    QAction *m_refreshAll;
    QAction *m_pause;
    QMenu *m_signInMenu;
    QAction *m_quit;
    QTimer m_retry;
    int m_retriesLeft = 5;
    RefreshSchedulerState m_state;
    Summary m_summary = Summary::NoTokens;
    QSet<QString> m_notified; // tokens whose failure or sign-in was told, until they recover
    int m_notifications = 0;
    QString m_lastTitle;
};
