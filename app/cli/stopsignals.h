#pragma once

#include <QObject>

class QSocketNotifier;

// SIGTERM and SIGINT as a Qt signal, for `zcrm refresh --watch`: the handler only writes the signal's
// number into a pipe (the one thing a handler may safely do); a QSocketNotifier on the other end emits
// stopRequested from the event loop. One instance at a time; the old handlers come back when it goes.
class StopSignals : public QObject
{
    Q_OBJECT
public:
    explicit StopSignals(QObject *parent = nullptr);
    ~StopSignals() override;

    bool isActive() const { return m_notifier != nullptr; }
    static QString name(int signal);

Q_SIGNALS:
    void stopRequested(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};
