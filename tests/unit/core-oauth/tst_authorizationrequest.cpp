#include "authorizationcallback.h"
#include "authorizationrequest.h"
#include "formencoding.h"
#include "oauthsignin.h"

#include <QTest>
#include <QUrlQuery>

// The authorization URL Zoho needs (app/core/authorizationrequest.h) and the callback it sends back
// (app/core/authorizationcallback.h).
class TestAuthorizationRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void urlHasEveryParameter();
    void urlWithoutPkceOrOffline();
    void formEncodingKeepsReservedCharacters();
    void defaultsOfTheSignIn();
    void callbackOfZohosDocumentation();
    void callbackWithError();
    void callbackWithRepeatedParameterIsAmbiguous();
};

void TestAuthorizationRequest::urlHasEveryParameter()
{
    AuthorizationRequest request;
    request.clientId = QStringLiteral("1000.ABCDEF");
    request.redirectUri = QStringLiteral("http://localhost:8765/callback");
    request.scopes = { QStringLiteral("ZohoCRM.modules.ALL"), QStringLiteral("ZohoCRM.users.READ") };
    request.state = QStringLiteral("st-1_x");
    request.codeChallenge = QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    const QUrl url = request.url(QUrl(QStringLiteral("https://accounts.zoho.eu")));

    QCOMPARE(url.scheme(), QStringLiteral("https"));
    QCOMPARE(url.host(), QStringLiteral("accounts.zoho.eu"));
    QCOMPARE(url.path(), QStringLiteral("/oauth/v2/auth"));
    const QUrlQuery query(url);
    auto value = [&query](const char *name) {
        return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    QCOMPARE(value("response_type"), QStringLiteral("code"));
    QCOMPARE(value("client_id"), QStringLiteral("1000.ABCDEF"));
    QCOMPARE(value("scope"), QStringLiteral("ZohoCRM.modules.ALL,ZohoCRM.users.READ")); // comma-separated
    QCOMPARE(value("redirect_uri"), QStringLiteral("http://localhost:8765/callback")); // exactly as given
    QCOMPARE(value("access_type"), QStringLiteral("offline"));
    QCOMPARE(value("prompt"), QStringLiteral("consent"));
    QCOMPARE(value("state"), QStringLiteral("st-1_x"));
    QCOMPARE(value("code_challenge"), QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    QCOMPARE(value("code_challenge_method"), QStringLiteral("S256"));
    // The redirect URI travels encoded, so that its own '?' or '&' could not leak into ours.
    QVERIFY(url.toString(QUrl::FullyEncoded)
                .contains(QLatin1String("redirect_uri=http%3A%2F%2Flocalhost%3A8765%2Fcallback")));
}

void TestAuthorizationRequest::urlWithoutPkceOrOffline()
{
    AuthorizationRequest request;
    request.clientId = QStringLiteral("c");
    request.redirectUri = QStringLiteral("https://oauth.pstmn.io/v1/browser-callback");
    request.scopes = { QStringLiteral("ZohoCRM.org.READ") };
    request.offline = false;
    request.forceConsent = false;
    const QUrlQuery query(request.url(QUrl(QStringLiteral("http://127.0.0.1:4000/"))));
    QVERIFY(!query.hasQueryItem(QStringLiteral("access_type")));
    QVERIFY(!query.hasQueryItem(QStringLiteral("prompt")));
    QVERIFY(!query.hasQueryItem(QStringLiteral("state")));
    QVERIFY(!query.hasQueryItem(QStringLiteral("code_challenge")));
    QCOMPARE(request.url(QUrl(QStringLiteral("http://127.0.0.1:4000/"))).path(),
             QStringLiteral("/oauth/v2/auth"));
}

void TestAuthorizationRequest::formEncodingKeepsReservedCharacters()
{
    const QByteArray encoded =
        FormEncoding::encode({ { QStringLiteral("client_secret"), QStringLiteral("a+b&c=d é/") },
                               { QStringLiteral("k"), QString() } });
    QCOMPARE(encoded, QByteArray("client_secret=a%2Bb%26c%3Dd%20%C3%A9%2F&k="));
}

void TestAuthorizationRequest::defaultsOfTheSignIn()
{
    QCOMPARE(OAuthSignIn::defaultScopes(),
             QStringList({ "ZohoCRM.modules.ALL", "ZohoCRM.settings.ALL", "ZohoCRM.users.READ",
                           "ZohoCRM.org.READ", "ZohoCRM.coql.READ" }));
    const QUrl redirect(OAuthSignIn::defaultRedirectUri());
    QCOMPARE(redirect.scheme(), QStringLiteral("http"));
    QCOMPARE(redirect.host(), QStringLiteral("localhost")); // Zoho refuses 127.0.0.1 (rclone/rclone#6163)
    QCOMPARE(redirect.path(), QStringLiteral("/callback"));
    QVERIFY(redirect.port() > 0);
}

void TestAuthorizationRequest::callbackOfZohosDocumentation()
{
    const AuthorizationCallback callback = AuthorizationCallback::fromUrl(
        QUrl(QStringLiteral("http://localhost:8765/callback?code=1000.aaa.bbb&location=in&accounts-server="
                            "https%3A%2F%2Faccounts.zoho.in&state=xyz")));
    QVERIFY(callback.hasCode());
    QVERIFY(!callback.isError());
    QCOMPARE(callback.code, QStringLiteral("1000.aaa.bbb"));
    QCOMPARE(callback.location, QStringLiteral("in"));
    QCOMPARE(callback.accountsServer, QUrl(QStringLiteral("https://accounts.zoho.in")));
    QCOMPARE(callback.accountsServerText, QStringLiteral("https://accounts.zoho.in"));
    QVERIFY(callback.hasState);
    QCOMPARE(callback.state, QStringLiteral("xyz"));
    QVERIFY(!callback.ambiguous);
}

void TestAuthorizationRequest::callbackWithError()
{
    const AuthorizationCallback callback = AuthorizationCallback::fromUrl(QUrl(QStringLiteral(
        "http://localhost:1/callback?error=access_denied&error_description=User%20said%20no")));
    QVERIFY(callback.isError());
    QVERIFY(!callback.hasCode());
    QVERIFY(!callback.hasState);
    QCOMPARE(callback.error, QStringLiteral("access_denied"));
    QCOMPARE(callback.errorDescription, QStringLiteral("User said no"));
    QVERIFY(callback.accountsServer.isEmpty());
}

void TestAuthorizationRequest::callbackWithRepeatedParameterIsAmbiguous()
{
    const AuthorizationCallback callback = AuthorizationCallback::fromUrl(
        QUrl(QStringLiteral("http://localhost:1/callback?code=a&state=s&state=t")));
    QVERIFY(callback.ambiguous);
}

QTEST_GUILESS_MAIN(TestAuthorizationRequest)
#include "tst_authorizationrequest.moc"
