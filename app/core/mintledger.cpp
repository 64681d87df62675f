#include "mintledger.h"

#include <QCryptographicHash>

#include <algorithm>

QString MintLedger::keyFor(const QString &refreshToken)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(refreshToken.toUtf8(), QCryptographicHash::Sha256).toHex());
}

void MintLedger::prune(QList<Mint> &mints, qint64 now) const
{
    // Kept while it counts for either limit: inside the window, or still live.
    const qint64 oldest = now - m_limits.windowMs;
    mints.erase(std::remove_if(mints.begin(), mints.end(),
                               [oldest, now](const Mint &m) { return m.at <= oldest && m.expiresAt <= now; }),
                mints.end());
}

void MintLedger::record(const QString &key, qint64 mintedAt, qint64 expiresAt)
{
    QList<Mint> &mints = m_mints[key];
    prune(mints, mintedAt);
    mints.append(Mint { mintedAt, expiresAt });
    m_peakInWindow = std::max(m_peakInWindow, mintedInWindow(key, mintedAt));
}

void MintLedger::clockSetBack(qint64 byMs)
{
    for (QList<Mint> &mints : m_mints) {
        for (Mint &mint : mints) {
            mint.at -= byMs;
            mint.expiresAt -= byMs;
        }
    }
}

int MintLedger::mintedInWindow(const QString &key, qint64 now) const
{
    const qint64 oldest = now - m_limits.windowMs;
    const QList<Mint> mints = m_mints.value(key);
    return int(std::count_if(mints.begin(), mints.end(), [oldest](const Mint &m) { return m.at > oldest; }));
}

int MintLedger::live(const QString &key, qint64 now) const
{
    const QList<Mint> mints = m_mints.value(key);
    return int(std::count_if(mints.begin(), mints.end(), [now](const Mint &m) { return m.expiresAt > now; }));
}

MintLedger::Refusal MintLedger::refusal(const QString &key, qint64 now) const
{
    if (mintedInWindow(key, now) >= m_limits.maxPerWindow)
        return Refusal::Window;
    if (live(key, now) >= m_limits.maxLive)
        return Refusal::Live;
    return Refusal::None;
}

qint64 MintLedger::nextAllowedAt(const QString &key, qint64 now) const
{
    const auto it = m_mints.constFind(key);
    if (it == m_mints.constEnd())
        return now;
    qint64 at = now;
    // The window: the mint that makes room is the maxPerWindow-th newest one inside it.
    QList<qint64> inWindow;
    QList<qint64> liveUntil;
    for (const Mint &m : *it) {
        if (m.at > now - m_limits.windowMs)
            inWindow.append(m.at);
        if (m.expiresAt > now)
            liveUntil.append(m.expiresAt);
    }
    if (inWindow.size() >= m_limits.maxPerWindow) {
        std::sort(inWindow.begin(), inWindow.end());
        at = std::max(at, inWindow.at(inWindow.size() - m_limits.maxPerWindow) + m_limits.windowMs);
    }
    if (liveUntil.size() >= m_limits.maxLive) {
        std::sort(liveUntil.begin(), liveUntil.end());
        at = std::max(at, liveUntil.at(liveUntil.size() - m_limits.maxLive));
    }
    return at;
}
