#include "sandboxtokens.h"

#include "sandboxserver.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace {

using TokenCallback = std::function<void(const SandboxToken &)>;

SandboxToken parseAnswer(QNetworkReply *reply)
{
    SandboxToken token;
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    token.accessToken = answer.value(QLatin1String("access_token")).toString();
    token.refreshToken = answer.value(QLatin1String("refresh_token")).toString();
    token.apiDomain = answer.value(QLatin1String("api_domain")).toString();
    token.expiryTime = QDateTime::currentMSecsSinceEpoch()
        + qint64(answer.value(QLatin1String("expires_in")).toDouble()) * 1000;
    if (token.accessToken.isEmpty())
        token.error = answer.value(QLatin1String("error")).toString(QStringLiteral("no access_token"));
    return token;
}

QNetworkReply *postToken(SandboxServer &server, QNetworkAccessManager &network, const QString &dc,
                         const QUrlQuery &form)
{
    QUrl url = server.accountsUrl(dc);
    url.setPath(QStringLiteral("/oauth/v2/token"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setTransferTimeout(10000);
    return network.post(request, form.toString(QUrl::FullyEncoded).toUtf8());
}

SandboxToken waitForToken(QNetworkReply *reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const SandboxToken token = parseAnswer(reply);
    reply->deleteLater();
    return token;
}

QUrlQuery refreshForm(SandboxServer &server, const QString &refreshToken)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("client_id"), server.clientId());
    form.addQueryItem(QStringLiteral("client_secret"), server.clientSecret());
    form.addQueryItem(QStringLiteral("refresh_token"), refreshToken);
    return form;
}

} // namespace

QString SandboxTokens::allScopes()
{
    return QStringLiteral("ZohoCRM.modules.ALL,ZohoCRM.settings.ALL,ZohoCRM.users.READ,ZohoCRM.org.READ,"
                          "ZohoCRM.coql.READ");
}

SandboxToken SandboxTokens::mint(SandboxServer &server, QNetworkAccessManager &network, const QString &scopes,
                                 const QString &dc)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("client_id"), server.clientId());
    form.addQueryItem(QStringLiteral("client_secret"), server.clientSecret());
    form.addQueryItem(QStringLiteral("code"), server.createGrantCode(scopes, QString(), dc, true));
    return waitForToken(postToken(server, network, dc, form));
}

SandboxToken SandboxTokens::refresh(SandboxServer &server, QNetworkAccessManager &network,
                                    const QString &refreshToken, const QString &dc)
{
    SandboxToken token = waitForToken(postToken(server, network, dc, refreshForm(server, refreshToken)));
    token.refreshToken = refreshToken; // a refresh answer has none: keep ours
    return token;
}

SandboxTokenProvider::SandboxTokenProvider(SandboxServer &server, QNetworkAccessManager &network,
                                           QObject *parent)
    : AccessTokenProvider(parent)
    , m_server(server)
    , m_network(network)
{ }

void SandboxTokenProvider::addToken(const QString &tokenId, const SandboxToken &token)
{
    m_tokens.insert(tokenId, token);
}

void SandboxTokenProvider::requestAccessToken(const QString &tokenId, bool forceRefresh,
                                              const QString &rejectedAccessToken, Callback callback)
{
    ++m_requests;
    AccessTokenResult result;
    result.tokenId = tokenId;
    if (!m_tokens.contains(tokenId)) {
        result.failure = AccessTokenResult::Failure::NotFound;
        result.message = QStringLiteral("no token with id %1").arg(tokenId);
    } else if (forceRefresh && m_tokens.value(tokenId).accessToken == rejectedAccessToken) {
        ++m_forced;
        const QString refreshToken = m_tokens.value(tokenId).refreshToken;
        QNetworkReply *reply =
            postToken(m_server, m_network, QStringLiteral("us"), refreshForm(m_server, refreshToken));
        connect(reply, &QNetworkReply::finished, this, [this, reply, tokenId, refreshToken, callback]() {
            reply->deleteLater();
            SandboxToken fresh = parseAnswer(reply);
            AccessTokenResult answer;
            answer.tokenId = tokenId;
            if (!fresh.error.isEmpty()) {
                answer.failure = AccessTokenResult::Failure::OAuth;
                answer.message = fresh.error;
            } else {
                fresh.refreshToken = refreshToken;
                m_tokens.insert(tokenId, fresh);
                answer.accessToken = fresh.accessToken;
                answer.apiDomain = fresh.apiDomain;
                answer.expiryTime = fresh.expiryTime;
            }
            callback(answer);
        });
        return;
    } else {
        const SandboxToken &token = m_tokens[tokenId];
        result.accessToken = token.accessToken;
        result.apiDomain = token.apiDomain;
        result.expiryTime = token.expiryTime;
    }
    QMetaObject::invokeMethod(
        this, [callback, result]() { callback(result); }, Qt::QueuedConnection);
}
