// After the database server restarts, the same store object reconnects on its next call and the
// call succeeds. Runs alone (RUN_SERIAL): the restart would break other tests' connections.
#include "sqlcommandline.h"
#include "storeregistry.h"
#include "testenvironment.h"
#include "tokenstore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

class SqlServerRestartTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void nextCallAfterARestartReconnects();
};

void SqlServerRestartTest::initTestCase_data()
{
    QTest::addColumn<QByteArray>("variable");
    QTest::addColumn<QByteArray>("restart");
    QTest::addColumn<QByteArray>("server");
    QTest::newRow("mysql") << QByteArray("ZCRM_TEST_MYSQL_SPEC") << QByteArray("ZCRM_TEST_MYSQL_RESTART")
                           << QByteArray("MariaDB");
    QTest::newRow("postgresql") << QByteArray("ZCRM_TEST_PGSQL_SPEC") << QByteArray("ZCRM_TEST_PGSQL_RESTART")
                                << QByteArray("PostgreSQL");
}

void SqlServerRestartTest::nextCallAfterARestartReconnects()
{
    QFETCH_GLOBAL(QByteArray, variable);
    QFETCH_GLOBAL(QByteArray, restart);
    QFETCH_GLOBAL(QByteArray, server);
    ZCRM_REQUIRE_SERVICE(variable.constData(), server.constData());
    ZCRM_REQUIRE_SERVICE(restart.constData(), (server + " restart command").constData());

    const QString table =
        QStringLiteral("t_%1").arg(QRandomGenerator::global()->generate64() % 10000000000000ULL);
    const QString spec = qEnvironmentVariable(variable.constData()) + QStringLiteral("?table=") + table;
    auto created = StoreRegistry::instance().create(spec);
    QVERIFY(created.ok());
    TokenStore &store = *created.value();

    Token token;
    token.userName = QStringLiteral("restart@example.com");
    token.refreshToken = QStringLiteral("1000.refresh.restart");
    token.accessToken = QStringLiteral("1000.access.before");
    QVERIFY(store.saveToken(token).ok()); // the connection is open now

    for (int round = 1; round <= 2; ++round) {
        QProcess restarting;
        restarting.start(QStringLiteral("sh"),
                         { QStringLiteral("-c"), qEnvironmentVariable(restart.constData()) });
        QVERIFY(restarting.waitForFinished(120000));
        QVERIFY2(restarting.exitCode() == 0, restarting.readAllStandardError().constData());

        // A read first after one restart, a write first after the other.
        if (round == 1) {
            Token partial;
            partial.userName = token.userName;
            auto found = store.findToken(partial);
            QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().toString()));
            QVERIFY(found.value().has_value());
            QCOMPARE(found.value()->accessToken, QStringLiteral("1000.access.before"));
        } else {
            Token update;
            update.userName = token.userName;
            update.accessToken = QStringLiteral("1000.access.after");
            auto saved = store.saveToken(update);
            QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));
            QCOMPARE(saved.value().id, QStringLiteral("1"));
        }
    }
    auto all = store.getTokens();
    QVERIFY(all.ok());
    QCOMPARE(all.value().size(), 1);
    QCOMPARE(all.value().first().accessToken, QStringLiteral("1000.access.after"));
    SqlCommandLine(spec).query(QStringLiteral("DROP TABLE %1").arg(table));
}

QTEST_GUILESS_MAIN(SqlServerRestartTest)
#include "tst_sqlserverrestart.moc"
