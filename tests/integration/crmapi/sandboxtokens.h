#pragma once

#include "accesstokenprovider.h"

#include <QHash>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class SandboxServer;

// A token the sandbox's accounts server issued over HTTP.
struct SandboxToken
{
    QString accessToken;
    QString refreshToken;
    QString apiDomain;
    qint64 expiryTime = 0; // ms since the epoch
    QString error; // set when the token endpoint refused
};

namespace SandboxTokens {

// The scopes the CRM tests need (records, COQL, settings, users, org).
QString allScopes();

// A Self Client grant code from the sandbox, exchanged at its token endpoint with a real HTTP POST
// (form body, as Zoho documents), waiting in a local event loop.
SandboxToken mint(SandboxServer &server, QNetworkAccessManager &network, const QString &scopes = allScopes(),
                  const QString &dc = QStringLiteral("us"));

// grant_type=refresh_token at the sandbox's token endpoint.
SandboxToken refresh(SandboxServer &server, QNetworkAccessManager &network, const QString &refreshToken,
                     const QString &dc = QStringLiteral("us"));

} // namespace SandboxTokens

// Test-only AccessTokenProvider until the token service is used here: hands out the token minted from
// the sandbox; asked to force a refresh for the access token it gave, it refreshes at the sandbox's
// token endpoint over HTTP. Answers through the event loop, as the interface requires.
class SandboxTokenProvider : public AccessTokenProvider
{
    Q_OBJECT

public:
    SandboxTokenProvider(SandboxServer &server, QNetworkAccessManager &network, QObject *parent = nullptr);

    void addToken(const QString &tokenId, const SandboxToken &token);
    SandboxToken token(const QString &tokenId) const { return m_tokens.value(tokenId); }
    int requestCount() const { return m_requests; }
    int forcedCount() const { return m_forced; }

    void requestAccessToken(const QString &tokenId, bool forceRefresh, const QString &rejectedAccessToken,
                            Callback callback) override;

private:
    SandboxServer &m_server;
    QNetworkAccessManager &m_network;
    QHash<QString, SandboxToken> m_tokens;
    int m_requests = 0;
    int m_forced = 0;
};
