#include "tokenservice.h"

#include "datacenter.h"
#include "displaytext.h"
#include "oauthlogging.h"
#include "securerandom.h"
#include "tokenendpointclient.h"
#include "tokenresponse.h"
#include "tokenstore.h"
#include "zohoenvironment.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace {

QString seconds(qint64 ms)
{
    return QString::number((ms + 999) / 1000);
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

TokenService::TokenService(TokenStore *store, TokenEndpointClient *endpoint, QObject *parent)
    : AccessTokenProvider(parent)
    , m_store(store)
    , m_endpoint(endpoint)
    , m_leaseOwner(QStringLiteral("%1:%2:%3")
                       .arg(QSysInfo::machineHostName())
                       .arg(QCoreApplication::applicationPid())
                       .arg(SecureRandom::urlSafeString(6)))
{ }

TokenService::~TokenService()
{
    const auto jobs = m_jobs;
    m_jobs.clear();
    for (const JobPointer &job : jobs) {
        if (job->holdsLease && m_store)
            m_store->releaseLease(job->tokenId, m_leaseOwner);
        for (const Waiter &waiter : std::as_const(job->waiters))
            deliver(
                waiter,
                failure(AccessTokenResult::Failure::Store, tr("the token service stopped"), job->tokenId));
    }
}

void TokenService::setOptions(const Options &options)
{
    m_options = options;
    m_jitter.clear();
}

void TokenService::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

qint64 TokenService::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

// --- results and delivery ---

TokenService::Waiter TokenService::makeWaiter(Callback callback, bool forced,
                                              const QString &rejectedAccessToken)
{
    // A plain QObject made here belongs to the caller's thread; invoking on it runs there.
    Waiter waiter;
    waiter.callback = std::move(callback);
    waiter.context = new QObject;
    waiter.forced = forced;
    waiter.rejectedAccessToken = rejectedAccessToken;
    return waiter;
}

void TokenService::deliver(const Waiter &waiter, const AccessTokenResult &result)
{
    QObject *context = waiter.context;
    if (!context)
        return;
    QMetaObject::invokeMethod(
        context,
        [callback = waiter.callback, result, context] {
            if (callback)
                callback(result);
            context->deleteLater();
        },
        Qt::QueuedConnection);
}

AccessTokenResult TokenService::success(const Token &token)
{
    AccessTokenResult result;
    result.tokenId = token.id;
    result.accessToken = token.accessToken;
    result.apiDomain = token.apiDomain;
    result.expiryTime = token.expiryTime;
    return result;
}

AccessTokenResult TokenService::failure(AccessTokenResult::Failure kind, const QString &message,
                                        const QString &tokenId)
{
    AccessTokenResult result;
    result.failure = kind;
    result.message = message;
    result.tokenId = tokenId;
    return result;
}

AccessTokenResult TokenService::failureFor(const OAuthError &error, const QString &tokenId)
{
    if (error.kind() == OAuthError::Kind::InvalidCode)
        return failure(AccessTokenResult::Failure::NeedsReauthorization,
                       tr("token %1 needs a new sign-in: %2").arg(tokenId, error.message()), tokenId);
    return failure(error.isNetwork() ? AccessTokenResult::Failure::Network
                                     : AccessTokenResult::Failure::OAuth,
                   tr("token %1: %2").arg(tokenId, error.message()), tokenId);
}

AccessTokenResult TokenService::storeFailure(const StoreError &error, const QString &tokenId)
{
    if (error.code() == StoreError::Code::NotFound)
        return failure(AccessTokenResult::Failure::NotFound, error.toString(), tokenId);
    return failure(AccessTokenResult::Failure::Store, error.toString(), tokenId);
}

std::optional<Token> TokenService::storedToken(const QString &tokenId, const Waiter &waiter)
{
    auto stored = m_store->findTokenById(tokenId);
    if (!stored) {
        deliver(waiter, storeFailure(stored.error(), tokenId));
        return std::nullopt;
    }
    if (!stored.value()) {
        deliver(waiter,
                failure(AccessTokenResult::Failure::NotFound,
                        QStringLiteral("%1: no token with id %2")
                            .arg(m_store->description(), DisplayText::quoted(tokenId)),
                        tokenId));
        return std::nullopt;
    }
    return stored.value();
}

// --- public requests ---

void TokenService::requestAccessToken(const QString &tokenId, bool forceRefresh,
                                      const QString &rejectedAccessToken, Callback callback)
{
    Waiter waiter = makeWaiter(std::move(callback), forceRefresh, rejectedAccessToken);
    QMetaObject::invokeMethod(
        this, [this, tokenId, waiter] { startRequest(tokenId, waiter); }, Qt::QueuedConnection);
}

void TokenService::refreshNow(const QString &tokenId, Callback callback)
{
    Waiter waiter = makeWaiter(std::move(callback), true, QString());
    QMetaObject::invokeMethod(
        this,
        [this, tokenId, waiter]() mutable {
            // The token as it is now is the one to replace; a change seen later means someone
            // else refreshed it, which is as good.
            const std::optional<Token> stored = storedToken(tokenId, waiter);
            if (!stored)
                return;
            waiter.rejectedAccessToken = stored->accessToken;
            startRequest(tokenId, waiter);
        },
        Qt::QueuedConnection);
}

void TokenService::refreshDue(ResultsCallback callback)
{
    auto *context = new QObject; // the caller's thread
    QMetaObject::invokeMethod(
        this,
        [this, callback = std::move(callback), context] {
            auto answer = [context](ResultsCallback done, QList<AccessTokenResult> results) {
                QMetaObject::invokeMethod(
                    context,
                    [done = std::move(done), results = std::move(results), context] {
                        done(results);
                        context->deleteLater();
                    },
                    Qt::QueuedConnection);
            };
            auto tokens = m_store->getTokens();
            if (!tokens) {
                answer(callback, { storeFailure(tokens.error(), QString()) });
                return;
            }
            QStringList due;
            for (const Token &token : tokens.value()) {
                if (token.state != Token::RefreshOutcome::NeedsReauthorization
                    && (!token.refreshToken.isEmpty() || !token.grantToken.isEmpty()) && isDue(token))
                    due.append(token.id);
            }
            qCInfo(lcTokenService) << due.size() << "of" << tokens.value().size() << "tokens due for refresh";
            if (due.isEmpty()) {
                answer(callback, {});
                return;
            }
            struct Collected
            {
                QList<AccessTokenResult> results;
                qsizetype remaining = 0;
            };
            auto collected = std::make_shared<Collected>();
            collected->remaining = due.size();
            for (const QString &id : std::as_const(due)) {
                // The callbacks run on this thread, through this thread's event loop.
                Waiter waiter;
                waiter.context = new QObject;
                waiter.callback = [collected, callback, answer](const AccessTokenResult &result) {
                    collected->results.append(result);
                    if (--collected->remaining == 0)
                        answer(callback, collected->results);
                };
                startRequest(id, waiter);
            }
        },
        Qt::QueuedConnection);
}

void TokenService::revoke(const QString &tokenId, bool keepRow, Callback callback)
{
    Waiter waiter = makeWaiter(std::move(callback), false, QString());
    QMetaObject::invokeMethod(
        this,
        [this, tokenId, keepRow, waiter] {
            const std::optional<Token> stored = storedToken(tokenId, waiter);
            if (!stored)
                return;
            const Token token = *stored;
            const QString secret = token.refreshToken.isEmpty() ? token.accessToken : token.refreshToken;
            auto finishLocally = [this, tokenId, keepRow, waiter](Token row) {
                m_backoff.remove(tokenId);
                if (!row.refreshToken.isEmpty())
                    m_minted.remove(throttleKey(row.refreshToken));
                if (keepRow) {
                    row.state = Token::RefreshOutcome::NeedsReauthorization;
                    row.lastError = QStringLiteral("revoked at %1").arg(isoTime(now()));
                    row.expiryTime = now(); // expired; 0 would mean "unknown" and keep the old value
                    auto saved = m_store->saveToken(row);
                    if (!saved) {
                        deliver(waiter, storeFailure(saved.error(), tokenId));
                        return;
                    }
                } else {
                    auto removed = m_store->deleteToken(tokenId);
                    if (!removed) {
                        deliver(waiter, storeFailure(removed.error(), tokenId));
                        return;
                    }
                }
                Q_EMIT tokenChanged(tokenId);
                AccessTokenResult result;
                result.tokenId = tokenId;
                deliver(waiter, result);
            };
            if (secret.isEmpty()) {
                finishLocally(token); // nothing Zoho could revoke
                return;
            }
            const QUrl server = accountsServerFor(token);
            if (server.isEmpty() || !m_endpoint) {
                deliver(waiter,
                        failure(AccessTokenResult::Failure::OAuth,
                                tr("token %1 names no accounts server to revoke it at").arg(tokenId),
                                tokenId));
                return;
            }
            QPointer<TokenService> self(this);
            m_endpoint->revoke(
                server, secret, [self, token, tokenId, waiter, finishLocally](const OAuthError &error) {
                    if (!self)
                        return;
                    if (!error.isNone()) {
                        AccessTokenResult result = failureFor(error, tokenId);
                        if (result.failure == AccessTokenResult::Failure::NeedsReauthorization)
                            result.failure = AccessTokenResult::Failure::OAuth;
                        result.message = tr("token %1 was not revoked and stays in the store: %2")
                                             .arg(tokenId, error.message());
                        deliver(waiter, result);
                        return;
                    }
                    finishLocally(token);
                });
        },
        Qt::QueuedConnection);
}

StoreResult<Token> TokenService::saveSignIn(const Token &token)
{
    Token row = token;
    row.state = Token::RefreshOutcome::Active;
    row.lastError.clear();
    auto saved = m_store->saveToken(row);
    if (saved) {
        m_backoff.remove(saved.value().id);
        Q_EMIT tokenChanged(saved.value().id);
    }
    return saved;
}

// --- decisions ---

qint64 TokenService::refreshLeadFor(const QString &tokenId)
{
    auto it = m_jitter.find(tokenId);
    if (it == m_jitter.end()) {
        const qint64 jitter = m_options.refreshJitterMs > 0
            ? qint64(QRandomGenerator::global()->bounded(quint64(m_options.refreshJitterMs) + 1))
            : 0;
        it = m_jitter.insert(tokenId, jitter);
    }
    return std::max(kSdkMarginMs, m_options.refreshLeadMs - it.value());
}

bool TokenService::isDue(const Token &token)
{
    if (token.accessToken.isEmpty())
        return true;
    if (token.expiryTime <= 0) // a bare access token of unknown age: refresh it if we can
        return !token.refreshToken.isEmpty() || !token.grantToken.isEmpty();
    return token.expiryTime - now() <= refreshLeadFor(token.id);
}

bool TokenService::isUsable(const Token &token) const
{
    if (token.accessToken.isEmpty() || token.state == Token::RefreshOutcome::NeedsReauthorization)
        return false;
    return token.expiryTime <= 0 || token.expiryTime - now() > kSdkMarginMs;
}

bool TokenService::needsRefresh(const Token &token, bool forced, const QString &rejectedAccessToken)
{
    if (forced)
        return token.accessToken.isEmpty() || token.accessToken == rejectedAccessToken;
    return isDue(token);
}

QString TokenService::throttleKey(const QString &refreshToken) const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(refreshToken.toUtf8(), QCryptographicHash::Sha256).toHex());
}

void TokenService::pruneThrottle(const QString &key)
{
    auto it = m_minted.find(key);
    if (it == m_minted.end())
        return;
    const qint64 oldest = now() - m_options.refreshWindowMs;
    it->erase(std::remove_if(it->begin(), it->end(), [oldest](qint64 at) { return at <= oldest; }),
              it->end());
    if (it->isEmpty())
        m_minted.erase(it);
}

int TokenService::refreshesInWindow(const QString &refreshToken)
{
    const QString key = throttleKey(refreshToken);
    pruneThrottle(key);
    return int(m_minted.value(key).size());
}

QUrl TokenService::accountsServerFor(const Token &token)
{
    if (!token.accountsServer.isEmpty())
        return QUrl(token.accountsServer);
    if (const auto environment = ZohoEnvironment::fromApiDomain(QUrl(token.apiDomain)))
        return environment->accountsUrl();
    if (const auto center = DataCenter::byCode(token.dataCenter))
        return center->accountsUrl();
    return {};
}

QUrl TokenService::apiDomainAfterRefresh(const Token &token, const QString &answered) const
{
    if (answered.isEmpty())
        return QUrl(token.apiDomain);
    // A sandbox or developer token keeps its environment even if Zoho names the production host.
    const auto environment = apiEnvironmentFromName(token.environment);
    ApiEnvironment answeredEnvironment = ApiEnvironment::Production;
    const auto center = DataCenter::byApiDomain(QUrl(answered), &answeredEnvironment);
    if (center && environment && *environment != answeredEnvironment)
        return center->apiDomain(*environment);
    QString text = answered;
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return QUrl(text);
}

// --- the refresh job ---

void TokenService::startRequest(const QString &tokenId, const Waiter &waiter)
{
    if (const JobPointer running = m_jobs.value(tokenId)) {
        running->waiters.append(waiter);
        return;
    }
    const std::optional<Token> stored = storedToken(tokenId, waiter);
    if (!stored)
        return;
    const Token &token = *stored;
    if (token.state == Token::RefreshOutcome::NeedsReauthorization) {
        deliver(waiter,
                failure(AccessTokenResult::Failure::NeedsReauthorization,
                        tr("token %1 needs a new sign-in (%2)")
                            .arg(tokenId,
                                 token.lastError.isEmpty() ? tr("refresh token refused") : token.lastError),
                        tokenId));
        return;
    }
    if (!needsRefresh(token, waiter.forced, waiter.rejectedAccessToken)) {
        deliver(waiter, success(token));
        return;
    }
    auto job = std::make_shared<Job>();
    job->tokenId = tokenId;
    job->forced = waiter.forced;
    job->rejectedAccessToken = waiter.rejectedAccessToken;
    job->waiters.append(waiter);
    job->token = token;
    job->startedAt = now();
    m_jobs.insert(tokenId, job);
    runJob(job);
}

void TokenService::runJob(const JobPointer &job)
{
    const Token &token = job->token;
    if (token.refreshToken.isEmpty() && token.grantToken.isEmpty()) {
        failJob(job,
                failure(AccessTokenResult::Failure::NeedsReauthorization,
                        tr("token %1 has no refresh token; sign in again").arg(job->tokenId), job->tokenId),
                true);
        return;
    }
    const qint64 nowMs = now();
    const Backoff backoff = m_backoff.value(job->tokenId);
    if (backoff.until > nowMs) {
        failJob(job,
                failure(AccessTokenResult::Failure::OAuth,
                        tr("token %1: refresh failed recently (%2); next attempt in %3 s")
                            .arg(job->tokenId, backoff.message, seconds(backoff.until - nowMs)),
                        job->tokenId),
                true);
        return;
    }
    if (!token.refreshToken.isEmpty()) {
        const QString key = throttleKey(token.refreshToken);
        pruneThrottle(key);
        const QList<qint64> minted = m_minted.value(key);
        if (minted.size() >= m_options.maxRefreshesPerWindow) {
            const qint64 wait = minted.first() + m_options.refreshWindowMs - nowMs;
            failJob(job,
                    failure(AccessTokenResult::Failure::OAuth,
                            tr("token %1: %2 access tokens were minted from its refresh token in the "
                               "last %3 min and Zoho allows %4; not asking again for %5 s")
                                .arg(job->tokenId)
                                .arg(minted.size())
                                .arg(m_options.refreshWindowMs / 60000)
                                .arg(m_options.maxRefreshesPerWindow)
                                .arg(seconds(wait)),
                            job->tokenId),
                    true);
            return;
        }
    }
    acquireLease(job);
}

void TokenService::acquireLease(const JobPointer &job)
{
    if (m_jobs.value(job->tokenId) != job)
        return;
    auto acquired = m_store->tryAcquireLease(job->tokenId, m_leaseOwner, m_options.leaseDurationMs);
    if (!acquired) {
        failJob(job, storeFailure(acquired.error(), job->tokenId), false);
        return;
    }
    if (acquired.value()) {
        job->holdsLease = true;
        afterLease(job);
        return;
    }
    // Another process refreshes this token: wait for its result (or for its lease to run out).
    const qint64 waited = now() - job->startedAt;
    if (waited > m_options.leaseDurationMs + 10 * m_options.leasePollMs) {
        failJob(job,
                failure(AccessTokenResult::Failure::Store,
                        tr("token %1 is being refreshed by another process, whose lease did not "
                           "end within %2 s")
                            .arg(job->tokenId, seconds(waited)),
                        job->tokenId),
                true);
        return;
    }
    qCDebug(lcTokenService) << "token" << job->tokenId << "is leased by another process; waiting";
    QTimer::singleShot(m_options.leasePollMs, this, [this, job] {
        if (m_jobs.value(job->tokenId) != job)
            return;
        auto stored = m_store->findTokenById(job->tokenId);
        if (!stored || !stored.value()) {
            failJob(job,
                    stored ? failure(AccessTokenResult::Failure::NotFound,
                                     tr("token %1 was deleted meanwhile").arg(job->tokenId), job->tokenId)
                           : storeFailure(stored.error(), job->tokenId),
                    false);
            return;
        }
        job->token = *stored.value();
        if (job->token.state == Token::RefreshOutcome::NeedsReauthorization) {
            failJob(job,
                    failure(AccessTokenResult::Failure::NeedsReauthorization,
                            tr("token %1 needs a new sign-in (%2)").arg(job->tokenId, job->token.lastError),
                            job->tokenId),
                    false);
            return;
        }
        if (!needsRefresh(job->token, job->forced, job->rejectedAccessToken)) {
            qCInfo(lcTokenService) << "token" << job->tokenId << "was refreshed by another process";
            finishJob(job, success(job->token));
            return;
        }
        acquireLease(job);
    });
}

void TokenService::afterLease(const JobPointer &job)
{
    // Read again under the lease: another process may have refreshed just before we got it.
    auto stored = m_store->findTokenById(job->tokenId);
    if (!stored || !stored.value()) {
        failJob(job,
                stored ? failure(AccessTokenResult::Failure::NotFound,
                                 tr("token %1 was deleted meanwhile").arg(job->tokenId), job->tokenId)
                       : storeFailure(stored.error(), job->tokenId),
                false);
        return;
    }
    job->token = *stored.value();
    const Token &token = job->token;
    if (token.state == Token::RefreshOutcome::NeedsReauthorization) {
        failJob(job,
                failure(AccessTokenResult::Failure::NeedsReauthorization,
                        tr("token %1 needs a new sign-in (%2)").arg(job->tokenId, token.lastError),
                        job->tokenId),
                false);
        return;
    }
    if (!needsRefresh(token, job->forced, job->rejectedAccessToken)) {
        finishJob(job, success(token));
        return;
    }
    const QUrl server = accountsServerFor(token);
    if (server.isEmpty() || !m_endpoint) {
        failJob(job,
                failure(AccessTokenResult::Failure::OAuth,
                        tr("token %1 names no accounts server (set accounts_server or a Zoho "
                           "api_domain)")
                            .arg(job->tokenId),
                        job->tokenId),
                true);
        return;
    }
    QPointer<TokenService> self(this);
    const QString refreshToken = token.refreshToken;
    auto answer = [self, job, refreshToken](const TokenResponse &response) {
        if (self)
            self->onAnswer(job, response, refreshToken);
    };
    qCInfo(lcTokenService).noquote() << "refreshing token" << job->tokenId << "at" << server.host()
                                     << (job->forced ? "(forced)" : "");
    if (!refreshToken.isEmpty())
        m_endpoint->refresh(server, token.clientId, token.clientSecret, refreshToken, answer);
    else
        m_endpoint->exchangeGrantToken(server, token.clientId, token.clientSecret, token.grantToken,
                                       token.redirectUrl, answer);
}

void TokenService::onAnswer(const JobPointer &job, const TokenResponse &response,
                            const QString &usedRefreshToken)
{
    if (m_jobs.value(job->tokenId) != job)
        return;
    Token token = job->token;
    if (!response.ok()) {
        const OAuthError &error = response.error();
        if (error.kind() == OAuthError::Kind::InvalidCode) {
            token.state = Token::RefreshOutcome::NeedsReauthorization;
            token.lastError = QStringLiteral("%1 (at %2)").arg(error.message(), isoTime(now()));
            auto saved = m_store->saveToken(token);
            if (!saved)
                qCWarning(lcTokenService).noquote()
                    << "cannot mark token" << job->tokenId
                    << "as needing a new sign-in:" << saved.error().toString();
            else
                Q_EMIT tokenChanged(job->tokenId);
            Q_EMIT tokenNeedsReauthorization(job->tokenId, error.message());
            failJob(job, failureFor(error, job->tokenId), false);
            return;
        }
        recordFailure(job, error);
        failJob(job, failureFor(error, job->tokenId), true);
        return;
    }

    if (!usedRefreshToken.isEmpty())
        m_minted[throttleKey(usedRefreshToken)].append(now());
    m_backoff.remove(job->tokenId);
    token.accessToken = response.accessToken;
    token.expiryTime = now() + response.expiresInMs; // this service's clock decides when it is due
    if (!response.refreshToken.isEmpty())
        token.refreshToken = response.refreshToken;
    const QUrl apiDomain = apiDomainAfterRefresh(token, response.apiDomain);
    if (apiDomain.isValid() && !apiDomain.isEmpty())
        token.apiDomain = apiDomain.toString();
    if (token.scopes.isEmpty())
        token.scopes = response.scopes;
    token.state = Token::RefreshOutcome::Active;
    token.lastError.clear();
    auto saved = m_store->saveToken(token);
    if (!saved) {
        AccessTokenResult result = storeFailure(saved.error(), job->tokenId);
        result.message = tr("token %1 was refreshed but could not be saved: %2")
                             .arg(job->tokenId, saved.error().toString());
        result.accessToken = token.accessToken; // usable, though not kept
        result.apiDomain = token.apiDomain;
        result.expiryTime = token.expiryTime;
        finishJob(job, result);
        return;
    }
    job->token = saved.value();
    Q_EMIT tokenRefreshed(job->tokenId, token.expiryTime);
    Q_EMIT tokenChanged(job->tokenId);
    finishJob(job, success(saved.value()));
}

void TokenService::recordFailure(const JobPointer &job, const OAuthError &error)
{
    Backoff backoff = m_backoff.value(job->tokenId);
    if (error.kind() == OAuthError::Kind::Throttled || error.kind() == OAuthError::Kind::AccessDenied)
        backoff.delayMs = m_options.backoffMaxMs;
    else
        backoff.delayMs = backoff.delayMs <= 0 ? m_options.backoffInitialMs
                                               : std::min(backoff.delayMs * 2, m_options.backoffMaxMs);
    backoff.until = now() + backoff.delayMs;
    backoff.message = error.message();
    m_backoff.insert(job->tokenId, backoff);

    Token token = job->token;
    token.state = Token::RefreshOutcome::RefreshFailing;
    token.lastError = QStringLiteral("%1 (at %2)").arg(error.message(), isoTime(now()));
    auto saved = m_store->saveToken(token);
    if (!saved)
        qCWarning(lcTokenService).noquote()
            << "cannot record the failed refresh of token" << job->tokenId << ":" << saved.error().toString();
    else
        Q_EMIT tokenChanged(job->tokenId);
    qCWarning(lcTokenService).noquote()
        << "refresh of token" << job->tokenId << "failed:" << OAuthError::kindName(error.kind())
        << "; next attempt in" << seconds(backoff.delayMs) << "s";
}

void TokenService::releaseLease(const JobPointer &job)
{
    if (!job->holdsLease)
        return;
    job->holdsLease = false;
    auto released = m_store->releaseLease(job->tokenId, m_leaseOwner);
    if (!released)
        qCWarning(lcTokenService).noquote()
            << "cannot release the lease of token" << job->tokenId << ":" << released.error().toString();
}

void TokenService::finishJob(const JobPointer &job, const AccessTokenResult &result)
{
    releaseLease(job);
    if (m_jobs.value(job->tokenId) == job)
        m_jobs.remove(job->tokenId);
    for (const Waiter &waiter : std::as_const(job->waiters))
        deliver(waiter, result);
}

void TokenService::failJob(const JobPointer &job, const AccessTokenResult &result, bool allowOldToken)
{
    releaseLease(job);
    if (m_jobs.value(job->tokenId) == job)
        m_jobs.remove(job->tokenId);
    const bool oldTokenUsable = allowOldToken && isUsable(job->token);
    for (const Waiter &waiter : std::as_const(job->waiters)) {
        // A forced waiter asked for another token than this one: it gets the failure.
        if (oldTokenUsable && !waiter.forced) {
            qCInfo(lcTokenService).noquote() << "refresh ahead of expiry failed; the current access token of"
                                             << job->tokenId << "is still valid:" << result.message;
            deliver(waiter, success(job->token));
        } else {
            deliver(waiter, result);
        }
    }
}
