#pragma once

#include <QHash>
#include <QList>
#include <QString>

// Zoho's limits on what one refresh token may mint (reference "Token limits"): 10 access tokens per
// 10 minutes ("Access Denied" for the rest of the window), and 15 live access tokens (the 16th
// invalidates the oldest, which a script may still be using). The ledger counts what this process
// minted, per refresh token (kept as a digest, never the secret), and says when the next mint is
// allowed. The token service refuses a refresh the ledger would not allow; the scheduler plans around it.
class MintLedger
{
public:
    struct Limits
    {
        int maxPerWindow = 10;
        qint64 windowMs = 10 * 60 * 1000;
        int maxLive = 15;
    };
    enum class Refusal { None, Window, Live };

    void setLimits(const Limits &limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }

    // The digest a refresh token is counted under.
    static QString keyFor(const QString &refreshToken);

    void record(const QString &key, qint64 mintedAt, qint64 expiresAt);
    void forget(const QString &key) { m_mints.remove(key); }
    // The wall clock was set back by `byMs`: what was recorded moves back with it, so that Zoho's window
    // (which runs in real time) is not taken to last an hour longer.
    void clockSetBack(qint64 byMs);
    int mintedInWindow(const QString &key, qint64 now) const;
    int live(const QString &key, qint64 now) const;
    // Why a mint now would break a limit, if it would.
    Refusal refusal(const QString &key, qint64 now) const;
    // The earliest time a mint is allowed (`now` when it is allowed now).
    qint64 nextAllowedAt(const QString &key, qint64 now) const;
    // The most access tokens minted within one window, over the ledger's history of every key: what a
    // soak checks.
    int peakInWindow() const { return m_peakInWindow; }

private:
    struct Mint
    {
        qint64 at = 0;
        qint64 expiresAt = 0;
    };
    void prune(QList<Mint> &mints, qint64 now) const;

    Limits m_limits;
    QHash<QString, QList<Mint>> m_mints; // by key, oldest first
    int m_peakInWindow = 0;
};
