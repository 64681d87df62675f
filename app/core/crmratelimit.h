#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

// Credit and rate-limit figures that a CRM answer carries in its headers. All are optional: v8 is not
// known to send X-RATELIMIT-*; the legacy SDKs read them (`Response.py` of zoho/zcrm-python-sdk), Zoho sends
// X-ACCESSTOKEN-RESET, and a 429 may carry Retry-After. Shown when present, never required.
class CrmRateLimit
{
    Q_DECLARE_TR_FUNCTIONS(CrmRateLimit)

public:
    using HeaderList = QList<QPair<QByteArray, QByteArray>>;

    static CrmRateLimit fromHeaders(const HeaderList &headers);

    bool isEmpty() const;

    std::optional<qint64> limit; // X-RATELIMIT-LIMIT: requests in the current window
    std::optional<qint64> remaining; // X-RATELIMIT-REMAINING
    std::optional<qint64> resetMs; // X-RATELIMIT-RESET: when the window resets, ms since the epoch
    std::optional<qint64> dayLimit; // X-RATELIMIT-DAY-LIMIT: credits per 24 h
    std::optional<qint64> dayRemaining; // X-RATELIMIT-DAY-REMAINING
    std::optional<qint64> retryAfterSeconds; // Retry-After (seconds, or an HTTP date converted)
    QDateTime accessTokenReset; // X-ACCESSTOKEN-RESET: the access token's expiry, ISO-8601

    // "remaining 97/100, day 4997/5000, retry after 60 s", empty when nothing is known.
    QString toString() const;
};
