#include "countingtokenstore.h"
#include "memorytokenstore.h"
#include "mintledger.h"
#include "refreshscheduler.h"
#include "sandboxfaults.h"
#include "sandboxserver.h"
#include "storewatcher.h"
#include "tokenendpointclient.h"
#include "tokenservice.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kStart = 1'800'000'000'000; // 2027-01-15, a fixed simulated epoch

} // namespace

// The scheduler as the desktop and `zcrm refresh --watch` run it: its TokenService (with the policy both
// share), a store, and the sandbox as Zoho over real loopback HTTP. One simulated wall clock drives the
// sandbox, the store's leases and the service; a separate monotonic clock lets a test suspend the machine
// (the wall moves, the monotonic clock does not) or change the time. The test moves the clocks to the
// scheduler's next wake and calls wake(), as its timer would.
class TestRefreshScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void timerIsArmedForTheNextDueTokenOnly();
    void keepsAThousandTokensFreshForThreeHours();
    void resumeFromSuspendRefreshesAtOnce();
    void wallClockJumpsAreSeenAndReplanned();
    void failuresBackOffExponentially();
    void aClockSetBackKeepsBackoffAndWindowShort();
    void deadRefreshTokenNeedsSignInAndIsNotRetried();
    void tokensShorterThanTheLeadStayWithinZohosWindow();
    void refreshAllNeverExceedsFifteenLiveAccessTokens();
    void pauseStopsRefreshingAndResumeCatchesUp();
    void concurrentRefreshesAreCapped();
    void aChangeByAnotherProcessReplans();
    void twoSchedulersOnOneStoreRefreshEachTokenOnce();

private:
    struct Rig
    {
        std::unique_ptr<TokenService> service;
        std::unique_ptr<RefreshScheduler> scheduler;
    };
    Rig makeRig(TokenStore *store, qint64 leadMs = 5 * kMinute, qint64 jitterMs = kMinute);
    void seed(int count, const QString &prefix = QStringLiteral("user"));
    // Feeds the rows the service writes back to the scheduler, as the facade's worker does.
    void connectChanges(Rig &rig, TokenStore *store);
    // Moves both clocks to each planned wake up to `untilWall`, letting every refresh finish; `check`
    // runs at each step.
    void runUntil(const QList<RefreshScheduler *> &schedulers, qint64 untilWall,
                  const std::function<void()> &check = {});
    bool settle(const QList<RefreshScheduler *> &schedulers);
    void setTime(qint64 wall, qint64 monotonic)
    {
        m_wall = wall;
        m_monotonic = monotonic;
    }
    void advanceBoth(qint64 ms) { setTime(m_wall + ms, m_monotonic + ms); }
    // Zoho's accounts server answers every refresh with a 503 until clearFaults().
    void failEveryRefresh()
    {
        SandboxFaults faults;
        faults.errorStatus = 503;
        faults.errorRate = 1.0;
        faults.includeAccounts = true;
        m_sandbox->setFaults(faults);
    }
    int expiredTokens();

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<TokenEndpointClient> m_endpoint;
    std::unique_ptr<CountingTokenStore> m_store;
    qint64 m_wall = kStart;
    qint64 m_monotonic = 0;
};

void TestRefreshScheduler::initTestCase()
{
    // Thousands of refreshes: their progress lines would cost more than the refreshes.
    QLoggingCategory::setFilterRules(QStringLiteral("zcrm.*.info=false"));
}

void TestRefreshScheduler::init()
{
    setTime(kStart, 1000);
    m_sandbox = std::make_unique<SandboxServer>();
    m_sandbox->setRecordsPerModule(1);
    m_sandbox->setClock([this] { return m_wall; });
    QVERIFY(m_sandbox->start(0));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_endpoint = std::make_unique<TokenEndpointClient>(m_network.get());
    m_endpoint->setClock([this] { return m_wall; });
    m_store = std::make_unique<CountingTokenStore>(std::make_unique<MemoryTokenStore>());
    m_store->setClock([this] { return m_wall; });
    m_store->inner().setClock([this] { return m_wall; });
}

void TestRefreshScheduler::cleanup()
{
    m_store.reset();
    m_endpoint.reset();
    m_network.reset();
    m_sandbox.reset();
}

TestRefreshScheduler::Rig TestRefreshScheduler::makeRig(TokenStore *store, qint64 leadMs, qint64 jitterMs)
{
    Rig rig;
    rig.service = std::make_unique<TokenService>(store, m_endpoint.get());
    TokenService::Options options;
    options.refreshLeadMs = leadMs;
    options.refreshJitterMs = jitterMs;
    options.leasePollMs = 20;
    rig.service->setOptions(options);
    rig.service->setClock([this] { return m_wall; });
    // Deterministic jitter: the same tokens get the same leads in every run.
    auto generator = std::make_shared<QRandomGenerator>(42);
    rig.service->policy().setRandom(
        [generator](qint64 bound) { return qint64(generator->bounded(quint64(bound) + 1)); });
    rig.scheduler = std::make_unique<RefreshScheduler>(rig.service.get());
    rig.scheduler->setMonotonicClock([this] { return m_monotonic; });
    return rig;
}

void TestRefreshScheduler::connectChanges(Rig &rig, TokenStore *store)
{
    RefreshScheduler *scheduler = rig.scheduler.get();
    connect(rig.service.get(), &TokenService::tokenChanged, scheduler, [store, scheduler](const QString &id) {
        auto row = store->findTokenById(id);
        if (!row)
            return;
        TokenChanges changes;
        if (row.value())
            changes.changed.append(*row.value());
        else
            changes.removed.append(id);
        scheduler->applyChanges(changes);
    });
}

void TestRefreshScheduler::seed(int count, const QString &prefix)
{
    // Each token its own user: Zoho keeps 20 refresh tokens per user and client.
    int pending = count;
    TokenList tokens;
    tokens.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QString email = QStringLiteral("%1%2@example.com").arg(prefix).arg(i);
        const QString code = m_sandbox->createGrantCode(QStringLiteral("ZohoCRM.modules.ALL"), email);
        m_endpoint->exchangeGrantToken(m_sandbox->accountsUrl(), m_sandbox->clientId(),
                                       m_sandbox->clientSecret(), code, QString(),
                                       [&, email](const TokenResponse &r) {
                                           --pending;
                                           if (!r.ok())
                                               return;
                                           Token token;
                                           token.userName = email;
                                           token.clientId = m_sandbox->clientId();
                                           token.clientSecret = m_sandbox->clientSecret();
                                           token.refreshToken = r.refreshToken;
                                           token.accessToken = r.accessToken;
                                           token.expiryTime = m_wall + r.expiresInMs;
                                           token.apiDomain = r.apiDomain;
                                           token.accountsServer = m_sandbox->accountsUrl().toString();
                                           token.environment = QStringLiteral("production");
                                           tokens.append(token);
                                       });
    }
    QVERIFY(QTest::qWaitFor([&] { return pending == 0; }, 60000));
    QCOMPARE(tokens.size(), count);
    QVERIFY(m_store->saveTokens(tokens));
}

bool TestRefreshScheduler::settle(const QList<RefreshScheduler *> &schedulers)
{
    // Not qWaitFor, which sleeps 10 ms between looks: thousands of refreshes would take minutes.
    auto busy = [&] {
        for (RefreshScheduler *scheduler : schedulers) {
            if (scheduler->inFlight() > 0)
                return true;
        }
        return false;
    };
    QDeadlineTimer deadline(20000);
    QTimer guard; // wakes the loop now and then, so that the deadline is seen
    guard.start(100);
    while (busy() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return !busy();
}

void TestRefreshScheduler::runUntil(const QList<RefreshScheduler *> &schedulers, qint64 untilWall,
                                    const std::function<void()> &check)
{
    for (;;) {
        QVERIFY(settle(schedulers)); // what is in flight first: it plans the next wake
        qint64 next = std::numeric_limits<qint64>::max();
        for (RefreshScheduler *scheduler : schedulers)
            next = std::min(next, scheduler->nextWakeAt());
        if (next > untilWall)
            break;
        if (next > m_wall)
            advanceBoth(next - m_wall);
        for (RefreshScheduler *scheduler : schedulers)
            scheduler->wake();
        QVERIFY(settle(schedulers));
        if (check)
            check();
    }
    if (untilWall > m_wall)
        advanceBoth(untilWall - m_wall);
    for (RefreshScheduler *scheduler : schedulers)
        scheduler->wake();
    QVERIFY(settle(schedulers));
}

int TestRefreshScheduler::expiredTokens()
{
    auto rows = m_store->inner().getTokens();
    int expired = 0;
    for (const Token &token : rows.value()) {
        if (token.expiryTime - m_wall <= RefreshPolicy::kSdkMarginMs
            || !m_sandbox->isAccessTokenValid(token.accessToken))
            ++expired;
    }
    return expired;
}

void TestRefreshScheduler::timerIsArmedForTheNextDueTokenOnly()
{
    seed(3);
    auto rows = m_store->inner().getTokens().value();
    // Three tokens expiring in 1 h, 30 min and 2 h.
    rows[1].expiryTime = m_wall + 30 * kMinute;
    rows[2].expiryTime = m_wall + 2 * kHour;
    QVERIFY(m_store->saveTokens(rows));
    Rig rig = makeRig(m_store.get(), 5 * kMinute, 0);
    RefreshScheduler::Options options;
    options.maxSleepMs = 2 * kHour; // one wake per due token, nothing in between
    rig.scheduler->setOptions(options);
    rig.scheduler->setTokens(m_store->getTokens().value());
    QCOMPARE(rig.scheduler->plannedCount(), 3);
    QCOMPARE(rig.scheduler->nextDueAt(), m_wall + 25 * kMinute);
    QCOMPARE(rig.scheduler->nextWakeAt(), m_wall + 25 * kMinute);
    QVERIFY(rig.scheduler->timer().isActive());
    QCOMPARE(rig.scheduler->timer().interval(), int(25 * kMinute));
    QVERIFY(rig.scheduler->timer().isSingleShot());

    // Waking before anything is due reads nothing from the store and refreshes nothing.
    const int reads = m_store->getTokensCalls();
    advanceBoth(10 * kMinute);
    rig.scheduler->wake();
    QCOMPARE(rig.scheduler->inFlight(), 0);
    QCOMPARE(rig.scheduler->timer().interval(), int(15 * kMinute));
    QCOMPARE(m_store->getTokensCalls(), reads);

    // Each wake refreshes exactly the token that is due.
    connectChanges(rig, m_store.get());
    int wakes = 0;
    runUntil({ rig.scheduler.get() }, kStart + 2 * kHour, [&] { ++wakes; });
    // 25 min (the second token), 55 (the first), 80 (the second again), 110 (the first), 115 (the third).
    QCOMPARE(wakes, 5);
    QCOMPARE(m_store->getTokensCalls(), reads);
    QCOMPARE(rig.scheduler->refreshCount(), qint64(5));
    QCOMPARE(m_sandbox->refreshCount(), 5);
    QCOMPARE(rig.scheduler->attemptCount(), rig.scheduler->refreshCount());
}

void TestRefreshScheduler::keepsAThousandTokensFreshForThreeHours()
{
    seed(1000);
    Rig rig = makeRig(m_store.get());
    RefreshScheduler::Options options;
    options.maxConcurrent = 8;
    rig.scheduler->setOptions(options);
    connectChanges(rig, m_store.get());
    rig.scheduler->setTokens(m_store->getTokens().value());
    const int reads = m_store->getTokensCalls();
    QElapsedTimer elapsed;
    elapsed.start();
    qint64 lastCheck = m_wall;
    int worst = 0;
    runUntil({ rig.scheduler.get() }, kStart + 3 * kHour, [&] {
        if (m_wall - lastCheck < kMinute)
            return;
        lastCheck = m_wall;
        worst = std::max(worst, expiredTokens());
    });
    QCOMPARE(worst, 0);
    QCOMPARE(expiredTokens(), 0);
    QCOMPARE(m_store->getTokensCalls(), reads); // planned from changes, never by reading every row
    // Each token lives 1 h and refreshes 4 to 6 min before: three refreshes in three hours, no more.
    QCOMPARE(rig.scheduler->refreshCount(), qint64(3000));
    QCOMPARE(m_sandbox->refreshCount(), 3000);
    QCOMPARE(rig.scheduler->failureCount(), qint64(0));
    QVERIFY(rig.service->ledger().peakInWindow() <= 1);
    qInfo("1,000 tokens, 3 simulated hours: %lld refreshes in %lld ms of real time",
          rig.scheduler->refreshCount(), elapsed.elapsed());
}

void TestRefreshScheduler::resumeFromSuspendRefreshesAtOnce()
{
    seed(20);
    Rig rig = makeRig(m_store.get());
    connectChanges(rig, m_store.get());
    rig.scheduler->setTokens(m_store->getTokens().value());
    QSignalSpy jumps(rig.scheduler.get(), &RefreshScheduler::clockJumped);
    // The machine sleeps for two hours: the wall clock moves, the monotonic clock does not.
    setTime(m_wall + 2 * kHour, m_monotonic + 1000);
    QCOMPARE(expiredTokens(), 20);
    rig.scheduler->wake(); // the timer fires after the resume
    QCOMPARE(jumps.size(), 1);
    QVERIFY(jumps.first().first().toLongLong() > 2 * kHour - 5000);
    QCOMPARE(rig.scheduler->jumpCount(), 1);
    // Everything expired is refreshed, in batches of the cap, without waiting for another wake.
    QVERIFY(QTest::qWaitFor([&] { return rig.scheduler->refreshCount() == 20; }, 20000));
    QVERIFY(settle({ rig.scheduler.get() }));
    QCOMPARE(expiredTokens(), 0);
    QCOMPARE(m_sandbox->refreshCount(), 20);
    // A wake without a jump is not one.
    advanceBoth(kMinute);
    rig.scheduler->wake();
    QCOMPARE(jumps.size(), 1);
}

void TestRefreshScheduler::wallClockJumpsAreSeenAndReplanned()
{
    seed(5);
    Rig rig = makeRig(m_store.get(), 5 * kMinute, 0);
    connectChanges(rig, m_store.get());
    rig.scheduler->setTokens(m_store->getTokens().value());
    QCOMPARE(rig.scheduler->nextWakeAt(), m_wall + kMinute); // the longest sleep
    QSignalSpy jumps(rig.scheduler.get(), &RefreshScheduler::clockJumped);
    // Someone sets the clock back an hour: the tokens' expiry is wall time, so they are due later.
    setTime(m_wall - kHour, m_monotonic + 10);
    rig.scheduler->wake();
    QCOMPARE(jumps.size(), 1);
    QVERIFY(jumps.first().first().toLongLong() < -kHour + 5000);
    QCOMPARE(rig.scheduler->nextDueAt(), kStart + kHour - 5 * kMinute);
    QCOMPARE(rig.scheduler->inFlight(), 0);
    // And forward by 58 minutes: due at once.
    setTime(kStart + 58 * kMinute, m_monotonic + 10);
    rig.scheduler->wake();
    QCOMPARE(jumps.size(), 2);
    QVERIFY(QTest::qWaitFor([&] { return rig.scheduler->refreshCount() == 5; }, 20000));
    QVERIFY(settle({ rig.scheduler.get() }));
    QCOMPARE(expiredTokens(), 0);
}

void TestRefreshScheduler::failuresBackOffExponentially()
{
    seed(1);
    Rig rig = makeRig(m_store.get(), 5 * kMinute, 0);
    connectChanges(rig, m_store.get());
    failEveryRefresh();
    QSignalSpy failures(rig.scheduler.get(), &RefreshScheduler::refreshFailed);
    setTime(kStart + 56 * kMinute, m_monotonic + 56 * kMinute); // within the lead
    rig.scheduler->setTokens(m_store->getTokens().value());
    QVERIFY(settle({ rig.scheduler.get() }));
    QList<qint64> attempts { m_wall };
    QCOMPARE(failures.size(), 1);
    for (int i = 0; i < 5; ++i) {
        const qint64 next = rig.scheduler->nextDueAt();
        attempts.append(next);
        runUntil({ rig.scheduler.get() }, next);
        QCOMPARE(failures.size(), i + 2);
    }
    // 5 s, 10 s, 20 s, 40 s, 80 s: the service's backoff, planned by the scheduler.
    for (int i = 1; i < attempts.size(); ++i)
        QCOMPARE(attempts.at(i) - attempts.at(i - 1), qint64(5000) << (i - 1));
    QCOMPARE(rig.scheduler->state().failing, 1);
    QCOMPARE(m_sandbox->refreshCount(), 0);
    m_sandbox->clearFaults();
    runUntil({ rig.scheduler.get() }, rig.scheduler->nextDueAt());
    QCOMPARE(m_sandbox->refreshCount(), 1);
    QCOMPARE(rig.scheduler->state().failing, 0);
    QCOMPARE(rig.scheduler->state().fresh, 1);
    QCOMPARE(expiredTokens(), 0);
}

void TestRefreshScheduler::aClockSetBackKeepsBackoffAndWindowShort()
{
    seed(1);
    Rig rig = makeRig(m_store.get(), 5 * kMinute, 0);
    connectChanges(rig, m_store.get());
    failEveryRefresh();
    // Hours after its expiry (the machine was off): due at once, and failing.
    advanceBoth(3 * kHour);
    rig.scheduler->setTokens(m_store->getTokens().value());
    QVERIFY(settle({ rig.scheduler.get() }));
    QCOMPARE(rig.scheduler->failureCount(), 1);
    QCOMPARE(rig.scheduler->nextDueAt(), m_wall + 5000);

    // The clock is set back an hour: the backoff still ends 5 s after the failure, not an hour later.
    const QString key = MintLedger::keyFor(m_store->getTokens().value().first().refreshToken);
    rig.service->ledger().record(key, m_wall - kMinute, m_wall + kHour);
    setTime(m_wall - kHour, m_monotonic + 1000);
    rig.scheduler->wake();
    QCOMPARE(rig.scheduler->jumpCount(), 1);
    QCOMPARE(rig.scheduler->nextDueAt(), m_wall + 4000);
    // So do Zoho's window and the live access tokens: minted a minute before, by the new clock too.
    QCOMPARE(rig.service->ledger().mintedInWindow(key, m_wall), 1);
    QCOMPARE(rig.service->ledger().mintedInWindow(key, m_wall + 9 * kMinute + 1), 0);
    QCOMPARE(rig.service->ledger().live(key, m_wall + kHour), 0);

    m_sandbox->clearFaults();
    runUntil({ rig.scheduler.get() }, rig.scheduler->nextDueAt());
    QCOMPARE(m_sandbox->refreshCount(), 1);
    QCOMPARE(rig.scheduler->state().failing, 0);
    QCOMPARE(expiredTokens(), 0);
}

void TestRefreshScheduler::deadRefreshTokenNeedsSignInAndIsNotRetried()
{
    seed(2);
    const Token dead = m_store->inner().getTokens().value().first();
    QVERIFY(m_sandbox->revokeToken(dead.refreshToken));
    Rig rig = makeRig(m_store.get(), 5 * kMinute, 0);
    connectChanges(rig, m_store.get());
    rig.scheduler->setTokens(m_store->getTokens().value());
    QSignalSpy signIns(rig.scheduler.get(), &RefreshScheduler::signInNeeded);
    runUntil({ rig.scheduler.get() }, kStart + 2 * kHour);
    QCOMPARE(signIns.size(), 1);
    QCOMPARE(signIns.first().first().toString(), dead.id);
    const RefreshSchedulerState state = rig.scheduler->state();
    QCOMPARE(state.needSignIn.size(), 1);
    QCOMPARE(state.needSignIn.first().userName, dead.userName);
    QCOMPARE(state.fresh, 1);
    // One refusal, then never again: the row is kept and marked.
    QCOMPARE(rig.scheduler->attemptCount(), qint64(1 + 2));
    QCOMPARE(m_store->inner().findTokenById(dead.id).value()->state,
             Token::RefreshOutcome::NeedsReauthorization);
}

void TestRefreshScheduler::tokensShorterThanTheLeadStayWithinZohosWindow()
{
    // Access tokens that live 1 minute against a 5-minute lead: always due. The ledger must hold the
    // scheduler to 10 refreshes per 10 minutes instead of a loop.
    m_sandbox->setTokenLifetime(60);
    seed(3);
    Rig rig = makeRig(m_store.get(), 5 * kMinute, 0);
    connectChanges(rig, m_store.get());
    rig.scheduler->setTokens(m_store->getTokens().value());
    runUntil({ rig.scheduler.get() }, kStart + 30 * kMinute - 1000);
    const TokenList rows = m_store->inner().getTokens().value();
    for (const Token &token : rows)
        QCOMPARE(m_sandbox->refreshCount(token.refreshToken), 30);
    QCOMPARE(rig.service->ledger().peakInWindow(), 10);
    QCOMPARE(rig.scheduler->failureCount(), qint64(0)); // Zoho never had to say "Access Denied"
}

void TestRefreshScheduler::refreshAllNeverExceedsFifteenLiveAccessTokens()
{
    seed(1);
    const Token token = m_store->inner().getTokens().value().first();
    Rig rig = makeRig(m_store.get(), 5 * kMinute, 0);
    connectChanges(rig, m_store.get());
    rig.scheduler->setTokens(m_store->getTokens().value());
    // A person presses "Refresh all now" every two minutes for an hour: 30 asks, each access token lives 1 h.
    for (int i = 0; i < 29; ++i) {
        rig.scheduler->refreshAll();
        QVERIFY(settle({ rig.scheduler.get() }));
        runUntil({ rig.scheduler.get() }, m_wall + 2 * kMinute);
    }
    runUntil({ rig.scheduler.get() }, kStart + 59 * kMinute);
    // 5 per 10 min keeps within the window; the 15 live access tokens end it at 15 (the sandbox would
    // otherwise invalidate the oldest, which a script may still hold).
    QCOMPARE(m_sandbox->refreshCount(token.refreshToken), 15);
    QVERIFY(m_sandbox->liveAccessTokenCount(token.refreshToken) <= 15);
    QCOMPARE(rig.service->ledger().live(MintLedger::keyFor(token.refreshToken), m_wall), 15);
    QCOMPARE(expiredTokens(), 0);
    // When the first of them expires, the asked-for refresh goes out.
    runUntil({ rig.scheduler.get() }, kStart + 61 * kMinute);
    QCOMPARE(m_sandbox->refreshCount(token.refreshToken), 16);
}

void TestRefreshScheduler::pauseStopsRefreshingAndResumeCatchesUp()
{
    seed(4);
    Rig rig = makeRig(m_store.get(), 5 * kMinute, 0);
    connectChanges(rig, m_store.get());
    rig.scheduler->setTokens(m_store->getTokens().value());
    rig.scheduler->pause();
    QVERIFY(rig.scheduler->isPaused());
    QCOMPARE(rig.scheduler->nextWakeAt(), std::numeric_limits<qint64>::max());
    QVERIFY(!rig.scheduler->timer().isActive());
    advanceBoth(58 * kMinute);
    rig.scheduler->wake();
    QCOMPARE(rig.scheduler->inFlight(), 0);
    QVERIFY(settle({ rig.scheduler.get() }));
    QCOMPARE(m_sandbox->refreshCount(), 0);
    QVERIFY(rig.scheduler->state().paused);
    rig.scheduler->resume();
    QVERIFY(QTest::qWaitFor([&] { return rig.scheduler->refreshCount() == 4; }, 20000));
    QVERIFY(settle({ rig.scheduler.get() }));
    QCOMPARE(expiredTokens(), 0);
    QVERIFY(!rig.scheduler->state().paused);
}

void TestRefreshScheduler::concurrentRefreshesAreCapped()
{
    seed(24);
    SandboxFaults faults;
    faults.latencyMs = 100;
    faults.includeAccounts = true;
    m_sandbox->setFaults(faults);
    Rig rig = makeRig(m_store.get(), 5 * kMinute, 0);
    RefreshScheduler::Options options;
    options.maxConcurrent = 3;
    rig.scheduler->setOptions(options);
    connectChanges(rig, m_store.get());
    advanceBoth(58 * kMinute);
    rig.scheduler->setTokens(m_store->getTokens().value());
    int peak = 0;
    QVERIFY(QTest::qWaitFor(
        [&] {
            peak = std::max(peak, rig.scheduler->inFlight());
            return rig.scheduler->refreshCount() == 24;
        },
        30000));
    QCOMPARE(peak, 3);
    QCOMPARE(m_sandbox->refreshCount(), 24);
}

void TestRefreshScheduler::aChangeByAnotherProcessReplans()
{
    seed(2);
    Rig rig = makeRig(m_store.get(), 5 * kMinute, 0);
    StoreWatcher watcher(m_store.get());
    connect(&watcher, &StoreWatcher::changed, rig.scheduler.get(), &RefreshScheduler::applyChanges);
    watcher.start();
    rig.scheduler->setTokens(m_store->getTokens().value());
    QCOMPARE(rig.scheduler->nextDueAt(), kStart + 55 * kMinute);
    // Another process refreshed one token and then the other: 2 h left each.
    TokenList rows = m_store->inner().getTokens().value();
    rows[0].expiryTime = m_wall + 2 * kHour;
    QVERIFY(m_store->inner().saveToken(rows[0]));
    watcher.poll();
    QCOMPARE(rig.scheduler->nextDueAt(), kStart + 55 * kMinute);
    rows[1].expiryTime = m_wall + 2 * kHour;
    QVERIFY(m_store->inner().saveToken(rows[1]));
    watcher.poll();
    QCOMPARE(rig.scheduler->nextDueAt(), kStart + 2 * kHour - 5 * kMinute);
    // And one is deleted: nothing planned for it.
    QVERIFY(m_store->inner().deleteToken(rows[1].id));
    watcher.poll();
    QCOMPARE(rig.scheduler->plannedCount(), 1);
}

void TestRefreshScheduler::twoSchedulersOnOneStoreRefreshEachTokenOnce()
{
    // The tray and `zcrm refresh --watch` on the same store: the store's lease lets one refresh, the other
    // finds the token refreshed.
    seed(30);
    Rig first = makeRig(m_store.get(), 5 * kMinute, 0);
    Rig second = makeRig(m_store.get(), 5 * kMinute, 0);
    connectChanges(first, m_store.get());
    connectChanges(second, m_store.get());
    const TokenList rows = m_store->getTokens().value();
    first.scheduler->setTokens(rows);
    second.scheduler->setTokens(rows);
    runUntil({ first.scheduler.get(), second.scheduler.get() }, kStart + 3 * kHour);
    for (const Token &token : rows)
        QCOMPARE(m_sandbox->refreshCount(token.refreshToken), 3);
    QCOMPARE(first.scheduler->refreshCount() + second.scheduler->refreshCount(), qint64(90));
    QCOMPARE(expiredTokens(), 0);
}

QTEST_GUILESS_MAIN(TestRefreshScheduler)
#include "tst_refreshscheduler.moc"
