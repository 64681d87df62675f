#include "crmratelimit.h"

#include <QLocale>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>

namespace {

std::optional<qint64> integerValue(const QByteArray &value)
{
    bool ok = false;
    const qint64 number = value.trimmed().toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return number;
}

// Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3).
std::optional<qint64> retryAfter(const QByteArray &value, const QDateTime &now)
{
    if (auto seconds = integerValue(value))
        return seconds;
    const QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(value.trimmed()),
                                                   QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    QDateTime utc = when;
    utc.setTimeZone(QTimeZone::utc());
    return std::max<qint64>(0, now.secsTo(utc));
}

} // namespace

CrmRateLimit CrmRateLimit::fromHeaders(const HeaderList &headers)
{
    CrmRateLimit result;
    for (const auto &header : headers) {
        const QByteArray name = header.first.toLower();
        const QByteArray &value = header.second;
        // Zoho CRM's legacy spelling and the X-Rate-Limit-* one Zoho Books uses.
        QByteArray key = name;
        key.replace("x-rate-limit-", "x-ratelimit-");
        if (key == "x-ratelimit-limit")
            result.limit = integerValue(value);
        else if (key == "x-ratelimit-remaining")
            result.remaining = integerValue(value);
        else if (key == "x-ratelimit-reset")
            result.resetMs = integerValue(value);
        else if (key == "x-ratelimit-day-limit")
            result.dayLimit = integerValue(value);
        else if (key == "x-ratelimit-day-remaining")
            result.dayRemaining = integerValue(value);
        else if (key == "retry-after")
            result.retryAfterSeconds = retryAfter(value, QDateTime::currentDateTimeUtc());
        else if (key == "x-accesstoken-reset")
            result.accessTokenReset =
                QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::ISODate);
    }
    return result;
}

bool CrmRateLimit::isEmpty() const
{
    return !limit && !remaining && !resetMs && !dayLimit && !dayRemaining && !retryAfterSeconds
        && !accessTokenReset.isValid();
}

QString CrmRateLimit::toString() const
{
    QStringList parts;
    if (remaining || limit)
        parts << CrmRateLimit::tr("remaining %1/%2")
                     .arg(remaining ? QString::number(*remaining) : QStringLiteral("?"),
                          limit ? QString::number(*limit) : QStringLiteral("?"));
    if (resetMs)
        parts << CrmRateLimit::tr("window resets %1")
                     .arg(QDateTime::fromMSecsSinceEpoch(*resetMs, QTimeZone::utc()).toString(Qt::ISODate));
    if (dayRemaining || dayLimit)
        parts << CrmRateLimit::tr("day %1/%2")
                     .arg(dayRemaining ? QString::number(*dayRemaining) : QStringLiteral("?"),
                          dayLimit ? QString::number(*dayLimit) : QStringLiteral("?"));
    if (retryAfterSeconds)
        parts << CrmRateLimit::tr("retry after %1 s").arg(*retryAfterSeconds);
    if (accessTokenReset.isValid())
        parts << CrmRateLimit::tr("access token resets %1").arg(accessTokenReset.toString(Qt::ISODate));
    return parts.join(QStringLiteral(", "));
}
