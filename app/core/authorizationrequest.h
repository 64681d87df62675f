#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

// The parameters of GET {accounts}/oauth/v2/auth (Zoho Accounts "Authorization request",
// zoho.com/accounts/protocol/oauth/web-apps/authorization.html; PKCE as RFC 7636).
class AuthorizationRequest
{
public:
    QString clientId;
    QString redirectUri; // sent exactly as registered, character for character
    QStringList scopes; // sent comma-separated
    QString state;
    QString codeChallenge; // PKCE; empty = no PKCE
    QString codeChallengeMethod = QStringLiteral("S256");
    bool offline = true; // access_type=offline: ask for a refresh token
    bool forceConsent = true; // prompt=consent: a refresh token even when consent was given before

    // {accountsServer}/oauth/v2/auth?response_type=code&client_id=…&scope=…&redirect_uri=…&…
    QUrl url(const QUrl &accountsServer) const;
};
