#include "tokenservice.h"

#include "datacenter.h"
#include "displaytext.h"
#include "oauthlogging.h"
#include "securerandom.h"
#include "tokenendpointclient.h"
#include "tokenresponse.h"
#include "tokenresults.h"
#include "tokenrevoker.h"
#include "tokenstore.h"
#include "zohoenvironment.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSysInfo>

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

using TokenResults::failure;
using TokenResults::success;

AccessTokenResult failureFor(const OAuthError &error, const QString &tokenId)
{
    return TokenResults::forOAuthError(error, tokenId);
}

AccessTokenResult storeFailure(const StoreError &error, const QString &tokenId)
{
    return TokenResults::forStoreError(error, tokenId);
}

} // namespace

TokenService::TokenService(TokenStore *store, TokenEndpointClient *endpoint, QObject *parent)
    : AccessTokenProvider(parent)
    , m_store(store)
    , m_endpoint(endpoint)
    , m_lease(store,
              QStringLiteral("%1:%2:%3")
                  .arg(QSysInfo::machineHostName())
                  .arg(QCoreApplication::applicationPid())
                  .arg(SecureRandom::urlSafeString(6)))
    , m_revoker(std::make_unique<TokenRevoker>(store, endpoint, [this] { return now(); }))
{
    setOptions(m_options);
}

TokenService::~TokenService()
{
    const auto jobs = m_jobs;
    m_jobs.clear();
    for (const JobPointer &job : jobs) {
        if (job->holdsLease && m_store)
            m_lease.release(job->tokenId);
        for (const Waiter &waiter : std::as_const(job->waiters))
            deliver(
                waiter,
                failure(AccessTokenResult::Failure::Store, tr("the token service stopped"), job->tokenId));
    }
}

void TokenService::setOptions(const Options &options)
{
    m_options = options;
    m_policy.setLead(options.refreshLeadMs, options.refreshJitterMs);
    MintLedger::Limits limits = m_ledger.limits();
    limits.maxPerWindow = options.maxRefreshesPerWindow;
    limits.windowMs = options.refreshWindowMs;
    m_ledger.setLimits(limits);
    m_backoff.setDelays(options.backoffInitialMs, options.backoffMaxMs);
    m_lease.setOptions(RefreshLease::Options { options.leaseDurationMs, options.leasePollMs });
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
                if (RefreshPolicy::canRefresh(token) && isDue(token))
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
            m_revoker->revoke(token, accountsServerFor(token), keepRow, this,
                              [this, tokenId, waiter, token](const AccessTokenResult &result) {
                                  if (result.ok()) {
                                      m_backoff.clear(tokenId);
                                      m_policy.forget(tokenId);
                                      if (!token.refreshToken.isEmpty())
                                          m_ledger.forget(MintLedger::keyFor(token.refreshToken));
                                      Q_EMIT tokenChanged(tokenId);
                                  }
                                  deliver(waiter, result);
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
        m_backoff.clear(saved.value().id);
        Q_EMIT tokenChanged(saved.value().id);
    }
    return saved;
}

// --- decisions ---

qint64 TokenService::refreshLeadFor(const QString &tokenId)
{
    return m_policy.leadFor(tokenId);
}

bool TokenService::isDue(const Token &token)
{
    return m_policy.isDue(token, now());
}

bool TokenService::isUsable(const Token &token) const
{
    return RefreshPolicy::isUsable(token, now());
}

bool TokenService::needsRefresh(const Token &token, bool forced, const QString &rejectedAccessToken)
{
    if (forced)
        return token.accessToken.isEmpty() || token.accessToken == rejectedAccessToken;
    return isDue(token);
}

int TokenService::refreshesInWindow(const QString &refreshToken)
{
    return m_ledger.mintedInWindow(MintLedger::keyFor(refreshToken), now());
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
    if (const RefreshBackoff::Entry *backoff = m_backoff.active(job->tokenId, nowMs)) {
        failJob(job,
                failure(AccessTokenResult::Failure::OAuth,
                        tr("token %1: refresh failed recently (%2); next attempt in %3 s")
                            .arg(job->tokenId, backoff->message, seconds(backoff->until - nowMs)),
                        job->tokenId),
                true);
        return;
    }
    if (!token.refreshToken.isEmpty()) {
        const QString key = MintLedger::keyFor(token.refreshToken);
        const MintLedger::Refusal refusal = m_ledger.refusal(key, nowMs);
        if (refusal != MintLedger::Refusal::None) {
            const qint64 wait = m_ledger.nextAllowedAt(key, nowMs) - nowMs;
            const MintLedger::Limits &limits = m_ledger.limits();
            const QString message = refusal == MintLedger::Refusal::Window
                ? tr("token %1: %2 access tokens were minted from its refresh token in the "
                     "last %3 min and Zoho allows %4; not asking again for %5 s")
                      .arg(job->tokenId)
                      .arg(m_ledger.mintedInWindow(key, nowMs))
                      .arg(limits.windowMs / 60000)
                      .arg(limits.maxPerWindow)
                      .arg(seconds(wait))
                : tr("token %1: %2 access tokens of its refresh token are still valid and Zoho allows "
                     "%3 (a new one would invalidate the oldest); not asking again for %4 s")
                      .arg(job->tokenId)
                      .arg(m_ledger.live(key, nowMs))
                      .arg(limits.maxLive)
                      .arg(seconds(wait));
            failJob(job, failure(AccessTokenResult::Failure::OAuth, message, job->tokenId), true);
            return;
        }
    }
    acquireLease(job);
}

void TokenService::acquireLease(const JobPointer &job)
{
    if (m_jobs.value(job->tokenId) != job)
        return;
    StoreError error;
    const qint64 waited = now() - job->startedAt;
    switch (m_lease.tryAcquire(job->tokenId, waited, &error)) {
    case RefreshLease::Outcome::Failed:
        failJob(job, storeFailure(error, job->tokenId), false);
        return;
    case RefreshLease::Outcome::Acquired:
        job->holdsLease = true;
        afterLease(job);
        return;
    case RefreshLease::Outcome::GaveUp:
        failJob(job,
                failure(AccessTokenResult::Failure::Store,
                        tr("token %1 is being refreshed by another process, whose lease did not "
                           "end within %2 s")
                            .arg(job->tokenId, seconds(waited)),
                        job->tokenId),
                true);
        return;
    case RefreshLease::Outcome::HeldElsewhere:
        // Another process refreshes this token: wait for its result (or for its lease to run out).
        m_lease.pollLater(this, job->tokenId, [this, job](const StoreResult<std::optional<Token>> &stored) {
            leaseReread(job, stored);
        });
        return;
    }
}

bool TokenService::takeReread(const JobPointer &job, const StoreResult<std::optional<Token>> &stored)
{
    if (!stored || !stored.value()) {
        failJob(job,
                stored ? failure(AccessTokenResult::Failure::NotFound,
                                 tr("token %1 was deleted meanwhile").arg(job->tokenId), job->tokenId)
                       : storeFailure(stored.error(), job->tokenId),
                false);
        return false;
    }
    job->token = *stored.value();
    if (job->token.state == Token::RefreshOutcome::NeedsReauthorization) {
        failJob(job,
                failure(AccessTokenResult::Failure::NeedsReauthorization,
                        tr("token %1 needs a new sign-in (%2)").arg(job->tokenId, job->token.lastError),
                        job->tokenId),
                false);
        return false;
    }
    return true;
}

void TokenService::leaseReread(const JobPointer &job, const StoreResult<std::optional<Token>> &stored)
{
    if (m_jobs.value(job->tokenId) != job)
        return;
    if (!takeReread(job, stored))
        return;
    if (!needsRefresh(job->token, job->forced, job->rejectedAccessToken)) {
        qCInfo(lcTokenService) << "token" << job->tokenId << "was refreshed by another process";
        finishJob(job, success(job->token));
        return;
    }
    acquireLease(job);
}

void TokenService::afterLease(const JobPointer &job)
{
    // Read again under the lease: another process may have refreshed just before we got it.
    if (!takeReread(job, m_store->findTokenById(job->tokenId)))
        return;
    const Token &token = job->token;
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
        m_ledger.record(MintLedger::keyFor(usedRefreshToken), now(), now() + response.expiresInMs);
    m_backoff.clear(job->tokenId);
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
    const bool throttled =
        error.kind() == OAuthError::Kind::Throttled || error.kind() == OAuthError::Kind::AccessDenied;
    const qint64 delayMs = m_backoff.recordFailure(job->tokenId, throttled, error.message(), now());

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
        << "; next attempt in" << seconds(delayMs) << "s";
    Q_EMIT refreshFailed(job->tokenId, failureFor(error, job->tokenId).message);
}

void TokenService::releaseLease(const JobPointer &job)
{
    if (!job->holdsLease)
        return;
    job->holdsLease = false;
    m_lease.release(job->tokenId);
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
