#include "gapmeter.h"

#include <QDebug>
#include <QEventLoop>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <cstdio>
#include <cstdlib>
#include <cstring>
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
    m_statFd = ::open("/proc/thread-self/stat", O_RDONLY | O_CLOEXEC);
    m_cpuStatFd = ::open("/proc/stat", O_RDONLY | O_CLOEXEC);
#endif
}

GapMeter::~GapMeter()
{
#ifdef Q_OS_LINUX
    for (int fd : { m_schedFd, m_statFd, m_cpuStatFd }) {
        if (fd >= 0)
            ::close(fd);
    }
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
        if (std::sscanf(text, "%lld %lld", &run, &wait) == 2) {
            result.runNs = run;
            result.waitNs = wait;
        }
    }
    // Field 39 of the thread's stat, counted after the command in parentheses: the CPU it last ran on.
    char stat[1024] = {};
    if (m_statFd >= 0 && ::pread(m_statFd, stat, sizeof stat - 1, 0) > 0) {
        if (const char *end = std::strrchr(stat, ')')) {
            int field = 2;
            for (const char *c = end + 1; *c && field < 39; ++c) {
                if (*c == ' ' && ++field == 39)
                    result.cpu = std::atoi(c + 1);
            }
        }
    }
    // "cpuN user nice system idle iowait irq softirq steal ...", in USER_HZ (10 ms) ticks.
    char cpus[8192] = {};
    if (m_cpuStatFd >= 0 && ::pread(m_cpuStatFd, cpus, sizeof cpus - 1, 0) > 0) {
        for (const char *line = cpus; *line;) {
            int cpu = -1;
            long long v[8] = {};
            if (std::sscanf(line, "cpu%d %lld %lld %lld %lld %lld %lld %lld %lld", &cpu, &v[0], &v[1], &v[2],
                            &v[3], &v[4], &v[5], &v[6], &v[7])
                    == 9
                && cpu >= 0 && cpu < 1024) {
                while (result.stealMs.size() <= cpu)
                    result.stealMs.append(0);
                result.stealMs[cpu] = v[7] * 10;
            }
            const char *next = std::strchr(line, '\n');
            if (!next)
                break;
            line = next + 1;
        }
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
    const qint64 running = (current.runNs - m_lastSample.runNs) / 1000000;
    const int cpu = current.cpu;
    const qint64 stolen = cpu >= 0 && cpu < current.stealMs.size() && cpu < m_lastSample.stealMs.size()
        ? current.stealMs.at(cpu) - m_lastSample.stealMs.at(cpu)
        : 0;
    // Steal comes off only what was neither running nor waiting for a CPU: the thread's time asleep.
    const qint64 asleep = std::max<qint64>(0, wall - waitedForCpu - running);
    const qint64 own = std::max<qint64>(0, wall - waitedForCpu - std::min(asleep, stolen));
    if (wall > 20) {
        qInfo().nospace() << "event loop gap of " << wall << " ms ending at " << now << " ms: " << running
                          << " ms running, " << waitedForCpu << " ms waiting for a CPU, " << stolen
                          << " ms of steal on CPU " << cpu;
    }
    m_longest = std::max(m_longest, own);
    m_longestWall = std::max(m_longestWall, wall);
    m_last = now;
    m_lastSample = current;
}
