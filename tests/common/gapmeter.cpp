#include "gapmeter.h"

#include <QDebug>
#include <QEventLoop>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>
#endif

GapMeter::GapMeter()
{
    m_timer.setInterval(5);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &GapMeter::tick);
#ifdef Q_OS_LINUX
    // Opened on the thread that owns the meter, so the file stays that thread's.
    m_schedFd = ::open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC);
#endif
}

GapMeter::~GapMeter()
{
#ifdef Q_OS_LINUX
    if (m_schedFd >= 0)
        ::close(m_schedFd);
#endif
}

GapMeter::SchedSample GapMeter::sample() const
{
    SchedSample result;
#ifdef Q_OS_LINUX
    // "<ns on a CPU> <ns runnable but waiting for a CPU> <timeslices>"
    char text[128] = {};
    if (m_schedFd >= 0 && ::pread(m_schedFd, text, sizeof text - 1, 0) > 0) {
        long long run = 0;
        long long wait = 0;
        if (std::sscanf(text, "%lld %lld", &run, &wait) == 2)
            result = { run, wait };
    }
#endif
    return result;
}

void GapMeter::start()
{
    m_clock.start();
    m_lastSample = sample();
    m_last = 0;
    m_longest = 0;
    m_longestWall = 0;
    m_timer.start();
}

bool GapMeter::waitFor(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
    return done();
}

void GapMeter::wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

QString GapMeter::summary() const
{
    return QStringLiteral("%1 ms (%2 ms on the wall clock)").arg(m_longest).arg(m_longestWall);
}

void GapMeter::tick()
{
    const qint64 now = m_clock.elapsed();
    const SchedSample current = sample();
    const qint64 wall = now - m_last;
    const qint64 waitedForCpu = (current.waitNs - m_lastSample.waitNs) / 1000000;
    const qint64 own = std::max<qint64>(0, wall - waitedForCpu);
    if (wall > 20) {
        qInfo().nospace() << "event loop gap of " << wall << " ms ending at " << now
                          << " ms: " << (current.runNs - m_lastSample.runNs) / 1000000 << " ms running, "
                          << waitedForCpu << " ms waiting for a CPU";
    }
    m_longest = std::max(m_longest, own);
    m_longestWall = std::max(m_longestWall, wall);
    m_last = now;
    m_lastSample = current;
}
