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

} // namespace

QString SandboxTokens::allScopes()
{
    return QStringLiteral("ZohoCRM.modules.ALL,ZohoCRM.settings.ALL,ZohoCRM.users.READ,ZohoCRM.org.READ,"
                          "ZohoCRM.coql.READ");
}

SandboxToken SandboxTokens::mint(SandboxServer &server, QNetworkAccessManager &network, const QString &scopes,
                                 const QString &dc, const QString &email)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("client_id"), server.clientId());
    form.addQueryItem(QStringLiteral("client_secret"), server.clientSecret());
    form.addQueryItem(QStringLiteral("code"), server.createGrantCode(scopes, email, dc, true));
    return waitForToken(postToken(server, network, dc, form));
}

Token SandboxTokens::toStoredToken(const SandboxServer &server, const SandboxToken &token, const QString &id,
                                   const QString &dc)
{
    Token stored;
    stored.id = id;
    stored.userName = server.signedInUser();
    stored.clientId = server.clientId();
    stored.clientSecret = server.clientSecret();
    stored.refreshToken = token.refreshToken;
    stored.accessToken = token.accessToken;
    stored.expiryTime = token.expiryTime;
    stored.apiDomain = token.apiDomain;
    stored.accountsServer = server.accountsUrl(dc).toString();
    stored.dataCenter = dc;
    return stored;
}
