#include "authorizationrequest.h"
#include "memorytokenstore.h"
#include "oauthsignin.h"
#include "pkce.h"
#include "sandboxserver.h"
#include "testbrowser.h"
#include "tokenendpointclient.h"
#include "tokenservice.h"

#include <QDateTime>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

// The browser sign-in end to end over loopback HTTP: the test plays the browser against the
// sandbox's consent page and our listener; the sandbox is Zoho.
class TestOAuthSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void signInThroughTheConsentFormSavesEveryField();
    void userInEuropeGetsTheEuropeanServers();
    void wrongStateIsRefusedThenTheRightOneAccepted();
    void onlyWrongStatesEndInStateMismatch();
    void forgedAccountsServerNeverReceivesTheSecret();
    void pkceMismatchIsRefused();
    void denialOnTheConsentPage();
    void timeoutAndCancel();
    void selfClientGrantToken();
    void reusedGrantTokenIsInvalidCode();
    void wrongSecretIsInvalidClient();
    void busyRedirectPortFailsToStart();
    void userLookupFailureStillGivesAToken();

private:
    OAuthSignIn::Options options(const QString &dc = QStringLiteral("us")) const;
    // Runs a browser sign-in; `browse` gets the authorization URL (and may play the browser).
    SignInResult runSignIn(OAuthSignIn &signIn, const OAuthSignIn::Options &options,
                           const std::function<void(const QUrl &)> &browse);

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestOAuthSignIn::init()
{
    m_sandbox = std::make_unique<SandboxServer>();
    m_sandbox->setRecordsPerModule(10);
    QVERIFY(m_sandbox->start(0));
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestOAuthSignIn::cleanup()
{
    m_network.reset();
    m_sandbox.reset();
}

OAuthSignIn::Options TestOAuthSignIn::options(const QString &dc) const
{
    OAuthSignIn::Options options;
    options.environment = *ZohoEnvironment::custom(m_sandbox->accountsUrl(dc), m_sandbox->apiDomain(dc));
    options.clientId = m_sandbox->clientId();
    options.clientSecret = m_sandbox->clientSecret();
    options.redirectUri = QStringLiteral("http://localhost:0/callback");
    options.timeoutMs = 15000;
    return options;
}

SignInResult TestOAuthSignIn::runSignIn(OAuthSignIn &signIn, const OAuthSignIn::Options &options,
                                        const std::function<void(const QUrl &)> &browse)
{
    // The browser opens later, as a real one would: never from inside start().
    signIn.setBrowserOpener([browse](const QUrl &url) {
        QTimer::singleShot(0, [browse, url] { browse(url); });
        return true;
    });
    QSignalSpy finished(&signIn, &OAuthSignIn::finished);
    signIn.start(options);
    if (!finished.wait(20000))
        return SignInResult {
            OAuthError(OAuthError::Kind::CallbackTimeout, QStringLiteral("test: no finished()")), {}, {}
        };
    return finished.first().first().value<SignInResult>();
}

void TestOAuthSignIn::signInThroughTheConsentFormSavesEveryField()
{
    OAuthSignIn signIn(m_network.get());
    TestBrowser browser;
    TestBrowser::Page listenerPage;
    QUrl authorizationUrl;
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const SignInResult result = runSignIn(signIn, options(), [&](const QUrl &url) {
        authorizationUrl = url;
        listenerPage = browser.signIn(url);
    });
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(listenerPage.status, 200);
    QVERIFY(listenerPage.body.contains("Authorization received"));

    // What went to the authorization endpoint.
    QCOMPARE(authorizationUrl.port(), m_sandbox->accountsUrl().port());
    const QUrlQuery query(authorizationUrl);
    QCOMPARE(query.queryItemValue(QStringLiteral("access_type")), QStringLiteral("offline"));
    QCOMPARE(query.queryItemValue(QStringLiteral("prompt")), QStringLiteral("consent"));
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded), signIn.redirectUri());
    QVERIFY(signIn.redirectUri().startsWith(QLatin1String("http://localhost:")));
    QVERIFY(!signIn.redirectUri().contains(QLatin1String(":0/")));

    // The token, with the SDK's fields and ours.
    const Token &token = result.token;
    QVERIFY(token.id.isEmpty());
    QCOMPARE(token.userName, m_sandbox->signedInUser());
    QCOMPARE(token.clientId, m_sandbox->clientId());
    QCOMPARE(token.clientSecret, m_sandbox->clientSecret());
    QVERIFY(m_sandbox->isRefreshTokenValid(token.refreshToken));
    QVERIFY(m_sandbox->isAccessTokenValid(token.accessToken));
    QVERIFY(token.grantToken.isEmpty()); // spent; not kept
    QVERIFY(token.expiryTime >= before + 3600 * 1000
            && token.expiryTime <= QDateTime::currentMSecsSinceEpoch() + 3600 * 1000);
    QCOMPARE(token.redirectUrl, signIn.redirectUri());
    QCOMPARE(token.apiDomain, m_sandbox->apiDomain().toString());
    QCOMPARE(token.accountsServer, m_sandbox->accountsUrl().toString());
    QCOMPARE(token.scopes, OAuthSignIn::defaultScopes());
    QCOMPARE(token.dataCenter, QStringLiteral("us"));
    QCOMPARE(token.environment, QStringLiteral("production"));
    QCOMPARE(token.state, Token::RefreshOutcome::Active);
    QCOMPARE(m_sandbox->codeExchangeCount(), 1);

    // Saved: the store assigns the id and the times.
    MemoryTokenStore store;
    TokenEndpointClient endpoint(m_network.get());
    TokenService service(&store, &endpoint);
    const auto saved = service.saveSignIn(token);
    QVERIFY(saved);
    QCOMPARE(saved.value().id, QStringLiteral("1"));
    const auto row = store.findTokenById(QStringLiteral("1"));
    QVERIFY(row && row.value());
    for (const QString &field : Token::sdkFieldNames() + Token::extraFieldNames()) {
        if (field != QLatin1String("id") && field != QLatin1String("created_at")
            && field != QLatin1String("updated_at"))
            QCOMPARE(row.value()->field(field), token.field(field));
    }
    QVERIFY(row.value()->createdAt > 0);
    QVERIFY(row.value()->updatedAt > 0);

    // Signing in again as the same user updates that row rather than adding one.
    OAuthSignIn again(m_network.get());
    const SignInResult second = runSignIn(again, options(), [&](const QUrl &url) { browser.signIn(url); });
    QVERIFY(second.ok());
    QCOMPARE(service.saveSignIn(second.token).value().id, QStringLiteral("1"));
    QCOMPARE(store.getTokens().value().size(), 1);
    QCOMPARE(store.findTokenById(QStringLiteral("1")).value()->refreshToken, second.token.refreshToken);
}

void TestOAuthSignIn::userInEuropeGetsTheEuropeanServers()
{
    const QString user = QStringLiteral("anna@eu.example");
    m_sandbox->setSignedInUser(user);
    m_sandbox->setUserDataCenter(user, QStringLiteral("eu"));
    m_sandbox->setAutoApprove(true);
    OAuthSignIn signIn(m_network.get());
    TestBrowser browser;
    int tokenRequestsAtEu = 0;
    connect(m_sandbox.get(), &SandboxServer::tokenRequestServed, this,
            [&](const QString &, bool success) { tokenRequestsAtEu += success ? 1 : 0; });
    // The sign-in starts at the US accounts server …
    const SignInResult result = runSignIn(signIn, options(QStringLiteral("us")), [&](const QUrl &url) {
        QCOMPARE(url.port(), m_sandbox->accountsUrl(QStringLiteral("us")).port());
        const QUrl callback = browser.consent(url);
        QCOMPARE(QUrlQuery(callback).queryItemValue(QStringLiteral("location")), QStringLiteral("eu"));
        browser.get(callback);
    });
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    // … and the callback's accounts-server (EU) got the code; the token lives in EU.
    QCOMPARE(tokenRequestsAtEu, 1);
    QCOMPARE(result.token.accountsServer, m_sandbox->accountsUrl(QStringLiteral("eu")).toString());
    QCOMPARE(result.token.apiDomain, m_sandbox->apiDomain(QStringLiteral("eu")).toString());
    QCOMPARE(result.token.dataCenter, QStringLiteral("eu"));
    QCOMPARE(result.token.userName, user); // looked up on the EU API domain

    // Its refresh works at EU and is refused at US.
    TokenEndpointClient endpoint(m_network.get());
    TokenResponse atUs;
    TokenResponse atEu;
    int answers = 0;
    endpoint.refresh(m_sandbox->accountsUrl(QStringLiteral("us")), result.token.clientId,
                     result.token.clientSecret, result.token.refreshToken, [&](const TokenResponse &r) {
                         atUs = r;
                         ++answers;
                     });
    endpoint.refresh(QUrl(result.token.accountsServer), result.token.clientId, result.token.clientSecret,
                     result.token.refreshToken, [&](const TokenResponse &r) {
                         atEu = r;
                         ++answers;
                     });
    QTRY_COMPARE_WITH_TIMEOUT(answers, 2, 10000);
    QCOMPARE(atUs.error().kind(), OAuthError::Kind::InvalidCode);
    QVERIFY(atEu.ok());
    QCOMPARE(atEu.apiDomain, m_sandbox->apiDomain(QStringLiteral("eu")).toString());
}

void TestOAuthSignIn::wrongStateIsRefusedThenTheRightOneAccepted()
{
    OAuthSignIn signIn(m_network.get());
    QSignalSpy rejected(&signIn, &OAuthSignIn::callbackRejected);
    TestBrowser browser;
    TestBrowser::Page forgedPage;
    const SignInResult result = runSignIn(signIn, options(), [&](const QUrl &url) {
        const QUrl callback = browser.consent(url);
        // An old tab or a forger: same code, another state.
        forgedPage = browser.get(
            TestBrowser::withQueryItem(callback, QStringLiteral("state"), QStringLiteral("bogus")));
        browser.get(callback);
    });
    QCOMPARE(forgedPage.status, 400);
    QVERIFY(forgedPage.body.contains("state does not match"));
    QCOMPARE(rejected.size(), 1);
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(m_sandbox->codeExchangeCount(), 1);
}

void TestOAuthSignIn::onlyWrongStatesEndInStateMismatch()
{
    OAuthSignIn signIn(m_network.get());
    TestBrowser browser;
    OAuthSignIn::Options shortWait = options();
    shortWait.timeoutMs = 1500;
    const SignInResult result = runSignIn(signIn, shortWait, [&](const QUrl &url) {
        const QUrl callback = browser.consent(url);
        browser.get(TestBrowser::withQueryItem(callback, QStringLiteral("state"), QStringLiteral("bogus")));
    });
    QCOMPARE(result.error.kind(), OAuthError::Kind::StateMismatch);
    QVERIFY2(result.error.message().contains(QLatin1String("state")), qPrintable(result.error.message()));
    QCOMPARE(m_sandbox->tokenRequestCount(), 0);
}

void TestOAuthSignIn::forgedAccountsServerNeverReceivesTheSecret()
{
    // A stranger on another loopback address; the sandbox's accounts are on 127.0.0.1.
    QTcpServer stranger;
    if (!stranger.listen(QHostAddress(QStringLiteral("127.0.0.2")), 0))
        QSKIP("127.0.0.2 is not routable here");
    int strangerConnections = 0;
    connect(&stranger, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = stranger.nextPendingConnection()) {
            ++strangerConnections;
            socket->abort();
        }
    });
    const QString strangerUrl = QStringLiteral("http://127.0.0.2:%1").arg(stranger.serverPort());

    for (const QString &forged : { strangerUrl, QStringLiteral("https://accounts.zoho.com.evil.example"),
                                   QStringLiteral("http://127.0.0.1:1/x") }) {
        OAuthSignIn signIn(m_network.get());
        TestBrowser browser;
        TestBrowser::Page page;
        const SignInResult result = runSignIn(signIn, options(), [&](const QUrl &url) {
            const QUrl callback = browser.consent(url); // a real code …
            page =
                browser.get(TestBrowser::withQueryItem(callback, QStringLiteral("accounts-server"), forged));
        });
        QCOMPARE(result.error.kind(), OAuthError::Kind::UntrustedAccountsServer);
        QVERIFY2(result.error.message().contains(QLatin1String("refusing")),
                 qPrintable(result.error.message()));
        QTest::qWait(200);
        QCOMPARE(strangerConnections, 0);
        QCOMPARE(m_sandbox->tokenRequestCount(), 0);
    }
}

void TestOAuthSignIn::pkceMismatchIsRefused()
{
    // The pieces of the sign-in, driven by hand so that the token request can carry a wrong verifier.
    m_sandbox->setAutoApprove(true);
    TestBrowser browser;
    TokenEndpointClient endpoint(m_network.get());
    const QString redirect = QStringLiteral("http://localhost:1/callback"); // never visited
    auto authorize = [&](const Pkce &pkce) {
        AuthorizationRequest request;
        request.clientId = m_sandbox->clientId();
        request.redirectUri = redirect;
        request.scopes = OAuthSignIn::defaultScopes();
        request.state = QStringLiteral("s");
        request.codeChallenge = pkce.challenge();
        const QUrl callback = browser.consent(request.url(m_sandbox->accountsUrl()));
        return QUrlQuery(callback).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    };
    auto exchange = [&](const QString &code, const QString &verifier) {
        TokenResponse response;
        bool done = false;
        endpoint.exchangeAuthorizationCode(m_sandbox->accountsUrl(), m_sandbox->clientId(),
                                           m_sandbox->clientSecret(), code, redirect, verifier,
                                           [&](const TokenResponse &r) {
                                               response = r;
                                               done = true;
                                           });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
        return response;
    };
    const Pkce pkce = Pkce::generate();
    QString code = authorize(pkce);
    QVERIFY(!code.isEmpty());
    TokenResponse response = exchange(code, Pkce::generate().verifier());
    QVERIFY(!response.ok());
    QVERIFY(response.accessToken.isEmpty());
    QVERIFY2(response.error().zohoCode().contains(QLatin1String("verifier")),
             qPrintable(response.error().message()));

    code = authorize(pkce);
    QVERIFY(!exchange(code, QString()).ok()); // no verifier at all

    code = authorize(pkce);
    response = exchange(code, pkce.verifier());
    QVERIFY2(response.ok(), qPrintable(response.error().message()));
}

void TestOAuthSignIn::denialOnTheConsentPage()
{
    OAuthSignIn signIn(m_network.get());
    TestBrowser browser;
    TestBrowser::Page page;
    const SignInResult result =
        runSignIn(signIn, options(), [&](const QUrl &url) { page = browser.signIn(url, false); });
    QCOMPARE(page.status, 200);
    QCOMPARE(result.error.kind(), OAuthError::Kind::AccessDenied);
    QVERIFY(result.error.message().contains(QLatin1String("denied")));
    QCOMPARE(m_sandbox->tokenRequestCount(), 0);
}

void TestOAuthSignIn::timeoutAndCancel()
{
    OAuthSignIn signIn(m_network.get());
    OAuthSignIn::Options shortWait = options();
    shortWait.timeoutMs = 300;
    SignInResult result = runSignIn(signIn, shortWait, [](const QUrl &) {});
    QCOMPARE(result.error.kind(), OAuthError::Kind::CallbackTimeout);

    QSignalSpy finished(&signIn, &OAuthSignIn::finished);
    QSignalSpy ready(&signIn, &OAuthSignIn::authorizationUrlReady);
    signIn.setBrowserOpener({});
    signIn.start(options());
    QCOMPARE(ready.size(), 1);
    const quint16 port = QUrl(signIn.redirectUri()).port();
    signIn.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<SignInResult>().error.kind(), OAuthError::Kind::Cancelled);
    QTcpSocket socket; // the listener is gone
    socket.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!socket.waitForConnected(1000));
}

void TestOAuthSignIn::selfClientGrantToken()
{
    const QString code = m_sandbox->createGrantCode(QStringLiteral("ZohoCRM.modules.ALL,ZohoCRM.users.READ"),
                                                    QStringLiteral("self@sandbox.test"));
    OAuthSignIn signIn(m_network.get());
    QSignalSpy finished(&signIn, &OAuthSignIn::finished);
    OAuthSignIn::Options selfClient = options();
    selfClient.redirectUri.clear(); // a Self Client has none
    signIn.startWithGrantToken(selfClient, code);
    QVERIFY(finished.wait(10000));
    const SignInResult result = finished.first().first().value<SignInResult>();
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(result.token.userName, QStringLiteral("self@sandbox.test"));
    QVERIFY(result.token.redirectUrl.isEmpty());
    QVERIFY(m_sandbox->isRefreshTokenValid(result.token.refreshToken));
    QCOMPARE(result.token.scopes, QStringList({ "ZohoCRM.modules.ALL", "ZohoCRM.users.READ" }));
}

void TestOAuthSignIn::reusedGrantTokenIsInvalidCode()
{
    const QString code = m_sandbox->createGrantCode(QStringLiteral("ZohoCRM.users.READ"));
    OAuthSignIn signIn(m_network.get());
    QSignalSpy finished(&signIn, &OAuthSignIn::finished);
    signIn.startWithGrantToken(options(), code);
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.last().first().value<SignInResult>().ok());
    signIn.startWithGrantToken(options(), code);
    QVERIFY(finished.wait(10000));
    const SignInResult second = finished.last().first().value<SignInResult>();
    QCOMPARE(second.error.kind(), OAuthError::Kind::InvalidCode);
    QCOMPARE(second.error.zohoCode(), QStringLiteral("invalid_code"));
}

void TestOAuthSignIn::wrongSecretIsInvalidClient()
{
    OAuthSignIn::Options wrong = options();
    wrong.clientSecret = QStringLiteral("not-the-secret");
    OAuthSignIn signIn(m_network.get());
    QSignalSpy finished(&signIn, &OAuthSignIn::finished);
    signIn.startWithGrantToken(wrong, m_sandbox->createGrantCode(QStringLiteral("ZohoCRM.users.READ")));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().value<SignInResult>().error.kind(), OAuthError::Kind::InvalidClient);
}

void TestOAuthSignIn::busyRedirectPortFailsToStart()
{
    QTcpServer busy;
    QVERIFY(busy.listen(QHostAddress::LocalHost, 0));
    OAuthSignIn::Options taken = options();
    taken.redirectUri = QStringLiteral("http://127.0.0.1:%1/callback").arg(busy.serverPort());
    OAuthSignIn signIn(m_network.get());
    QSignalSpy finished(&signIn, &OAuthSignIn::finished);
    signIn.start(taken);
    QCOMPARE(finished.size(), 0); // never from inside start()
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().first().value<SignInResult>().error.kind(), OAuthError::Kind::ListenFailed);
}

void TestOAuthSignIn::userLookupFailureStillGivesAToken()
{
    // Without ZohoCRM.users.READ the CRM refuses the lookup; the token is still good.
    const QString code = m_sandbox->createGrantCode(QStringLiteral("ZohoCRM.modules.ALL"));
    OAuthSignIn signIn(m_network.get());
    QSignalSpy finished(&signIn, &OAuthSignIn::finished);
    signIn.startWithGrantToken(options(), code);
    QVERIFY(finished.wait(10000));
    const SignInResult result = finished.first().first().value<SignInResult>();
    QVERIFY(result.ok());
    QVERIFY(result.token.userName.isEmpty());
    QVERIFY(!result.userLookupError.isEmpty());
    QVERIFY(m_sandbox->isAccessTokenValid(result.token.accessToken));
}

QTEST_GUILESS_MAIN(TestOAuthSignIn)
#include "tst_oauthsignin.moc"
