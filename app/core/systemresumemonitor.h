#pragma once

#include <QObject>

class QDBusConnection;

// Says when the system wakes from suspend, so that the refresh scheduler re-plans at once instead of at
// its next wake (up to a minute later), when every token may have expired while the machine slept. On
// Linux it listens for logind's PrepareForSleep(false) (org.freedesktop.login1.Manager, on the bus it is
// given: the system bus in the application, a private one in the tests); only the owner of the name
// org.freedesktop.login1 is heard. Without D-Bus or logind it stays silent, and the scheduler's own
// comparison of the wall and monotonic clocks still sees the resume.
class SystemResumeMonitor : public QObject
{
    Q_OBJECT
public:
    explicit SystemResumeMonitor(QObject *parent = nullptr); // the system bus where there is one
    explicit SystemResumeMonitor(const QDBusConnection &bus, QObject *parent = nullptr);

    bool isListening() const { return m_listening; }

Q_SIGNALS:
    void resumed();

private Q_SLOTS:
    void prepareForSleep(bool starting);

private:
    bool m_listening = false;
};
