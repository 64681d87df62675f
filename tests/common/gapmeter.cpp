#include "gapmeter.h"

#include <QDebug>

#include <algorithm>

GapMeter::GapMeter()
{
    m_timer.setInterval(5);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.elapsed();
        if (now - m_last > 20)
            qInfo() << "event loop gap of" << now - m_last << "ms ending at" << now << "ms";
        m_longest = std::max(m_longest, now - m_last);
        m_last = now;
    });
}

void GapMeter::start()
{
    m_clock.start();
    m_last = 0;
    m_longest = 0;
    m_timer.start();
}
