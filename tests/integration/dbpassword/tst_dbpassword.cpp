// A database password kept in the OS keychain: `zcrm stores password SPEC`, then every command on
// that server logs in with it, and the password shows nowhere.
#include "testenvironment.h"

#include <QProcess>
#include <QTest>
#include <QUrl>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run zcrm(const QStringList &arguments, const QByteArray &input = {}, const QByteArray &passwordVariable = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("ZCRM_DB_PASSWORD"));
    if (!passwordVariable.isNull())
        environment.insert(QStringLiteral("ZCRM_DB_PASSWORD"), QString::fromUtf8(passwordVariable));
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("ZCRM_BINARY_DIR") + QStringLiteral("/app/cli/zcrm"), arguments);
    process.write(input);
    process.closeWriteChannel();
    Run run;
    if (process.waitForFinished(60000))
        run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

const QByteArray kPassword = "Pw-4-keychain-only";

} // namespace

class DatabasePasswordTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passwordFromTheKeychain();
};

void DatabasePasswordTest::passwordFromTheKeychain()
{
    ZCRM_REQUIRE_SERVICE("ZCRM_TEST_MYSQL_SPEC", "MariaDB");
    ZCRM_REQUIRE_SERVICE("ZCRM_TEST_KEYRING", "an unlocked Secret Service");
    const QUrl server(qEnvironmentVariable("ZCRM_TEST_MYSQL_SPEC"));
    QProcess admin;
    admin.start(QStringLiteral("mariadb"),
                { QStringLiteral("--socket=") + qEnvironmentVariable("ZCRM_TEST_MYSQL_SOCKET"),
                  QStringLiteral("-uroot"), QStringLiteral("-e"),
                  QStringLiteral("CREATE USER IF NOT EXISTS 'zcrm_pw'@'127.0.0.1' IDENTIFIED BY '%1'; "
                                 "GRANT ALL PRIVILEGES ON zohooauth.* TO 'zcrm_pw'@'127.0.0.1';")
                      .arg(QString::fromUtf8(kPassword)) });
    QVERIFY(admin.waitForFinished(30000));
    QVERIFY2(admin.exitCode() == 0, admin.readAllStandardError().constData());

    const QString spec =
        QStringLiteral("mysql://zcrm_pw@127.0.0.1:%1/zohooauth?table=t_dbpassword").arg(server.port());
    // No password anywhere yet: the server refuses, in one line, exit 4.
    Run run = zcrm({ QStringLiteral("stores"), QStringLiteral("check"), spec });
    QCOMPARE(run.exitCode, 4);
    QCOMPARE(run.err.count('\n'), 1);

    run = zcrm({ QStringLiteral("stores"), QStringLiteral("password"), spec }, kPassword + '\n');
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(!run.out.contains(kPassword));

    run = zcrm({ QStringLiteral("stores"), QStringLiteral("check"), spec, QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("\"writable\": true"));
    QVERIFY(!run.out.contains(kPassword));
    run = zcrm({ QStringLiteral("--store"), spec, QStringLiteral("tokens"), QStringLiteral("save"),
                 QStringLiteral("--user"), QStringLiteral("pw@example.com"), QStringLiteral("--access-token"),
                 QStringLiteral("1000.a") });
    QCOMPARE(run.exitCode, 0);

    // The keyring has it; ZCRM_DB_PASSWORD still wins when set.
    QProcess search;
    search.start(QStringLiteral("secret-tool"),
                 { QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                   QStringLiteral("zcrm-explorer-db") });
    QVERIFY(search.waitForFinished(30000));
    const QByteArray found = search.readAllStandardOutput() + search.readAllStandardError();
    QVERIFY2(found.contains("zcrm_pw@127.0.0.1"), found.constData());
    run = zcrm({ QStringLiteral("stores"), QStringLiteral("check"), spec }, {}, QByteArray("wrong"));
    QCOMPARE(run.exitCode, 4);
    QVERIFY(!run.err.contains(kPassword));
    QVERIFY(!run.err.contains("wrong"));
}

QTEST_GUILESS_MAIN(DatabasePasswordTest)
#include "tst_dbpassword.moc"
