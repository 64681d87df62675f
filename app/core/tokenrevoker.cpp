#include "tokenrevoker.h"

#include "tokenendpointclient.h"
#include "tokenresults.h"
#include "tokenstore.h"

#include <QCoreApplication>
#include <QDateTime>

TokenRevoker::TokenRevoker(TokenStore *store, TokenEndpointClient *endpoint, Clock clock)
    : m_store(store)
    , m_endpoint(endpoint)
    , m_clock(std::move(clock))
{ }

void TokenRevoker::finishLocally(Token row, bool keepRow, const Done &done)
{
    const QString tokenId = row.id;
    if (keepRow) {
        const qint64 now = m_clock();
        row.state = Token::RefreshOutcome::NeedsReauthorization;
        row.lastError = QStringLiteral("revoked at %1")
                            .arg(QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).toString(Qt::ISODate));
        row.expiryTime = now; // expired; 0 would mean "unknown" and keep the old value
        auto saved = m_store->saveToken(row);
        if (!saved) {
            done(TokenResults::forStoreError(saved.error(), tokenId));
            return;
        }
    } else {
        auto removed = m_store->deleteToken(tokenId);
        if (!removed) {
            done(TokenResults::forStoreError(removed.error(), tokenId));
            return;
        }
    }
    AccessTokenResult result;
    result.tokenId = tokenId;
    done(result);
}

void TokenRevoker::revoke(const Token &token, const QUrl &accountsServer, bool keepRow, QObject *context,
                          Done done)
{
    const QString secret = token.refreshToken.isEmpty() ? token.accessToken : token.refreshToken;
    if (secret.isEmpty()) {
        finishLocally(token, keepRow, done); // nothing Zoho could revoke
        return;
    }
    if (accountsServer.isEmpty() || !m_endpoint) {
        done(TokenResults::failure(
            AccessTokenResult::Failure::OAuth,
            QCoreApplication::translate("TokenService", "token %1 names no accounts server to revoke it at")
                .arg(token.id),
            token.id));
        return;
    }
    QPointer<QObject> guard(context);
    m_endpoint->revoke(accountsServer, secret, [this, guard, token, keepRow, done](const OAuthError &error) {
        if (!guard)
            return;
        if (!error.isNone()) {
            AccessTokenResult result = TokenResults::forOAuthError(error, token.id);
            if (result.failure == AccessTokenResult::Failure::NeedsReauthorization)
                result.failure = AccessTokenResult::Failure::OAuth;
            result.message = QCoreApplication::translate(
                                 "TokenService", "token %1 was not revoked and stays in the store: %2")
                                 .arg(token.id, error.message());
            done(result);
            return;
        }
        finishLocally(token, keepRow, done);
    });
}
