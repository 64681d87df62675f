#pragma once

#include "accesstokenprovider.h"
#include "token.h"

#include <QPointer>

#include <functional>

class TokenEndpointClient;
class TokenStore;

// Revokes a token (DESIGN "OAuth and the CRM API"): its refresh token at Zoho (or its access token when
// there is none), then deletes the row, or with `keepRow` keeps it marked NeedsReauthorization
// ("revoked …") and expired. Nothing changes in the store when Zoho does not confirm.
// Runs on the thread of the store; `done` may be called before revoke() returns.
class TokenRevoker
{
public:
    using Clock = std::function<qint64()>;
    using Done = std::function<void(const AccessTokenResult &)>;

    TokenRevoker(TokenStore *store, TokenEndpointClient *endpoint, Clock clock);

    // `context` guards the answer of Zoho (gone: dropped); the URL is the token's accounts server.
    void revoke(const Token &token, const QUrl &accountsServer, bool keepRow, QObject *context, Done done);

private:
    void finishLocally(Token row, bool keepRow, const Done &done);

    TokenStore *m_store;
    QPointer<TokenEndpointClient> m_endpoint;
    Clock m_clock;
};
