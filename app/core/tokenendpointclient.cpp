#include "tokenendpointclient.h"

#include "oauthlogging.h"
#include "zcrmversion.h"
#include "zohoenvironment.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <utility>

namespace {

// A token answer is a few hundred bytes; anything far larger is not one.
constexpr qint64 kMaxAnswerBytes = 256 * 1024;

QString userAgent()
{
    return QStringLiteral("zcrm-explorer/%1").arg(QStringLiteral(ZCRM_VERSION_STRING));
}

} // namespace

TokenEndpointClient::TokenEndpointClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{ }

void TokenEndpointClient::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

qint64 TokenEndpointClient::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

void TokenEndpointClient::setTimeout(int milliseconds)
{
    m_timeoutMs = milliseconds > 0 ? milliseconds : kDefaultTimeoutMs;
}

void TokenEndpointClient::exchangeAuthorizationCode(const QUrl &accountsServer, const QString &clientId,
                                                    const QString &clientSecret, const QString &code,
                                                    const QString &redirectUri, const QString &codeVerifier,
                                                    TokenCallback callback)
{
    FormEncoding::Fields fields {
        { QStringLiteral("grant_type"), QStringLiteral("authorization_code") },
        { QStringLiteral("client_id"), clientId },
        { QStringLiteral("client_secret"), clientSecret },
        { QStringLiteral("redirect_uri"), redirectUri },
        { QStringLiteral("code"), code },
    };
    if (!codeVerifier.isEmpty())
        fields.append({ QStringLiteral("code_verifier"), codeVerifier });
    postToken(accountsServer, fields, QStringLiteral("authorization_code"), std::move(callback));
}

void TokenEndpointClient::exchangeGrantToken(const QUrl &accountsServer, const QString &clientId,
                                             const QString &clientSecret, const QString &grantToken,
                                             const QString &redirectUri, TokenCallback callback)
{
    FormEncoding::Fields fields {
        { QStringLiteral("grant_type"), QStringLiteral("authorization_code") },
        { QStringLiteral("client_id"), clientId },
        { QStringLiteral("client_secret"), clientSecret },
        { QStringLiteral("code"), grantToken },
    };
    if (!redirectUri.isEmpty())
        fields.append({ QStringLiteral("redirect_uri"), redirectUri });
    postToken(accountsServer, fields, QStringLiteral("authorization_code (self client)"),
              std::move(callback));
}

void TokenEndpointClient::refresh(const QUrl &accountsServer, const QString &clientId,
                                  const QString &clientSecret, const QString &refreshToken,
                                  TokenCallback callback)
{
    const FormEncoding::Fields fields {
        { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
        { QStringLiteral("client_id"), clientId },
        { QStringLiteral("client_secret"), clientSecret },
        { QStringLiteral("refresh_token"), refreshToken },
    };
    postToken(accountsServer, fields, QStringLiteral("refresh_token"), std::move(callback));
}

void TokenEndpointClient::revoke(const QUrl &accountsServer, const QString &token, RevokeCallback callback)
{
    const QUrl url = ZohoEnvironment::revokeUrl(accountsServer);
    post(url, { { QStringLiteral("token"), token } }, QStringLiteral("revoke"),
         [callback = std::move(callback), url](int httpStatus, const QByteArray &body,
                                               const OAuthError &networkError) {
             OAuthError error = networkError.isNone() ? parseRevokeAnswer(httpStatus, body) : networkError;
             qCInfo(lcOAuth).noquote()
                 << "revoke at" << url.host() << "->"
                 << (error.isNone() ? QStringLiteral("success") : OAuthError::kindName(error.kind()));
             callback(error);
         });
}

OAuthError TokenEndpointClient::parseRevokeAnswer(int httpStatus, const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return OAuthError(
            OAuthError::Kind::MalformedResponse,
            TokenEndpointClient::tr("the accounts server's answer to the revocation (HTTP %1) is not "
                                    "a JSON object")
                .arg(httpStatus),
            QString(), httpStatus);
    }
    const QJsonObject object = document.object();
    const QString status = object.value(QLatin1String("status")).toString();
    if (status == QLatin1String("success") && !object.contains(QLatin1String("error")))
        return {};
    const QString error = object.value(QLatin1String("error")).toString();
    const QString description = object.value(QLatin1String("error_description")).toString();
    if (!error.isEmpty())
        return OAuthError::fromZohoError(error, description, httpStatus);
    const QString message = object.value(QLatin1String("message")).toString();
    return OAuthError(OAuthError::Kind::OtherServerError,
                      TokenEndpointClient::tr("Zoho refused the revocation (HTTP %1, status \"%2\")%3")
                          .arg(httpStatus)
                          .arg(status, message.isEmpty() ? QString() : QStringLiteral(": ") + message),
                      status, httpStatus);
}

void TokenEndpointClient::postToken(const QUrl &accountsServer, const FormEncoding::Fields &fields,
                                    const QString &grantType, TokenCallback callback)
{
    const QUrl url = ZohoEnvironment::tokenUrl(accountsServer);
    QPointer<TokenEndpointClient> self(this);
    post(url, fields, grantType,
         [self, callback = std::move(callback), url, grantType](int httpStatus, const QByteArray &body,
                                                                const OAuthError &networkError) {
             if (!self)
                 return;
             const TokenResponse response = networkError.isNone()
                 ? TokenResponse::parse(httpStatus, body, self->now())
                 : TokenResponse::failure(networkError);
             qCInfo(lcOAuth).noquote()
                 << grantType << "at" << url.host() + QLatin1Char(':') + QString::number(url.port()) << "->"
                 << (response.ok() ? QStringLiteral("access token")
                                   : OAuthError::kindName(response.error().kind()));
             callback(response);
         });
}

void TokenEndpointClient::post(const QUrl &url, const FormEncoding::Fields &fields, const QString &purpose,
                               Answer answer)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("application/x-www-form-urlencoded"));
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);

    QNetworkReply *reply = m_network->post(request, FormEncoding::encode(fields));
    auto timedOut = std::make_shared<bool>(false);
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timer->start(m_timeoutMs);
    const int timeoutMs = m_timeoutMs;
    connect(reply, &QNetworkReply::finished, this,
            [reply, timedOut, timeoutMs, url, purpose, answer = std::move(answer)] {
                reply->deleteLater();
                const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (*timedOut) {
                    answer(0, {},
                           OAuthError(OAuthError::Kind::Timeout,
                                      TokenEndpointClient::tr("no answer from %1 within %2 s (%3)")
                                          .arg(url.host())
                                          .arg(timeoutMs / 1000.0)
                                          .arg(purpose)));
                    return;
                }
                if (httpStatus <= 0) {
                    answer(0, {},
                           OAuthError(OAuthError::Kind::Network,
                                      TokenEndpointClient::tr("cannot reach the accounts server %1: %2")
                                          .arg(url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo),
                                               reply->errorString())));
                    return;
                }
                const QByteArray body = reply->read(kMaxAnswerBytes);
                answer(httpStatus, body, {});
            });
}
