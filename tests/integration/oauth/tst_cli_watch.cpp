#include "cliprocess.h"
#include "sandboxserver.h"
#include "storeregistry.h"
#include "tokenstore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>
#include <memory>

// `zcrm token` and `zcrm refresh --watch` end to end: the built zcrm as a child process, the sandbox in
// this process over loopback HTTP, a SQLite store both sides open.
class TestCliWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void tokenPrintsAFreshTokenWithoutRefreshing();
    void tokenRefreshesFirstWhenDue();
    void tokenWorksInACurlHeader();
    void tokenExitCodes();
    void watchRefreshesWhatIsDueAndStopsOnSigterm();
    void watchStopsOnSigint();
    void watchSeesATokenAddedByAnotherProcess();
    void watchUsageErrors();

private:
    using Run = CliProcess::Run;
    Run zcrm(const QStringList &arguments);
    QString grantLogin(const QString &email);
    std::unique_ptr<TokenStore> openStore() const;
    // Moves a stored token's expiry to `msFromNow`, as if it had been minted earlier.
    void setExpiry(const QString &id, qint64 msFromNow);
    Token stored(const QString &id) const;
    // Starts `zcrm refresh --watch`, waits until stdout holds `lines` lines with "refreshed".
    std::unique_ptr<QProcess> startWatch(const QStringList &extra = {});
    bool waitForOutput(QProcess &process, QByteArray &out,
                       const std::function<bool(const QByteArray &)> &done, int timeoutMs = 30000);

    QString m_binary;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_storeSpec;
    std::unique_ptr<SandboxServer> m_sandbox;
};

void TestCliWatch::initTestCase()
{
    m_binary = CliProcess::zcrmBinary();
    QVERIFY2(QFile::exists(m_binary), qPrintable(m_binary));
    if (!StoreRegistry::instance().hasScheme(QStringLiteral("sqlite")))
        QSKIP("this build has no sqlite store");
}

void TestCliWatch::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_storeSpec = QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("tokens.db"));
    m_sandbox = std::make_unique<SandboxServer>();
    m_sandbox->setRecordsPerModule(5);
    QVERIFY(m_sandbox->start(0));
}

void TestCliWatch::cleanup()
{
    m_sandbox.reset();
    m_dir.reset();
}

std::unique_ptr<TokenStore> TestCliWatch::openStore() const
{
    auto store = StoreRegistry::instance().create(m_storeSpec);
    return store ? std::move(store).value() : nullptr;
}

Token TestCliWatch::stored(const QString &id) const
{
    auto store = openStore();
    auto row = store->findTokenById(id);
    return row && row.value() ? *row.value() : Token();
}

void TestCliWatch::setExpiry(const QString &id, qint64 msFromNow)
{
    auto store = openStore();
    Token token = *store->findTokenById(id).value();
    token.expiryTime = QDateTime::currentMSecsSinceEpoch() + msFromNow;
    QVERIFY(store->saveToken(token));
}

TestCliWatch::Run TestCliWatch::zcrm(const QStringList &arguments)
{
    return CliProcess::run(QStringList { QStringLiteral("--store"), m_storeSpec } + arguments);
}

QString TestCliWatch::grantLogin(const QString &email)
{
    const QString code =
        m_sandbox->createGrantCode(QStringLiteral("ZohoCRM.modules.ALL,ZohoCRM.users.READ"), email);
    const Run run = zcrm({ QStringLiteral("login"), QStringLiteral("--grant-token"), code,
                           QStringLiteral("--accounts-url"), m_sandbox->accountsUrl().toString(),
                           QStringLiteral("--api-domain"), m_sandbox->apiDomain().toString(),
                           QStringLiteral("--client-id"), m_sandbox->clientId(),
                           QStringLiteral("--client-secret"), m_sandbox->clientSecret() });
    if (run.exitCode != 0)
        qWarning().noquote() << run.err;
    return QString::fromUtf8(run.out).trimmed();
}

bool TestCliWatch::waitForOutput(QProcess &process, QByteArray &out,
                                 const std::function<bool(const QByteArray &)> &done, int timeoutMs)
{
    return QTest::qWaitFor(
               [&] {
                   out += process.readAllStandardOutput();
                   return done(out) || process.state() == QProcess::NotRunning;
               },
               timeoutMs)
        && done(out);
}

std::unique_ptr<QProcess> TestCliWatch::startWatch(const QStringList &extra)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("ZCRM_STORE"));
    process->setProcessEnvironment(env);
    process->start(m_binary,
                   QStringList { QStringLiteral("--store"), m_storeSpec, QStringLiteral("refresh"),
                                 QStringLiteral("--watch") }
                       + extra);
    if (!process->waitForStarted(10000))
        return nullptr;
    return process;
}

void TestCliWatch::tokenPrintsAFreshTokenWithoutRefreshing()
{
    const QString id = grantLogin(QStringLiteral("ada@example.com"));
    QVERIFY(!id.isEmpty());
    const Run run = zcrm({ QStringLiteral("token"), id });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QString::fromUtf8(run.out).trimmed(), stored(id).accessToken);
    QCOMPARE(m_sandbox->refreshCount(), 0);
}

void TestCliWatch::tokenRefreshesFirstWhenDue()
{
    const QString id = grantLogin(QStringLiteral("ada@example.com"));
    const QString before = stored(id).accessToken;
    setExpiry(id, 60 * 1000); // within the 5-minute lead
    const Run run = zcrm({ QStringLiteral("token"), QStringLiteral("--user"),
                           QStringLiteral("ada@example.com"), QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    const QString access = json.value(QStringLiteral("access_token")).toString();
    QVERIFY(access != before);
    QCOMPARE(access, stored(id).accessToken); // saved for the next caller
    QCOMPARE(json.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(json.value(QStringLiteral("user_name")).toString(), QStringLiteral("ada@example.com"));
    QVERIFY(json.value(QStringLiteral("expires_in")).toInt() > 3500);
    QCOMPARE(json.value(QStringLiteral("api_domain")).toString(), m_sandbox->apiDomain().toString());
    QCOMPARE(m_sandbox->refreshCount(), 1);
    QVERIFY(m_sandbox->isAccessTokenValid(access));
}

void TestCliWatch::tokenWorksInACurlHeader()
{
    // What `curl -H "Authorization: Zoho-oauthtoken $(zcrm token --user …)"` does.
    const QString id = grantLogin(QStringLiteral("ada@example.com"));
    setExpiry(id, 2000); // about to expire: the printed token must be a new one
    const Run run =
        zcrm({ QStringLiteral("token"), QStringLiteral("--user"), QStringLiteral("ada@example.com") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QNetworkAccessManager network;
    QNetworkRequest request(
        QUrl(m_sandbox->apiDomain().toString() + QStringLiteral("/crm/v8/users?type=AllUsers")));
    request.setRawHeader("Authorization", "Zoho-oauthtoken " + run.out.trimmed());
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
}

void TestCliWatch::tokenExitCodes()
{
    const QString id = grantLogin(QStringLiteral("ada@example.com"));
    QCOMPARE(zcrm({ QStringLiteral("token") }).exitCode, 2);
    QCOMPARE(
        zcrm({ QStringLiteral("token"), id, QStringLiteral("--user"), QStringLiteral("ada@example.com") })
            .exitCode,
        2);
    QCOMPARE(zcrm({ QStringLiteral("token"), QString() }).exitCode, 2);
    QCOMPARE(zcrm({ QStringLiteral("token"), QStringLiteral("999") }).exitCode, 3);
    QCOMPARE(zcrm({ QStringLiteral("token"), QStringLiteral("--user"), QStringLiteral("nobody@example.com") })
                 .exitCode,
             3);
    // A dead refresh token on a due token: Zoho refuses, exit 5, one line, nothing on stdout.
    QVERIFY(m_sandbox->revokeToken(stored(id).refreshToken));
    setExpiry(id, 1000);
    const Run dead = zcrm({ QStringLiteral("token"), id });
    QCOMPARE(dead.exitCode, 5);
    QVERIFY(dead.out.isEmpty());
    QCOMPARE(dead.err.count('\n'), 1);
    QVERIFY(dead.err.contains("sign-in"));
    QCOMPARE(stored(id).state, Token::RefreshOutcome::NeedsReauthorization); // kept, marked
    // The accounts server down: exit 6.
    const QString other = grantLogin(QStringLiteral("bob@example.com"));
    setExpiry(other, 1000);
    m_sandbox->stop();
    QCOMPARE(zcrm({ QStringLiteral("token"), other }).exitCode, 6);
}

void TestCliWatch::watchRefreshesWhatIsDueAndStopsOnSigterm()
{
    const QString first = grantLogin(QStringLiteral("ada@example.com"));
    const QString second = grantLogin(QStringLiteral("bob@example.com"));
    const QString fresh = grantLogin(QStringLiteral("cy@example.com"));
    setExpiry(first, 12 * 1000);
    setExpiry(second, 14 * 1000);
    const QString before = stored(first).accessToken;
    auto watch = startWatch({ QStringLiteral("--lead"), QStringLiteral("10") });
    QVERIFY(watch);
    QByteArray out;
    QVERIFY2(waitForOutput(*watch, out, [](const QByteArray &o) { return o.count(" refreshed ") >= 2; }),
             out.constData());
    QVERIFY(out.contains("watching"));
    QVERIFY(out.contains(" refreshed " + first.toUtf8() + " (ada@example.com), expires in"));
    QVERIFY(out.contains(" refreshed " + second.toUtf8() + " (bob@example.com)"));
    QVERIFY(!out.contains(" refreshed " + fresh.toUtf8() + " "));
    QVERIFY(stored(first).accessToken != before);
    QVERIFY(m_sandbox->isAccessTokenValid(stored(first).accessToken));
    QCOMPARE(m_sandbox->refreshCount(), 2);
    watch->terminate(); // SIGTERM
    QVERIFY(QTest::qWaitFor([&] { return watch->state() == QProcess::NotRunning; }, 20000));
    out += watch->readAllStandardOutput();
    QCOMPARE(watch->exitStatus(), QProcess::NormalExit);
    QCOMPARE(watch->exitCode(), 0);
    QVERIFY2(out.trimmed().endsWith("stopped (SIGTERM), 2 refreshes, 0 failures"), out.constData());
    // One line per refresh: exactly two.
    QCOMPARE(out.count(" refreshed "), 2);
    // No lease left behind: `zcrm refresh` takes it at once.
    const Run refresh = zcrm({ QStringLiteral("refresh"), first });
    QVERIFY2(refresh.exitCode == 0, refresh.err.constData());
}

void TestCliWatch::watchStopsOnSigint()
{
    grantLogin(QStringLiteral("ada@example.com"));
    auto watch = startWatch();
    QVERIFY(watch);
    QByteArray out;
    QVERIFY(waitForOutput(*watch, out, [](const QByteArray &o) { return o.contains("watching"); }));
    QVERIFY(out.contains("1 tokens, 1 to keep fresh, next refresh in"));
    ::kill(pid_t(watch->processId()), SIGINT);
    QVERIFY(QTest::qWaitFor([&] { return watch->state() == QProcess::NotRunning; }, 20000));
    out += watch->readAllStandardOutput();
    QCOMPARE(watch->exitStatus(), QProcess::NormalExit);
    QCOMPARE(watch->exitCode(), 0);
    QVERIFY2(out.contains("stopped (SIGINT)"), out.constData());
}

void TestCliWatch::watchSeesATokenAddedByAnotherProcess()
{
    grantLogin(QStringLiteral("ada@example.com"));
    auto watch = startWatch({ QStringLiteral("--lead"), QStringLiteral("30") });
    QVERIFY(watch);
    QByteArray out;
    QVERIFY(waitForOutput(*watch, out, [](const QByteArray &o) { return o.contains("watching"); }));
    // Another process signs in and its token is due soon: the watcher's next poll re-plans.
    const QString added = grantLogin(QStringLiteral("bob@example.com"));
    setExpiry(added, 20 * 1000);
    QVERIFY2(waitForOutput(*watch, out,
                           [&](const QByteArray &o) { return o.contains(" refreshed " + added.toUtf8()); }),
             out.constData());
    QCOMPARE(m_sandbox->refreshCount(), 1);
    watch->terminate();
    QVERIFY(QTest::qWaitFor([&] { return watch->state() == QProcess::NotRunning; }, 20000));
    QCOMPARE(watch->exitCode(), 0);
}

void TestCliWatch::watchUsageErrors()
{
    QCOMPARE(zcrm({ QStringLiteral("refresh"), QStringLiteral("--watch"), QStringLiteral("1") }).exitCode, 2);
    QCOMPARE(zcrm({ QStringLiteral("refresh"), QStringLiteral("--watch"), QStringLiteral("--all") }).exitCode,
             2);
    QCOMPARE(zcrm({ QStringLiteral("refresh"), QStringLiteral("--watch"), QStringLiteral("--lead"),
                    QStringLiteral("1") })
                 .exitCode,
             2);
    QCOMPARE(zcrm({ QStringLiteral("refresh"), QStringLiteral("--watch"), QStringLiteral("--lead"),
                    QStringLiteral("x") })
                 .exitCode,
             2);
    QCOMPARE(zcrm({ QStringLiteral("refresh"), QStringLiteral("--all"), QStringLiteral("--lead"),
                    QStringLiteral("60") })
                 .exitCode,
             2);
    const Run bad = zcrm({ QStringLiteral("--store"), QStringLiteral("nosuch:x"), QStringLiteral("refresh"),
                           QStringLiteral("--watch") });
    QCOMPARE(bad.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliWatch)
#include "tst_cli_watch.moc"
