#pragma once

#include "tokenfacade.h"

#include <QHash>
#include <QObject>

#include <memory>

class RefreshScheduler;
class StoreWatcher;
class TokenEndpointClient;
class TokenStore;

// The token facade's other half: it lives on the facade's worker thread and owns what must stay
// there (the store and its QtSql connection, the network access manager, the token service, the
// watcher, running sign-ins). Every method runs on that thread; results go back to the facade
// through its event loop (TokenFacade::deliver).
class TokenFacadeWorker : public QObject
{
    Q_OBJECT
public:
    TokenFacadeWorker(TokenFacade *facade, TokenFacade::Options options,
                      TokenFacade::NetworkFactory networkFactory);
    ~TokenFacadeWorker() override;

    void open(const QString &spec);
    void close();
    TokenStore *store() const { return m_store.get(); }

    QString probeDefaultStore();

    StoreResult<TokenList> list();
    StoreResult<std::optional<Token>> find(const Token &partial);
    StoreResult<Token> save(const Token &token);
    StoreResult<void> remove(const QString &id);
    void refresh(const QString &id, std::function<void(AccessTokenResult)> done);
    void accessToken(const QString &id, bool forceRefresh, const QString &rejectedAccessToken,
                     std::function<void(AccessTokenResult)> done);
    void revoke(const QString &id, bool keepRow, std::function<void(AccessTokenResult)> done);

    void signIn(quint64 operationId, const OAuthSignIn::Options &options, const QString &grantToken,
                TokenFacade::SignInProgress progress, QPointer<QObject> context,
                std::function<void(TokenFacade::SignInOutcome)> done);
    void cancelSignIn(quint64 operationId);

    void setRefreshingPaused(bool paused);
    void refreshAll();

    TransferReport importFrom(const QString &sourceSpec, const TokenOperation &operation,
                              const std::function<void(TransferProgress)> &progress);
    TransferReport exportTo(const QString &targetSpec, const QStringList &ids, bool withSecrets,
                            const TokenOperation &operation,
                            const std::function<void(TransferProgress)> &progress);

private:
    StoreError notOpen(const QString &operation) const;
    AccessTokenResult notOpenResult(const QString &id, const QString &operation) const;
    void ensureNetwork();
    // Re-reads one row after the token service wrote it and reports the change.
    void rowWritten(const QString &id);
    void report(const TokenChanges &changes);
    void watcherLoaded(const TokenList &rows);
    void watcherFailed(const StoreError &error);
    // Saves `rows` into `target` in batches, stopping when `operation` is cancelled.
    TransferReport copyRows(const TokenList &rows, TokenStore &target, bool reportToWatcher,
                            const TokenOperation &operation,
                            const std::function<void(TransferProgress)> &progress);

    TokenFacade *m_facade;
    TokenFacade::Options m_options;
    TokenFacade::NetworkFactory m_networkFactory;
    QNetworkAccessManager *m_network = nullptr;
    TokenEndpointClient *m_endpoint = nullptr;
    std::unique_ptr<TokenStore> m_store;
    TokenService *m_service = nullptr;
    StoreWatcher *m_watcher = nullptr;
    RefreshScheduler *m_scheduler = nullptr;
    bool m_refreshingPaused = false; // survives a store switch
    QHash<quint64, OAuthSignIn *> m_signIns;
    QString m_openingSpec;
    bool m_opening = false; // until the first read answers open()
};
