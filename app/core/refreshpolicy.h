#pragma once

#include "token.h"

#include <QHash>
#include <QString>

#include <functional>
#include <limits>

// When a token is due for a refresh (DESIGN "OAuth and the CRM API"): `lead` before its expiry, less a
// random jitter of up to `jitter` drawn once per token (so that tokens signed in together do not all
// refresh in the same second), never later than the SDK's own 5 s margin. The token service decides
// with it whether a request needs a refresh; the refresh scheduler plans its timer with the same object.
class RefreshPolicy
{
public:
    static constexpr qint64 kSdkMarginMs = 5000; // the SDK refreshes when less than this is left
    static constexpr qint64 kNever = std::numeric_limits<qint64>::max();

    // A number in [0, bound], uniformly; the default draws from QRandomGenerator::global().
    using Random = std::function<qint64(qint64 bound)>;

    RefreshPolicy();

    void setLead(qint64 leadMs, qint64 jitterMs);
    qint64 lead() const { return m_leadMs; }
    qint64 jitter() const { return m_jitterMs; }
    void setRandom(Random random);

    // The lead of this token: lead() less its jitter, at least kSdkMarginMs.
    qint64 leadFor(const QString &tokenId);
    // A token that can be refreshed: it has a refresh (or grant) token Zoho has not refused.
    static bool canRefresh(const Token &token);
    // When `token` becomes due (ms since the epoch); 0 for at once, kNever when it cannot be.
    qint64 dueAt(const Token &token);
    bool isDue(const Token &token, qint64 now);
    // An access token a caller may still use: more than the SDK's margin left, or of unknown age.
    static bool isUsable(const Token &token, qint64 now);
    void forget(const QString &tokenId) { m_jitterByToken.remove(tokenId); }

private:
    qint64 m_leadMs = 5 * 60 * 1000;
    qint64 m_jitterMs = 60 * 1000;
    Random m_random;
    QHash<QString, qint64> m_jitterByToken;
};
