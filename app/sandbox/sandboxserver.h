#pragma once

#include "sandboxfaults.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

class SandboxServerPrivate;

// A local look-alike of Zoho Accounts + CRM v8, for tests, demos and scripts.
// Every data center (us, eu, in, au, cn, jp, ca, sa) has its own accounts listener and its own API
// listener on 127.0.0.1, so a token minted by one DC's accounts only works on that DC's API domain.
// Everything runs in the thread that owns the object (an event loop is required).
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    // Milliseconds since the epoch. Replace it to test expiry without sleeping.
    using Clock = std::function<qint64()>;

    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    static QStringList dataCenters(); // "us", "eu", "in", "au", "cn", "jp", "ca", "sa"

    // --- configuration; call before start() where noted ---
    void setRecordsPerModule(int count); // before start(); default 3000; seeded lazily, 100k+ is fine
    void setSeed(quint32 seed); // before start(); default 20240801
    void setClock(Clock clock); // default QDateTime::currentMSecsSinceEpoch
    void setAutoApprove(bool autoApprove); // GET /oauth/v2/auth redirects at once, no consent page
    void setTokenLifetime(int seconds); // access tokens; default 3600
    void setCodeLifetime(int seconds); // grant codes; default 120
    void setConcurrencyLimit(int requests); // in-flight CRM requests per DC before 429; default 10
    // Status of the "Access Denied" throttle body: 200 as Zoho documents (default), or 400.
    void setThrottleHttpStatus(int status);

    // The user who signs in on the consent page (and with auto-approve). Default admin@sandbox.test.
    void setSignedInUser(const QString &email);
    QString signedInUser() const;
    // Where a user's account lives; the redirect's `location` and `accounts-server` name it. Default us.
    void setUserDataCenter(const QString &email, const QString &dc);

    // The default client accepts redirect URIs http://localhost:ANY_PORT/callback,
    // http://127.0.0.1:ANY_PORT/callback and https://oauth.pstmn.io/v1/browser-callback.
    QString clientId() const;
    QString clientSecret() const;
    // Another client; its redirect URIs are compared as exact strings.
    void registerClient(const QString &clientId, const QString &clientSecret,
                        const QStringList &redirectUris);

    // --- lifecycle ---
    // DC number i (in dataCenters() order) listens at basePort + 2i (accounts) and basePort + 2i + 1 (api).
    // basePort 0 picks free ports. Returns false (and logs why) if a port cannot be bound.
    bool start(quint16 basePort = 0);
    void stop();
    bool isRunning() const;

    QUrl accountsUrl(const QString &dc = QStringLiteral("us")) const; // e.g. http://127.0.0.1:40001
    QUrl apiDomain(const QString &dc = QStringLiteral("us")) const; // e.g. http://127.0.0.1:40002
    // One line of JSON: {"client_id":…,"client_secret":…,"dcs":{"us":{"accounts":…,"api":…},…}}
    QByteArray describeJson() const;

    // --- faults (also settable at runtime by POST {any listener}/__sandbox/faults) ---
    void setFaults(const SandboxFaults &faults);
    SandboxFaults faults() const;
    void clearFaults();
    void setLatency(int ms);
    void setErrorRate(int status, double rate);
    void setMalformedRate(double rate);
    void setDropRate(double rate);
    void setThrottleRate(double rate);

    // --- tokens, for tests ---
    // A Self Client style grant code (no redirect_uri needed to exchange it), for the given user and DC.
    QString createGrantCode(const QString &scopes, const QString &email = QString(),
                            const QString &dc = QStringLiteral("us"), bool offline = true);
    bool expireAccessToken(const QString &accessToken); // it answers INVALID_TOKEN from now on
    void expireAllAccessTokens();
    bool revokeToken(const QString &token); // a refresh token also takes its access tokens along
    bool isAccessTokenValid(const QString &accessToken) const;
    bool isRefreshTokenValid(const QString &refreshToken) const;

    // --- counters, for tests ("exactly one refresh") ---
    int tokenRequestCount() const; // every POST /oauth/v2/token, any DC, any outcome
    int codeExchangeCount() const; // successful grant_type=authorization_code
    int refreshCount() const; // successful grant_type=refresh_token, all tokens
    int refreshCount(const QString &refreshToken) const; // successful refreshes of this one
    int liveAccessTokenCount(const QString &refreshToken) const;
    int liveRefreshTokenCount(const QString &email) const; // for the default client
    int apiRequestCount() const; // CRM requests, any DC, any outcome
    int recordCount(const QString &module) const; // live records now
    void resetCounters();

Q_SIGNALS:
    void tokenRequestServed(const QString &grantType, bool success);

private:
    std::unique_ptr<SandboxServerPrivate> d;
};
