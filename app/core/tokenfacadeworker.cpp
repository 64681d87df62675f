#include "tokenfacadeworker.h"

#include "facadelogging.h"
#include "refreshscheduler.h"
#include "storeregistry.h"
#include "storewatcher.h"
#include "systemresumemonitor.h"
#include "tokenendpointclient.h"
#include "tokenstore.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace {

constexpr int kBatchSize = 250;

} // namespace

TokenFacadeWorker::TokenFacadeWorker(TokenFacade *facade, TokenFacade::Options options,
                                     TokenFacade::NetworkFactory networkFactory)
    : m_facade(facade)
    , m_options(std::move(options))
    , m_networkFactory(std::move(networkFactory))
{ }

TokenFacadeWorker::~TokenFacadeWorker()
{
    close();
}

void TokenFacadeWorker::open(const QString &spec)
{
    close();
    ensureNetwork();
    auto created = StoreRegistry::instance().create(spec);
    if (!created) {
        const StoreError error = created.error();
        qCWarning(lcFacade).noquote() << "cannot open" << error.store() << ":" << error.message();
        QMetaObject::invokeMethod(
            m_facade, [facade = m_facade, spec, error] { facade->storeFailedOnWorker(spec, error); },
            Qt::QueuedConnection);
        return;
    }
    m_store = std::move(created.value());
    m_service = new TokenService(m_store.get(), m_endpoint, this);
    m_service->setOptions(m_options.service);
    connect(m_service, &TokenService::tokenChanged, this, &TokenFacadeWorker::rowWritten);
    m_watcher = new StoreWatcher(m_store.get(), this);
    m_watcher->setInterval(m_options.watchIntervalMs);
    connect(m_watcher, &StoreWatcher::changed, this, &TokenFacadeWorker::report);
    connect(m_watcher, &StoreWatcher::loaded, this, &TokenFacadeWorker::watcherLoaded);
    connect(m_watcher, &StoreWatcher::failed, this, &TokenFacadeWorker::watcherFailed);
    connect(m_watcher, &StoreWatcher::recovered, this, [this] {
        QMetaObject::invokeMethod(
            m_facade, [facade = m_facade] { Q_EMIT facade->storeRecovered(); }, Qt::QueuedConnection);
    });
    if (m_options.scheduleRefreshes) {
        m_scheduler = new RefreshScheduler(m_service, this);
        m_scheduler->setOptions(m_options.scheduler);
        auto *resume = new SystemResumeMonitor(m_scheduler);
        connect(resume, &SystemResumeMonitor::resumed, m_scheduler, &RefreshScheduler::wake);
        if (m_refreshingPaused)
            m_scheduler->pause();
        TokenFacade *facade = m_facade;
        connect(m_scheduler, &RefreshScheduler::stateChanged, this,
                [facade](const RefreshSchedulerState &state) {
                    QMetaObject::invokeMethod(
                        facade, [facade, state] { Q_EMIT facade->refreshStateChanged(state); },
                        Qt::QueuedConnection);
                });
        connect(m_scheduler, &RefreshScheduler::refreshFailed, this,
                [facade](const QString &id, const QString &message) {
                    QMetaObject::invokeMethod(
                        facade, [facade, id, message] { Q_EMIT facade->refreshFailed(id, message); },
                        Qt::QueuedConnection);
                });
        connect(m_scheduler, &RefreshScheduler::signInNeeded, this,
                [facade](const QString &id, const QString &message) {
                    QMetaObject::invokeMethod(
                        facade, [facade, id, message] { Q_EMIT facade->signInNeeded(id, message); },
                        Qt::QueuedConnection);
                });
    }
    m_openingSpec = spec;
    m_opening = true;
    m_watcher->start();
}

void TokenFacadeWorker::watcherLoaded(const TokenList &rows)
{
    if (!m_opening)
        return;
    m_opening = false;
    if (m_scheduler)
        m_scheduler->setTokens(rows);
    const QString description = m_store->description();
    qCInfo(lcFacade).noquote() << "opened" << description << "with" << rows.size() << "tokens";
    QMetaObject::invokeMethod(
        m_facade,
        [facade = m_facade, spec = m_openingSpec, description, rows] {
            facade->storeOpenedOnWorker(spec, description, rows);
        },
        Qt::QueuedConnection);
}

void TokenFacadeWorker::watcherFailed(const StoreError &error)
{
    qCWarning(lcFacade).noquote() << error.toString();
    if (m_opening) {
        // The first failure answers open(); the watcher goes on trying and reports its recovery
        // (every row as added, which the scheduler then plans).
        m_opening = false;
        if (m_scheduler)
            m_scheduler->setTokens({});
        QMetaObject::invokeMethod(
            m_facade,
            [facade = m_facade, spec = m_openingSpec, error] { facade->storeFailedOnWorker(spec, error); },
            Qt::QueuedConnection);
        return;
    }
    QMetaObject::invokeMethod(
        m_facade, [facade = m_facade, error] { Q_EMIT facade->storeProblem(error); }, Qt::QueuedConnection);
}

void TokenFacadeWorker::ensureNetwork()
{
    if (m_network)
        return;
    m_network = m_networkFactory ? m_networkFactory(this) : new QNetworkAccessManager(this);
    m_endpoint = new TokenEndpointClient(m_network, this);
}

void TokenFacadeWorker::close()
{
    for (OAuthSignIn *signIn : std::as_const(m_signIns))
        signIn->cancel();
    delete m_scheduler;
    m_scheduler = nullptr;
    delete m_watcher;
    m_watcher = nullptr;
    delete m_service;
    m_service = nullptr;
    m_store.reset();
}

QString TokenFacadeWorker::probeDefaultStore()
{
    if (qEnvironmentVariableIsSet("ZCRM_STORE"))
        return StoreRegistry::defaultSpec();
    const QString keychain = QStringLiteral("keychain:");
    if (StoreRegistry::instance().hasScheme(QStringLiteral("keychain"))) {
        auto created = StoreRegistry::instance().create(keychain);
        if (created) {
            auto checked = created.value()->check();
            if (checked && checked.value().reachable) {
                qCInfo(lcFacade) << "the OS keychain answers: default store keychain:";
                return keychain;
            }
            qCInfo(lcFacade).noquote() << "the OS keychain does not answer ("
                                       << (checked ? checked.value().details : checked.error().message())
                                       << "); default store SQLite";
        }
    }
    return StoreRegistry::defaultSpec();
}

StoreError TokenFacadeWorker::notOpen(const QString &operation) const
{
    return StoreError(StoreError::Code::Unavailable, QString(), operation,
                      QCoreApplication::translate("TokenFacade", "no token store is open"));
}

AccessTokenResult TokenFacadeWorker::notOpenResult(const QString &id, const QString &operation) const
{
    AccessTokenResult result;
    result.failure = AccessTokenResult::Failure::Store;
    result.tokenId = id;
    result.message = notOpen(operation).message();
    return result;
}

StoreResult<TokenList> TokenFacadeWorker::list()
{
    if (!m_store)
        return notOpen(QStringLiteral("getTokens"));
    auto rows = m_store->getTokens();
    if (rows && m_watcher)
        report(m_watcher->noteReplaced(rows.value()));
    return rows;
}

StoreResult<std::optional<Token>> TokenFacadeWorker::find(const Token &partial)
{
    if (!m_store)
        return notOpen(QStringLiteral("findToken"));
    return m_store->findToken(partial);
}

StoreResult<Token> TokenFacadeWorker::save(const Token &token)
{
    if (!m_store)
        return notOpen(QStringLiteral("saveToken"));
    auto saved = m_store->saveToken(token);
    if (saved && m_watcher)
        report(m_watcher->noteSaved(saved.value()));
    return saved;
}

StoreResult<void> TokenFacadeWorker::remove(const QString &id)
{
    if (!m_store)
        return notOpen(QStringLiteral("deleteToken"));
    auto removed = m_store->deleteToken(id);
    if (removed && m_watcher)
        report(m_watcher->noteRemoved(id));
    return removed;
}

void TokenFacadeWorker::refresh(const QString &id, std::function<void(AccessTokenResult)> done)
{
    if (!m_service) {
        done(notOpenResult(id, QStringLiteral("refresh")));
        return;
    }
    m_service->refreshNow(id, [done](const AccessTokenResult &result) { done(result); });
}

void TokenFacadeWorker::accessToken(const QString &id, bool forceRefresh, const QString &rejectedAccessToken,
                                    std::function<void(AccessTokenResult)> done)
{
    if (!m_service) {
        done(notOpenResult(id, QStringLiteral("use")));
        return;
    }
    m_service->requestAccessToken(id, forceRefresh, rejectedAccessToken,
                                  [done](const AccessTokenResult &result) { done(result); });
}

void TokenFacadeWorker::revoke(const QString &id, bool keepRow, std::function<void(AccessTokenResult)> done)
{
    if (!m_service) {
        done(notOpenResult(id, QStringLiteral("revoke")));
        return;
    }
    m_service->revoke(id, keepRow, [this, id, keepRow, done](const AccessTokenResult &result) {
        // The service deletes the row itself; the watcher's snapshot learns it here.
        if (result.ok() && !keepRow && m_watcher)
            report(m_watcher->noteRemoved(id));
        done(result);
    });
}

void TokenFacadeWorker::signIn(quint64 operationId, const OAuthSignIn::Options &options,
                               const QString &grantToken, TokenFacade::SignInProgress progress,
                               QPointer<QObject> context,
                               std::function<void(TokenFacade::SignInOutcome)> done)
{
    ensureNetwork();
    auto *signIn = new OAuthSignIn(m_network, this);
    m_signIns.insert(operationId, signIn);
    TokenFacade *facade = m_facade;
    signIn->setBrowserOpener([facade](const QUrl &url) {
        QMetaObject::invokeMethod(
            facade, [facade, url] { facade->openBrowser(url); }, Qt::QueuedConnection);
        return true;
    });
    connect(signIn, &OAuthSignIn::authorizationUrlReady, this, [facade, context, progress](const QUrl &url) {
        if (progress.authorizationUrl)
            facade->deliver<QUrl>(context, progress.authorizationUrl, url);
    });
    connect(signIn, &OAuthSignIn::callbackRejected, this, [facade, context, progress](const QString &reason) {
        if (progress.callbackRejected)
            facade->deliver<QString>(context, progress.callbackRejected, reason);
    });
    connect(signIn, &OAuthSignIn::finished, this,
            [this, operationId, signIn, done](const SignInResult &result) {
                m_signIns.remove(operationId);
                signIn->deleteLater();
                TokenFacade::SignInOutcome outcome;
                outcome.error = result.error;
                outcome.userLookupError = result.userLookupError;
                outcome.token = result.token;
                if (result.ok()) {
                    if (!m_service) {
                        outcome.storeError = notOpen(QStringLiteral("saveToken"));
                    } else {
                        auto saved = m_service->saveSignIn(result.token);
                        if (saved)
                            outcome.token = saved.value();
                        else
                            outcome.storeError = saved.error();
                    }
                }
                // The secrets stay in the store: the GUI gets the row without them.
                outcome.token.clientSecret.clear();
                outcome.token.refreshToken.clear();
                outcome.token.accessToken.clear();
                outcome.token.grantToken.clear();
                done(outcome);
            });
    if (grantToken.isEmpty())
        signIn->start(options);
    else
        signIn->startWithGrantToken(options, grantToken);
}

void TokenFacadeWorker::setRefreshingPaused(bool paused)
{
    m_refreshingPaused = paused;
    if (!m_scheduler)
        return;
    if (paused)
        m_scheduler->pause();
    else
        m_scheduler->resume();
}

void TokenFacadeWorker::refreshAll()
{
    if (m_scheduler)
        m_scheduler->refreshAll();
}

void TokenFacadeWorker::cancelSignIn(quint64 operationId)
{
    if (OAuthSignIn *signIn = m_signIns.value(operationId))
        signIn->cancel();
}

TransferReport TokenFacadeWorker::copyRows(const TokenList &rows, TokenStore &target, bool reportToWatcher,
                                           const TokenOperation &operation,
                                           const std::function<void(TransferProgress)> &progress)
{
    TransferReport report;
    report.total = int(rows.size());
    for (qsizetype start = 0; start < rows.size(); start += kBatchSize) {
        if (operation.isCancelled()) {
            report.cancelled = true;
            return report;
        }
        const TokenList batch = rows.mid(start, kBatchSize);
        auto saved = target.saveTokens(batch);
        if (!saved) {
            report.error = saved.error();
            return report;
        }
        report.copied += int(saved.value().size());
        if (reportToWatcher && m_watcher) {
            // Appended, not merged: a batch's rows are reported once each, and the model takes a
            // known row that comes as added for a change (TokenChanges::merge scans linearly).
            TokenChanges changes;
            for (const Token &row : saved.value()) {
                const TokenChanges one = m_watcher->noteSaved(row);
                changes.added += one.added;
                changes.changed += one.changed;
            }
            this->report(changes);
        }
        progress(TransferProgress { report.copied, report.total });
    }
    return report;
}

TransferReport TokenFacadeWorker::importFrom(const QString &sourceSpec, const TokenOperation &operation,
                                             const std::function<void(TransferProgress)> &progress)
{
    TransferReport report;
    if (!m_store) {
        report.error = notOpen(QStringLiteral("import"));
        return report;
    }
    auto source = StoreRegistry::instance().create(sourceSpec);
    if (!source) {
        report.error = source.error();
        return report;
    }
    report.otherStore = source.value()->description();
    auto rows = source.value()->getTokens();
    if (!rows) {
        report.error = rows.error();
        return report;
    }
    // Ids belong to the source; the open store assigns its own or matches by the SDK's rules.
    TokenList tokens = rows.value();
    for (Token &token : tokens)
        token.id.clear();
    TransferReport copied = copyRows(tokens, *m_store, true, operation, progress);
    copied.otherStore = report.otherStore;
    return copied;
}

TransferReport TokenFacadeWorker::exportTo(const QString &targetSpec, const QStringList &ids,
                                           bool withSecrets, const TokenOperation &operation,
                                           const std::function<void(TransferProgress)> &progress)
{
    TransferReport report;
    report.withSecrets = withSecrets;
    if (!m_store) {
        report.error = notOpen(QStringLiteral("export"));
        return report;
    }
    auto rows = m_store->getTokens();
    if (!rows) {
        report.error = rows.error();
        return report;
    }
    auto target = StoreRegistry::instance().create(targetSpec);
    if (!target) {
        report.error = target.error();
        return report;
    }
    report.otherStore = target.value()->description();
    TokenList tokens;
    for (Token token : rows.value()) {
        if (!ids.isEmpty() && !ids.contains(token.id))
            continue;
        token.id.clear();
        if (!withSecrets) {
            // Masks, not blanks: an SDK store needs a token in the row, and a mask can never be used.
            for (QString *secret :
                 { &token.clientSecret, &token.refreshToken, &token.accessToken, &token.grantToken }) {
                if (!secret->isEmpty())
                    *secret = Token::maskSecret(*secret);
            }
        }
        tokens.append(token);
    }
    TransferReport copied = copyRows(tokens, *target.value(), false, operation, progress);
    copied.otherStore = report.otherStore;
    copied.withSecrets = withSecrets;
    return copied;
}

void TokenFacadeWorker::rowWritten(const QString &id)
{
    if (!m_store || !m_watcher)
        return;
    auto row = m_store->findTokenById(id);
    if (!row)
        return; // the watcher reports what it can read when the store answers again
    report(row.value() ? m_watcher->noteSaved(*row.value()) : m_watcher->noteRemoved(id));
}

void TokenFacadeWorker::report(const TokenChanges &changes)
{
    if (changes.isEmpty())
        return;
    if (m_scheduler)
        m_scheduler->applyChanges(changes);
    QMetaObject::invokeMethod(
        m_facade, [facade = m_facade, changes] { Q_EMIT facade->tokensChanged(changes); },
        Qt::QueuedConnection);
}
