#pragma once

#include "accesstokenprovider.h"
#include "mintledger.h"
#include "oautherror.h"
#include "refreshbackoff.h"
#include "refreshlease.h"
#include "refreshpolicy.h"
#include "storeresult.h"
#include "token.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class TokenEndpointClient;
class TokenResponse;
class TokenRevoker;
class TokenStore;

// Keeps the stored tokens usable (DESIGN "OAuth and the CRM API", "Threads and processes"):
// - requestAccessToken() returns the stored access token, refreshing it first when it expires
//   within the lead (default 5 min, less a per-token random jitter of up to 1 min, never less than
//   the SDK's 5 s), and saves what Zoho answered (a refresh answer has no refresh token: the old
//   one is kept; api_domain is updated).
// - One refresh per token at a time: in this process, concurrent requests for a token join the
//   refresh in flight; across processes and machines, the store's lease decides who refreshes,
//   and the others poll the store until the token changes or the lease is theirs.
// - Zoho mints at most 10 access tokens per refresh token per 10 minutes: refreshes are counted
//   per refresh token and the 11th is refused here, before Zoho's throttle. Failures back off
//   (exponentially; Zoho's throttle for the full backoff). While a refresh ahead of expiry fails,
//   requests still get the old access token as long as it is valid for more than 5 s.
// - invalid_code on refresh (a revoked or dead refresh token) marks the token NeedsReauthorization
//   with the message in lastError, and keeps the row; such a token is not sent to Zoho again.
//
// The policy lives in classes of its own, which the refresh scheduler shares: RefreshPolicy (lead and
// jitter), MintLedger (Zoho's limits), RefreshBackoff, RefreshLease (the store's lease) and TokenRevoker.
//
// Threads: the store is called synchronously from the thread this object lives in. That suits the
// CLI; the desktop app moves the service, with its store and endpoint client, to a worker thread.
// The request methods (requestAccessToken, refreshNow, refreshDue, revoke) may be called from any
// thread that runs an event loop: the work hops to the service's thread and each callback runs on
// the caller's thread, never synchronously. The other methods belong to the service's thread.
class TokenService : public AccessTokenProvider
{
    Q_OBJECT
public:
    struct Options
    {
        qint64 refreshLeadMs = 5 * 60 * 1000;
        qint64 refreshJitterMs = 60 * 1000; // the lead is shortened by a random part of this, per token
        int maxRefreshesPerWindow = 10; // Zoho: 10 access tokens per refresh token …
        qint64 refreshWindowMs = 10 * 60 * 1000; // … per 10 minutes
        qint64 leaseDurationMs = 45 * 1000; // longer than a token request's timeout
        qint64 leasePollMs = 200;
        qint64 backoffInitialMs = 5 * 1000;
        qint64 backoffMaxMs = 5 * 60 * 1000;
    };

    static constexpr qint64 kSdkMarginMs = RefreshPolicy::kSdkMarginMs;

    using Clock = std::function<qint64()>; // ms since the epoch
    using ResultsCallback = std::function<void(const QList<AccessTokenResult> &)>;

    TokenService(TokenStore *store, TokenEndpointClient *endpoint, QObject *parent = nullptr);
    ~TokenService() override;

    void setOptions(const Options &options);
    const Options &options() const { return m_options; }
    void setClock(Clock clock);
    qint64 now() const;
    // Names this service in the store's leases; default "host:pid:random".
    void setLeaseOwner(const QString &owner) { m_lease.setOwner(owner); }
    const QString &leaseOwner() const { return m_lease.owner(); }

    // The shared policy: the scheduler plans with these (same thread as the service).
    RefreshPolicy &policy() { return m_policy; }
    MintLedger &ledger() { return m_ledger; }
    RefreshBackoff &backoff() { return m_backoff; }

    // AccessTokenProvider.
    void requestAccessToken(const QString &tokenId, bool forceRefresh, const QString &rejectedAccessToken,
                            Callback callback) override;

    // Refreshes now, whatever the expiry, unless the token changed meanwhile (another process or
    // request refreshed it while this one waited): then that token is the answer.
    void refreshNow(const QString &tokenId, Callback callback);
    // Every token that can be refreshed and expires within its lead; one result per token
    // (an empty list when none is due).
    void refreshDue(ResultsCallback callback);
    // Revokes the refresh token at Zoho (or the access token when there is none), then deletes
    // the row, or with `keepRow` keeps it marked NeedsReauthorization ("revoked …") and expired.
    // Nothing changes in the store when Zoho does not confirm.
    void revoke(const QString &tokenId, bool keepRow, Callback callback);

    // Saves a signed-in token (SignInResult::token): Active, no last error; the store's upsert
    // rules decide the row (the same user, client and API domain: the same row).
    StoreResult<Token> saveSignIn(const Token &token);

    // The lead of this token: refreshLeadMs less its jitter, at least kSdkMarginMs.
    qint64 refreshLeadFor(const QString &tokenId);
    bool isDue(const Token &token);
    // Access tokens minted from this refresh token within the window, as counted here.
    int refreshesInWindow(const QString &refreshToken);

    // Where the token's refresh goes: its accounts_server, else its API domain's or DC's.
    static QUrl accountsServerFor(const Token &token);

Q_SIGNALS:
    void tokenRefreshed(const QString &tokenId, qint64 expiryTime);
    // A refresh Zoho or the network refused (not a dead refresh token: tokenNeedsReauthorization).
    void refreshFailed(const QString &tokenId, const QString &message);
    void tokenNeedsReauthorization(const QString &tokenId, const QString &message);
    void tokenChanged(const QString &tokenId); // saved or deleted by this service

private:
    struct Waiter
    {
        Callback callback;
        QPointer<QObject> context; // lives in the caller's thread
        bool forced = false;
        QString rejectedAccessToken;
    };
    struct Job
    {
        QString tokenId;
        bool forced = false;
        QString rejectedAccessToken;
        QList<Waiter> waiters;
        Token token; // the latest read
        qint64 startedAt = 0;
        bool holdsLease = false;
    };
    using JobPointer = std::shared_ptr<Job>;

    static Waiter makeWaiter(Callback callback, bool forced, const QString &rejectedAccessToken);
    static void deliver(const Waiter &waiter, const AccessTokenResult &result);

    // The stored token, or nullopt after telling `waiter` why there is none.
    std::optional<Token> storedToken(const QString &tokenId, const Waiter &waiter);
    void startRequest(const QString &tokenId, const Waiter &waiter);
    bool needsRefresh(const Token &token, bool forced, const QString &rejectedAccessToken);
    bool isUsable(const Token &token) const;
    void runJob(const JobPointer &job);
    void acquireLease(const JobPointer &job);
    void leaseReread(const JobPointer &job, const StoreResult<std::optional<Token>> &stored);
    // Takes a re-read row into the job; false after failing the job (deleted, store error, dead token).
    bool takeReread(const JobPointer &job, const StoreResult<std::optional<Token>> &stored);
    void afterLease(const JobPointer &job);
    void onAnswer(const JobPointer &job, const TokenResponse &response, const QString &usedRefreshToken);
    void finishJob(const JobPointer &job, const AccessTokenResult &result);
    // A refresh that did not happen: waiters that may use the old token still get it.
    void failJob(const JobPointer &job, const AccessTokenResult &result, bool allowOldToken);
    void releaseLease(const JobPointer &job);
    void recordFailure(const JobPointer &job, const OAuthError &error);
    QUrl apiDomainAfterRefresh(const Token &token, const QString &answered) const;

    TokenStore *m_store;
    QPointer<TokenEndpointClient> m_endpoint;
    Options m_options;
    Clock m_clock;
    RefreshPolicy m_policy;
    MintLedger m_ledger;
    RefreshBackoff m_backoff;
    RefreshLease m_lease;
    std::unique_ptr<TokenRevoker> m_revoker;
    QHash<QString, JobPointer> m_jobs; // by token id
};
