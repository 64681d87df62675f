#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// Measures the longest time between two runs of this thread's event loop (the GUI thread never waits).
class GapMeter : public QObject
{
public:
    GapMeter();
    void start();
    qint64 longest() const { return m_longest; }
    qint64 elapsed() const { return m_clock.elapsed(); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};
