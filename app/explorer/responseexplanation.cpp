#include "responseexplanation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace ResponseExplanation {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ResponseExplanation", text);
}

QString detailValue(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

QStringList detailLines(const QJsonObject &details)
{
    QStringList lines;
    for (auto it = details.constBegin(); it != details.constEnd(); ++it)
        lines.append(QStringLiteral("%1: %2").arg(it.key(), detailValue(it.value())));
    return lines;
}

QString retryAfter(const CrmResponse &response, qint64 nowMs)
{
    const CrmRateLimit limits = response.rateLimit();
    if (limits.retryAfterSeconds)
        return tr("Zoho asks to wait %1 s before the next call (Retry-After).")
            .arg(*limits.retryAfterSeconds);
    if (limits.resetMs && *limits.resetMs > nowMs)
        return tr("The rate-limit window resets at %1; try again then.")
            .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(*limits.resetMs).time(),
                                    QLocale::ShortFormat));
    return tr("Zoho names no time: wait a minute before trying again, and fewer calls at once (the limit "
              "counts concurrent calls and API credits per 24 h).");
}

} // namespace

QString byteSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

Text explain(const CrmResponse &response, qint64 nowMs)
{
    Text text;
    const CrmError &error = response.error();
    if (response.tokenRefreshed())
        text.note = tr("Zoho rejected the access token (401 INVALID_TOKEN): it was refreshed and the call "
                       "sent again.");
    if (!error.isError()) {
        if (!response.recordErrors().isEmpty()) {
            text.isError = true;
            text.headline = tr("%1 of %2 records failed")
                                .arg(response.recordErrors().size())
                                .arg(response.recordErrors().size() + response.recordSuccessCount());
            for (const CrmError &record : response.recordErrors())
                text.details.append(
                    tr("record %1: %2 %3%4")
                        .arg(record.recordIndex())
                        .arg(record.code(), record.message(),
                             record.details().isEmpty()
                                 ? QString()
                                 : QStringLiteral(" (%1)").arg(
                                     detailLines(record.details()).join(QStringLiteral(", ")))));
        }
        return text;
    }
    text.isError = true;
    switch (error.kind()) {
    case CrmError::Kind::Api:
        text.headline = error.code().isEmpty()
            ? tr("Zoho CRM answered HTTP %1: %2").arg(error.httpStatus()).arg(error.message())
            : tr("Zoho CRM answered HTTP %1 %2: %3")
                  .arg(error.httpStatus())
                  .arg(error.code(), error.message());
        text.details = detailLines(error.details());
        if (error.httpStatus() == 429 || error.code() == QLatin1String("TOO_MANY_REQUESTS"))
            text.retryHint = retryAfter(response, nowMs);
        else if (error.httpStatus() >= 500)
            text.retryHint = tr("A fault on Zoho's side: try again in a few seconds.");
        else if (error.code() == QLatin1String("OAUTH_SCOPE_MISMATCH"))
            text.retryHint = tr("The token lacks the scope this call needs: sign in again with it.");
        else if (error.code() == QLatin1String("INVALID_TOKEN")
                 || error.code() == QLatin1String("AUTHENTICATION_FAILURE"))
            text.retryHint = tr("The token was refused even after a refresh: sign in again.");
        break;
    case CrmError::Kind::Network:
        text.headline = tr("No answer from Zoho: %1").arg(error.message());
        text.retryHint = tr("Check the network; it is safe to try again in a few seconds.");
        break;
    case CrmError::Kind::Timeout:
        text.headline = tr("No complete answer in time: %1").arg(error.message());
        text.retryHint = tr("Try again, or give the request a longer timeout. A write may have been done: "
                            "look before sending it again.");
        break;
    case CrmError::Kind::Token:
        text.headline = tr("No usable access token: %1").arg(error.message());
        if (error.tokenFailure() == AccessTokenResult::Failure::NeedsReauthorization)
            text.retryHint = tr("The refresh token is no longer valid: sign in again.");
        else if (error.tokenFailure() == AccessTokenResult::Failure::Network)
            text.retryHint = tr("Zoho Accounts did not answer: try again in a few seconds.");
        break;
    case CrmError::Kind::MalformedResponse:
        text.headline = tr("The answer is not what Zoho CRM sends: %1").arg(error.message());
        text.retryHint = tr("Try again; if it stays so, the raw view shows what came.");
        break;
    case CrmError::Kind::Cancelled:
        text.headline = tr("Cancelled.");
        break;
    case CrmError::Kind::None:
        break;
    }
    return text;
}

} // namespace ResponseExplanation
