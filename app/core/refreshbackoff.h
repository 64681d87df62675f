#pragma once

#include <QHash>
#include <QString>

// Failed refreshes wait before the next attempt, per token: exponentially from `initial` up to `max`,
// and the whole `max` at once when Zoho throttles (its "Access Denied" lasts the rest of its window).
// A success or a new sign-in clears a token's backoff. Shared by the token service (which refuses an
// attempt inside the backoff) and the scheduler (which plans the next attempt at its end).
class RefreshBackoff
{
public:
    struct Entry
    {
        qint64 until = 0;
        qint64 delayMs = 0;
        QString message;
    };

    void setDelays(qint64 initialMs, qint64 maxMs);
    qint64 initialDelay() const { return m_initialMs; }
    qint64 maxDelay() const { return m_maxMs; }

    // Records a failure at `now`; answers the delay until the next attempt.
    qint64 recordFailure(const QString &tokenId, bool throttled, const QString &message, qint64 now);
    void clear(const QString &tokenId) { m_entries.remove(tokenId); }
    // The wall clock was set back by `byMs`: a backoff still ends after its delay, not an hour later.
    void clockSetBack(qint64 byMs);
    // The backoff in force at `now`, if any.
    const Entry *active(const QString &tokenId, qint64 now) const;
    // The end of the token's last backoff (0 when none).
    qint64 until(const QString &tokenId) const { return m_entries.value(tokenId).until; }
    bool isFailing(const QString &tokenId) const { return m_entries.contains(tokenId); }

private:
    qint64 m_initialMs = 5 * 1000;
    qint64 m_maxMs = 5 * 60 * 1000;
    QHash<QString, Entry> m_entries;
};
