#include "tokencountdown.h"

#include "tokentablemodel.h"

#include <QAbstractItemView>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QWidget>

TokenCountdown::TokenCountdown(TokenTableModel *model, QSortFilterProxyModel *proxy, QAbstractItemView *view,
                               QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_proxy(proxy)
    , m_view(view)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        tick();
        arm();
    });
}

void TokenCountdown::start()
{
    m_running = true;
    arm();
}

void TokenCountdown::stop()
{
    m_running = false;
    m_timer.stop();
}

void TokenCountdown::arm()
{
    if (!m_running)
        return;
    // Just after the next whole second of the model's clock, so that every row ticks together.
    const qint64 now = m_model->now();
    m_timer.start(int(1000 - now % 1000) + 5);
}

int TokenCountdown::tick()
{
    const qint64 now = m_model->now();
    m_model->advanceTo(now);
    Q_EMIT ticked(now);
    if (!m_view || !m_view->isVisible() || m_view->window()->isMinimized() || m_proxy->rowCount() == 0)
        return 0;
    auto *table = qobject_cast<QTableView *>(m_view.data());
    if (!table)
        return 0;
    const int first = table->rowAt(0);
    if (first < 0)
        return 0;
    int last = table->rowAt(table->viewport()->height() - 1);
    if (last < 0)
        last = m_proxy->rowCount() - 1;
    QList<int> rows;
    rows.reserve(last - first + 1);
    for (int row = first; row <= last; ++row)
        rows.append(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    m_model->refreshCountdown(rows);
    return int(rows.size());
}
