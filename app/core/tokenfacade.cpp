#include "tokenfacade.h"

#include "facadelogging.h"
#include "storeregistry.h"
#include "tokenfacadeworker.h"

TokenFacade::TokenFacade(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("token-facade"));
}

TokenFacade::~TokenFacade()
{
    // The worker is deleted on its own thread (QThread::finished), after any store call in progress
    // returns.
    m_worker = nullptr;
    m_thread.quit();
    m_thread.wait();
}

void TokenFacade::setOptions(const Options &options)
{
    m_options = options;
}

void TokenFacade::setNetworkFactory(NetworkFactory factory)
{
    m_networkFactory = std::move(factory);
}

void TokenFacade::setBrowserOpener(BrowserOpener opener)
{
    m_opener = std::move(opener);
}

void TokenFacade::ensureWorker()
{
    if (m_worker)
        return;
    m_worker = new TokenFacadeWorker(this, m_options, m_networkFactory);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

void TokenFacade::open(const QString &spec)
{
    ensureWorker();
    m_spec = spec;
    m_open = false;
    Q_EMIT storeOpening(spec);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, spec] { worker->open(spec); }, Qt::QueuedConnection);
}

void TokenFacade::retry()
{
    if (!m_spec.isEmpty())
        open(m_spec);
}

void TokenFacade::storeOpenedOnWorker(const QString &spec, const QString &description, const TokenList &rows)
{
    if (spec != m_spec)
        return; // a store opened before the one asked for last
    m_open = true;
    Q_EMIT storeOpened(description, rows);
}

void TokenFacade::storeFailedOnWorker(const QString &spec, const StoreError &error)
{
    if (spec != m_spec)
        return;
    m_open = false;
    Q_EMIT storeFailed(spec, error);
}

void TokenFacade::openBrowser(const QUrl &url)
{
    if (m_opener && !m_opener(url))
        qCWarning(lcFacade) << "no browser could be opened for the sign-in page";
}

template<typename T> void TokenFacade::deliver(QPointer<QObject> context, Reply<T> reply, T value)
{
    QMetaObject::invokeMethod(
        this,
        [context, reply = std::move(reply), value = std::move(value)] {
            if (context)
                reply(value);
        },
        Qt::QueuedConnection);
}

// The worker reports a sign-in's progress through these.
template void TokenFacade::deliver<QUrl>(QPointer<QObject>, Reply<QUrl>, QUrl);
template void TokenFacade::deliver<QString>(QPointer<QObject>, Reply<QString>, QString);

template<typename T>
void TokenFacade::postAsync(QObject *context, Reply<T> reply,
                            std::function<void(TokenFacadeWorker &, std::function<void(T)> done)> work)
{
    ensureWorker(); // without a store, the worker answers "no token store is open"
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, guard, reply = std::move(reply), work = std::move(work)] {
            work(*worker, [this, guard, reply](T value) { deliver<T>(guard, reply, std::move(value)); });
        },
        Qt::QueuedConnection);
}

template<typename T>
void TokenFacade::post(QObject *context, Reply<T> reply, std::function<T(TokenFacadeWorker &)> work)
{
    postAsync<T>(context, std::move(reply),
                 [work = std::move(work)](TokenFacadeWorker &worker, std::function<void(T)> done) {
                     done(work(worker));
                 });
}

void TokenFacade::probeDefaultStore(QObject *context, Reply<QString> reply)
{
    post<QString>(context, std::move(reply),
                  [](TokenFacadeWorker &worker) { return worker.probeDefaultStore(); });
}

void TokenFacade::list(QObject *context, Reply<StoreResult<TokenList>> reply)
{
    post<StoreResult<TokenList>>(context, std::move(reply),
                                 [](TokenFacadeWorker &worker) { return worker.list(); });
}

void TokenFacade::find(const Token &partial, QObject *context, Reply<StoreResult<std::optional<Token>>> reply)
{
    post<StoreResult<std::optional<Token>>>(
        context, std::move(reply), [partial](TokenFacadeWorker &worker) { return worker.find(partial); });
}

void TokenFacade::save(const Token &token, QObject *context, Reply<StoreResult<Token>> reply)
{
    post<StoreResult<Token>>(context, std::move(reply),
                             [token](TokenFacadeWorker &worker) { return worker.save(token); });
}

void TokenFacade::remove(const QString &id, QObject *context, Reply<StoreResult<void>> reply)
{
    post<StoreResult<void>>(context, std::move(reply),
                            [id](TokenFacadeWorker &worker) { return worker.remove(id); });
}

void TokenFacade::refresh(const QString &id, QObject *context, Reply<AccessTokenResult> reply)
{
    postAsync<AccessTokenResult>(
        context, std::move(reply),
        [id](TokenFacadeWorker &worker, std::function<void(AccessTokenResult)> done) {
            worker.refresh(id, std::move(done));
        });
}

void TokenFacade::accessToken(const QString &id, bool forceRefresh, const QString &rejectedAccessToken,
                              QObject *context, Reply<AccessTokenResult> reply)
{
    postAsync<AccessTokenResult>(context, std::move(reply),
                                 [id, forceRefresh, rejectedAccessToken](
                                     TokenFacadeWorker &worker, std::function<void(AccessTokenResult)> done) {
                                     worker.accessToken(id, forceRefresh, rejectedAccessToken,
                                                        std::move(done));
                                 });
}

void TokenFacade::revoke(const QString &id, bool keepRow, QObject *context, Reply<AccessTokenResult> reply)
{
    postAsync<AccessTokenResult>(
        context, std::move(reply),
        [id, keepRow](TokenFacadeWorker &worker, std::function<void(AccessTokenResult)> done) {
            worker.revoke(id, keepRow, std::move(done));
        });
}

TokenOperation TokenFacade::signIn(const OAuthSignIn::Options &options, QObject *context,
                                   SignInProgress progress, Reply<SignInOutcome> reply)
{
    return startSignIn(options, QString(), context, std::move(progress), std::move(reply));
}

TokenOperation TokenFacade::signInWithGrantToken(const OAuthSignIn::Options &options,
                                                 const QString &grantToken, QObject *context,
                                                 Reply<SignInOutcome> reply)
{
    return startSignIn(options, grantToken, context, SignInProgress {}, std::move(reply));
}

TokenOperation TokenFacade::startSignIn(const OAuthSignIn::Options &options, const QString &grantToken,
                                        QObject *context, SignInProgress progress, Reply<SignInOutcome> reply)
{
    const quint64 id = m_nextOperation++;
    ensureWorker();
    TokenOperation operation = TokenOperation::create([worker = QPointer<TokenFacadeWorker>(m_worker), id] {
        // QPointer read on this thread only decides whether to post; the worker outlives the post.
        if (worker)
            QMetaObject::invokeMethod(
                worker.data(), [worker, id] { worker->cancelSignIn(id); }, Qt::QueuedConnection);
    });
    QPointer<QObject> guard(context);
    postAsync<SignInOutcome>(context, std::move(reply),
                             [id, options, grantToken, progress,
                              guard](TokenFacadeWorker &worker, std::function<void(SignInOutcome)> done) {
                                 worker.signIn(id, options, grantToken, progress, guard, std::move(done));
                             });
    return operation;
}

TokenOperation
TokenFacade::startTransfer(QObject *context, Reply<TransferProgress> progress, Reply<TransferReport> reply,
                           std::function<TransferReport(TokenFacadeWorker &, const TokenOperation &,
                                                        const std::function<void(TransferProgress)> &)>
                               work)
{
    TokenOperation operation = TokenOperation::create();
    QPointer<QObject> guard(context);
    post<TransferReport>(
        context, std::move(reply),
        [this, operation, guard, progress, work = std::move(work)](TokenFacadeWorker &worker) {
            return work(worker, operation, [this, guard, progress](TransferProgress step) {
                if (progress)
                    deliver<TransferProgress>(guard, progress, step);
            });
        });
    return operation;
}

TokenOperation TokenFacade::importFrom(const QString &sourceSpec, QObject *context,
                                       Reply<TransferProgress> progress, Reply<TransferReport> reply)
{
    return startTransfer(context, std::move(progress), std::move(reply),
                         [sourceSpec](TokenFacadeWorker &worker, const TokenOperation &operation,
                                      const std::function<void(TransferProgress)> &step) {
                             return worker.importFrom(sourceSpec, operation, step);
                         });
}

TokenOperation TokenFacade::exportTo(const QString &targetSpec, const QStringList &ids, bool withSecrets,
                                     QObject *context, Reply<TransferProgress> progress,
                                     Reply<TransferReport> reply)
{
    return startTransfer(context, std::move(progress), std::move(reply),
                         [targetSpec, ids, withSecrets](TokenFacadeWorker &worker,
                                                        const TokenOperation &operation,
                                                        const std::function<void(TransferProgress)> &step) {
                             return worker.exportTo(targetSpec, ids, withSecrets, operation, step);
                         });
}

void TokenFacade::pauseRefreshing()
{
    ensureWorker();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->setRefreshingPaused(true); }, Qt::QueuedConnection);
}

void TokenFacade::resumeRefreshing()
{
    ensureWorker();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->setRefreshingPaused(false); }, Qt::QueuedConnection);
}

void TokenFacade::refreshAll()
{
    ensureWorker();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->refreshAll(); }, Qt::QueuedConnection);
}

void TokenFacade::storeDatabasePassword(const QString &spec, const QString &password, QObject *context,
                                        Reply<StoreResult<void>> reply)
{
    post<StoreResult<void>>(context, std::move(reply), [spec, password](TokenFacadeWorker &) {
        return StoreRegistry::instance().savePassword(spec, password);
    });
}
