#include "cliprocess.h"
#include "sandboxserver.h"
#include "storeregistry.h"
#include "testbrowser.h"
#include "tokenstore.h"

#include <QDateTime>
#include <QHostAddress>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <functional>
#include <memory>

// `zcrm login|refresh|revoke` end to end: the built zcrm runs as a child process against the
// sandbox in this process, with a store on disk that both sides open.
class TestCliOAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void loginWithoutBrowserPrintsTheUrlThenTheId();
    void loginWithGrantToken();
    void refreshByIdUserAllAndDue();
    void revokeKeepThenDelete();
    void oauthErrorsExitWithFive();
    void networkErrorsExitWithSix();
    void usageErrorsExitWithTwo();
    void twoProcessesRefreshingAtOnceRefreshOnce();
    void aStrangerCannotEndASignIn();
    void anAbsurdLifetimeIsRefusedAndLocksNothingOut();

private:
    using Run = CliProcess::Run;
    Run zcrm(const QStringList &arguments,
             const std::function<void(QProcess &, QByteArray &)> &whileRunning = {},
             const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    QStringList accountsOptions(const QString &dc = QStringLiteral("us")) const;
    QString grantLogin(const QString &email = QString());
    std::unique_ptr<TokenStore> openStore() const;

    QString m_binary;
    QString m_storeScheme;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_storeSpec;
    std::unique_ptr<SandboxServer> m_sandbox;
};

void TestCliOAuth::initTestCase()
{
    m_binary = CliProcess::zcrmBinary();
    QVERIFY2(QFile::exists(m_binary), qPrintable(m_binary));
    // A store that two processes share; the same backends are linked into zcrm and this test.
    for (const char *scheme : { "sqlite", "file" }) {
        if (StoreRegistry::instance().hasScheme(QString::fromLatin1(scheme))) {
            m_storeScheme = QString::fromLatin1(scheme);
            break;
        }
    }
    if (m_storeScheme.isEmpty())
        QSKIP("this build has neither the sqlite nor the file store");
}

void TestCliOAuth::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_storeSpec = m_storeScheme + QLatin1Char(':')
        + m_dir->filePath(m_storeScheme == QLatin1String("sqlite") ? QStringLiteral("tokens.db")
                                                                   : QStringLiteral("sdk_tokens.txt"));
    m_sandbox = std::make_unique<SandboxServer>();
    m_sandbox->setRecordsPerModule(10);
    QVERIFY(m_sandbox->start(0));
}

void TestCliOAuth::cleanup()
{
    m_sandbox.reset();
    m_dir.reset();
}

std::unique_ptr<TokenStore> TestCliOAuth::openStore() const
{
    auto store = StoreRegistry::instance().create(m_storeSpec);
    return store ? std::move(store).value() : nullptr;
}

TestCliOAuth::Run TestCliOAuth::zcrm(const QStringList &arguments,
                                     const std::function<void(QProcess &, QByteArray &)> &whileRunning,
                                     const QProcessEnvironment &environment)
{
    CliProcess::Options options;
    options.environment = environment;
    options.environment.remove(QStringLiteral("ZCRM_STORE"));
    options.whileRunning = whileRunning;
    return CliProcess::run(QStringList { QStringLiteral("--store"), m_storeSpec } + arguments, options);
}

QStringList TestCliOAuth::accountsOptions(const QString &dc) const
{
    return { QStringLiteral("--accounts-url"), m_sandbox->accountsUrl(dc).toString(),
             QStringLiteral("--api-domain"),   m_sandbox->apiDomain(dc).toString(),
             QStringLiteral("--client-id"),    m_sandbox->clientId() };
}

QString TestCliOAuth::grantLogin(const QString &email)
{
    const QString code =
        m_sandbox->createGrantCode(QStringLiteral("ZohoCRM.modules.ALL,ZohoCRM.users.READ"), email);
    const Run run = zcrm(QStringList { QStringLiteral("login"), QStringLiteral("--grant-token"), code }
                         + accountsOptions()
                         + QStringList { QStringLiteral("--client-secret"), m_sandbox->clientSecret() });
    if (run.exitCode != 0)
        qWarning().noquote() << run.err;
    return QString::fromUtf8(run.out).trimmed();
}

void TestCliOAuth::loginWithoutBrowserPrintsTheUrlThenTheId()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ZCRM_CLIENT_SECRET"),
                       m_sandbox->clientSecret()); // not on the command line
    TestBrowser browser;
    TestBrowser::Page page;
    QUrl authorizationUrl;
    const Run run = zcrm(
        QStringList { QStringLiteral("login") } + accountsOptions()
            + QStringList { QStringLiteral("--redirect-uri"), QStringLiteral("http://localhost:0/callback"),
                            QStringLiteral("--no-browser"), QStringLiteral("--timeout"),
                            QStringLiteral("30") },
        [&](QProcess &process, QByteArray &out) {
            // The URL arrives on its own line, flushed, while zcrm waits for the callback.
            if (!QTest::qWaitFor([&] { return (out += process.readAllStandardOutput()).contains('\n'); },
                                 15000))
                qWarning("test: timed out waiting");
            authorizationUrl = QUrl(QString::fromUtf8(out.left(out.indexOf('\n'))).trimmed());
            page = browser.signIn(authorizationUrl);
        },
        environment);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(page.status, 200);
    QCOMPARE(authorizationUrl.port(), m_sandbox->accountsUrl().port());
    QCOMPARE(QUrlQuery(authorizationUrl).queryItemValue(QStringLiteral("client_id")), m_sandbox->clientId());
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    const QString id = QString::fromUtf8(lines.at(1)).trimmed();
    QCOMPARE(id, QStringLiteral("1"));
    QVERIFY(!run.err.contains(m_sandbox->clientSecret().toUtf8())); // never printed

    auto store = openStore();
    QVERIFY(store);
    const auto token = store->findTokenById(id);
    QVERIFY(token && token.value());
    QCOMPARE(token.value()->userName, m_sandbox->signedInUser());
    QCOMPARE(token.value()->clientSecret, m_sandbox->clientSecret());
    QVERIFY(m_sandbox->isRefreshTokenValid(token.value()->refreshToken));
    QCOMPARE(token.value()->accountsServer, m_sandbox->accountsUrl().toString());
    QCOMPARE(token.value()->apiDomain, m_sandbox->apiDomain().toString());
    QCOMPARE(token.value()->redirectUrl,
             QUrlQuery(authorizationUrl).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
}

void TestCliOAuth::loginWithGrantToken()
{
    const QString id = grantLogin(QStringLiteral("grant@sandbox.test"));
    QCOMPARE(id, QStringLiteral("1"));
    auto store = openStore();
    const auto token = store->findTokenById(id).value();
    QVERIFY(token);
    QCOMPARE(token->userName, QStringLiteral("grant@sandbox.test"));
    QVERIFY(m_sandbox->isAccessTokenValid(token->accessToken));
    // The same user again: the same row.
    QCOMPARE(grantLogin(QStringLiteral("grant@sandbox.test")), QStringLiteral("1"));
    QCOMPARE(grantLogin(QStringLiteral("other@sandbox.test")), QStringLiteral("2"));
}

void TestCliOAuth::refreshByIdUserAllAndDue()
{
    const QString first = grantLogin(QStringLiteral("a@sandbox.test"));
    const QString second = grantLogin(QStringLiteral("b@sandbox.test"));
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    const QString before = openStore()->findTokenById(first).value()->accessToken;

    Run run = zcrm({ QStringLiteral("refresh"), first });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.startsWith(first.toUtf8() + " refreshed"));
    QCOMPARE(m_sandbox->refreshCount(), 1);
    const Token after = *openStore()->findTokenById(first).value();
    QVERIFY(after.accessToken != before);
    QVERIFY(m_sandbox->isAccessTokenValid(after.accessToken));

    run = zcrm({ QStringLiteral("refresh"), QStringLiteral("--user"), QStringLiteral("b@sandbox.test") });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(m_sandbox->refreshCount(), 2);

    run = zcrm({ QStringLiteral("refresh"), QStringLiteral("--all") });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.count("refreshed"), 2);
    QCOMPARE(m_sandbox->refreshCount(), 4);

    run = zcrm({ QStringLiteral("refresh"), QStringLiteral("--due") }); // both fresh: nothing to do
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.contains("no token is due"));
    QCOMPARE(m_sandbox->refreshCount(), 4);

    auto store = openStore();
    Token expiring = *store->findTokenById(second).value();
    expiring.expiryTime = QDateTime::currentMSecsSinceEpoch() + 30 * 1000;
    QVERIFY(store->saveToken(expiring));
    store.reset();
    run = zcrm({ QStringLiteral("refresh"), QStringLiteral("--due") });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.count("refreshed"), 1);
    QVERIFY(run.out.startsWith(second.toUtf8()));
    QCOMPARE(m_sandbox->refreshCount(), 5);

    QCOMPARE(zcrm({ QStringLiteral("refresh"), QStringLiteral("99") }).exitCode, 3);
    QCOMPARE(
        zcrm({ QStringLiteral("refresh"), QStringLiteral("--user"), QStringLiteral("nobody@x") }).exitCode,
        3);
}

void TestCliOAuth::revokeKeepThenDelete()
{
    const QString id = grantLogin();
    const QString refreshToken = openStore()->findTokenById(id).value()->refreshToken;
    Run run = zcrm({ QStringLiteral("revoke"), id, QStringLiteral("--keep") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(!m_sandbox->isRefreshTokenValid(refreshToken));
    const Token kept = *openStore()->findTokenById(id).value();
    QCOMPARE(kept.state, Token::RefreshOutcome::NeedsReauthorization);

    run = zcrm({ QStringLiteral("refresh"), id }); // needs a new sign-in: an OAuth error, Zoho not asked
    QCOMPARE(run.exitCode, 5);
    QVERIFY(run.err.contains("sign-in"));
    QCOMPARE(m_sandbox->refreshCount(), 0);

    // Zoho no longer knows the token: the revocation fails and the row stays.
    run = zcrm({ QStringLiteral("revoke"), id });
    QCOMPARE(run.exitCode, 5);
    QVERIFY(openStore()->findTokenById(id).value());

    const QString other = grantLogin(QStringLiteral("del@sandbox.test"));
    run = zcrm({ QStringLiteral("revoke"), QStringLiteral("--user"), QStringLiteral("del@sandbox.test") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(!openStore()->findTokenById(other).value());
    QCOMPARE(zcrm({ QStringLiteral("revoke"), QStringLiteral("99") }).exitCode, 3);
}

void TestCliOAuth::oauthErrorsExitWithFive()
{
    Run run = zcrm(QStringList { QStringLiteral("login"), QStringLiteral("--grant-token"),
                                 QStringLiteral("1000.no.code") }
                   + accountsOptions()
                   + QStringList { QStringLiteral("--client-secret"), m_sandbox->clientSecret() });
    QCOMPARE(run.exitCode, 5);
    QVERIFY(run.err.contains("invalid_code"));

    run = zcrm(QStringList { QStringLiteral("login"), QStringLiteral("--grant-token"),
                             m_sandbox->createGrantCode(QStringLiteral("ZohoCRM.users.READ")) }
               + accountsOptions()
               + QStringList { QStringLiteral("--client-secret"), QStringLiteral("wrong") });
    QCOMPARE(run.exitCode, 5);
    QVERIFY(run.err.contains("invalid_client"));
    QVERIFY(openStore()->getTokens().value().isEmpty());
}

void TestCliOAuth::networkErrorsExitWithSix()
{
    const QString id = grantLogin();
    QVERIFY(!id.isEmpty());
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QString closed = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
    probe.close();
    Run run = zcrm({ QStringLiteral("login"), QStringLiteral("--grant-token"), QStringLiteral("1000.a.b"),
                     QStringLiteral("--accounts-url"), closed, QStringLiteral("--client-id"),
                     QStringLiteral("c"), QStringLiteral("--client-secret"), QStringLiteral("s") });
    QCOMPARE(run.exitCode, 6);
    QVERIFY(run.err.contains(closed.toUtf8()));

    m_sandbox->stop();
    run = zcrm({ QStringLiteral("refresh"), id });
    QCOMPARE(run.exitCode, 6);
    run = zcrm({ QStringLiteral("revoke"), id });
    QCOMPARE(run.exitCode, 6);
    QVERIFY(openStore()->findTokenById(id).value()); // nothing lost
}

void TestCliOAuth::usageErrorsExitWithTwo()
{
    QCOMPARE(
        zcrm({ QStringLiteral("login"), QStringLiteral("--client-secret"), QStringLiteral("s") }).exitCode,
        2);
    QProcessEnvironment noSecret = QProcessEnvironment::systemEnvironment();
    noSecret.remove(QStringLiteral("ZCRM_CLIENT_SECRET"));
    QCOMPARE(
        zcrm({ QStringLiteral("login"), QStringLiteral("--client-id"), QStringLiteral("c") }, {}, noSecret)
            .exitCode,
        2);
    QCOMPARE(zcrm({ QStringLiteral("login"), QStringLiteral("--dc"), QStringLiteral("mars"),
                    QStringLiteral("--client-id"), QStringLiteral("c"), QStringLiteral("--client-secret"),
                    QStringLiteral("s") })
                 .exitCode,
             2);
    QCOMPARE(
        zcrm({ QStringLiteral("login"), QStringLiteral("--dc"), QStringLiteral("eu"),
               QStringLiteral("--accounts-url"), QStringLiteral("http://x"), QStringLiteral("--client-id"),
               QStringLiteral("c"), QStringLiteral("--client-secret"), QStringLiteral("s") })
            .exitCode,
        2);
    QCOMPARE(zcrm({ QStringLiteral("refresh") }).exitCode, 2);
    QCOMPARE(zcrm({ QStringLiteral("refresh"), QStringLiteral("1"), QStringLiteral("--all") }).exitCode, 2);
    QCOMPARE(zcrm({ QStringLiteral("revoke") }).exitCode, 2);
    const Run help = zcrm({ QStringLiteral("--help") });
    QVERIFY(help.out.contains("zcrm [--store SPEC] login"));
    QVERIFY(help.out.contains("refresh (ID | --user EMAIL | --all | --due)"));
    QVERIFY(help.out.contains("revoke (ID | --user EMAIL) [--keep]"));
}

void TestCliOAuth::twoProcessesRefreshingAtOnceRefreshOnce()
{
    const QString id = grantLogin();
    QVERIFY(!id.isEmpty());
    // Zoho is slow to answer: the second process starts while the first holds the lease.
    SandboxFaults slow;
    slow.latencyMs = 1500;
    slow.includeAccounts = true;
    slow.pathContains = QStringLiteral("/oauth/v2/token");
    m_sandbox->setFaults(slow);
    m_sandbox->resetCounters();

    QProcess first;
    QProcess second;
    for (QProcess *process : { &first, &second }) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("ZCRM_STORE"));
        process->setProcessEnvironment(env);
        process->start(m_binary, { QStringLiteral("--store"), m_storeSpec, QStringLiteral("refresh"), id });
        QVERIFY(process->waitForStarted(10000));
    }
    QVERIFY(QTest::qWaitFor(
        [&] { return first.state() == QProcess::NotRunning && second.state() == QProcess::NotRunning; },
        60000));
    QCOMPARE(first.exitCode(), 0);
    QCOMPARE(second.exitCode(), 0);
    QCOMPARE(m_sandbox->tokenRequestCount(), 1);
    QCOMPARE(m_sandbox->refreshCount(), 1);
    const Token stored = *openStore()->findTokenById(id).value();
    QVERIFY(m_sandbox->isAccessTokenValid(stored.accessToken));
}

// A plain GET to the listener, as any web page (or curl) could send it; the reply as it came.
static QByteArray getCallback(quint16 port, const QByteArray &target)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
    QByteArray reply;
    if (!QTest::qWaitFor(
            [&] {
                reply += socket.readAll();
                return socket.state() == QAbstractSocket::UnconnectedState;
            },
            10000))
        qWarning("test: the listener did not close the connection");
    return reply + socket.readAll();
}

void TestCliOAuth::aStrangerCannotEndASignIn()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ZCRM_CLIENT_SECRET"), m_sandbox->clientSecret());
    QByteArray forged;
    bool stillWaiting = false;
    QByteArray denied;
    const Run run = zcrm(
        QStringList { QStringLiteral("login") } + accountsOptions()
            + QStringList { QStringLiteral("--redirect-uri"), QStringLiteral("http://localhost:0/callback"),
                            QStringLiteral("--no-browser"), QStringLiteral("--timeout"),
                            QStringLiteral("30") },
        [&](QProcess &process, QByteArray &out) {
            if (!QTest::qWaitFor([&] { return (out += process.readAllStandardOutput()).contains('\n'); },
                                 15000))
                qWarning("test: timed out waiting");
            const QUrlQuery query(QUrl(QString::fromUtf8(out.left(out.indexOf('\n'))).trimmed()));
            const QUrl redirect(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
            const quint16 port = quint16(redirect.port());
            // What any open web page can send: no state.
            forged = getCallback(port, "/callback?error=access_denied");
            QTest::qWait(300);
            stillWaiting = process.state() == QProcess::Running;
            // The real denial carries the state; the browser must get its page before zcrm exits.
            denied =
                getCallback(port,
                            "/callback?error=access_denied&state="
                                + QUrl::toPercentEncoding(query.queryItemValue(QStringLiteral("state"))));
        },
        environment);
    QVERIFY2(forged.startsWith("HTTP/1.1 400"), forged.constData());
    QVERIFY(stillWaiting);
    QVERIFY2(denied.startsWith("HTTP/1.1 200") && denied.contains("Access denied"), denied.constData());
    QCOMPARE(run.exitCode, 5);
    QVERIFY(run.err.contains("denied"));
}

void TestCliOAuth::anAbsurdLifetimeIsRefusedAndLocksNothingOut()
{
    const QString id = grantLogin(QStringLiteral("kept@sandbox.test"));
    QCOMPARE(id, QStringLiteral("1"));
    // Two billion seconds: 63 years, far beyond any access token's life.
    m_sandbox->setTokenLifetime(2'000'000'000);
    const Run refresh = zcrm({ QStringLiteral("refresh"), id });
    QCOMPARE(refresh.exitCode, 6); // a malformed answer, as a proxy's HTML page would be
    QVERIFY2(refresh.err.contains("beyond any token's life"), refresh.err.constData());
    const QString code =
        m_sandbox->createGrantCode(QStringLiteral("ZohoCRM.modules.ALL"), QStringLiteral("new@sandbox.test"));
    const Run login = zcrm(QStringList { QStringLiteral("login"), QStringLiteral("--grant-token"), code }
                           + accountsOptions()
                           + QStringList { QStringLiteral("--client-secret"), m_sandbox->clientSecret() });
    QCOMPARE(login.exitCode, 6);
    QVERIFY(login.err.contains("beyond any token's life"));
    // The token that was there is still there, and the store still reads.
    const Run list = zcrm({ QStringLiteral("tokens"), QStringLiteral("list") });
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains("kept@sandbox.test"));
    QVERIFY(!list.out.contains("new@sandbox.test"));
}

QTEST_GUILESS_MAIN(TestCliOAuth)
#include "tst_cli_oauth.moc"
