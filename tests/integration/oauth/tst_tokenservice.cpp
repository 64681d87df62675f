#include "memorytokenstore.h"
#include "sandboxserver.h"
#include "tokenendpointclient.h"
#include "tokenservice.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <memory>

// The token service over real HTTP against the sandbox, with a real (memory) store and an injected
// clock: the decision to refresh, single flight, leases, Zoho's limit, failures and revocation.
class TestTokenService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void freshTokenIsServedWithoutRefresh();
    void expiringTokenIsRefreshedAndSaved();
    void twoHundredConcurrentRequestsCauseOneRefresh();
    void forcedRefreshAfter401();
    void refreshNowReplacesEvenAFreshToken();
    void localLimitStopsTheEleventhRefresh();
    void zohoThrottleBacksOffAndKeepsServingTheValidToken();
    void invalidCodeMarksNeedsReauthorizationAndKeepsTheRow();
    void networkFailureFallsBackToTheValidToken();
    void twoServicesOnOneStoreRefreshOnce();
    void refreshDueTakesOnlyTokensWithinTheLead();
    void leadIsNeverShorterThanTheSdkMargin();
    void jitterStaysWithinItsBound();
    void revokeDeletesTheRow();
    void revokeKeepsTheRowWhenAsked();
    void revokeFailureLeavesTheRowAlone();
    void unknownTokenIsNotFound();
    void tokenWithoutRefreshToken();
    void callbacksAreNeverSynchronous();
    void callbacksRunOnTheCallersThread();

private:
    Token seedToken(const QString &email = QString());
    AccessTokenResult request(TokenService &service, const QString &id, bool force = false,
                              const QString &rejected = QString());
    AccessTokenResult refreshNow(TokenService &service, const QString &id);
    std::unique_ptr<TokenService> makeService();
    qint64 serviceNow() const { return QDateTime::currentMSecsSinceEpoch() + m_offsetMs; }

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<TokenEndpointClient> m_endpoint;
    std::unique_ptr<MemoryTokenStore> m_store;
    qint64 m_offsetMs = 0;
};

void TestTokenService::init()
{
    m_sandbox = std::make_unique<SandboxServer>();
    m_sandbox->setRecordsPerModule(10);
    QVERIFY(m_sandbox->start(0));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_endpoint = std::make_unique<TokenEndpointClient>(m_network.get());
    m_store = std::make_unique<MemoryTokenStore>();
    m_offsetMs = 0;
}

void TestTokenService::cleanup()
{
    m_store.reset();
    m_endpoint.reset();
    m_network.reset();
    m_sandbox.reset();
}

std::unique_ptr<TokenService> TestTokenService::makeService()
{
    auto service = std::make_unique<TokenService>(m_store.get(), m_endpoint.get());
    TokenService::Options options;
    options.refreshJitterMs = 0; // exact decisions in tests
    options.leasePollMs = 50;
    service->setOptions(options);
    service->setClock([this] { return serviceNow(); });
    return service;
}

Token TestTokenService::seedToken(const QString &email)
{
    const QString code =
        m_sandbox->createGrantCode(QStringLiteral("ZohoCRM.modules.ALL,ZohoCRM.users.READ"), email);
    TokenResponse granted = TokenResponse::failure({});
    bool done = false;
    m_endpoint->exchangeGrantToken(m_sandbox->accountsUrl(), m_sandbox->clientId(), m_sandbox->clientSecret(),
                                   code, QString(), [&](const TokenResponse &r) {
                                       granted = r;
                                       done = true;
                                   });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("test: timed out waiting");
    Token token;
    token.userName = email.isEmpty() ? m_sandbox->signedInUser() : email;
    token.clientId = m_sandbox->clientId();
    token.clientSecret = m_sandbox->clientSecret();
    token.refreshToken = granted.refreshToken;
    token.accessToken = granted.accessToken;
    token.expiryTime = QDateTime::currentMSecsSinceEpoch() + granted.expiresInMs;
    token.apiDomain = granted.apiDomain;
    token.accountsServer = m_sandbox->accountsUrl().toString();
    token.environment = QStringLiteral("production");
    auto saved = m_store->saveToken(token);
    return saved ? saved.value() : Token();
}

AccessTokenResult TestTokenService::request(TokenService &service, const QString &id, bool force,
                                            const QString &rejected)
{
    AccessTokenResult result;
    result.failure = AccessTokenResult::Failure::Store;
    result.message = QStringLiteral("test: no answer");
    bool done = false;
    service.requestAccessToken(id, force, rejected, [&](const AccessTokenResult &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 15000))
        qWarning("test: timed out waiting");
    return result;
}

AccessTokenResult TestTokenService::refreshNow(TokenService &service, const QString &id)
{
    AccessTokenResult result;
    result.failure = AccessTokenResult::Failure::Store;
    bool done = false;
    service.refreshNow(id, [&](const AccessTokenResult &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 15000))
        qWarning("test: timed out waiting");
    return result;
}

void TestTokenService::freshTokenIsServedWithoutRefresh()
{
    const Token token = seedToken();
    auto service = makeService();
    const AccessTokenResult result = request(*service, token.id);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.accessToken, token.accessToken);
    QCOMPARE(result.apiDomain, token.apiDomain);
    QCOMPARE(result.expiryTime, token.expiryTime);
    QCOMPARE(m_sandbox->refreshCount(), 0);
}

void TestTokenService::expiringTokenIsRefreshedAndSaved()
{
    const Token token = seedToken();
    auto service = makeService();
    QSignalSpy refreshed(service.get(), &TokenService::tokenRefreshed);
    m_offsetMs = 56 * 60 * 1000; // 4 minutes left: inside the 5-minute lead
    const AccessTokenResult result = request(*service, token.id);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(result.accessToken != token.accessToken);
    QVERIFY(m_sandbox->isAccessTokenValid(result.accessToken));
    QCOMPARE(m_sandbox->refreshCount(token.refreshToken), 1);
    QCOMPARE(refreshed.size(), 1);

    const Token stored = *m_store->findTokenById(token.id).value();
    QCOMPARE(stored.accessToken, result.accessToken);
    QCOMPARE(stored.refreshToken, token.refreshToken); // kept: the answer has none
    QCOMPARE(stored.apiDomain, m_sandbox->apiDomain().toString());
    QVERIFY(qAbs(stored.expiryTime - (serviceNow() + 3600 * 1000)) < 5000); // the service's clock
    QCOMPARE(stored.state, Token::RefreshOutcome::Active);
    QCOMPARE(stored.userName, token.userName);

    // Now fresh again: no second refresh.
    QCOMPARE(request(*service, token.id).accessToken, result.accessToken);
    QCOMPARE(m_sandbox->refreshCount(), 1);
}

void TestTokenService::twoHundredConcurrentRequestsCauseOneRefresh()
{
    const Token token = seedToken();
    auto service = makeService();
    m_offsetMs = 58 * 60 * 1000;
    m_sandbox->resetCounters();
    QList<AccessTokenResult> results;
    for (int i = 0; i < 200; ++i)
        service->requestAccessToken(token.id, false, QString(),
                                    [&results](const AccessTokenResult &r) { results.append(r); });
    QVERIFY(QTest::qWaitFor([&] { return results.size() == 200; }, 20000));
    QCOMPARE(m_sandbox->tokenRequestCount(), 1);
    QCOMPARE(m_sandbox->refreshCount(token.refreshToken), 1);
    for (const AccessTokenResult &r : std::as_const(results)) {
        QVERIFY(r.ok());
        QCOMPARE(r.accessToken, results.first().accessToken);
    }
    QVERIFY(results.first().accessToken != token.accessToken);
}

void TestTokenService::forcedRefreshAfter401()
{
    const Token token = seedToken();
    auto service = makeService();
    // The CRM said INVALID_TOKEN for the current access token: refresh.
    const AccessTokenResult first = request(*service, token.id, true, token.accessToken);
    QVERIFY(first.ok());
    QVERIFY(first.accessToken != token.accessToken);
    QCOMPARE(m_sandbox->refreshCount(), 1);
    // A late 401 for the old token: someone already refreshed, no second refresh.
    const AccessTokenResult late = request(*service, token.id, true, token.accessToken);
    QCOMPARE(late.accessToken, first.accessToken);
    QCOMPARE(m_sandbox->refreshCount(), 1);
}

void TestTokenService::refreshNowReplacesEvenAFreshToken()
{
    const Token token = seedToken();
    auto service = makeService();
    const AccessTokenResult result = refreshNow(*service, token.id);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(result.accessToken != token.accessToken);
    QCOMPARE(m_sandbox->refreshCount(), 1);
}

void TestTokenService::localLimitStopsTheEleventhRefresh()
{
    const Token token = seedToken();
    auto service = makeService();
    for (int i = 0; i < 10; ++i)
        QVERIFY2(refreshNow(*service, token.id).ok(), qPrintable(QString::number(i)));
    QCOMPARE(service->refreshesInWindow(token.refreshToken), 10);
    m_sandbox->resetCounters();
    const AccessTokenResult eleventh = refreshNow(*service, token.id);
    QCOMPARE(eleventh.failure, AccessTokenResult::Failure::OAuth);
    QVERIFY2(eleventh.message.contains(QLatin1String("Zoho allows 10")), qPrintable(eleventh.message));
    QCOMPARE(m_sandbox->tokenRequestCount(), 0); // refused here, before Zoho's throttle
    // A request that does not force still gets the valid token.
    QVERIFY(request(*service, token.id).ok());
    // Ten minutes later the window has room again (the service's clock).
    m_offsetMs += 10 * 60 * 1000 + 1000;
    QCOMPARE(service->refreshesInWindow(token.refreshToken), 0);
}

void TestTokenService::zohoThrottleBacksOffAndKeepsServingTheValidToken()
{
    const Token token = seedToken();
    {
        // Another refresher (another process, with its own count) used up Zoho's window.
        auto other = makeService();
        for (int i = 0; i < 10; ++i)
            QVERIFY(refreshNow(*other, token.id).ok());
    }
    // Three minutes left: due, still valid.
    Token expiring = *m_store->findTokenById(token.id).value();
    expiring.expiryTime = QDateTime::currentMSecsSinceEpoch() + 3 * 60 * 1000;
    QVERIFY(m_store->saveToken(expiring));
    auto service = makeService();
    const AccessTokenResult throttled = refreshNow(*service, token.id);
    QCOMPARE(throttled.failure, AccessTokenResult::Failure::OAuth);
    QVERIFY2(throttled.message.contains(QLatin1String("Access Denied")), qPrintable(throttled.message));
    Token stored = *m_store->findTokenById(token.id).value();
    QCOMPARE(stored.state, Token::RefreshOutcome::RefreshFailing);
    QVERIFY(stored.lastError.contains(QLatin1String("Access Denied")));

    // Backing off: no request reaches Zoho, and the still valid token is served.
    m_sandbox->resetCounters();
    QCOMPARE(refreshNow(*service, token.id).failure, AccessTokenResult::Failure::OAuth);
    const AccessTokenResult served = request(*service, token.id);
    QVERIFY2(served.ok(), qPrintable(served.message));
    QCOMPARE(served.accessToken, stored.accessToken);
    QCOMPARE(m_sandbox->tokenRequestCount(), 0);
}

void TestTokenService::invalidCodeMarksNeedsReauthorizationAndKeepsTheRow()
{
    const Token token = seedToken();
    QVERIFY(m_sandbox->revokeToken(token.refreshToken)); // revoked elsewhere (Connected Apps page)
    auto service = makeService();
    QSignalSpy needsReauthorization(service.get(), &TokenService::tokenNeedsReauthorization);
    const AccessTokenResult result = refreshNow(*service, token.id);
    QCOMPARE(result.failure, AccessTokenResult::Failure::NeedsReauthorization);
    QCOMPARE(needsReauthorization.size(), 1);

    const auto rows = m_store->getTokens().value();
    QCOMPARE(rows.size(), 1); // kept
    const Token &stored = rows.first();
    QCOMPARE(stored.state, Token::RefreshOutcome::NeedsReauthorization);
    QVERIFY(stored.lastError.contains(QLatin1String("invalid_code")));
    QCOMPARE(stored.refreshToken, token.refreshToken);
    QCOMPARE(stored.status(serviceNow()), Token::Status::NeedsReauthorization);

    // Not sent to Zoho again.
    m_sandbox->resetCounters();
    m_offsetMs = 2 * 3600 * 1000;
    QCOMPARE(request(*service, token.id).failure, AccessTokenResult::Failure::NeedsReauthorization);
    QCOMPARE(m_sandbox->tokenRequestCount(), 0);
}

void TestTokenService::networkFailureFallsBackToTheValidToken()
{
    const Token token = seedToken();
    auto service = makeService();
    m_sandbox->stop();
    m_offsetMs = 57 * 60 * 1000; // due, still valid for 3 minutes
    const AccessTokenResult served = request(*service, token.id);
    QVERIFY2(served.ok(), qPrintable(served.message));
    QCOMPARE(served.accessToken, token.accessToken);
    QCOMPARE(m_store->findTokenById(token.id).value()->state, Token::RefreshOutcome::RefreshFailing);
    // Once the token has expired there is nothing to fall back on: an error of the network class …
    m_offsetMs = 61 * 60 * 1000;
    const AccessTokenResult expired = request(*service, token.id);
    QCOMPARE(expired.failure, AccessTokenResult::Failure::Network);
    // … and right after it, the backoff answers without trying.
    const AccessTokenResult backingOff = request(*service, token.id);
    QCOMPARE(backingOff.failure, AccessTokenResult::Failure::OAuth);
    QVERIFY2(backingOff.message.contains(QLatin1String("next attempt")), qPrintable(backingOff.message));
    auto fresh = makeService(); // no backoff yet
    QCOMPARE(refreshNow(*fresh, token.id).failure, AccessTokenResult::Failure::Network);
}

void TestTokenService::twoServicesOnOneStoreRefreshOnce()
{
    const Token token = seedToken();
    auto first = makeService();
    auto second = makeService();
    QVERIFY(first->leaseOwner() != second->leaseOwner());
    SandboxFaults slow;
    slow.latencyMs = 400;
    slow.includeAccounts = true;
    slow.pathContains = QStringLiteral("/oauth/v2/token");
    m_sandbox->setFaults(slow);
    m_offsetMs = 58 * 60 * 1000;
    m_sandbox->resetCounters();
    AccessTokenResult a, b;
    int answers = 0;
    first->requestAccessToken(token.id, false, QString(), [&](const AccessTokenResult &r) {
        a = r;
        ++answers;
    });
    second->requestAccessToken(token.id, false, QString(), [&](const AccessTokenResult &r) {
        b = r;
        ++answers;
    });
    QVERIFY(QTest::qWaitFor([&] { return answers == 2; }, 15000));
    QVERIFY2(a.ok() && b.ok(), qPrintable(a.message + b.message));
    QCOMPARE(a.accessToken, b.accessToken);
    QCOMPARE(m_sandbox->tokenRequestCount(), 1);
}

void TestTokenService::refreshDueTakesOnlyTokensWithinTheLead()
{
    const Token fresh = seedToken(QStringLiteral("fresh@sandbox.test"));
    Token expiring = seedToken(QStringLiteral("expiring@sandbox.test"));
    expiring.expiryTime = QDateTime::currentMSecsSinceEpoch() + 60 * 1000;
    QVERIFY(m_store->saveToken(expiring));
    Token dead = seedToken(QStringLiteral("dead@sandbox.test"));
    dead.expiryTime = QDateTime::currentMSecsSinceEpoch() - 1000;
    dead.state = Token::RefreshOutcome::NeedsReauthorization;
    QVERIFY(m_store->saveToken(dead));

    auto service = makeService();
    QList<AccessTokenResult> results;
    bool done = false;
    service->refreshDue([&](const QList<AccessTokenResult> &r) {
        results = r;
        done = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 15000));
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().tokenId, expiring.id);
    QVERIFY(results.first().ok());
    QCOMPARE(m_sandbox->refreshCount(), 1);

    done = false;
    service->refreshDue([&](const QList<AccessTokenResult> &r) {
        results = r;
        done = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 15000));
    QVERIFY(results.isEmpty());
    Q_UNUSED(fresh)
}

void TestTokenService::leadIsNeverShorterThanTheSdkMargin()
{
    const Token token = seedToken();
    auto service = makeService();
    TokenService::Options options = service->options();
    options.refreshLeadMs = 1000;
    service->setOptions(options);
    QCOMPARE(service->refreshLeadFor(token.id), TokenService::kSdkMarginMs);
    m_offsetMs = 3600 * 1000 - 4000; // 4 s left
    QVERIFY(request(*service, token.id).accessToken != token.accessToken);
    QCOMPARE(m_sandbox->refreshCount(), 1);
}

void TestTokenService::jitterStaysWithinItsBound()
{
    TokenService service(m_store.get(), m_endpoint.get());
    QSet<qint64> leads;
    for (int i = 0; i < 50; ++i) {
        const qint64 lead = service.refreshLeadFor(QString::number(i));
        QVERIFY(lead <= 5 * 60 * 1000 && lead >= 4 * 60 * 1000);
        QCOMPARE(service.refreshLeadFor(QString::number(i)), lead); // stable per token
        leads.insert(lead);
    }
    QVERIFY(leads.size() > 1);
}

void TestTokenService::revokeDeletesTheRow()
{
    const Token token = seedToken();
    auto service = makeService();
    bool done = false;
    AccessTokenResult result;
    service->revoke(token.id, false, [&](const AccessTokenResult &r) {
        result = r;
        done = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(!m_sandbox->isRefreshTokenValid(token.refreshToken));
    QVERIFY(!m_store->findTokenById(token.id).value());
}

void TestTokenService::revokeKeepsTheRowWhenAsked()
{
    const Token token = seedToken();
    auto service = makeService();
    bool done = false;
    AccessTokenResult result;
    service->revoke(token.id, true, [&](const AccessTokenResult &r) {
        result = r;
        done = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
    QVERIFY(result.ok());
    QVERIFY(!m_sandbox->isRefreshTokenValid(token.refreshToken));
    const Token stored = *m_store->findTokenById(token.id).value();
    QCOMPARE(stored.state, Token::RefreshOutcome::NeedsReauthorization);
    QVERIFY(stored.lastError.startsWith(QLatin1String("revoked")));
    QVERIFY(stored.expiryTime <= serviceNow());
    m_sandbox->resetCounters();
    QCOMPARE(request(*service, token.id).failure, AccessTokenResult::Failure::NeedsReauthorization);
    QCOMPARE(m_sandbox->tokenRequestCount(), 0);
}

void TestTokenService::revokeFailureLeavesTheRowAlone()
{
    const Token token = seedToken();
    auto service = makeService();
    m_sandbox->stop();
    bool done = false;
    AccessTokenResult result;
    service->revoke(token.id, false, [&](const AccessTokenResult &r) {
        result = r;
        done = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
    QCOMPARE(result.failure, AccessTokenResult::Failure::Network);
    QVERIFY(result.message.contains(QLatin1String("stays in the store")));
    QCOMPARE(*m_store->findTokenById(token.id).value(), token);
}

void TestTokenService::unknownTokenIsNotFound()
{
    auto service = makeService();
    QCOMPARE(request(*service, QStringLiteral("42")).failure, AccessTokenResult::Failure::NotFound);
    QCOMPARE(refreshNow(*service, QStringLiteral("42")).failure, AccessTokenResult::Failure::NotFound);
}

void TestTokenService::tokenWithoutRefreshToken()
{
    Token bare;
    bare.accessToken = QStringLiteral("1000.bare.token");
    bare.clientId = m_sandbox->clientId();
    bare.expiryTime = QDateTime::currentMSecsSinceEpoch() + 60 * 1000; // due, still valid
    const Token saved = m_store->saveToken(bare).value();
    auto service = makeService();
    const AccessTokenResult served = request(*service, saved.id);
    QVERIFY(served.ok()); // the access token is still good for a minute
    QCOMPARE(served.accessToken, bare.accessToken);
    const AccessTokenResult forced = refreshNow(*service, saved.id);
    QCOMPARE(forced.failure, AccessTokenResult::Failure::NeedsReauthorization);
    QCOMPARE(m_sandbox->tokenRequestCount(), 0);
}

void TestTokenService::callbacksAreNeverSynchronous()
{
    const Token token = seedToken();
    auto service = makeService();
    bool returned = false;
    bool calledBeforeReturn = false;
    bool called = false;
    service->requestAccessToken(token.id, false, QString(), [&](const AccessTokenResult &) {
        calledBeforeReturn = !returned;
        called = true;
    });
    returned = true;
    QVERIFY(QTest::qWaitFor([&] { return called; }, 5000));
    QVERIFY(!calledBeforeReturn);
}

void TestTokenService::callbacksRunOnTheCallersThread()
{
    const Token token = seedToken();
    auto service = makeService();
    QThread caller;
    caller.start();
    QObject worker;
    worker.moveToThread(&caller);
    QThread *ranOn = nullptr;
    QAtomicInt done = 0;
    QMetaObject::invokeMethod(&worker, [&] {
        service->requestAccessToken(token.id, false, QString(), [&](const AccessTokenResult &) {
            ranOn = QThread::currentThread();
            done = 1;
        });
    });
    QVERIFY(QTest::qWaitFor([&] { return done.loadAcquire() == 1; }, 5000));
    QCOMPARE(ranOn, &caller);
    caller.quit();
    caller.wait();
}

QTEST_GUILESS_MAIN(TestTokenService)
#include "tst_tokenservice.moc"
