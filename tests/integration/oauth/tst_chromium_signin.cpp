#include "oauthsignin.h"
#include "sandboxserver.h"
#include "testenvironment.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The sign-in with a real browser: headless Chromium opens the authorization URL, the sandbox
// (auto-approve) redirects it to our loopback listener, the code is exchanged.
class TestChromiumSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chromiumCompletesTheSignIn();
};

void TestChromiumSignIn::chromiumCompletesTheSignIn()
{
    ZCRM_REQUIRE_SERVICE("ZCRM_TEST_CHROMIUM", "Chromium");
    const QString chromium = TestEnvironment::value("ZCRM_TEST_CHROMIUM");

    SandboxServer sandbox;
    sandbox.setRecordsPerModule(10);
    sandbox.setAutoApprove(true);
    QVERIFY(sandbox.start(0));
    QTemporaryDir profile;
    QVERIFY(profile.isValid());

    QNetworkAccessManager network;
    OAuthSignIn signIn(&network);
    QProcess browser;
    browser.setProcessChannelMode(QProcess::MergedChannels);
    signIn.setBrowserOpener([&](const QUrl &url) {
        browser.start(
            chromium,
            { QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
              QStringLiteral("--no-first-run"), QStringLiteral("--disable-background-networking"),
              QStringLiteral("--disable-component-update"), QStringLiteral("--disable-sync"),
              QStringLiteral("--user-data-dir=") + profile.path(), url.toString(QUrl::FullyEncoded) });
        return browser.waitForStarted(10000);
    });
    QSignalSpy failedToOpen(&signIn, &OAuthSignIn::browserOpenFailed);
    QSignalSpy finished(&signIn, &OAuthSignIn::finished);

    OAuthSignIn::Options options;
    options.environment = *ZohoEnvironment::custom(sandbox.accountsUrl(), sandbox.apiDomain());
    options.clientId = sandbox.clientId();
    options.clientSecret = sandbox.clientSecret();
    options.redirectUri = QStringLiteral("http://localhost:0/callback");
    options.timeoutMs = 60000;
    signIn.start(options);
    const bool done = finished.wait(90000);
    if (browser.state() != QProcess::NotRunning) {
        browser.kill();
        browser.waitForFinished(10000);
    }
    QCOMPARE(failedToOpen.size(), 0);
    QVERIFY2(done, browser.readAll().constData());
    const SignInResult result = finished.first().first().value<SignInResult>();
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(result.token.userName, sandbox.signedInUser());
    QVERIFY(sandbox.isRefreshTokenValid(result.token.refreshToken));
    QCOMPARE(sandbox.codeExchangeCount(), 1);
}

QTEST_GUILESS_MAIN(TestChromiumSignIn)
#include "tst_chromium_signin.moc"
