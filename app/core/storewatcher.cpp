#include "storewatcher.h"

#include "tokenstore.h"
#include "watcherlogging.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>

namespace {

qint64 monotonicMs()
{
    return QDeadlineTimer::current().deadline();
}

} // namespace

StoreWatcher::StoreWatcher(TokenStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_timer(this) // a child, so that moveToThread() takes the timer along
{
    // The facade connects these signals across threads.
    TokenChanges::registerMetaType();
    qRegisterMetaType<StoreError>();
    qRegisterMetaType<TokenList>();
    m_timer.setInterval(500);
    connect(&m_timer, &QTimer::timeout, this, &StoreWatcher::poll);
}

StoreWatcher::~StoreWatcher() = default;

void StoreWatcher::setInterval(int milliseconds)
{
    m_timer.setInterval(milliseconds);
}

void StoreWatcher::setFullReadInterval(int milliseconds)
{
    m_fullReadIntervalMs = milliseconds;
}

void StoreWatcher::start()
{
    m_read = false;
    m_failing = false;
    m_stamp.clear();
    m_snapshot.clear();
    // Stamp first: a change made while the rows are read moves the stamp past the one kept.
    auto stamp = m_store->changeStamp();
    if (!stamp)
        fail(stamp.error());
    else
        reread(stamp.value(), true);
    m_timer.start();
}

void StoreWatcher::stop()
{
    m_timer.stop();
}

void StoreWatcher::poll()
{
    auto stamp = m_store->changeStamp();
    if (!stamp) {
        fail(stamp.error());
        return;
    }
    const QByteArray &current = stamp.value();
    // After a failure, only a read of the rows proves the store is back (and shows what changed).
    if (!m_read || m_failing) {
        reread(current, false);
        return;
    }
    if (current.isEmpty()) {
        // A store without stamps: every `fullReadInterval`, or never.
        if (m_fullReadIntervalMs > 0 && monotonicMs() - m_lastFullReadMs >= m_fullReadIntervalMs)
            reread(current, false);
        return;
    }
    if (current != m_stamp)
        reread(current, false);
}

bool StoreWatcher::reread(const QByteArray &stamp, bool initial)
{
    QElapsedTimer timer;
    timer.start();
    ++m_fullReads;
    auto rows = m_store->getTokens();
    m_lastFullReadMs = monotonicMs();
    if (!rows) {
        fail(rows.error());
        return false;
    }
    m_stamp = stamp;
    const bool wasFailing = m_failing;
    m_failing = false;
    if (wasFailing) {
        qCInfo(lcWatcher).noquote() << m_store->description() << "answers again";
        Q_EMIT recovered();
    }
    m_read = true;
    if (initial) {
        qCDebug(lcWatcher).noquote() << m_store->description() << "loaded" << rows.value().size() << "rows in"
                                     << timer.elapsed() << "ms";
        // The rows go out first: the GUI fills its table while this thread builds the snapshot.
        Q_EMIT loaded(rows.value());
        m_snapshot.replaceAll(rows.value());
        return true;
    }
    const TokenChanges changes = m_snapshot.replaceAll(rows.value());
    qCDebug(lcWatcher).noquote() << m_store->description() << "re-read" << rows.value().size() << "rows in"
                                 << timer.elapsed() << "ms:" << changes.added.size() << "added,"
                                 << changes.changed.size() << "changed," << changes.removed.size()
                                 << "removed";
    if (!changes.isEmpty())
        Q_EMIT changed(changes);
    return true;
}

void StoreWatcher::fail(const StoreError &error)
{
    // Forget the stamp: whatever it says next, the rows are read again.
    m_stamp.clear();
    if (m_failing) {
        qCDebug(lcWatcher).noquote() << "still failing:" << error.toString();
        return;
    }
    m_failing = true;
    qCWarning(lcWatcher).noquote() << "watching failed:" << error.toString();
    Q_EMIT failed(error);
}

TokenChanges StoreWatcher::noteSaved(const Token &row)
{
    return m_snapshot.upsert(row);
}

TokenChanges StoreWatcher::noteRemoved(const QString &id)
{
    return m_snapshot.remove(id);
}

TokenChanges StoreWatcher::noteReplaced(const TokenList &rows)
{
    return m_snapshot.replaceAll(rows);
}
