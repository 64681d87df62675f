// SystemResumeMonitor on a real D-Bus (the harness's private session bus), with a second connection that
// owns org.freedesktop.login1 and sends PrepareForSleep as logind does; a third that does not own the name
// is not heard.

#include "systemresumemonitor.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QSignalSpy>
#include <QTest>

class TestSystemResumeMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wakesOnLogindsPrepareForSleepFalse();
    void silentWithoutABus();

private:
    static QDBusMessage prepareForSleep(bool starting)
    {
        QDBusMessage signal = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/login1"),
                                                         QStringLiteral("org.freedesktop.login1.Manager"),
                                                         QStringLiteral("PrepareForSleep"));
        signal << starting;
        return signal;
    }
};

void TestSystemResumeMonitor::wakesOnLogindsPrepareForSleepFalse()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        QSKIP("no D-Bus session bus (run under tests/harness/run-tests.sh)");
    QDBusConnection logind =
        QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("logind"));
    QVERIFY(logind.isConnected());
    QVERIFY(logind.registerService(QStringLiteral("org.freedesktop.login1")));
    QTRY_VERIFY(bus.interface()->isServiceRegistered(QStringLiteral("org.freedesktop.login1")));

    SystemResumeMonitor monitor(bus);
    QVERIFY(monitor.isListening());
    QSignalSpy resumed(&monitor, &SystemResumeMonitor::resumed);

    QVERIFY(logind.send(prepareForSleep(true))); // going to sleep: nothing to do yet
    QTest::qWait(200);
    QCOMPARE(resumed.size(), 0);
    QVERIFY(logind.send(prepareForSleep(false))); // awake
    QTRY_COMPARE(resumed.size(), 1);

    // The same signal from someone who is not logind is not a resume.
    QDBusConnection other =
        QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("other"));
    QVERIFY(other.send(prepareForSleep(false)));
    QTest::qWait(300);
    QCOMPARE(resumed.size(), 1);

    QDBusConnection::disconnectFromBus(QStringLiteral("other"));
    logind.unregisterService(QStringLiteral("org.freedesktop.login1"));
    QDBusConnection::disconnectFromBus(QStringLiteral("logind"));
}

void TestSystemResumeMonitor::silentWithoutABus()
{
    const QDBusConnection none = QDBusConnection::connectToBus(
        QStringLiteral("unix:path=/nonexistent/zcrm-no-bus"), QStringLiteral("none"));
    SystemResumeMonitor monitor(none);
    QVERIFY(!monitor.isListening());
    QDBusConnection::disconnectFromBus(QStringLiteral("none"));
}

QTEST_GUILESS_MAIN(TestSystemResumeMonitor)
#include "tst_systemresumemonitor.moc"
