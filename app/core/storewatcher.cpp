#include "storewatcher.h"

#include "tokenstore.h"

#include <QDateTime>

StoreWatcher::StoreWatcher(TokenStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
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
    auto stamp = m_store->changeStamp();
    m_stamp = stamp ? stamp.value() : QByteArray();
    auto rows = m_store->getTokens();
    m_lastFullReadMs = QDateTime::currentMSecsSinceEpoch();
    if (rows) {
        m_snapshot.replaceAll(rows.value());
        Q_EMIT loaded(rows.value());
    } else {
        m_failing = true;
        Q_EMIT failed(rows.error());
    }
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
        m_failing = true;
        Q_EMIT failed(stamp.error());
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const bool unknown = stamp.value().isEmpty();
    if (!m_failing && !unknown && stamp.value() == m_stamp)
        return;
    if (!m_failing && unknown && (m_fullReadIntervalMs <= 0 || now - m_lastFullReadMs < m_fullReadIntervalMs))
        return;
    m_stamp = stamp.value();
    reread();
}

bool StoreWatcher::reread()
{
    auto rows = m_store->getTokens();
    m_lastFullReadMs = QDateTime::currentMSecsSinceEpoch();
    if (!rows) {
        m_stamp.clear();
        m_failing = true;
        Q_EMIT failed(rows.error());
        return false;
    }
    if (m_failing) {
        m_failing = false;
        Q_EMIT recovered();
    }
    const TokenChanges changes = m_snapshot.replaceAll(rows.value());
    if (!changes.isEmpty())
        Q_EMIT changed(changes);
    return true;
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
