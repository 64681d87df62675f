// Store specs of the server stores: the SDK DBStore's defaults, aliases, and every refusal
// (passwords, unknown options, table names that would have to be pasted into SQL).
#include "sqlserverspec.h"

#include <QTest>

class SqlServerSpecTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAreTheSdkDbStores_data();
    void defaultsAreTheSdkDbStores();
    void refusals_data();
    void refusals();
};

void SqlServerSpecTest::defaultsAreTheSdkDbStores_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("description");
    QTest::newRow("mysql, all defaults") << "mysql:"
                                         << "mysql://root@localhost:3306/zohooauth?table=oauthtoken";
    QTest::newRow("mysql://") << "mysql://"
                              << "mysql://root@localhost:3306/zohooauth?table=oauthtoken";
    QTest::newRow("mariadb alias") << "mariadb://app@db.example.com/tokens"
                                   << "mysql://app@db.example.com:3306/tokens?table=oauthtoken";
    QTest::newRow("mysql, all parts") << "mysql://zcrm@10.0.0.5:3307/crm?table=team_tokens"
                                      << "mysql://zcrm@10.0.0.5:3307/crm?table=team_tokens";
    QTest::newRow("postgresql, defaults")
        << "postgresql://"
        << "postgresql://postgres@localhost:5432/zohooauth?table=oauthtoken";
    QTest::newRow("postgres alias") << "postgres://me@127.0.0.1:6543/x?table=T_1"
                                    << "postgresql://me@127.0.0.1:6543/x?table=T_1";
    QTest::newRow("ipv6") << "postgresql://me@[::1]/db"
                          << "postgresql://me@[::1]:5432/db?table=oauthtoken";
    QTest::newRow("encoded user") << "mysql://first%20last@h/db"
                                  << "mysql://first%20last@h:3306/db?table=oauthtoken";
}

void SqlServerSpecTest::defaultsAreTheSdkDbStores()
{
    QFETCH(QString, spec);
    QFETCH(QString, description);
    auto parsed = SqlServerSpec::parse(spec);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    QCOMPARE(parsed.value().description(), description);
    // The description is itself a spec for the same store.
    auto again = SqlServerSpec::parse(parsed.value().description());
    QVERIFY(again.ok());
    QCOMPARE(again.value().description(), description);
}

void SqlServerSpecTest::refusals_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("reason");
    QTest::newRow("password") << "mysql://root:hunter22@localhost/db"
                              << "ZCRM_DB_PASSWORD";
    QTest::newRow("empty password") << "postgresql://root:@localhost/db"
                                    << "ZCRM_DB_PASSWORD";
    QTest::newRow("password option") << "mysql://root@localhost/db?password=hunter22"
                                     << "ZCRM_DB_PASSWORD";
    QTest::newRow("unknown option") << "mysql://root@localhost/db?sslmode=off"
                                    << "sslmode";
    QTest::newRow("table with quote") << "mysql://root@h/db?table=a'b"
                                      << "table name";
    QTest::newRow("table with semicolon") << "postgresql://u@h/db?table=t;drop"
                                          << "table name";
    QTest::newRow("table with space") << "postgresql://u@h/db?table=a%20b"
                                      << "table name";
    QTest::newRow("table starting with digit") << "mysql://u@h/db?table=1t"
                                               << "table name";
    QTest::newRow("table too long") << "mysql://u@h/db?table=" + QString(41, QLatin1Char('t'))
                                    << "table name";
    QTest::newRow("two path parts") << "mysql://u@h/db/more"
                                    << "one database";
    QTest::newRow("no slashes") << "mysql:root@h"
                                << "expected";
    QTest::newRow("other scheme") << "sqlite:/tmp/x"
                                  << "not a MySQL";
}

void SqlServerSpecTest::refusals()
{
    QFETCH(QString, spec);
    QFETCH(QString, reason);
    auto parsed = SqlServerSpec::parse(spec);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code(), StoreError::Code::InvalidInput);
    QVERIFY2(parsed.error().message().contains(reason), qPrintable(parsed.error().message()));
    QVERIFY2(!parsed.error().toString().contains(QLatin1String("hunter22")),
             qPrintable(parsed.error().toString()));
}

QTEST_GUILESS_MAIN(SqlServerSpecTest)
#include "tst_sqlserverspec.moc"
