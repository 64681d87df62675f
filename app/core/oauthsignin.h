#pragma once

#include "oauthcallbacklistener.h"
#include "pkce.h"
#include "signinresult.h"
#include "token.h"
#include "tokenresponse.h"
#include "zohoenvironment.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <functional>

class CurrentUserLookup;
class QNetworkAccessManager;
class TokenEndpointClient;

// Signs a user in and produces a token to save (DESIGN "OAuth and the CRM API"):
// - start(): the browser flow. A loopback listener on the redirect URI (exactly as registered),
//   a random state, PKCE S256, access_type=offline, prompt=consent, comma-separated scopes; the
//   authorization URL goes to the injected browser opener (and authorizationUrlReady()); the first
//   valid callback's code is exchanged at the callback's accounts-server, but only if that is a
//   Zoho accounts server or on the configured custom accounts host (ZohoEnvironment::trustsAccountsServer).
// - startWithGrantToken(): a Self Client grant token, exchanged without a redirect URI.
// Both look up the user's e-mail (user_name) and end with exactly one finished() signal, never
// emitted from inside start(). The object can be started again after finished().
class OAuthSignIn : public QObject
{
    Q_OBJECT
public:
    using BrowserOpener = std::function<bool(const QUrl &url)>;
    using Clock = std::function<qint64()>;

    struct Options
    {
        ZohoEnvironment environment;
        QString clientId;
        QString clientSecret;
        QStringList scopes; // empty: defaultScopes()
        QString redirectUri; // empty: defaultRedirectUri(); port 0 picks a free port
        int timeoutMs = 5 * 60 * 1000; // waiting for the browser
        bool lookUpUser = true;
    };

    // What the explorer needs: records, metadata, users, org, COQL.
    static QStringList defaultScopes();
    static QString defaultRedirectUri(); // http://localhost:8765/callback
    // The sign-in that replaces `token` (its refresh token revoked or expired): the same data center
    // and environment (or accounts server), client, scopes and redirect URI.
    static Options optionsToReplace(const Token &token);

    explicit OAuthSignIn(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~OAuthSignIn() override;

    // Called with the authorization URL; returns false if no browser could be opened (the URL is
    // then only reported through authorizationUrlReady/browserOpenFailed). None by default.
    void setBrowserOpener(BrowserOpener opener) { m_opener = std::move(opener); }
    void setClock(Clock clock);
    void setRequestTimeout(int milliseconds);

    void start(const Options &options);
    void startWithGrantToken(const Options &options, const QString &grantToken);
    void cancel();
    bool isRunning() const { return m_running; }

    const QUrl &authorizationUrl() const { return m_authorizationUrl; }
    // The redirect URI in use (with the real port when port 0 was asked for).
    QString redirectUri() const { return m_redirectUri; }

Q_SIGNALS:
    void authorizationUrlReady(const QUrl &url); // before the browser opener is called
    void browserOpenFailed(const QUrl &url);
    void callbackRejected(const QString &reason); // a wrong callback came; still waiting
    void finished(const SignInResult &result);

private:
    bool prepare(const Options &options);
    void onCallback(const AuthorizationCallback &callback);
    void exchanged(const QUrl &accountsServer, const QString &location, const TokenResponse &response);
    void finish(SignInResult result);
    void finishLater(OAuthError error);
    void fail(OAuthError error) { finish(SignInResult { std::move(error), {}, {} }); }

    QNetworkAccessManager *m_network;
    TokenEndpointClient *m_endpoint;
    CurrentUserLookup *m_userLookup;
    OAuthCallbackListener m_listener;
    QTimer m_timeout;
    BrowserOpener m_opener;
    Options m_options;
    Pkce m_pkce;
    QString m_state;
    QString m_redirectUri;
    QUrl m_authorizationUrl;
    QString m_lastRejection;
    bool m_stateRejected = false;
    bool m_running = false;
    quint64 m_generation = 0; // answers of an earlier, cancelled run are ignored
};
