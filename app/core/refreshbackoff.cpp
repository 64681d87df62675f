#include "refreshbackoff.h"

#include <algorithm>

void RefreshBackoff::setDelays(qint64 initialMs, qint64 maxMs)
{
    m_initialMs = initialMs;
    m_maxMs = std::max(initialMs, maxMs);
}

qint64 RefreshBackoff::recordFailure(const QString &tokenId, bool throttled, const QString &message,
                                     qint64 now)
{
    Entry &entry = m_entries[tokenId];
    if (throttled)
        entry.delayMs = m_maxMs;
    else
        entry.delayMs = entry.delayMs <= 0 ? m_initialMs : std::min(entry.delayMs * 2, m_maxMs);
    entry.until = now + entry.delayMs;
    entry.message = message;
    return entry.delayMs;
}

void RefreshBackoff::clockSetBack(qint64 byMs)
{
    for (Entry &entry : m_entries)
        entry.until -= byMs;
}

const RefreshBackoff::Entry *RefreshBackoff::active(const QString &tokenId, qint64 now) const
{
    const auto it = m_entries.constFind(tokenId);
    if (it == m_entries.constEnd() || it->until <= now)
        return nullptr;
    return &it.value();
}
