#include "explorersession.h"

#include "explorerworker.h"

ExplorerSession::ExplorerSession(TokenSource tokens, Options options, QObject *parent)
    : QObject(parent)
    , m_tokens(std::move(tokens))
    , m_options(std::move(options))
{
    if (!m_options.clock)
        m_options.clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
    m_thread.setObjectName(QStringLiteral("api-explorer"));
    m_worker = new ExplorerWorker(this, m_options);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

ExplorerSession::~ExplorerSession()
{
    // Calls in flight are dropped with the worker, on its thread, after what runs there returns.
    m_worker = nullptr;
    m_thread.quit();
    m_thread.wait();
}

template<typename T>
void ExplorerSession::post(QObject *context, Reply<T> reply,
                           std::function<void(ExplorerWorker &, std::function<void(T)> done)> work)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, guard, reply = std::move(reply), work = std::move(work)] {
            work(*worker, [this, guard, reply](T value) {
                QMetaObject::invokeMethod(
                    this,
                    [guard, reply, value = std::move(value)] {
                        if (guard && reply)
                            reply(value);
                    },
                    Qt::QueuedConnection);
            });
        },
        Qt::QueuedConnection);
}

void ExplorerSession::supplyToken(const QString &tokenId, bool forceRefresh, const QString &rejected,
                                  std::function<void(const AccessTokenResult &)> answer)
{
    if (!m_tokens) {
        AccessTokenResult none;
        none.failure = AccessTokenResult::Failure::NotFound;
        none.tokenId = tokenId;
        none.message = tr("no token source");
        answer(none);
        return;
    }
    m_tokens(tokenId, forceRefresh, rejected, this, std::move(answer));
}

quint64 ExplorerSession::send(const ExplorerRequest &request, QObject *context, Reply<Result> reply)
{
    const quint64 ticket = m_nextTicket++;
    post<Result>(context, std::move(reply),
                 [ticket, request](ExplorerWorker &worker, std::function<void(Result)> done) {
                     worker.send(ticket, request, std::move(done));
                 });
    return ticket;
}

void ExplorerSession::cancel(quint64 ticket)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, ticket] { worker->cancel(ticket); }, Qt::QueuedConnection);
}

quint64 ExplorerSession::fetchAll(const ExplorerRequest &request, const QString &exportPath, QObject *context,
                                  Reply<FetchProgress> progress, Reply<FetchReport> reply)
{
    const quint64 ticket = m_nextTicket++;
    QPointer<QObject> guard(context);
    auto progressHere = [this, guard, progress](FetchProgress value) {
        QMetaObject::invokeMethod(
            this,
            [guard, progress, value] {
                if (guard && progress)
                    progress(value);
            },
            Qt::QueuedConnection);
    };
    post<FetchReport>(context, std::move(reply),
                      [ticket, request, exportPath, progressHere](ExplorerWorker &worker,
                                                                  std::function<void(FetchReport)> done) {
                          worker.fetchAll(ticket, request, exportPath, progressHere, std::move(done));
                      });
    return ticket;
}

void ExplorerSession::parseBody(const QByteArray &body, QObject *context, Reply<Result> reply)
{
    post<Result>(context, std::move(reply), [body](ExplorerWorker &worker, std::function<void(Result)> done) {
        done(worker.parse(body));
    });
}

void ExplorerSession::modules(const QString &tokenId, bool refresh, QObject *context,
                              Reply<Listing<OrgSchema::Module>> reply)
{
    post<Listing<OrgSchema::Module>>(
        context, std::move(reply),
        [tokenId, refresh](ExplorerWorker &worker, std::function<void(Listing<OrgSchema::Module>)> done) {
            worker.modules(tokenId, refresh, std::move(done));
        });
}

void ExplorerSession::fields(const QString &tokenId, const QString &module, bool refresh, QObject *context,
                             Reply<Listing<OrgSchema::Field>> reply)
{
    post<Listing<OrgSchema::Field>>(
        context, std::move(reply),
        [tokenId, module, refresh](ExplorerWorker &worker,
                                   std::function<void(Listing<OrgSchema::Field>)> done) {
            worker.fields(tokenId, module, refresh, std::move(done));
        });
}

void ExplorerSession::history(const QString &search, int limit, QObject *context,
                              Reply<QList<HistoryStore::Entry>> reply)
{
    post<QList<HistoryStore::Entry>>(
        context, std::move(reply),
        [search, limit](ExplorerWorker &worker, std::function<void(QList<HistoryStore::Entry>)> done) {
            done(worker.history(search, limit));
        });
}

void ExplorerSession::clearHistory(QObject *context, Reply<QString> reply)
{
    post<QString>(context, std::move(reply),
                  [this](ExplorerWorker &worker, std::function<void(QString)> done) {
                      done(worker.clearHistory());
                      QMetaObject::invokeMethod(this, &ExplorerSession::historyChanged, Qt::QueuedConnection);
                  });
}

void ExplorerSession::savedRequests(QObject *context, Reply<QList<CollectionStore::Saved>> reply)
{
    post<QList<CollectionStore::Saved>>(
        context, std::move(reply),
        [](ExplorerWorker &worker, std::function<void(QList<CollectionStore::Saved>)> done) {
            done(worker.savedRequests());
        });
}

void ExplorerSession::saveRequest(const CollectionStore::Saved &saved, QObject *context, Reply<QString> reply)
{
    post<QString>(
        context, std::move(reply), [this, saved](ExplorerWorker &worker, std::function<void(QString)> done) {
            done(worker.saveRequest(saved));
            QMetaObject::invokeMethod(this, &ExplorerSession::collectionsChanged, Qt::QueuedConnection);
        });
}

void ExplorerSession::removeSaved(const QString &collection, const QString &name, QObject *context,
                                  Reply<QString> reply)
{
    post<QString>(context, std::move(reply),
                  [this, collection, name](ExplorerWorker &worker, std::function<void(QString)> done) {
                      done(worker.removeSaved(collection, name));
                      QMetaObject::invokeMethod(this, &ExplorerSession::collectionsChanged,
                                                Qt::QueuedConnection);
                  });
}

void ExplorerSession::exportCollections(const QString &path, QObject *context, Reply<QString> reply)
{
    post<QString>(context, std::move(reply),
                  [path](ExplorerWorker &worker, std::function<void(QString)> done) {
                      done(worker.exportCollections(path));
                  });
}

void ExplorerSession::importCollections(const QString &path, QObject *context, Reply<ImportResult> reply)
{
    post<ImportResult>(context, std::move(reply),
                       [this, path](ExplorerWorker &worker, std::function<void(ImportResult)> done) {
                           done(worker.importCollections(path));
                           QMetaObject::invokeMethod(this, &ExplorerSession::collectionsChanged,
                                                     Qt::QueuedConnection);
                       });
}

void ExplorerSession::accessToken(const QString &tokenId, QObject *context, Reply<AccessTokenResult> reply)
{
    post<AccessTokenResult>(context, std::move(reply),
                            [tokenId](ExplorerWorker &worker, std::function<void(AccessTokenResult)> done) {
                                worker.accessToken(tokenId, std::move(done));
                            });
}
