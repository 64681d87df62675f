// `zcrm stores check` and `zcrm tokens copy` through the real executable, against every backend
// this build has: exit codes, output, and tokens arriving byte for byte in the other store.
// The test seeds and reads stores through the same libraries; only the CLI moves the tokens.
#include "cliprocess.h"
#include "storeregistry.h"
#include "testenvironment.h"
#include "tokenstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

namespace {

using Run = CliProcess::Run;

QString uniqueName()
{
    return QStringLiteral("t_%1").arg(QRandomGenerator::global()->generate64() % 10000000000000ULL);
}

int closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort();
}

bool hasScheme(const char *scheme)
{
    return StoreRegistry::instance().hasScheme(QString::fromLatin1(scheme));
}

// Awkward values every store must carry unchanged.
TokenList seedTokens()
{
    const QStringList values { QStringLiteral("plain"),
                               QStringLiteral("o'brien, \"quoted\""),
                               QStringLiteral("x';-- DROP TABLE oauthtoken;--"),
                               QStringLiteral("line1\nline2\r\nend"),
                               QStringLiteral("Zoë Ørsted 東京 🚀"),
                               QString(8192, QLatin1Char('k')) };
    TokenList tokens;
    int n = 0;
    for (const QString &value : values) {
        ++n;
        Token token;
        token.userName = QStringLiteral("user%1-").arg(n) + value;
        token.clientId = QStringLiteral("1000.CLIENT");
        token.clientSecret = value;
        token.refreshToken = QStringLiteral("1000.refresh.%1.").arg(n) + value;
        token.accessToken = QStringLiteral("1000.access.%1.").arg(n) + value;
        token.grantToken = n % 2 ? value : QString();
        token.expiryTime = 1795871772151 + n;
        token.redirectUrl = QStringLiteral("http://localhost:8400/callback");
        token.apiDomain = QStringLiteral("https://www.zohoapis.eu");
        token.accountsServer = QStringLiteral("https://accounts.zoho.eu");
        token.scopes = { QStringLiteral("ZohoCRM.modules.ALL"), QStringLiteral("ZohoCRM.users.READ") };
        token.dataCenter = QStringLiteral("eu");
        token.environment = QStringLiteral("production");
        token.createdAt = 1'700'000'000'000 + n;
        token.lastError = n == 3 ? value : QString();
        token.state = n == 3 ? Token::RefreshOutcome::RefreshFailing : Token::RefreshOutcome::Active;
        tokens.append(token);
    }
    return tokens;
}

} // namespace

class CliStoresTest : public QObject
{
    Q_OBJECT

private:
    Run zcrm(const QStringList &arguments, const QByteArray &password = QByteArray());
    // A new, empty store of `backend`; empty when the backend is not in this build or its service is not
    // running.
    QString newSpec(const QString &backend);
    void cleanUp(const QString &spec);

    QTemporaryDir m_dir;
    QStringList m_specs;

private Q_SLOTS:
    void cleanup();
    void checkReportsEachStore_data();
    void checkReportsEachStore();
    void checkOfAnUnreachableServerExitsFour_data();
    void checkOfAnUnreachableServerExitsFour();
    void checkNeverShowsThePassword();
    void copyBetweenEveryPairOfStores_data();
    void copyBetweenEveryPairOfStores();
};

Run CliStoresTest::zcrm(const QStringList &arguments, const QByteArray &password)
{
    CliProcess::Options options;
    if (!password.isNull())
        options.environment.insert(QStringLiteral("ZCRM_DB_PASSWORD"), QString::fromUtf8(password));
    options.timeoutMs = 120000;
    return CliProcess::run(arguments, options);
}

QString CliStoresTest::newSpec(const QString &backend)
{
    const QString name = uniqueName();
    QString spec;
    if (backend == QLatin1String("memory"))
        spec = QStringLiteral("memory:");
    else if (backend == QLatin1String("sqlite") && hasScheme("sqlite"))
        spec = QStringLiteral("sqlite:%1/%2.db").arg(m_dir.path(), name);
    else if (backend == QLatin1String("file") && hasScheme("file"))
        spec = QStringLiteral("file:%1/%2.csv").arg(m_dir.path(), name);
    else if (backend == QLatin1String("keychain") && hasScheme("keychain")
             && !qEnvironmentVariableIsEmpty("ZCRM_TEST_KEYRING"))
        spec = QStringLiteral("keychain:zcrm-clistores-%1").arg(name);
    else if (backend == QLatin1String("mysql") && !qEnvironmentVariableIsEmpty("ZCRM_TEST_MYSQL_SPEC"))
        spec = qEnvironmentVariable("ZCRM_TEST_MYSQL_SPEC") + QStringLiteral("?table=") + name;
    else if (backend == QLatin1String("postgresql") && !qEnvironmentVariableIsEmpty("ZCRM_TEST_PGSQL_SPEC"))
        spec = qEnvironmentVariable("ZCRM_TEST_PGSQL_SPEC") + QStringLiteral("?table=") + name;
    if (!spec.isEmpty())
        m_specs.append(spec);
    return spec;
}

void CliStoresTest::cleanUp(const QString &spec)
{
    if (spec == QLatin1String("memory:"))
        return;
    auto store = StoreRegistry::instance().create(spec);
    if (store)
        store.value()->deleteTokens();
}

void CliStoresTest::cleanup()
{
    for (const QString &spec : std::as_const(m_specs))
        cleanUp(spec);
    m_specs.clear();
}

void CliStoresTest::checkReportsEachStore_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QByteArray>("service");
    QTest::addColumn<QString>("schemaVersion");
    QTest::newRow("memory") << "memory" << QByteArray() << "n/a";
    if (hasScheme("sqlite"))
        QTest::newRow("sqlite") << "sqlite" << QByteArray() << QString();
    if (hasScheme("file"))
        QTest::newRow("file") << "file" << QByteArray() << QString();
    QTest::newRow("mysql") << "mysql" << QByteArray("ZCRM_TEST_MYSQL_SPEC") << "1";
    QTest::newRow("postgresql") << "postgresql" << QByteArray("ZCRM_TEST_PGSQL_SPEC") << "1";
}

void CliStoresTest::checkReportsEachStore()
{
    QFETCH(QString, backend);
    QFETCH(QByteArray, service);
    QFETCH(QString, schemaVersion);
    if (!service.isEmpty())
        ZCRM_REQUIRE_SERVICE(service.constData(), backend.toUtf8().constData());
    const QString spec = newSpec(backend);
    QVERIFY(!spec.isEmpty());

    int rows = 0;
    if (backend != QLatin1String("memory")) { // memory: is this process's only
        auto store = StoreRegistry::instance().create(spec);
        QVERIFY(store.ok());
        const TokenList seeds = seedTokens().mid(0, 3);
        QVERIFY(store.value()->saveTokens(seeds).ok());
        rows = seeds.size();
    }

    Run run = zcrm({ QStringLiteral("stores"), QStringLiteral("check"), spec });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.err.isEmpty());
    const QString text = QString::fromUtf8(run.out);
    QVERIFY2(text.contains(QStringLiteral("reachable:      yes")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("writable:       yes")));
    QVERIFY(text.contains(QStringLiteral("rows:           %1\n").arg(rows)));
    if (!schemaVersion.isEmpty())
        QVERIFY(text.contains(QStringLiteral("schema version: %1\n").arg(schemaVersion)));

    run = zcrm({ QStringLiteral("stores"), QStringLiteral("check"), spec, QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(report.value(QStringLiteral("reachable")).toBool(), true);
    QCOMPARE(report.value(QStringLiteral("writable")).toBool(), true);
    QCOMPARE(report.value(QStringLiteral("rows")).toInt(), rows);
    QVERIFY(!report.value(QStringLiteral("store")).toString().isEmpty());
    if (!schemaVersion.isEmpty())
        QCOMPARE(report.value(QStringLiteral("schemaVersion")).toString(), schemaVersion);

    // The check wrote nothing.
    if (backend != QLatin1String("memory")) {
        auto store = StoreRegistry::instance().create(spec);
        QCOMPARE(store.value()->getTokens().value().size(), rows);
    }
}

void CliStoresTest::checkOfAnUnreachableServerExitsFour_data()
{
    QTest::addColumn<QString>("spec");
    QTest::newRow("mysql") << QStringLiteral("mysql://root@127.0.0.1:%1/zohooauth").arg(closedPort());
    QTest::newRow("postgresql")
        << QStringLiteral("postgresql://postgres@127.0.0.1:%1/zohooauth").arg(closedPort());
}

void CliStoresTest::checkOfAnUnreachableServerExitsFour()
{
    QFETCH(QString, spec);
    for (const QStringList &extra : { QStringList(), QStringList { QStringLiteral("--json") } }) {
        const Run run = zcrm(QStringList { QStringLiteral("stores"), QStringLiteral("check"), spec } + extra);
        QCOMPARE(run.exitCode, 4);
        QCOMPARE(run.err.count('\n'), 1); // one clear line
        QVERIFY2(run.err.startsWith("zcrm: "), run.err.constData());
        QVERIFY2(run.err.contains("cannot connect"), run.err.constData());
        if (extra.isEmpty()) {
            QVERIFY(run.out.isEmpty());
        } else {
            const QJsonObject report = QJsonDocument::fromJson(run.out).object();
            QCOMPARE(report.value(QStringLiteral("reachable")).toBool(true), false);
        }
    }
}

void CliStoresTest::checkNeverShowsThePassword()
{
    ZCRM_REQUIRE_SERVICE("ZCRM_TEST_MYSQL_SPEC", "MariaDB");
    const QByteArray secret = "Zcrm-Secret-Pw-42";
    // A wrong password (the harness's root has none): access denied, exit 4, no trace of it.
    const QString spec = newSpec(QStringLiteral("mysql"));
    Run run =
        zcrm({ QStringLiteral("stores"), QStringLiteral("check"), spec, QStringLiteral("--json") }, secret);
    QCOMPARE(run.exitCode, 4);
    QVERIFY(!run.out.contains(secret));
    QVERIFY(!run.err.contains(secret));
    QVERIFY2(run.err.contains("Access denied"), run.err.constData());

    // In the spec: refused before any connection, without repeating it.
    QUrl withPassword(spec);
    withPassword.setPassword(QString::fromLatin1(secret));
    run = zcrm({ QStringLiteral("stores"), QStringLiteral("check"), withPassword.toString() });
    QCOMPARE(run.exitCode, 2); // the spec cannot be used: a usage error
    QVERIFY(!run.err.contains(secret));
    QVERIFY(run.err.contains("ZCRM_DB_PASSWORD"));
}

void CliStoresTest::copyBetweenEveryPairOfStores_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QStringList backends;
    for (const char *backend : { "sqlite", "file", "keychain" }) {
        if (hasScheme(backend))
            backends.append(QString::fromLatin1(backend));
    }
    backends << QStringLiteral("mysql") << QStringLiteral("postgresql");
    for (const QString &from : std::as_const(backends)) {
        for (const QString &to : std::as_const(backends)) {
            if (from != to)
                QTest::newRow(qPrintable(from + QStringLiteral(" to ") + to)) << from << to;
        }
    }
}

void CliStoresTest::copyBetweenEveryPairOfStores()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    for (const QString &backend : { from, to }) {
        if (backend == QLatin1String("mysql"))
            ZCRM_REQUIRE_SERVICE("ZCRM_TEST_MYSQL_SPEC", "MariaDB");
        else if (backend == QLatin1String("postgresql"))
            ZCRM_REQUIRE_SERVICE("ZCRM_TEST_PGSQL_SPEC", "PostgreSQL");
        else if (backend == QLatin1String("keychain"))
            ZCRM_REQUIRE_SERVICE("ZCRM_TEST_KEYRING", "the Secret Service keyring");
    }
    const QString source = newSpec(from);
    const QString target = newSpec(to);
    QVERIFY(!source.isEmpty() && !target.isEmpty());

    const TokenList seeds = seedTokens();
    {
        auto store = StoreRegistry::instance().create(source);
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));
        auto saved = store.value()->saveTokens(seeds);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));
    }

    const Run run = zcrm({ QStringLiteral("tokens"), QStringLiteral("copy"), QStringLiteral("--from"), source,
                           QStringLiteral("--to"), target });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains(QByteArray("copied ") + QByteArray::number(seeds.size())), run.out.constData());

    auto store = StoreRegistry::instance().create(target);
    QVERIFY(store.ok());
    auto copied = store.value()->getTokens();
    QVERIFY2(copied.ok(), qPrintable(copied.ok() ? QString() : copied.error().toString()));
    QCOMPARE(copied.value().size(), seeds.size());
    for (const Token &seed : seeds) {
        Token partial;
        partial.userName = seed.userName;
        auto found = store.value()->findToken(partial);
        QVERIFY(found.ok() && found.value().has_value());
        auto row = store.value()->findTokenById(found.value()->id);
        QVERIFY(row.ok() && row.value().has_value());
        Token arrived = *row.value();
        // The target gives its own id and update time; everything else arrives byte for byte.
        arrived.id.clear();
        arrived.updatedAt = 0;
        Token expected = seed;
        expected.updatedAt = 0;
        QCOMPARE(arrived, expected);
    }
}

QTEST_GUILESS_MAIN(CliStoresTest)
#include "tst_clistores.moc"
