#pragma once

#include <QObject>
#include <QString>

#include <functional>

// The answer to "give me a usable access token for this stored token".
struct AccessTokenResult
{
    enum class Failure {
        None,
        NotFound, // no such token in the store
        Store, // the store failed
        OAuth, // Zoho refused (invalid_code, invalid_client, Access Denied throttle, …)
        Network, // no answer, timeout, TLS, malformed body
        NeedsReauthorization, // the refresh token is dead: sign in again
    };

    Failure failure = Failure::None;
    QString message; // one line for a person; never contains a secret
    QString tokenId;
    QString accessToken;
    QString apiDomain; // e.g. https://www.zohoapis.com
    qint64 expiryTime = 0; // ms since the epoch

    bool ok() const { return failure == Failure::None; }
};

// Gives access tokens to the CRM client. The token service implements it: it reads the store,
// refreshes ahead of expiry (once per token across the process and, through the store's lease,
// across processes) and saves what it got. Results are delivered on the caller's thread through
// the event loop, never synchronously from inside requestAccessToken().
class AccessTokenProvider : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const AccessTokenResult &)>;

    using QObject::QObject;

    // `forceRefresh` after Zoho answered 401 INVALID_TOKEN for `rejectedAccessToken`: refresh unless
    // the stored access token already differs from it (someone refreshed meanwhile).
    virtual void requestAccessToken(const QString &tokenId, bool forceRefresh,
                                    const QString &rejectedAccessToken, Callback callback) = 0;
};
