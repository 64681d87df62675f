#include "trayicon.h"

#include "icons.h"
#include "tokenfacade.h"
#include "uilogging.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QPainter>

namespace {

constexpr int kRetryMs = 5000;

QString statusIconName(TrayIcon::Summary summary)
{
    switch (summary) {
    case TrayIcon::Summary::Expiring:
        return QStringLiteral("status-expiring");
    case TrayIcon::Summary::Failing:
        return QStringLiteral("status-refresh-failing");
    case TrayIcon::Summary::NeedsSignIn:
        return QStringLiteral("status-needs-sign-in");
    case TrayIcon::Summary::Fresh:
        return QStringLiteral("status-valid");
    case TrayIcon::Summary::Paused:
    case TrayIcon::Summary::NoTokens:
        break;
    }
    return QString();
}

} // namespace

TrayIcon::TrayIcon(TokenFacade *facade, QObject *parent)
    : QObject(parent)
    , m_facade(facade)
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(new QMenu)
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_menu->setAccessibleName(tr("ZCRM Explorer tray menu"));
    m_open = m_menu->addAction(Icons::icon(QStringLiteral("app")), tr("&Open ZCRM Explorer"));
    m_open->setObjectName(QStringLiteral("trayOpenAction"));
    m_menu->addSeparator();
    m_refreshAll = m_menu->addAction(Icons::icon(QStringLiteral("refresh")), tr("&Refresh all now"));
    m_refreshAll->setObjectName(QStringLiteral("trayRefreshAllAction"));
    m_pause = m_menu->addAction(tr("&Pause refreshing"));
    m_pause->setObjectName(QStringLiteral("trayPauseAction"));
    m_pause->setCheckable(true);
    m_signInMenu = m_menu->addMenu(Icons::icon(QStringLiteral("sign-in")), tr("&Sign in again"));
    m_signInMenu->setObjectName(QStringLiteral("traySignInMenu"));
    m_signInMenu->setAccessibleName(tr("Tokens that need a new sign-in"));
    m_menu->addSeparator();
    m_quit = m_menu->addAction(tr("&Quit"));
    m_quit->setObjectName(QStringLiteral("trayQuitAction"));
    for (QAction *action : { m_open, m_refreshAll, m_pause, m_quit })
        action->setToolTip(action->text().remove(QLatin1Char('&')));
    m_tray->setContextMenu(m_menu);

    connect(m_open, &QAction::triggered, this, &TrayIcon::openRequested);
    connect(m_quit, &QAction::triggered, this, &TrayIcon::quitRequested);
    connect(m_refreshAll, &QAction::triggered, this, [this] {
        if (m_facade)
            m_facade->refreshAll();
    });
    connect(m_pause, &QAction::toggled, this, [this](bool paused) {
        if (!m_facade)
            return;
        if (paused)
            m_facade->pauseRefreshing();
        else
            m_facade->resumeRefreshing();
        m_state.paused = paused; // shown at once; the scheduler's state confirms it
        update();
    });
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        // A click opens the window; the context menu is the tray's own (QTBUG-69698: no double-click logic).
        if (reason == QSystemTrayIcon::Trigger)
            Q_EMIT openRequested();
    });
    if (facade) {
        connect(facade, &TokenFacade::refreshStateChanged, this, &TrayIcon::stateChanged);
        connect(facade, &TokenFacade::refreshFailed, this, [this](const QString &id, const QString &message) {
            if (m_notified.contains(id))
                return;
            m_notified.insert(id);
            notify(tr("A token cannot be refreshed"), message, QSystemTrayIcon::Warning);
        });
        connect(facade, &TokenFacade::signInNeeded, this, [this](const QString &id, const QString &message) {
            if (m_notified.contains(QStringLiteral("sign-in:") + id))
                return;
            m_notified.insert(QStringLiteral("sign-in:") + id);
            notify(tr("A token needs a new sign-in"), message, QSystemTrayIcon::Critical);
        });
    }
    m_retry.setInterval(kRetryMs);
    connect(&m_retry, &QTimer::timeout, this, &TrayIcon::tryShow);
    update();
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
}

bool TrayIcon::isTrayAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

bool TrayIcon::isActive() const
{
    return m_tray->isVisible() && isTrayAvailable();
}

void TrayIcon::start()
{
    tryShow();
}

void TrayIcon::tryShow()
{
    if (isTrayAvailable()) {
        m_retry.stop();
        if (!m_tray->isVisible()) {
            m_tray->show();
            qCInfo(lcUi) << "tray icon shown";
            Q_EMIT activeChanged(true);
        }
        return;
    }
    // The tray host may start after us (a session that is still coming up).
    if (m_retriesLeft-- > 0) {
        if (!m_retry.isActive())
            m_retry.start();
        return;
    }
    m_retry.stop();
    qCInfo(lcUi) << "no system tray: the window stays the application";
}

void TrayIcon::notify(const QString &title, const QString &message, QSystemTrayIcon::MessageIcon icon)
{
    if (!isActive() || !QSystemTrayIcon::supportsMessages())
        return;
    ++m_notifications;
    m_lastTitle = title;
    m_tray->showMessage(title, message, icon);
}

void TrayIcon::stateChanged(const RefreshSchedulerState &state)
{
    // Recovered tokens may be told about again.
    QSet<QString> stillBad;
    for (const RefreshSchedulerState::SignInNeeded &needed : state.needSignIn)
        stillBad.insert(QStringLiteral("sign-in:") + needed.tokenId);
    if (state.failing == 0) {
        for (auto it = m_notified.begin(); it != m_notified.end();) {
            if (!it->startsWith(QLatin1String("sign-in:")))
                it = m_notified.erase(it);
            else
                ++it;
        }
    }
    for (auto it = m_notified.begin(); it != m_notified.end();) {
        if (it->startsWith(QLatin1String("sign-in:")) && !stillBad.contains(*it))
            it = m_notified.erase(it);
        else
            ++it;
    }
    m_state = state;
    if (m_pause->isChecked() != state.paused) {
        const QSignalBlocker blocker(m_pause);
        m_pause->setChecked(state.paused);
    }
    rebuildSignInMenu();
    update();
}

void TrayIcon::rebuildSignInMenu()
{
    m_signInMenu->clear();
    for (const RefreshSchedulerState::SignInNeeded &needed : std::as_const(m_state.needSignIn)) {
        const QString label =
            needed.userName.isEmpty() ? tr("Token %1").arg(needed.tokenId) : needed.userName;
        QAction *action = m_signInMenu->addAction(label);
        action->setObjectName(QStringLiteral("traySignIn-%1").arg(needed.tokenId));
        action->setToolTip(needed.message);
        const QString id = needed.tokenId;
        connect(action, &QAction::triggered, this, [this, id] { Q_EMIT signInAgainRequested(id); });
    }
    m_signInMenu->menuAction()->setEnabled(!m_state.needSignIn.isEmpty());
    m_signInMenu->menuAction()->setVisible(!m_state.needSignIn.isEmpty());
}

QString TrayIcon::toolTip() const
{
    const QString name = QStringLiteral("ZCRM Explorer");
    if (!m_state.running)
        return tr("%1: no token store open").arg(name);
    QStringList parts;
    if (m_state.tokens == 0)
        parts << tr("no tokens");
    if (m_state.fresh > 0)
        parts << tr("%n fresh", nullptr, m_state.fresh);
    if (m_state.expiring > 0)
        parts << tr("%n expiring", nullptr, m_state.expiring);
    if (m_state.failing > 0)
        parts << tr("%n failing", nullptr, m_state.failing);
    if (!m_state.needSignIn.isEmpty())
        parts << tr("%n need a new sign-in", nullptr, int(m_state.needSignIn.size()));
    QString text = tr("%1: %2").arg(name, parts.join(QStringLiteral(", ")));
    if (m_state.paused)
        text += QLatin1Char('\n') + tr("Refreshing is paused");
    return text;
}

void TrayIcon::update()
{
    Summary summary = Summary::Fresh;
    if (!m_state.running || m_state.tokens == 0)
        summary = Summary::NoTokens;
    else if (m_state.paused)
        summary = Summary::Paused;
    else if (!m_state.needSignIn.isEmpty())
        summary = Summary::NeedsSignIn;
    else if (m_state.failing > 0)
        summary = Summary::Failing;
    else if (m_state.expiring > 0)
        summary = Summary::Expiring;
    if (summary != m_summary || m_tray->icon().isNull()) {
        m_summary = summary;
        m_tray->setIcon(iconFor(summary));
    }
    m_tray->setToolTip(toolTip());
    m_refreshAll->setEnabled(m_state.running && m_state.tokens > 0);
    m_pause->setEnabled(m_state.running);
}

QIcon TrayIcon::iconFor(Summary summary)
{
    // Pixmaps at the sizes trays ask for (KDE wants 32 px, QTBUG-53550): the application's icon with the
    // status as a badge in its lower right corner; greyed when paused.
    const QIcon app = Icons::icon(QStringLiteral("app"));
    const QString badge = statusIconName(summary);
    QIcon icon;
    for (const int size : { 16, 22, 24, 32, 48, 64 }) {
        QPixmap pixmap =
            app.pixmap(QSize(size, size), summary == Summary::Paused ? QIcon::Disabled : QIcon::Normal);
        if (!badge.isEmpty()) {
            QPainter painter(&pixmap);
            const int side = size * 5 / 8;
            Icons::icon(badge).paint(&painter, QRect(size - side, size - side, side, side));
        }
        icon.addPixmap(pixmap);
    }
    return icon;
}
