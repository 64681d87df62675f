#pragma once

#include "sandboxhttprequest.h"
#include "sandboxhttpresponse.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

// Zoho Accounts: consent page, token endpoint (code, refresh), revoke, user info, with Zoho's limits.
// Codes and tokens belong to the data center where the user's account lives.
class SandboxAccounts
{
public:
    struct Client
    {
        QString id;
        QString secret;
        QStringList redirectUris; // exact
        bool anyLoopbackPort = false; // http://localhost:N/callback and http://127.0.0.1:N/callback
    };
    struct AccessToken
    {
        QString token;
        QString refreshToken; // empty for access_type=online
        QString clientId;
        QString email;
        QString dc;
        QStringList scopes;
        qint64 expiresAtMs = 0;
    };
    struct RefreshToken
    {
        QString token;
        QString clientId;
        QString email;
        QString dc;
        QStringList scopes;
        qint64 createdMs = 0;
        QList<qint64> refreshTimesMs; // for the 10-per-10-minutes throttle
        QStringList accessTokens; // live ones, oldest first
        int refreshes = 0;
    };

    SandboxAccounts();

    // settings
    std::function<qint64()> clock;
    std::function<QUrl(const QString &dc)> accountsUrl;
    std::function<QUrl(const QString &dc)> apiDomain;
    int tokenLifetimeS = 3600;
    int codeLifetimeS = 120;
    bool autoApprove = false;
    int throttleHttpStatus = 200;
    QString signedInUser = QStringLiteral("admin@sandbox.test");
    QHash<QString, QString> userDataCenters; // lower-case email -> dc

    void registerClient(const Client &client);
    const Client &defaultClient() const { return m_clients.first(); }
    QString userDataCenter(const QString &email) const;

    SandboxHttpResponse handle(const SandboxHttpRequest &request, const QString &dc);

    // For the API side: the token if it exists, is not expired and was minted for any DC (check .dc).
    const AccessToken *findAccessToken(const QString &token) const;
    bool isAccessTokenLive(const AccessToken &token) const;

    QString createGrantCode(const QString &clientId, const QStringList &scopes, const QString &email,
                            const QString &dc, bool offline);
    bool expireAccessToken(const QString &token);
    void expireAllAccessTokens();
    bool revoke(const QString &token);
    bool isRefreshTokenValid(const QString &token) const;
    int refreshCount(const QString &refreshToken) const;
    int liveAccessTokenCount(const QString &refreshToken) const;
    int liveRefreshTokenCount(const QString &email, const QString &clientId) const;

    int tokenRequests = 0;
    int codeExchanges = 0;
    int refreshes = 0;
    QString lastGrantType;
    bool lastSuccess = false;

private:
    struct Code
    {
        QString code;
        QString clientId;
        QString redirectUri; // empty: Self Client code, no redirect_uri needed
        QStringList scopes;
        QString email;
        QString dc;
        bool offline = false;
        QString challenge;
        QString challengeMethod;
        qint64 expiresAtMs = 0;
    };

    SandboxHttpResponse authorize(const SandboxHttpRequest &request, const QUrlQuery &params,
                                  const QString &dc);
    SandboxHttpResponse decide(const SandboxHttpRequest &request, bool approve, const QString &dc);
    SandboxHttpResponse token(const SandboxHttpRequest &request, const QString &dc);
    SandboxHttpResponse revokeRequest(const SandboxHttpRequest &request, bool basicForm);
    SandboxHttpResponse userInfo(const SandboxHttpRequest &request, const QString &dc);
    SandboxHttpResponse tokenError(const QString &error) const;
    const Client *client(const QString &id) const;
    bool redirectAllowed(const Client &client, const QString &uri) const;
    QString mintAccessToken(const QString &refreshToken, const QString &clientId, const QString &email,
                            const QString &dc, const QStringList &scopes);
    void dropRefreshToken(const QString &token);
    static QString newToken(const char *prefix);

    QList<Client> m_clients;
    QHash<QString, Code> m_codes;
    QHash<QString, AccessToken> m_access;
    QHash<QString, RefreshToken> m_refresh;
    QList<QString> m_refreshOrder; // creation order, for the 20-per-user-and-client limit
    QHash<QString, bool> m_consented; // client|email -> offline consent already given
};
