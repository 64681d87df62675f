// The MySQL/MariaDB and PostgreSQL stores against real servers (started by the test command):
// the table they create, compatibility with the Zoho SDK's DBStore in both directions (played
// through the servers' own command-line clients), exact bytes, injection, connection errors,
// several processes on one table, and threads.
#include "sqlcommandline.h"
#include "storeregistry.h"
#include "testenvironment.h"
#include "tokenstore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTcpServer>
#include <QTest>
#include <QThread>

#include <memory>

namespace {

const qint64 kExpiry = 1795871772151;

QString uniqueTable()
{
    return QStringLiteral("t_%1").arg(QRandomGenerator::global()->generate64() % 10000000000000ULL);
}

Token makeToken(const QString &user)
{
    Token token;
    token.userName = user;
    token.clientId = QStringLiteral("1000.CLIENTID");
    token.clientSecret = QStringLiteral("secret-") + user;
    token.refreshToken = QStringLiteral("1000.refresh.") + user;
    token.accessToken = QStringLiteral("1000.access.") + user;
    token.expiryTime = kExpiry;
    token.redirectUrl = QStringLiteral("http://localhost:8400/callback");
    token.apiDomain = QStringLiteral("https://www.zohoapis.com");
    return token;
}

// A port on which nothing listens.
int closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort();
}

class EnvironmentOverride
{
public:
    EnvironmentOverride(const char *name, const QByteArray &value)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {
        qputenv(name, value);
    }
    ~EnvironmentOverride()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

} // namespace

class SqlServerStoresTest : public QObject
{
    Q_OBJECT

private:
    QString serverSpec() const;
    QString specFor(const QString &table) const;
    std::unique_ptr<TokenStore> open(const QString &spec);
    QString workerPath() const;

    QString m_table;
    QString m_spec;
    QStringList m_tablesToDrop;

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void tableIsCreatedWithTheSdkColumnsFirst();
    void sdkReadsTheRowsWeWrite();
    void weReadAndMigrateAnSdkTable();
    void tableThatIsNotATokenTableIsLeftAlone();
    void valuesAreStoredByteForByte();
    void injectionThroughTheUserNameFindsNothing();
    void unreachableServerFailsQuicklyAndClearly();
    void wrongCredentialsAreAccessDenied();
    void passwordNeverShows();
    void fourProcessesRaceForLeases();
    void killedLeaseHolderLosesItsLeaseWhenItRunsOut();
    void twoProcessesSaveDistinctUsers();
    void storeWorksFromSeveralThreads();
    void checkReportsTheTable();
};

void SqlServerStoresTest::initTestCase_data()
{
    QTest::addColumn<QByteArray>("variable");
    QTest::addColumn<QByteArray>("server");
    QTest::newRow("mysql") << QByteArray("ZCRM_TEST_MYSQL_SPEC") << QByteArray("MariaDB");
    QTest::newRow("postgresql") << QByteArray("ZCRM_TEST_PGSQL_SPEC") << QByteArray("PostgreSQL");
}

void SqlServerStoresTest::init()
{
    QFETCH_GLOBAL(QByteArray, variable);
    QFETCH_GLOBAL(QByteArray, server);
    ZCRM_REQUIRE_SERVICE(variable.constData(), server.constData());
    m_table = uniqueTable();
    m_spec = specFor(m_table);
    m_tablesToDrop = { m_table };
}

void SqlServerStoresTest::cleanup()
{
    if (m_spec.isEmpty())
        return;
    SqlCommandLine client(m_spec);
    for (const QString &table : std::as_const(m_tablesToDrop)) {
        client.query(QStringLiteral("DROP TABLE IF EXISTS %1").arg(table));
        client.query(QStringLiteral("DELETE FROM zcrm_schema WHERE table_name = %1")
                         .arg(SqlCommandLine::literal(table)));
    }
    m_spec.clear();
}

QString SqlServerStoresTest::serverSpec() const
{
    QFETCH_GLOBAL(QByteArray, variable);
    return qEnvironmentVariable(variable.constData());
}

QString SqlServerStoresTest::specFor(const QString &table) const
{
    return serverSpec() + QStringLiteral("?table=") + table;
}

std::unique_ptr<TokenStore> SqlServerStoresTest::open(const QString &spec)
{
    auto store = StoreRegistry::instance().create(spec);
    if (!store) {
        qWarning("%s", qPrintable(store.error().toString()));
        return nullptr;
    }
    return std::move(store).value();
}

QString SqlServerStoresTest::workerPath() const
{
    return qEnvironmentVariable("ZCRM_SQLSTORE_WORKER");
}

void SqlServerStoresTest::tableIsCreatedWithTheSdkColumnsFirst()
{
    auto store = open(m_spec);
    QVERIFY(store);
    QVERIFY(store->getTokens().ok()); // the first call creates the table

    SqlCommandLine client(m_spec);
    QList<QStringList> rows;
    QVERIFY2(client.query(
                 QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_name = %1 "
                                "ORDER BY ordinal_position")
                     .arg(SqlCommandLine::literal(m_table)),
                 &rows),
             qPrintable(client.lastError()));
    QStringList columns;
    for (const QStringList &row : rows)
        columns.append(row.first().toLower());
    const QStringList expected = Token::sdkFieldNames() + Token::extraFieldNames()
        + QStringList { QStringLiteral("lease_owner"), QStringLiteral("lease_until") };
    QCOMPARE(columns, expected);

    // Every lookup column is indexed.
    const QString indexQuery = client.isMySql()
        ? QStringLiteral(
            "SELECT DISTINCT column_name FROM information_schema.statistics WHERE table_name = %1")
        : QStringLiteral("SELECT indexdef FROM pg_indexes WHERE tablename = %1");
    QVERIFY(client.query(indexQuery.arg(SqlCommandLine::literal(m_table)), &rows));
    QString indexed;
    for (const QStringList &row : rows)
        indexed += row.join(QLatin1Char(' ')) + QLatin1Char('\n');
    for (const char *column : { "id", "user_name", "refresh_token", "access_token", "grant_token" })
        QVERIFY2(indexed.contains(QLatin1String(column)), column);

    QVERIFY(client.query(QStringLiteral("SELECT version FROM zcrm_schema WHERE table_name = %1")
                             .arg(SqlCommandLine::literal(m_table)),
                         &rows));
    QCOMPARE(rows, QList<QStringList> { { QStringLiteral("1") } });

    // A token longer than the SDK's varchar(255) fits.
    Token big = makeToken(QStringLiteral("big@example.com"));
    big.accessToken = QString(4000, QLatin1Char('a'));
    QVERIFY(store->saveToken(big).ok());
}

void SqlServerStoresTest::sdkReadsTheRowsWeWrite()
{
    auto store = open(m_spec);
    QVERIFY(store);
    for (int i = 1; i <= 12; ++i) {
        Token token = makeToken(QStringLiteral("user%1@example.com").arg(i));
        if (i == 11)
            token.grantToken.clear();
        auto saved = store->saveToken(token);
        QVERIFY(saved.ok());
        QCOMPARE(saved.value().id, QString::number(i));
    }

    // The SDK's find: "select * from oauthtoken where user_name=%s limit 1", columns by position.
    SqlCommandLine client(m_spec);
    QList<QStringList> rows;
    QVERIFY2(client.query(QStringLiteral("select * from %1 where user_name=%2 limit 1")
                              .arg(m_table, SqlCommandLine::literal(QStringLiteral("user11@example.com"))),
                          &rows),
             qPrintable(client.lastError()));
    QCOMPARE(rows.size(), 1);
    const QStringList row = rows.first();
    QVERIFY(row.size() >= 10);
    const Token expected = makeToken(QStringLiteral("user11@example.com"));
    QCOMPARE(row.at(0), QStringLiteral("11"));
    QCOMPARE(row.at(1), expected.userName);
    QCOMPARE(row.at(2), expected.clientId);
    QCOMPARE(row.at(3), expected.clientSecret);
    QCOMPARE(row.at(4), expected.refreshToken);
    QCOMPARE(row.at(5), expected.accessToken);
    QCOMPARE(row.at(6), client.isMySql() ? QStringLiteral("NULL") : QString()); // None, as the SDK writes it
    QCOMPARE(row.at(7), QStringLiteral("1795871772151")); // decimal ms, what int() / Long.valueOf read
    QCOMPARE(row.at(8), expected.redirectUrl);
    QCOMPARE(row.at(9), expected.apiDomain);

    // The SDK's by-id and by-refresh-token lookups.
    QVERIFY(client.query(
        QStringLiteral("select * from %1 where id = %2").arg(m_table, SqlCommandLine::literal("12")), &rows));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().at(1), QStringLiteral("user12@example.com"));
    QVERIFY(client.query(
        QStringLiteral("select * from %1 where refresh_token=%2 limit 1")
            .arg(m_table, SqlCommandLine::literal(QStringLiteral("1000.refresh.user3@example.com"))),
        &rows));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().at(0), QStringLiteral("3"));
}

void SqlServerStoresTest::weReadAndMigrateAnSdkTable()
{
    // The table exactly as the SDK's README creates it, and two rows as its save_token inserts them.
    SqlCommandLine client(m_spec);
    QVERIFY2(client.query(QStringLiteral("CREATE TABLE %1 (id varchar(10) NOT NULL, user_name varchar(255), "
                                         "client_id varchar(255), client_secret varchar(255), refresh_token "
                                         "varchar(255), access_token varchar(255), grant_token varchar(255), "
                                         "expiry_time varchar(20), redirect_url varchar(255), api_domain "
                                         "varchar(255), primary key (id))")
                              .arg(m_table)),
             qPrintable(client.lastError()));
    const QString insert = QStringLiteral(
        "insert into %1 "
        "(id,user_name,client_id,client_secret,refresh_token,access_token,grant_token,expiry_time,"
        "redirect_url,api_domain) values (%2,%3,%4,%5,%6,%7,%8,%9,%10,%11)");
    auto sdkInsert = [&](const QString &id, const Token &token) {
        return client.query(
            insert
                .arg(m_table, SqlCommandLine::literal(id), SqlCommandLine::literal(token.userName),
                     SqlCommandLine::literal(token.clientId), SqlCommandLine::literal(token.clientSecret),
                     SqlCommandLine::literal(token.refreshToken), SqlCommandLine::literal(token.accessToken),
                     QStringLiteral("NULL"), SqlCommandLine::literal(QString::number(token.expiryTime)),
                     SqlCommandLine::literal(token.redirectUrl))
                .arg(SqlCommandLine::literal(token.apiDomain)));
    };
    const Token ann = makeToken(QStringLiteral("ann@example.com"));
    const Token bob = makeToken(QStringLiteral("bob@example.com"));
    QVERIFY2(sdkInsert(QStringLiteral("1"), ann), qPrintable(client.lastError()));
    QVERIFY2(sdkInsert(QStringLiteral("9"), bob), qPrintable(client.lastError()));
    // The SDK's refresh: its update statement (MySQL adds "limit 1", which PostgreSQL does not have).
    QVERIFY2(client.query(QStringLiteral("update %1 set access_token=%2,expiry_time=%3 where user_name=%4%5")
                              .arg(m_table, SqlCommandLine::literal(QStringLiteral("1000.access.refreshed")),
                                   SqlCommandLine::literal(QStringLiteral("1795871999999")),
                                   SqlCommandLine::literal(ann.userName),
                                   client.isMySql() ? QStringLiteral(" limit 1") : QString())),
             qPrintable(client.lastError()));

    auto store = open(m_spec);
    QVERIFY(store);
    Token partial;
    partial.userName = ann.userName;
    auto found = store->findToken(partial);
    QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().toString()));
    QVERIFY(found.value().has_value());
    QCOMPARE(found.value()->id, QStringLiteral("1"));
    QCOMPARE(found.value()->refreshToken, ann.refreshToken);
    QCOMPARE(found.value()->clientSecret, ann.clientSecret);
    QCOMPARE(found.value()->accessToken, QStringLiteral("1000.access.refreshed"));
    QCOMPARE(found.value()->expiryTime, qint64(1795871999999));
    QCOMPARE(found.value()->grantToken, QString());
    QCOMPARE(store->getTokens().value().size(), 2);

    // Migrated: our columns added after the SDK's, the rows kept, the version recorded.
    QList<QStringList> rows;
    QVERIFY(client.query(
        QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_name = %1 "
                       "ORDER BY ordinal_position")
            .arg(SqlCommandLine::literal(m_table)),
        &rows));
    QCOMPARE(rows.size(), 20);
    QCOMPARE(rows.at(9).first().toLower(), QStringLiteral("api_domain"));
    QCOMPARE(rows.at(10).first().toLower(), QStringLiteral("accounts_server"));
    QVERIFY(client.query(QStringLiteral("SELECT version FROM zcrm_schema WHERE table_name = %1")
                             .arg(SqlCommandLine::literal(m_table)),
                         &rows));
    QCOMPARE(rows, QList<QStringList> { { QStringLiteral("1") } });

    // A new token gets the next numeric id (9 + 1, where the SDK's text max would also say "9"
    // but would say "9" again after "10"), and the SDK finds it.
    auto saved = store->saveToken(makeToken(QStringLiteral("carl@example.com")));
    QVERIFY(saved.ok());
    QCOMPARE(saved.value().id, QStringLiteral("10"));
    saved = store->saveToken(makeToken(QStringLiteral("dora@example.com")));
    QVERIFY(saved.ok());
    QCOMPARE(saved.value().id, QStringLiteral("11"));
    QVERIFY(client.query(QStringLiteral("select * from %1 where user_name=%2 limit 1")
                             .arg(m_table, SqlCommandLine::literal(QStringLiteral("dora@example.com"))),
                         &rows));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().at(0), QStringLiteral("11"));
    QCOMPARE(rows.first().at(4), QStringLiteral("1000.refresh.dora@example.com"));
    QCOMPARE(rows.first().at(7), QStringLiteral("1795871772151"));

    // Our update of the SDK's row is what the SDK then reads.
    Token refreshed;
    refreshed.userName = bob.userName;
    refreshed.accessToken = QStringLiteral("1000.access.ours");
    QVERIFY(store->saveToken(refreshed).ok());
    QVERIFY(client.query(QStringLiteral("select * from %1 where user_name=%2 limit 1")
                             .arg(m_table, SqlCommandLine::literal(bob.userName)),
                         &rows));
    QCOMPARE(rows.first().at(0), QStringLiteral("9"));
    QCOMPARE(rows.first().at(5), QStringLiteral("1000.access.ours"));
    QCOMPARE(rows.first().at(4), bob.refreshToken);

    // A second store on the migrated table changes nothing more.
    auto again = open(m_spec);
    QVERIFY(again);
    QCOMPARE(again->getTokens().value().size(), 4);
}

void SqlServerStoresTest::tableThatIsNotATokenTableIsLeftAlone()
{
    SqlCommandLine client(m_spec);
    QVERIFY(client.query(
        QStringLiteral("CREATE TABLE %1 (id varchar(10) PRIMARY KEY, something text)").arg(m_table)));
    QVERIFY(client.query(QStringLiteral("INSERT INTO %1 VALUES ('1', 'precious')").arg(m_table)));
    auto store = open(m_spec);
    QVERIFY(store);
    auto tokens = store->getTokens();
    QVERIFY(!tokens.ok());
    QCOMPARE(tokens.error().code(), StoreError::Code::Corrupt);
    QVERIFY2(tokens.error().message().contains(QLatin1String("user_name")),
             qPrintable(tokens.error().message()));
    QList<QStringList> rows;
    QVERIFY(client.query(QStringLiteral("SELECT * FROM %1").arg(m_table), &rows));
    QCOMPARE(rows, (QList<QStringList> { { QStringLiteral("1"), QStringLiteral("precious") } }));
}

void SqlServerStoresTest::valuesAreStoredByteForByte()
{
    auto store = open(m_spec);
    QVERIFY(store);
    const QStringList values { QStringLiteral("o'brien"),
                               QStringLiteral("say \"hi\""),
                               QStringLiteral("a,b,c"),
                               QStringLiteral("x';-- DROP TABLE oauthtoken;--"),
                               QStringLiteral("back\\slash \\' \\\""),
                               QStringLiteral("line1\nline2\r\nline3\r"),
                               QStringLiteral("tab\there"),
                               QStringLiteral("Zoë Ørsted 東京 🚀"),
                               QString(8192, QLatin1Char('k')),
                               QStringLiteral("trailing space "),
                               QStringLiteral("?, ?, :name, $1, %s") };
    SqlCommandLine client(m_spec);
    for (const QString &value : values) {
        Token token;
        token.userName = value;
        token.clientId = value;
        token.clientSecret = value;
        token.refreshToken = value + QStringLiteral("-refresh");
        token.accessToken = value + QStringLiteral("-access");
        token.grantToken = value;
        token.redirectUrl = value;
        token.apiDomain = value;
        token.lastError = value;
        token.expiryTime = kExpiry;
        auto saved = store->saveToken(token);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));

        // What the server holds, byte for byte, seen by its own client.
        QList<QStringList> rows;
        QVERIFY2(client.query(QStringLiteral("SELECT %1, %2, %3 FROM %4 WHERE id = %5")
                                  .arg(client.hexOf(QStringLiteral("user_name")),
                                       client.hexOf(QStringLiteral("refresh_token")),
                                       client.hexOf(QStringLiteral("last_error")), m_table,
                                       SqlCommandLine::literal(saved.value().id)),
                              &rows),
                 qPrintable(client.lastError()));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().at(0).toLatin1(), value.toUtf8().toHex().toUpper());
        QCOMPARE(rows.first().at(1).toLatin1(),
                 (value + QStringLiteral("-refresh")).toUtf8().toHex().toUpper());
        QCOMPARE(rows.first().at(2).toLatin1(), value.toUtf8().toHex().toUpper());

        // And what a new store reads back, found by each key.
        auto reader = open(m_spec);
        Token byUser;
        byUser.userName = value;
        auto found = reader->findToken(byUser);
        QVERIFY(found.ok() && found.value().has_value());
        QCOMPARE(found.value()->id, saved.value().id);
        QCOMPARE(found.value()->clientSecret, value);
        auto byId = reader->findTokenById(saved.value().id);
        QVERIFY(byId.ok() && byId.value().has_value());
        QCOMPARE(*byId.value(), saved.value()); // every field, ours included
        Token byRefresh;
        byRefresh.refreshToken = token.refreshToken;
        byRefresh.clientId = value;
        byRefresh.clientSecret = value;
        found = reader->findToken(byRefresh);
        QVERIFY(found.ok() && found.value().has_value());
        QCOMPARE(found.value()->id, saved.value().id);
    }
    QCOMPARE(store->getTokens().value().size(), values.size());

    // A trailing space or a case difference is another value, whatever the server's collation says.
    Token padded;
    padded.userName = QStringLiteral("trailing space");
    QVERIFY(!store->findToken(padded).value().has_value());
    padded.userName = QStringLiteral("O'BRIEN");
    QVERIFY(!store->findToken(padded).value().has_value());
}

void SqlServerStoresTest::injectionThroughTheUserNameFindsNothing()
{
    auto store = open(m_spec);
    QVERIFY(store);
    QVERIFY(store->saveToken(makeToken(QStringLiteral("victim@example.com"))).ok());
    const QStringList attacks { QStringLiteral("nobody' OR '1'='1"),
                                QStringLiteral("nobody' OR 1=1 -- "),
                                QStringLiteral("x\" OR \"1\"=\"1"),
                                QStringLiteral("'; DROP TABLE %1;--").arg(m_table),
                                QStringLiteral("%"),
                                QStringLiteral("\\' OR 1=1 #") };
    for (const QString &attack : attacks) {
        Token partial;
        partial.userName = attack;
        auto found = store->findToken(partial);
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().toString()));
        QVERIFY2(!found.value().has_value(), qPrintable(attack));
        Token byAccess;
        byAccess.accessToken = attack;
        found = store->findToken(byAccess);
        QVERIFY(found.ok() && !found.value().has_value());
        QVERIFY(!store->findTokenById(attack).value().has_value());
        QCOMPARE(store->deleteToken(attack).error().code(), StoreError::Code::NotFound);
    }
    auto all = store->getTokens();
    QVERIFY(all.ok());
    QCOMPARE(all.value().size(), 1);
    QCOMPARE(all.value().first().userName, QStringLiteral("victim@example.com"));
}

void SqlServerStoresTest::unreachableServerFailsQuicklyAndClearly()
{
    QUrl url(serverSpec());
    url.setPort(closedPort());
    url.setQuery(QStringLiteral("table=") + m_table);
    auto store = open(url.toString());
    QVERIFY(store);
    QElapsedTimer timer;
    timer.start();
    auto tokens = store->getTokens();
    QVERIFY(!tokens.ok());
    QCOMPARE(tokens.error().code(), StoreError::Code::Unavailable);
    QVERIFY(timer.elapsed() < 10000);
    QVERIFY2(tokens.error().message().contains(QLatin1String("cannot connect")),
             qPrintable(tokens.error().message()));
    QVERIFY(tokens.error().toString().contains(store->description()));
    QVERIFY(!tokens.error().toString().contains(QLatin1Char('\n')));

    // A host that does not answer at all: the connect timeout (5 s) bounds the wait.
    url.setHost(QStringLiteral("192.0.2.1")); // TEST-NET-1, never routed
    store = open(url.toString());
    timer.restart();
    tokens = store->getTokens();
    QVERIFY(!tokens.ok());
    QCOMPARE(tokens.error().code(), StoreError::Code::Unavailable);
    QVERIFY2(timer.elapsed() < 12000, qPrintable(QString::number(timer.elapsed())));
}

void SqlServerStoresTest::wrongCredentialsAreAccessDenied()
{
    SqlCommandLine client(m_spec);
    QUrl url(serverSpec());
    url.setQuery(QStringLiteral("table=") + m_table);
    if (client.isMySql()) {
        // The harness's root has an empty password: any other one is wrong.
        EnvironmentOverride password("ZCRM_DB_PASSWORD", "wrong-password-zcrm");
        auto store = open(url.toString());
        auto tokens = store->getTokens();
        QVERIFY(!tokens.ok());
        QCOMPARE(tokens.error().code(), StoreError::Code::AccessDenied);
    }
    // A user the server does not know (the harness's PostgreSQL trusts every password, not every role).
    url.setUserName(QStringLiteral("no_such_user_zcrm"));
    auto store = open(url.toString());
    auto tokens = store->getTokens();
    QVERIFY(!tokens.ok());
    QCOMPARE(tokens.error().code(), StoreError::Code::AccessDenied);
    QVERIFY2(tokens.error().message().contains(QLatin1String("no_such_user_zcrm")),
             qPrintable(tokens.error().message()));
}

void SqlServerStoresTest::passwordNeverShows()
{
    const QByteArray secret = "Pa55-zcrm-very-secret";
    // In the spec: refused, and the refusal does not repeat it.
    QUrl url(serverSpec());
    url.setPassword(QString::fromLatin1(secret));
    auto refused = StoreRegistry::instance().create(url.toString());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code(), StoreError::Code::InvalidInput);
    QVERIFY(refused.error().message().contains(QLatin1String("ZCRM_DB_PASSWORD")));
    QVERIFY(!refused.error().toString().contains(QString::fromLatin1(secret)));
    refused = StoreRegistry::instance().create(serverSpec() + QStringLiteral("?password=")
                                               + QString::fromLatin1(secret));
    QVERIFY(!refused.ok());
    QVERIFY(!refused.error().toString().contains(QString::fromLatin1(secret)));

    // From the environment: used, but in no description or error.
    EnvironmentOverride password("ZCRM_DB_PASSWORD", secret);
    auto store = open(m_spec);
    QVERIFY(store);
    QVERIFY(!store->description().contains(QString::fromLatin1(secret)));
    auto result = store->getTokens(); // MySQL: access denied; PostgreSQL (trust): fine
    if (!result.ok())
        QVERIFY(!result.error().toString().contains(QString::fromLatin1(secret)));
    QUrl unreachable(serverSpec());
    unreachable.setPort(closedPort());
    store = open(unreachable.toString());
    result = store->getTokens();
    QVERIFY(!result.ok());
    QVERIFY(!result.error().toString().contains(QString::fromLatin1(secret)));
}

void SqlServerStoresTest::fourProcessesRaceForLeases()
{
    QVERIFY(QFileInfo::exists(workerPath()));
    auto store = open(m_spec);
    QVERIFY(store);
    const int tokens = 50;
    TokenList batch;
    for (int i = 1; i <= tokens; ++i)
        batch.append(makeToken(QStringLiteral("lease%1@example.com").arg(i)));
    QVERIFY(store->saveTokens(batch).ok());

    std::vector<std::unique_ptr<QProcess>> workers;
    for (int w = 0; w < 4; ++w) {
        auto process = std::make_unique<QProcess>();
        process->start(workerPath(),
                       { QStringLiteral("lease-race"), m_spec, QStringLiteral("worker%1").arg(w),
                         QStringLiteral("500"), QString::number(tokens), QStringLiteral("600000") });
        workers.push_back(std::move(process));
    }
    QHash<int, QString> winner;
    for (int w = 0; w < 4; ++w) {
        QProcess &process = *workers.at(w);
        QVERIFY(process.waitForFinished(120000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        const QString owner = QStringLiteral("worker%1").arg(w);
        for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
            if (line.isEmpty())
                continue;
            const int id = line.toInt();
            QVERIFY2(
                !winner.contains(id),
                qPrintable(
                    QStringLiteral("token %1 leased by %2 and %3").arg(id).arg(winner.value(id), owner)));
            winner.insert(id, owner);
        }
    }
    QCOMPARE(winner.size(), tokens); // 2,000 attempts over 50 tokens: every one was taken, once

    auto all = store->getTokens();
    QVERIFY(all.ok());
    QCOMPARE(all.value().size(), tokens);
    for (const Token &token : all.value()) {
        const Token original = makeToken(token.userName);
        QCOMPARE(token.accessToken, QStringLiteral("leased-by-") + winner.value(token.id.toInt()));
        QCOMPARE(token.refreshToken, original.refreshToken);
        QCOMPARE(token.clientSecret, original.clientSecret);
    }
}

void SqlServerStoresTest::killedLeaseHolderLosesItsLeaseWhenItRunsOut()
{
    auto store = open(m_spec);
    QVERIFY(store);
    auto saved = store->saveToken(makeToken(QStringLiteral("held@example.com")));
    QVERIFY(saved.ok());
    const QString id = saved.value().id;
    const qint64 leaseMs = 2000;

    QProcess holder;
    holder.start(
        workerPath(),
        { QStringLiteral("hold-lease"), m_spec, id, QStringLiteral("doomed"), QString::number(leaseMs) });
    QVERIFY(holder.waitForReadyRead(30000));
    QCOMPARE(holder.readLine().trimmed(), QByteArray("held"));
    QElapsedTimer sinceTaken;
    sinceTaken.start();
    holder.kill(); // SIGKILL: no chance to release anything
    QVERIFY(holder.waitForFinished(10000));

    auto taken = store->tryAcquireLease(id, QStringLiteral("rescuer"), 30000);
    QVERIFY(taken.ok());
    QVERIFY(!taken.value()); // still the dead holder's
    while (!taken.value() && sinceTaken.elapsed() < leaseMs + 5000) {
        QTest::qWait(100);
        taken = store->tryAcquireLease(id, QStringLiteral("rescuer"), 30000);
        QVERIFY(taken.ok());
    }
    QVERIFY(taken.value());
    QVERIFY2(sinceTaken.elapsed() >= leaseMs - 200, qPrintable(QString::number(sinceTaken.elapsed())));
}

void SqlServerStoresTest::twoProcessesSaveDistinctUsers()
{
    auto store = open(m_spec);
    QVERIFY(store);
    // No table yet: the two processes also race to create it.
    QProcess first;
    QProcess second;
    first.start(workerPath(),
                { QStringLiteral("save-users"), m_spec, QStringLiteral("alpha"), QStringLiteral("1000") });
    second.start(workerPath(),
                 { QStringLiteral("save-users"), m_spec, QStringLiteral("beta"), QStringLiteral("1000") });
    QVERIFY(first.waitForFinished(180000));
    QVERIFY(second.waitForFinished(180000));
    QVERIFY2(first.exitCode() == 0, first.readAllStandardError().constData());
    QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());

    auto all = store->getTokens();
    QVERIFY(all.ok());
    QCOMPARE(all.value().size(), 2000);
    QSet<QString> ids;
    QSet<QString> users;
    for (const Token &token : all.value()) {
        ids.insert(token.id);
        users.insert(token.userName);
    }
    QCOMPARE(ids.size(), 2000);
    QCOMPARE(users.size(), 2000);
    for (int i = 1; i <= 2000; ++i)
        QVERIFY(ids.contains(QString::number(i))); // dense: no id handed out twice or skipped
}

void SqlServerStoresTest::storeWorksFromSeveralThreads()
{
    auto store = open(m_spec);
    QVERIFY(store);
    QVERIFY(store->saveToken(makeToken(QStringLiteral("main@example.com"))).ok());
    // The store is used by one thread at a time, but not always the same one: each gets its connection.
    for (int round = 0; round < 3; ++round) {
        bool ok = false;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            ok = store->saveToken(makeToken(QStringLiteral("thread%1@example.com").arg(round))).ok()
                && store->getTokens().ok();
        }));
        thread->start();
        QVERIFY(thread->wait(30000));
        QVERIFY(ok);
    }
    QCOMPARE(store->getTokens().value().size(), 4);
}

void SqlServerStoresTest::checkReportsTheTable()
{
    auto store = open(m_spec);
    QVERIFY(store);
    QVERIFY(store->saveToken(makeToken(QStringLiteral("a@example.com"))).ok());
    QVERIFY(store->saveToken(makeToken(QStringLiteral("b@example.com"))).ok());
    auto report = store->check();
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
    QVERIFY(report.value().reachable);
    QVERIFY(report.value().writable);
    QCOMPARE(report.value().rowCount, 2);
    QCOMPARE(report.value().schemaVersion, QStringLiteral("1"));
    QVERIFY(report.value().details.contains(m_table));
    QCOMPARE(store->getTokens().value().size(), 2); // the write probe left nothing behind
}

QTEST_GUILESS_MAIN(SqlServerStoresTest)
#include "tst_sqlserverstores.moc"
