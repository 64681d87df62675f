#include "systemresumemonitor.h"

#include "schedulerlogging.h"

#ifdef ZCRM_HAVE_DBUS
#include <QDBusConnection>
#endif

SystemResumeMonitor::SystemResumeMonitor(QObject *parent)
#ifdef ZCRM_HAVE_DBUS
    : SystemResumeMonitor(QDBusConnection::systemBus(), parent)
#else
    : QObject(parent)
#endif
{ }

#ifdef ZCRM_HAVE_DBUS
SystemResumeMonitor::SystemResumeMonitor(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
{
    QDBusConnection connection(bus);
    if (!connection.isConnected())
        return;
    m_listening = connection.connect(QStringLiteral("org.freedesktop.login1"),
                                     QStringLiteral("/org/freedesktop/login1"),
                                     QStringLiteral("org.freedesktop.login1.Manager"),
                                     QStringLiteral("PrepareForSleep"), this, SLOT(prepareForSleep(bool)));
}
#else
SystemResumeMonitor::SystemResumeMonitor(const QDBusConnection &, QObject *parent)
    : QObject(parent)
{ }
#endif

void SystemResumeMonitor::prepareForSleep(bool starting)
{
    if (starting) {
        qCInfo(lcScheduler) << "the system is going to sleep";
        return;
    }
    qCInfo(lcScheduler) << "the system woke up; re-planning";
    Q_EMIT resumed();
}
