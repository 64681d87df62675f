#include "tokenendpointclient.h"
#include "tokenresponse.h"

#include <QTest>

// Every token-endpoint body Zoho documents (access-token.html, revoke-refresh-token.html of
// zoho.com/accounts/protocol/oauth/), judged by the body whatever the status.
class TestTokenResponse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codeExchangeInSeconds();
    void refreshAnswerHasNoRefreshToken();
    void legacyMilliseconds_data();
    void legacyMilliseconds();
    void errorBodies_data();
    void errorBodies();
    void malformedBodies_data();
    void malformedBodies();
    void revokeAnswers_data();
    void revokeAnswers();
    void errorMessagesNeverEchoSecrets();
    void absurdLifetimesAreRefused_data();
    void absurdLifetimesAreRefused();
};

constexpr qint64 kNow = 1'700'000'000'000;

void TestTokenResponse::codeExchangeInSeconds()
{
    const QByteArray body = R"({"access_token":"1000.a1.b1","refresh_token":"1000.r1.r2",
        "scope":"ZohoCRM.modules.ALL ZohoCRM.org.READ","api_domain":"https://www.zohoapis.eu",
        "token_type":"Bearer","expires_in":3600})";
    const TokenResponse response = TokenResponse::parse(200, body, kNow);
    QVERIFY(response.ok());
    QCOMPARE(response.accessToken, QStringLiteral("1000.a1.b1"));
    QCOMPARE(response.refreshToken, QStringLiteral("1000.r1.r2"));
    QCOMPARE(response.apiDomain, QStringLiteral("https://www.zohoapis.eu"));
    QCOMPARE(response.tokenType, QStringLiteral("Bearer"));
    QCOMPARE(response.scopes, QStringList({ "ZohoCRM.modules.ALL", "ZohoCRM.org.READ" }));
    QCOMPARE(response.expiresInMs, 3600 * 1000);
    QCOMPARE(response.expiryTime, kNow + 3600 * 1000);
}

void TestTokenResponse::refreshAnswerHasNoRefreshToken()
{
    const TokenResponse response = TokenResponse::parse(
        200,
        R"({"access_token":"1000.n.n","api_domain":"https://www.zohoapis.com","token_type":"Bearer","expires_in":3600})",
        kNow);
    QVERIFY(response.ok());
    QVERIFY(response.refreshToken.isEmpty()); // the caller keeps its own
    QVERIFY(response.scopes.isEmpty());
    QCOMPARE(response.expiryTime, kNow + 3'600'000);
}

void TestTokenResponse::legacyMilliseconds_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("expiresInMs");
    QTest::newRow("legacy ms with expires_in_sec")
        << QByteArray(R"({"access_token":"x","expires_in_sec":3600,"expires_in":3600000})")
        << qint64(3'600'000);
    QTest::newRow("legacy with only expires_in_sec")
        << QByteArray(R"({"access_token":"x","expires_in_sec":1800})") << qint64(1'800'000);
    QTest::newRow("seconds as a string")
        << QByteArray(R"({"access_token":"x","expires_in":"3600"})") << qint64(3'600'000);
    QTest::newRow("short lifetime") << QByteArray(R"({"access_token":"x","expires_in":60})")
                                    << qint64(60'000);
}

void TestTokenResponse::legacyMilliseconds()
{
    QFETCH(QByteArray, body);
    QFETCH(qint64, expiresInMs);
    const TokenResponse response = TokenResponse::parse(200, body, kNow);
    QVERIFY2(response.ok(), qPrintable(response.error().message()));
    QCOMPARE(response.expiresInMs, expiresInMs);
    QCOMPARE(response.expiryTime, kNow + expiresInMs);
}

void TestTokenResponse::errorBodies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<OAuthError::Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::newRow("invalid_code 200") << 200 << QByteArray(R"({"error":"invalid_code"})")
                                      << OAuthError::Kind::InvalidCode << "invalid_code";
    QTest::newRow("invalid_code 400") << 400 << QByteArray(R"({"error":"invalid_code"})")
                                      << OAuthError::Kind::InvalidCode << "invalid_code";
    QTest::newRow("invalid_client 200") << 200 << QByteArray(R"({"error":"invalid_client"})")
                                        << OAuthError::Kind::InvalidClient << "invalid_client";
    QTest::newRow("invalid_redirect_uri") << 200 << QByteArray(R"({"error":"invalid_redirect_uri"})")
                                          << OAuthError::Kind::InvalidRedirectUri << "invalid_redirect_uri";
    QTest::newRow("grant throttle") << 200 << QByteArray(R"({"error":"access_denied"})")
                                    << OAuthError::Kind::AccessDenied << "access_denied";
    QTest::newRow("Access Denied, CRM docs, 200")
        << 200
        << QByteArray(
               R"({"error_description":"You have made too many requests continuously. Please try again after some time.","error":"Access Denied","status":"failure"})")
        << OAuthError::Kind::Throttled << "Access Denied";
    QTest::newRow("Access Denied, accounts docs, 400")
        << 400
        << QByteArray(
               R"({"error_description":"Token creation throttle limit reached. Please reuse the valid tokens you currently have.","error":"Access Denied"})")
        << OAuthError::Kind::Throttled << "Access Denied";
    QTest::newRow("error beside an access token wins")
        << 200 << QByteArray(R"({"error":"invalid_client","access_token":"x","expires_in":3600})")
        << OAuthError::Kind::InvalidClient << "invalid_client";
    QTest::newRow("unknown error") << 200 << QByteArray(R"({"error":"invalid_code_verifier"})")
                                   << OAuthError::Kind::OtherServerError << "invalid_code_verifier";
}

void TestTokenResponse::errorBodies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(OAuthError::Kind, kind);
    QFETCH(QString, code);
    const TokenResponse response = TokenResponse::parse(status, body, kNow);
    QVERIFY(!response.ok());
    QVERIFY(response.accessToken.isEmpty());
    QCOMPARE(response.error().kind(), kind);
    QCOMPARE(response.error().zohoCode(), code);
    QCOMPARE(response.error().httpStatus(), status);
    QVERIFY(!response.error().isNetwork());
    QVERIFY(response.error().message().contains(code));
    if (body.contains("error_description"))
        QVERIFY(response.error().message().contains(QLatin1String("Please")));
}

void TestTokenResponse::malformedBodies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << 200 << QByteArray();
    QTest::newRow("html error page") << 502 << QByteArray("<html><body>Bad gateway</body></html>");
    QTest::newRow("truncated json") << 200 << QByteArray(R"({"access_token":"1000.a)");
    QTest::newRow("array") << 200 << QByteArray("[]");
    QTest::newRow("no access token, no error")
        << 200 << QByteArray(R"({"api_domain":"https://www.zohoapis.com"})");
    QTest::newRow("access token without expires_in (an error answered as 200)")
        << 200 << QByteArray(R"({"access_token":"1000.a.b","api_domain":"https://www.zohoapis.com"})");
    QTest::newRow("negative expires_in")
        << 200 << QByteArray(R"({"access_token":"1000.a.b","expires_in":-5})");
}

void TestTokenResponse::malformedBodies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    const TokenResponse response = TokenResponse::parse(status, body, kNow);
    QVERIFY(!response.ok());
    QCOMPARE(response.error().kind(), OAuthError::Kind::MalformedResponse);
    QVERIFY(response.error().isNetwork()); // no usable answer: the network class (exit 6)
    QVERIFY(response.error().message().contains(QStringLiteral("HTTP %1").arg(status)));
}

void TestTokenResponse::revokeAnswers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<OAuthError::Kind>("kind");
    QTest::newRow("success") << 200 << QByteArray(R"({"status":"success"})") << OAuthError::Kind::None;
    QTest::newRow("unknown token") << 400 << QByteArray(R"({"status":"failure","error":"invalid_token"})")
                                   << OAuthError::Kind::OtherServerError;
    QTest::newRow("invalid_client") << 200 << QByteArray(R"({"error":"invalid_client"})")
                                    << OAuthError::Kind::InvalidClient;
    QTest::newRow("failure without error")
        << 200 << QByteArray(R"({"status":"failure"})") << OAuthError::Kind::OtherServerError;
    QTest::newRow("not json") << 500 << QByteArray("oops") << OAuthError::Kind::MalformedResponse;
}

void TestTokenResponse::revokeAnswers()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(OAuthError::Kind, kind);
    QCOMPARE(TokenEndpointClient::parseRevokeAnswer(status, body).kind(), kind);
}

void TestTokenResponse::errorMessagesNeverEchoSecrets()
{
    // A body is never quoted into a message: a half-sent token must not reach a log.
    const TokenResponse response =
        TokenResponse::parse(200, R"({"access_token":"1000.secret.secret"})", kNow);
    QCOMPARE(response.error().kind(), OAuthError::Kind::MalformedResponse);
    QVERIFY(!response.error().message().contains(QLatin1String("secret")));
}

void TestTokenResponse::absurdLifetimesAreRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("seconds") << QByteArray(R"({"access_token":"1000.a","expires_in":999999999999999})");
    QTest::newRow("just above 366 days") << QByteArray(R"({"access_token":"1000.a","expires_in":31622401})");
    QTest::newRow("as text") << QByteArray(R"({"access_token":"1000.a","expires_in":"9223372036854775807"})");
    QTest::newRow("legacy ms") << QByteArray(
        R"({"access_token":"1000.a","expires_in":8999999999999999,"expires_in_sec":1})");
    QTest::newRow("legacy seconds") << QByteArray(
        R"({"access_token":"1000.a","expires_in_sec":999999999999999})");
}

void TestTokenResponse::absurdLifetimesAreRefused()
{
    QFETCH(QByteArray, body);
    const TokenResponse response = TokenResponse::parse(200, body, 1'700'000'000'000);
    QVERIFY(!response.ok());
    QCOMPARE(response.error().kind(), OAuthError::Kind::MalformedResponse);
    QVERIFY2(response.error().message().contains(QLatin1String("beyond any token's life")),
             qPrintable(response.error().message()));
    QVERIFY(!response.error().message().contains(QLatin1String("1000.a")));
    // A year is still a lifetime.
    QVERIFY(TokenResponse::parse(200, R"({"access_token":"1000.a","expires_in":31536000})", 0).ok());
}

QTEST_GUILESS_MAIN(TestTokenResponse)
#include "tst_tokenresponse.moc"
