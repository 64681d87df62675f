#include "sandboxserver.h"
#include "tokenendpointclient.h"

#include <QDateTime>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTest>

#include <memory>

// The token endpoint client against the sandbox over loopback HTTP: exchanges, refresh, revoke,
// Zoho's errors (HTTP 200 and 400 bodies), the throttle, and transport failures.
class TestTokenEndpointClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void grantExchangeThenRefreshKeepsNoRefreshToken();
    void reusedCodeIsInvalidCode();
    void codeOfAnotherDataCenterIsInvalidCode();
    void wrongSecretIsInvalidClient();
    void accessDeniedThrottleAfterTenRefreshes_data();
    void accessDeniedThrottleAfterTenRefreshes();
    void revokeEndsTheRefreshToken();
    void revokeOfAnUnknownTokenIsAnError();
    void closedPortIsANetworkError();
    void slowServerTimesOut();
    void malformedAnswerIsReported();
    void injectedClockSetsTheExpiry();

private:
    TokenResponse exchange(const QString &code, const QString &dc = QStringLiteral("us"),
                           const QString &secret = QString());
    TokenResponse refresh(const QString &refreshToken, const QString &dc = QStringLiteral("us"));
    OAuthError revoke(const QString &token);

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<TokenEndpointClient> m_client;
};

void TestTokenEndpointClient::init()
{
    m_sandbox = std::make_unique<SandboxServer>();
    m_sandbox->setRecordsPerModule(10);
    QVERIFY(m_sandbox->start(0));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<TokenEndpointClient>(m_network.get());
}

void TestTokenEndpointClient::cleanup()
{
    m_client.reset();
    m_network.reset();
    m_sandbox.reset();
}

TokenResponse TestTokenEndpointClient::exchange(const QString &code, const QString &dc, const QString &secret)
{
    TokenResponse response =
        TokenResponse::failure(OAuthError(OAuthError::Kind::Timeout, QStringLiteral("test")));
    bool done = false;
    m_client->exchangeGrantToken(m_sandbox->accountsUrl(dc), m_sandbox->clientId(),
                                 secret.isEmpty() ? m_sandbox->clientSecret() : secret, code, QString(),
                                 [&](const TokenResponse &r) {
                                     response = r;
                                     done = true;
                                 });
    if (!QTest::qWaitFor([&] { return done; }, 15000))
        qWarning("test: timed out waiting");
    return response;
}

TokenResponse TestTokenEndpointClient::refresh(const QString &refreshToken, const QString &dc)
{
    TokenResponse response =
        TokenResponse::failure(OAuthError(OAuthError::Kind::Timeout, QStringLiteral("test")));
    bool done = false;
    m_client->refresh(m_sandbox->accountsUrl(dc), m_sandbox->clientId(), m_sandbox->clientSecret(),
                      refreshToken, [&](const TokenResponse &r) {
                          response = r;
                          done = true;
                      });
    if (!QTest::qWaitFor([&] { return done; }, 15000))
        qWarning("test: timed out waiting");
    return response;
}

OAuthError TestTokenEndpointClient::revoke(const QString &token)
{
    OAuthError error(OAuthError::Kind::Timeout, QStringLiteral("test"));
    bool done = false;
    m_client->revoke(m_sandbox->accountsUrl(), token, [&](const OAuthError &e) {
        error = e;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 15000))
        qWarning("test: timed out waiting");
    return error;
}

void TestTokenEndpointClient::grantExchangeThenRefreshKeepsNoRefreshToken()
{
    const TokenResponse granted = exchange(m_sandbox->createGrantCode(QStringLiteral("ZohoCRM.modules.ALL")));
    QVERIFY2(granted.ok(), qPrintable(granted.error().message()));
    QVERIFY(m_sandbox->isRefreshTokenValid(granted.refreshToken));
    QCOMPARE(granted.apiDomain, m_sandbox->apiDomain().toString());
    QCOMPARE(granted.expiresInMs, qint64(3600) * 1000);

    const TokenResponse refreshed = refresh(granted.refreshToken);
    QVERIFY2(refreshed.ok(), qPrintable(refreshed.error().message()));
    QVERIFY(refreshed.refreshToken.isEmpty()); // Zoho sends none: the caller keeps its own
    QVERIFY(refreshed.accessToken != granted.accessToken);
    QVERIFY(m_sandbox->isAccessTokenValid(refreshed.accessToken));
    QCOMPARE(refreshed.apiDomain, m_sandbox->apiDomain().toString());
    QCOMPARE(m_sandbox->refreshCount(granted.refreshToken), 1);
}

void TestTokenEndpointClient::reusedCodeIsInvalidCode()
{
    const QString code = m_sandbox->createGrantCode(QStringLiteral("ZohoCRM.modules.ALL"));
    QVERIFY(exchange(code).ok());
    const TokenResponse again = exchange(code);
    QCOMPARE(again.error().kind(), OAuthError::Kind::InvalidCode);
    QCOMPARE(again.error().httpStatus(), 200); // Zoho's error answers are HTTP 200
    QVERIFY(again.accessToken.isEmpty());
}

void TestTokenEndpointClient::codeOfAnotherDataCenterIsInvalidCode()
{
    const QString code =
        m_sandbox->createGrantCode(QStringLiteral("ZohoCRM.modules.ALL"), QString(), QStringLiteral("eu"));
    QCOMPARE(exchange(code, QStringLiteral("us")).error().kind(), OAuthError::Kind::InvalidCode);
}

void TestTokenEndpointClient::wrongSecretIsInvalidClient()
{
    const TokenResponse response = exchange(m_sandbox->createGrantCode(QStringLiteral("ZohoCRM.modules.ALL")),
                                            QStringLiteral("us"), QStringLiteral("wrong-secret"));
    QCOMPARE(response.error().kind(), OAuthError::Kind::InvalidClient);
    QVERIFY(!response.error().message().contains(QLatin1String("wrong-secret")));
}

void TestTokenEndpointClient::accessDeniedThrottleAfterTenRefreshes_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("HTTP 200, as Zoho documents") << 200;
    QTest::newRow("HTTP 400, as some clients saw") << 400;
}

void TestTokenEndpointClient::accessDeniedThrottleAfterTenRefreshes()
{
    QFETCH(int, status);
    m_sandbox->setThrottleHttpStatus(status);
    const TokenResponse granted = exchange(m_sandbox->createGrantCode(QStringLiteral("ZohoCRM.modules.ALL")));
    QVERIFY(granted.ok());
    for (int i = 0; i < 10; ++i)
        QVERIFY2(refresh(granted.refreshToken).ok(), qPrintable(QString::number(i)));
    const TokenResponse throttled = refresh(granted.refreshToken);
    QCOMPARE(throttled.error().kind(), OAuthError::Kind::Throttled);
    QCOMPARE(throttled.error().zohoCode(), QStringLiteral("Access Denied"));
    QCOMPARE(throttled.error().httpStatus(), status);
    QVERIFY(!throttled.error().isNetwork());
    QCOMPARE(m_sandbox->refreshCount(granted.refreshToken), 10);
}

void TestTokenEndpointClient::revokeEndsTheRefreshToken()
{
    const TokenResponse granted = exchange(m_sandbox->createGrantCode(QStringLiteral("ZohoCRM.modules.ALL")));
    QVERIFY(granted.ok());
    QVERIFY(revoke(granted.refreshToken).isNone());
    QVERIFY(!m_sandbox->isRefreshTokenValid(granted.refreshToken));
    QVERIFY(!m_sandbox->isAccessTokenValid(granted.accessToken)); // taken along
    QCOMPARE(refresh(granted.refreshToken).error().kind(), OAuthError::Kind::InvalidCode);
}

void TestTokenEndpointClient::revokeOfAnUnknownTokenIsAnError()
{
    const OAuthError error = revoke(QStringLiteral("1000.nothing.here"));
    QVERIFY(!error.isNone());
    QCOMPARE(error.httpStatus(), 400);
    QVERIFY(!error.isNetwork());
}

void TestTokenEndpointClient::closedPortIsANetworkError()
{
    QTcpServer probe; // a port that was free a moment ago and is closed now
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    TokenResponse response = TokenResponse::failure({});
    bool done = false;
    m_client->refresh(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), QStringLiteral("c"),
                      QStringLiteral("s"), QStringLiteral("r"), [&](const TokenResponse &r) {
                          response = r;
                          done = true;
                      });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
    QCOMPARE(response.error().kind(), OAuthError::Kind::Network);
    QVERIFY(response.error().isNetwork());
    QVERIFY(response.error().message().contains(QString::number(port)));
}

void TestTokenEndpointClient::slowServerTimesOut()
{
    SandboxFaults faults;
    faults.latencyMs = 3000;
    faults.includeAccounts = true;
    faults.pathContains = QStringLiteral("/oauth/v2/token");
    m_sandbox->setFaults(faults);
    m_client->setTimeout(300);
    QElapsedTimer elapsed;
    elapsed.start();
    const TokenResponse response = refresh(QStringLiteral("1000.a.b"));
    QCOMPARE(response.error().kind(), OAuthError::Kind::Timeout);
    QVERIFY(elapsed.elapsed() < 2500);
}

void TestTokenEndpointClient::malformedAnswerIsReported()
{
    const TokenResponse granted = exchange(m_sandbox->createGrantCode(QStringLiteral("ZohoCRM.modules.ALL")));
    SandboxFaults faults;
    faults.malformedRate = 1.0;
    faults.includeAccounts = true;
    m_sandbox->setFaults(faults);
    const TokenResponse response = refresh(granted.refreshToken);
    QCOMPARE(response.error().kind(), OAuthError::Kind::MalformedResponse);
    QVERIFY(response.error().isNetwork());
}

void TestTokenEndpointClient::injectedClockSetsTheExpiry()
{
    const qint64 fixed = 1'800'000'000'000;
    m_client->setClock([fixed] { return fixed; });
    const TokenResponse granted = exchange(m_sandbox->createGrantCode(QStringLiteral("ZohoCRM.modules.ALL")));
    QVERIFY(granted.ok());
    QCOMPARE(granted.expiryTime, fixed + 3600 * 1000);
}

QTEST_GUILESS_MAIN(TestTokenEndpointClient)
#include "tst_tokenendpointclient.moc"
