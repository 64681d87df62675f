#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

// Measures the longest time between two runs of this thread's event loop (a 5 ms precise timer):
// the GUI tests' "the GUI thread never waits" figure.
//
// A gap is what the thread spent computing or blocked. On Linux the time the thread was ready to
// run but had no CPU (the kernel's run delay in /proc/thread-self/schedstat, as when the two cores
// of a CI machine are busy with the server and worker threads of the same test, or with a database
// server's recovery) is taken out: the application cannot wait less than the scheduler lets it run.
// The time the hypervisor did not run the CPU the thread woke on (its steal time in /proc/stat, in
// 10 ms steps) is taken out of the rest as well: a virtual machine's CPU that the host does not wake in
// time holds the event loop's next timer however idle the application is.
// The raw wall-clock gap is kept beside it, and both are logged for every gap over 20 ms.
class GapMeter : public QObject
{
public:
    GapMeter();
    ~GapMeter() override;
    void start();
    // Longest gap less the time the thread waited for a CPU in it.
    qint64 longest() const { return m_longest; }
    // Longest gap on the wall clock, whatever the thread was doing.
    qint64 longestWall() const { return m_longestWall; }
    qint64 elapsed() const { return m_clock.elapsed(); }
    // "12 ms (87 ms on the wall clock)", for the tests' and benchmarks' reports.
    QString summary() const;

    // Waits until `done` says true or `timeoutMs` pass, in a real event loop throughout. QTRY_VERIFY's
    // and QTest::qWait's waits sleep 10 ms between turns of the loop, and a meter would count that sleep
    // as the GUI thread's; a measured stretch of a test waits with this instead.
    static bool waitFor(const std::function<bool()> &done, int timeoutMs);

private:
    struct SchedSample
    {
        qint64 runNs = 0;
        qint64 waitNs = 0;
        int cpu = -1; // where the thread last ran
        QList<qint64> stealMs; // per CPU, time the hypervisor did not run it (/proc/stat)
    };
    SchedSample sample() const;
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    int m_schedFd = -1;
    int m_statFd = -1; // this thread's /proc/thread-self/stat
    int m_cpuStatFd = -1; // /proc/stat
    SchedSample m_lastSample;
    qint64 m_last = 0;
    qint64 m_longest = 0;
    qint64 m_longestWall = 0;
};
