#include "refreshscheduler.h"

#include "mintledger.h"
#include "refreshbackoff.h"
#include "refreshpolicy.h"
#include "schedulerlogging.h"
#include "tokenservice.h"

#include <QDateTime>

#include <algorithm>

namespace {

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

// The scheduler keeps no secret: a marker says a field is set, which is all the policy asks.
Token withoutSecrets(Token token)
{
    for (QString *secret :
         { &token.clientSecret, &token.refreshToken, &token.accessToken, &token.grantToken }) {
        if (!secret->isEmpty())
            *secret = QStringLiteral("*");
    }
    return token;
}

} // namespace

RefreshScheduler::RefreshScheduler(TokenService *service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    RefreshSchedulerState::registerMetaType();
    m_elapsed.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer); // a refresh ahead of expiry has minutes to spare
    connect(&m_timer, &QTimer::timeout, this, &RefreshScheduler::wake);
    m_stateTimer.setSingleShot(true);
    m_stateTimer.setInterval(0);
    connect(&m_stateTimer, &QTimer::timeout, this, [this] { Q_EMIT stateChanged(state()); });
    // Counted where Zoho minted: a token another process refreshed meanwhile is not a refresh of ours.
    if (service)
        connect(service, &TokenService::tokenRefreshed, this, [this](const QString &id, qint64 expiryTime) {
            ++m_refreshes;
            qCDebug(lcScheduler).noquote() << "token" << id << "refreshed; expires" << isoTime(expiryTime);
            Q_EMIT refreshed(id, expiryTime);
            stateDirty();
        });
}

RefreshScheduler::~RefreshScheduler() = default;

void RefreshScheduler::setOptions(const Options &options)
{
    m_options = options;
    m_options.maxConcurrent = std::max(1, m_options.maxConcurrent);
    m_options.maxSleepMs = std::max<qint64>(1000, m_options.maxSleepMs);
    if (m_running)
        arm(wallNow());
}

void RefreshScheduler::setMonotonicClock(Clock clock)
{
    m_monotonic = std::move(clock);
    m_clocksRead = false;
}

qint64 RefreshScheduler::wallNow() const
{
    return m_service ? m_service->now() : QDateTime::currentMSecsSinceEpoch();
}

bool RefreshScheduler::checkClocks(qint64 wall)
{
    const qint64 monotonic = m_monotonic ? m_monotonic() : m_elapsed.elapsed();
    bool jumped = false;
    if (m_clocksRead) {
        const qint64 drift = (wall - m_lastWall) - (monotonic - m_lastMonotonic);
        if (std::abs(drift) > m_options.jumpToleranceMs) {
            jumped = true;
            ++m_jumps;
            qCInfo(lcScheduler).noquote()
                << (drift > 0 ? "the wall clock moved ahead by" : "the wall clock moved back by")
                << std::abs(drift) / 1000 << "s (a resume from suspend or a clock change); re-planning";
            // Set back (a suspend only ever moves it ahead): the backoffs and Zoho's window were
            // recorded in the old time and move with it. Ahead, they have simply run on.
            if (drift < 0 && m_service) {
                m_service->backoff().clockSetBack(-drift);
                m_service->ledger().clockSetBack(-drift);
            }
            Q_EMIT clockJumped(drift);
        }
    }
    m_lastWall = wall;
    m_lastMonotonic = monotonic;
    m_clocksRead = true;
    return jumped;
}

void RefreshScheduler::setTokens(const TokenList &tokens)
{
    ++m_generation;
    m_entries.clear();
    m_queue.clear();
    m_inFlight = 0;
    m_running = true;
    const qint64 now = wallNow();
    checkClocks(now);
    m_entries.reserve(tokens.size());
    for (const Token &token : tokens)
        upsert(token);
    replanAll(now);
    qCInfo(lcScheduler).noquote() << "planning" << m_queue.size() << "of" << tokens.size()
                                  << "tokens; the first is due"
                                  << (m_queue.empty() ? QStringLiteral("never")
                                                      : isoTime(m_queue.begin()->first));
    wake();
}

void RefreshScheduler::applyChanges(const TokenChanges &changes)
{
    if (!m_running || changes.isEmpty())
        return;
    const qint64 now = wallNow();
    for (const QString &id : changes.removed)
        erase(id);
    for (const TokenList *rows : { &changes.added, &changes.changed }) {
        for (const Token &token : *rows) {
            upsert(token);
            Entry &entry = m_entries[token.id];
            if (!entry.inFlight)
                plan(token.id, entry, now);
        }
    }
    wake();
}

void RefreshScheduler::clear()
{
    ++m_generation;
    m_entries.clear();
    m_queue.clear();
    m_inFlight = 0;
    m_running = false;
    m_timer.stop();
    stateDirty();
}

void RefreshScheduler::upsert(const Token &token)
{
    Entry &entry = m_entries[token.id];
    const bool refreshTokenChanged = entry.token.refreshToken.isEmpty() != token.refreshToken.isEmpty()
        || entry.ledgerKey.isEmpty() != token.refreshToken.isEmpty();
    if (refreshTokenChanged || !token.refreshToken.isEmpty())
        entry.ledgerKey = token.refreshToken.isEmpty() ? QString() : MintLedger::keyFor(token.refreshToken);
    if (token.state != Token::RefreshOutcome::RefreshFailing)
        entry.failing = false;
    entry.token = withoutSecrets(token);
}

void RefreshScheduler::erase(const QString &id)
{
    auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    unqueue(id, *it);
    if (it->inFlight)
        --m_inFlight; // its answer finds no entry and is dropped
    m_entries.erase(it);
}

void RefreshScheduler::unqueue(const QString &id, Entry &entry)
{
    if (entry.dueAt != kNever)
        m_queue.erase(QueueKey(entry.dueAt, id));
    entry.dueAt = kNever;
}

void RefreshScheduler::plan(const QString &id, Entry &entry, qint64 now)
{
    unqueue(id, entry);
    if (!m_service || !RefreshPolicy::canRefresh(entry.token))
        return;
    qint64 due = entry.forceNext ? now : m_service->policy().dueAt(entry.token);
    if (due == kNever)
        return;
    // Inside a backoff or beyond Zoho's limits the service would refuse: plan for when it will not.
    due = std::max(due, m_service->backoff().until(id));
    if (!entry.ledgerKey.isEmpty())
        due = std::max(due, m_service->ledger().nextAllowedAt(entry.ledgerKey, now));
    entry.dueAt = due;
    m_queue.insert(QueueKey(due, id));
}

void RefreshScheduler::replanAll(qint64 now)
{
    m_queue.clear();
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        it->dueAt = kNever;
        if (!it->inFlight)
            plan(it.key(), *it, now);
    }
}

qint64 RefreshScheduler::nextDueAt() const
{
    return m_queue.empty() ? kNever : m_queue.begin()->first;
}

void RefreshScheduler::pause()
{
    if (m_paused)
        return;
    m_paused = true;
    m_timer.stop();
    qCInfo(lcScheduler) << "refreshing paused";
    stateDirty();
}

void RefreshScheduler::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    qCInfo(lcScheduler) << "refreshing resumed";
    replanAll(wallNow());
    wake();
}

void RefreshScheduler::refreshAll()
{
    const qint64 now = wallNow();
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->inFlight || !RefreshPolicy::canRefresh(it->token))
            continue;
        it->forceNext = true;
        plan(it.key(), *it, now);
    }
    wake();
}

void RefreshScheduler::wake()
{
    const qint64 now = wallNow();
    if (checkClocks(now))
        replanAll(now);
    if (m_running && !m_paused)
        startDue(now);
    arm(now);
    stateDirty();
}

void RefreshScheduler::startDue(qint64 now)
{
    while (m_inFlight < m_options.maxConcurrent && !m_queue.empty() && m_queue.begin()->first <= now) {
        const QString id = m_queue.begin()->second;
        m_queue.erase(m_queue.begin());
        Entry &entry = m_entries[id];
        entry.dueAt = kNever;
        start(id, entry);
    }
}

void RefreshScheduler::start(const QString &id, Entry &entry)
{
    entry.inFlight = true;
    ++m_inFlight;
    ++m_attempts;
    const bool forced = entry.forceNext;
    entry.forceNext = false;
    QPointer<RefreshScheduler> self(this);
    const quint64 generation = m_generation;
    auto done = [self, generation, id](const AccessTokenResult &result) {
        if (self && self->m_generation == generation)
            self->finished(id, result);
    };
    // The service answers through the event loop, never from inside these calls.
    if (forced)
        m_service->refreshNow(id, done);
    else
        m_service->requestAccessToken(id, false, QString(), done);
}

void RefreshScheduler::finished(const QString &id, const AccessTokenResult &result)
{
    auto it = m_entries.find(id);
    if (it == m_entries.end() || !it->inFlight)
        return; // removed meanwhile
    Entry &entry = *it;
    entry.inFlight = false;
    --m_inFlight;
    const qint64 now = wallNow();
    if (result.ok()) {
        if (result.expiryTime > 0) {
            entry.token.expiryTime = result.expiryTime;
            entry.token.accessToken = QStringLiteral("*");
        }
        if (const RefreshBackoff::Entry *backoff = m_service->backoff().active(id, now)) {
            // The refresh failed; the service served the old token, still valid.
            entry.failing = true;
            entry.lastMessage = backoff->message;
            ++m_failures;
            Q_EMIT refreshFailed(id, backoff->message);
        } else {
            entry.failing = false;
        }
    } else if (result.failure == AccessTokenResult::Failure::NeedsReauthorization) {
        entry.token.state = Token::RefreshOutcome::NeedsReauthorization;
        entry.lastMessage = result.message;
        ++m_failures;
        Q_EMIT signInNeeded(id, result.message);
    } else if (result.failure == AccessTokenResult::Failure::NotFound) {
        erase(id);
        wake();
        return;
    } else {
        entry.failing = true;
        entry.lastMessage = result.message;
        ++m_failures;
        Q_EMIT refreshFailed(id, result.message);
    }
    plan(id, entry, now);
    if (entry.dueAt != kNever && entry.dueAt <= now) {
        // Still due right after an attempt (another process holds the lease and did not finish, the store
        // failed): try again later, not in a loop.
        unqueue(id, entry);
        entry.dueAt = now + m_options.retryMs;
        m_queue.insert(QueueKey(entry.dueAt, id));
    }
    wake();
}

void RefreshScheduler::arm(qint64 now)
{
    if (!m_running || m_paused || m_queue.empty()) {
        m_timer.stop();
        m_nextWakeAt = kNever;
        return;
    }
    qint64 interval = m_options.maxSleepMs;
    if (m_inFlight < m_options.maxConcurrent)
        interval = std::clamp<qint64>(m_queue.begin()->first - now, 0, m_options.maxSleepMs);
    m_nextWakeAt = now + interval;
    m_timer.start(int(interval));
}

void RefreshScheduler::stateDirty()
{
    if (!m_stateTimer.isActive())
        m_stateTimer.start();
}

RefreshSchedulerState RefreshScheduler::state() const
{
    RefreshSchedulerState state;
    state.paused = m_paused;
    state.running = m_running;
    state.inFlight = m_inFlight;
    state.nextDueAt = nextDueAt();
    state.refreshes = m_refreshes;
    state.failures = m_failures;
    if (!m_service)
        return state;
    const qint64 now = wallNow();
    RefreshPolicy &policy = m_service->policy();
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        const Entry &entry = *it;
        const Token &token = entry.token;
        ++state.tokens;
        const bool expired = token.accessToken.isEmpty() || (token.expiryTime > 0 && token.expiryTime <= now);
        if (token.state == Token::RefreshOutcome::NeedsReauthorization
            || (!RefreshPolicy::canRefresh(token) && expired)) {
            state.needSignIn.append({ it.key(), token.userName,
                                      entry.lastMessage.isEmpty() ? token.lastError : entry.lastMessage });
        } else if (entry.failing) {
            ++state.failing;
        } else if (entry.inFlight || (RefreshPolicy::canRefresh(token) && policy.isDue(token, now))
                   || expired) {
            ++state.expiring;
        } else {
            ++state.fresh;
        }
    }
    std::sort(state.needSignIn.begin(), state.needSignIn.end(),
              [](const RefreshSchedulerState::SignInNeeded &a, const RefreshSchedulerState::SignInNeeded &b) {
                  return a.userName < b.userName;
              });
    return state;
}
