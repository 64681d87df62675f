#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class QAbstractItemView;
class QSortFilterProxyModel;
class TokenTableModel;

// The table's one clock: a timer on the second boundary that moves status bands (for every row
// whose band changes, from the model's schedule) and the "Expires" countdown of the rows the
// view shows, nothing else. It idles while the view is hidden (a minimized window, the tray).
class TokenCountdown : public QObject
{
    Q_OBJECT
public:
    TokenCountdown(TokenTableModel *model, QSortFilterProxyModel *proxy, QAbstractItemView *view,
                   QObject *parent = nullptr);

    void start();
    void stop();
    // One tick now, as the timer does; answers the number of rows whose countdown was updated.
    int tick();

Q_SIGNALS:
    void ticked(qint64 nowMs); // for the detail pane's own countdown

private:
    void arm();

    TokenTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QPointer<QAbstractItemView> m_view;
    QTimer m_timer;
    bool m_running = false;
};
