#pragma once

#include <QObject>

class QSocketNotifier;

// SIGTERM and SIGINT as a Qt signal, for `zcrm refresh --watch`: the handler only writes the signal's
// number into a pipe (the one thing a handler may safely do); a QSocketNotifier on the other end emits
// stopRequested from the event loop. On Windows the console's Ctrl+C, Ctrl+Break, close and shutdown
// events, whose handler runs on a thread of its own, are posted to the event loop instead. One instance
// at a time; the old handlers come back when it goes.
class StopSignals : public QObject
{
    Q_OBJECT
public:
    explicit StopSignals(QObject *parent = nullptr);
    ~StopSignals() override;

    bool isActive() const { return m_active; }
    static QString name(int signal);

Q_SIGNALS:
    void stopRequested(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
    bool m_active = false;
};
