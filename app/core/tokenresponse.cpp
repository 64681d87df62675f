#include "tokenresponse.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>

#include <utility>

namespace {

// Zoho sends numbers; a string holding a number is accepted too. 0 = missing or unusable.
qint64 positiveNumber(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        return number > 0 && number < 9.0e15 ? static_cast<qint64>(number) : 0;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().trimmed().toLongLong(&ok);
        return ok && number > 0 ? number : 0;
    }
    return 0;
}

QString describeStatus(int httpStatus)
{
    return httpStatus > 0 ? TokenResponse::tr("HTTP %1").arg(httpStatus) : QStringLiteral("no HTTP status");
}

} // namespace

TokenResponse TokenResponse::failure(OAuthError error)
{
    TokenResponse response;
    response.m_error = std::move(error);
    return response;
}

TokenResponse TokenResponse::parse(int httpStatus, const QByteArray &body, qint64 nowMs)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        // A 5xx page or a proxy's HTML: the server did not really answer.
        return failure(
            OAuthError(OAuthError::Kind::MalformedResponse,
                       TokenResponse::tr("the accounts server's answer (%1, %2 bytes) is not a JSON "
                                         "object")
                           .arg(describeStatus(httpStatus))
                           .arg(body.size()),
                       QString(), httpStatus));
    }
    const QJsonObject object = document.object();
    const QJsonValue error = object.value(QLatin1String("error"));
    if (!error.isUndefined() && !error.isNull()) {
        const QString code =
            error.isString() ? error.toString() : TokenResponse::tr("(an error that is not text)");
        return failure(OAuthError::fromZohoError(
            code, object.value(QLatin1String("error_description")).toString(), httpStatus));
    }

    TokenResponse response;
    response.accessToken = object.value(QLatin1String("access_token")).toString();
    if (response.accessToken.isEmpty()) {
        return failure(
            OAuthError(OAuthError::Kind::MalformedResponse,
                       TokenResponse::tr("the accounts server's answer (%1) has neither access_token "
                                         "nor error")
                           .arg(describeStatus(httpStatus)),
                       QString(), httpStatus));
    }
    const qint64 expiresIn = positiveNumber(object.value(QLatin1String("expires_in")));
    const qint64 expiresInSec = positiveNumber(object.value(QLatin1String("expires_in_sec")));
    // Compared before any multiplication: a server's 999999999999999 must neither overflow nor
    // reach a store as an expiry time it would refuse to read back.
    qint64 lifetimeMs = 0;
    QString asSent;
    if (object.contains(QLatin1String("expires_in_sec"))) {
        // Legacy format (until about 2019): expires_in in ms, expires_in_sec in seconds.
        if (expiresIn > 0) {
            lifetimeMs = expiresIn <= kMaxLifetimeMs ? expiresIn : -1;
            asSent = QStringLiteral("expires_in %1 ms").arg(expiresIn);
        } else {
            lifetimeMs = expiresInSec <= kMaxLifetimeMs / 1000 ? expiresInSec * 1000 : -1;
            asSent = QStringLiteral("expires_in_sec %1").arg(expiresInSec);
        }
    } else {
        lifetimeMs = expiresIn <= kMaxLifetimeMs / 1000 ? expiresIn * 1000 : -1;
        asSent = QStringLiteral("expires_in %1 s").arg(expiresIn);
    }
    if (lifetimeMs < 0) {
        return failure(
            OAuthError(OAuthError::Kind::MalformedResponse,
                       TokenResponse::tr("the accounts server's answer (%1) gives the access token %2, "
                                         "beyond any token's life (at most %3 days); refused")
                           .arg(describeStatus(httpStatus), asSent)
                           .arg(kMaxLifetimeMs / (24 * 3600 * 1000)),
                       QString(), httpStatus));
    }
    response.expiresInMs = lifetimeMs;
    if (response.expiresInMs <= 0) {
        return failure(
            OAuthError(OAuthError::Kind::MalformedResponse,
                       TokenResponse::tr("the accounts server's answer (%1) has an access token but no "
                                         "usable expires_in")
                           .arg(describeStatus(httpStatus)),
                       QString(), httpStatus));
    }
    response.expiryTime = nowMs + response.expiresInMs;
    response.refreshToken = object.value(QLatin1String("refresh_token")).toString();
    response.apiDomain = object.value(QLatin1String("api_domain")).toString();
    response.tokenType = object.value(QLatin1String("token_type")).toString();
    response.scopes = object.value(QLatin1String("scope"))
                          .toString()
                          .split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    return response;
}
