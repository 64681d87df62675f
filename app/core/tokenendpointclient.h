#pragma once

#include "formencoding.h"
#include "oautherror.h"
#include "tokenresponse.h"

#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

// Talks to POST {accounts}/oauth/v2/token and …/token/revoke (Zoho Accounts "Access and refresh tokens",
// zoho.com/accounts/protocol/oauth/web-apps/access-token.html, and "Revoke refresh token").
// Parameters go in a form body, never in the URL, so they stay out of server logs; redirects are
// not followed (a secret is never re-sent elsewhere); every request has a timeout. Answers are
// judged by their body whatever the HTTP status. Callbacks run on this object's thread; none runs
// after the object is destroyed.
class TokenEndpointClient : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<qint64()>; // ms since the epoch
    using TokenCallback = std::function<void(const TokenResponse &)>;
    using RevokeCallback = std::function<void(const OAuthError &)>;

    static constexpr int kDefaultTimeoutMs = 30000;

    explicit TokenEndpointClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setClock(Clock clock);
    qint64 now() const;
    void setTimeout(int milliseconds);
    int timeout() const { return m_timeoutMs; }
    QNetworkAccessManager *network() const { return m_network; }

    // The browser flow: grant_type=authorization_code with the redirect URI and PKCE verifier.
    void exchangeAuthorizationCode(const QUrl &accountsServer, const QString &clientId,
                                   const QString &clientSecret, const QString &code,
                                   const QString &redirectUri, const QString &codeVerifier,
                                   TokenCallback callback);
    // Self Client: a grant token from the API console; no redirect URI unless one is given.
    void exchangeGrantToken(const QUrl &accountsServer, const QString &clientId, const QString &clientSecret,
                            const QString &grantToken, const QString &redirectUri, TokenCallback callback);
    // grant_type=refresh_token. The answer carries no refresh token: the caller keeps its own.
    void refresh(const QUrl &accountsServer, const QString &clientId, const QString &clientSecret,
                 const QString &refreshToken, TokenCallback callback);
    // Revokes a refresh token (and every access token minted from it) or an access token.
    void revoke(const QUrl &accountsServer, const QString &token, RevokeCallback callback);

    // {"status":"success"} is success; anything else is an error (HTTP 400 for an unknown token).
    static OAuthError parseRevokeAnswer(int httpStatus, const QByteArray &body);

private:
    using Answer =
        std::function<void(int httpStatus, const QByteArray &body, const OAuthError &networkError)>;

    void post(const QUrl &url, const FormEncoding::Fields &fields, const QString &purpose, Answer answer);
    void postToken(const QUrl &accountsServer, const FormEncoding::Fields &fields, const QString &grantType,
                   TokenCallback callback);

    QNetworkAccessManager *m_network;
    Clock m_clock;
    int m_timeoutMs = kDefaultTimeoutMs;
};
