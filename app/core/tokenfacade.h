#pragma once

#include "accesstokenprovider.h"
#include "oauthsignin.h"
#include "refreshscheduler.h"
#include "refreshschedulerstate.h"
#include "storeresult.h"
#include "tokenchanges.h"
#include "tokenoperation.h"
#include "tokenservice.h"
#include "tokentransfer.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class TokenFacadeWorker;

// The desktop's one way to its tokens (DESIGN "Desktop"): one store, its TokenService and its
// network access on a worker thread, so that the thread that calls it never waits on a store, a
// keychain or the network.
//
// Every operation is asynchronous. Its answer arrives later, through the event loop of the thread
// this object lives in, and only while `context` is alive: a dialog that closed gets no answer.
// Long work (import, export, sign-in) answers with a TokenOperation that can cancel it.
//
// What changes in the store, by this facade or by anyone else (the watcher), arrives as
// tokensChanged with only the rows that changed.
class TokenFacade : public QObject
{
    Q_OBJECT
public:
    template<typename T> using Reply = std::function<void(const T &)>;
    using BrowserOpener = std::function<bool(const QUrl &url)>;
    // Made on the worker thread, owned there. Tests inject their own (a slow store, a fake clock).
    using NetworkFactory = std::function<QNetworkAccessManager *(QObject *parent)>;

    struct Options
    {
        TokenService::Options service;
        int watchIntervalMs = 500;
        int keychainProbeTimeoutMs = 3000;
        // Keep every token fresh with a RefreshScheduler on the worker (the tray's refresher).
        bool scheduleRefreshes = false;
        RefreshScheduler::Options scheduler;
    };

    // What a sign-in reports while it waits for the browser.
    struct SignInProgress
    {
        Reply<QUrl> authorizationUrl; // the URL the browser was sent to (show it, copy it)
        Reply<QString> callbackRejected; // a callback without the right state: still waiting
    };
    struct SignInOutcome
    {
        OAuthError error; // None when signed in
        std::optional<StoreError> storeError; // signed in, but the token could not be saved
        Token token; // as saved
        QString userLookupError;
        bool ok() const { return error.isNone() && !storeError; }
    };

    explicit TokenFacade(QObject *parent = nullptr);
    ~TokenFacade() override;

    // Before open(): what the worker uses.
    void setOptions(const Options &options);
    void setNetworkFactory(NetworkFactory factory);
    // Called on this object's thread; the default opens nothing (the URL is still reported).
    void setBrowserOpener(BrowserOpener opener);

    // Opens the store `spec` (closing the one open before): storeOpened with every row, or
    // storeFailed. retry() opens the last spec again.
    void open(const QString &spec);
    void retry();
    const QString &spec() const { return m_spec; }
    bool isOpen() const { return m_open; }

    // The spec to use when none is given: the OS keychain when a Secret Service, Keychain or
    // Credential Manager answers, else SQLite in the application data folder.
    void probeDefaultStore(QObject *context, Reply<QString> reply);

    void list(QObject *context, Reply<StoreResult<TokenList>> reply);
    void find(const Token &partial, QObject *context, Reply<StoreResult<std::optional<Token>>> reply);
    void save(const Token &token, QObject *context, Reply<StoreResult<Token>> reply);
    void remove(const QString &id, QObject *context, Reply<StoreResult<void>> reply);
    void refresh(const QString &id, QObject *context, Reply<AccessTokenResult> reply);
    void revoke(const QString &id, bool keepRow, QObject *context, Reply<AccessTokenResult> reply);
    // A usable access token for a CRM call (AccessTokenProvider's contract: refreshed ahead of expiry,
    // or after a 401 INVALID_TOKEN with `forceRefresh` and the rejected token). The API explorer's
    // calls are signed with it; the answer holds the access token, so it goes nowhere else.
    void accessToken(const QString &id, bool forceRefresh, const QString &rejectedAccessToken,
                     QObject *context, Reply<AccessTokenResult> reply);

    TokenOperation signIn(const OAuthSignIn::Options &options, QObject *context, SignInProgress progress,
                          Reply<SignInOutcome> reply);
    TokenOperation signInWithGrantToken(const OAuthSignIn::Options &options, const QString &grantToken,
                                        QObject *context, Reply<SignInOutcome> reply);

    // Copies every row of `sourceSpec` into the open store (the store's upsert rules decide rows).
    TokenOperation importFrom(const QString &sourceSpec, QObject *context, Reply<TransferProgress> progress,
                              Reply<TransferReport> reply);
    // Writes the rows `ids` (all when empty) to `targetSpec`; without `withSecrets` the client
    // secret and the three tokens are written masked ("1000.…a1b2"), which no server accepts.
    TokenOperation exportTo(const QString &targetSpec, const QStringList &ids, bool withSecrets,
                            QObject *context, Reply<TransferProgress> progress, Reply<TransferReport> reply);

    // The refresh scheduler (Options::scheduleRefreshes); its state arrives as refreshStateChanged.
    void pauseRefreshing();
    void resumeRefreshing();
    void refreshAll();

    // The password of a database spec, into the OS keychain (never into settings).
    void storeDatabasePassword(const QString &spec, const QString &password, QObject *context,
                               Reply<StoreResult<void>> reply);

Q_SIGNALS:
    void storeOpening(const QString &spec);
    void storeOpened(const QString &description, const TokenList &rows);
    void storeFailed(const QString &spec, const StoreError &error);
    void tokensChanged(const TokenChanges &changes);
    // The watcher cannot read the store any more (locked, server down); storeRecovered follows.
    void storeProblem(const StoreError &error);
    void storeRecovered();
    // From the refresh scheduler: its summary (coalesced), and what a person should hear about.
    void refreshStateChanged(const RefreshSchedulerState &state);
    void refreshFailed(const QString &tokenId, const QString &message);
    void signInNeeded(const QString &tokenId, const QString &message);

private:
    friend class TokenFacadeWorker;

    // Runs `work` on the worker; its value goes to `reply` on this thread while `context` lives.
    template<typename T>
    void post(QObject *context, Reply<T> reply, std::function<T(TokenFacadeWorker &)> work);
    // The same for work that answers later, through `done` (called on the worker thread).
    template<typename T>
    void postAsync(QObject *context, Reply<T> reply,
                   std::function<void(TokenFacadeWorker &, std::function<void(T)> done)> work);
    // Delivers `value` to `reply` on this object's thread, if `context` is still alive.
    template<typename T> void deliver(QPointer<QObject> context, Reply<T> reply, T value);
    void ensureWorker();
    void storeOpenedOnWorker(const QString &spec, const QString &description, const TokenList &rows);
    void storeFailedOnWorker(const QString &spec, const StoreError &error);
    void openBrowser(const QUrl &url);
    // The browser flow when `grantToken` is empty, else the Self Client exchange.
    TokenOperation startSignIn(const OAuthSignIn::Options &options, const QString &grantToken,
                               QObject *context, SignInProgress progress, Reply<SignInOutcome> reply);
    TokenOperation startTransfer(QObject *context, Reply<TransferProgress> progress,
                                 Reply<TransferReport> reply,
                                 std::function<TransferReport(TokenFacadeWorker &, const TokenOperation &,
                                                              const std::function<void(TransferProgress)> &)>
                                     work);

    QThread m_thread;
    TokenFacadeWorker *m_worker = nullptr; // lives in m_thread; deleted when it finishes
    Options m_options;
    NetworkFactory m_networkFactory;
    BrowserOpener m_opener;
    QString m_spec;
    bool m_open = false;
    quint64 m_nextOperation = 1;
};
