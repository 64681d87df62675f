// `zcrm tokens …` end to end: the real executable, real store files, exit codes and output as
// scripts see them.
#include "cliprocess.h"
#include "testtokens.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = CliProcess::Run;

} // namespace

class CliTokensTest : public QObject
{
    Q_OBJECT

private:
    Run zcrm(const QStringList &arguments, const QByteArray &storeEnvironment = QByteArray());
    QString spec(const QString &name) const;

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase_data();
    void helpListsCommandsAndExitCodes();
    void saveListShowFindDelete();
    void jsonUsesSdkFieldNamesAndMasksSecrets();
    void usageErrorsExitTwo();
    void notFoundExitsThree();
    void storeErrorsExitFourAndLeaveTheFileAlone();
    void storeComesFromTheEnvironment();
    void copyMovesEveryToken();
    void copySaysWhenRowsMerge();
    void emptySelectorsAreUsageErrors();
    void notARegularFileIsLeftAlone();
};

void CliTokensTest::initTestCase_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("file") << QStringLiteral("file");
}

QString CliTokensTest::spec(const QString &name) const
{
    QFETCH_GLOBAL(QString, scheme);
    return QStringLiteral("%1:%2/%3.%4")
        .arg(scheme, m_dir.path(), name,
             scheme == QLatin1String("sqlite") ? QStringLiteral("db") : QStringLiteral("csv"));
}

Run CliTokensTest::zcrm(const QStringList &arguments, const QByteArray &storeEnvironment)
{
    CliProcess::Options options;
    if (!storeEnvironment.isEmpty())
        options.environment.insert(QStringLiteral("ZCRM_STORE"), QString::fromUtf8(storeEnvironment));
    options.environment.insert(QStringLiteral("HOME"), m_dir.path() + QStringLiteral("/home"));
    options.environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.path() + QStringLiteral("/home/data"));
    options.timeoutMs = 30000;
    return CliProcess::run(arguments, options);
}

void CliTokensTest::helpListsCommandsAndExitCodes()
{
    const Run run = zcrm({ QStringLiteral("--help") });
    QCOMPARE(run.exitCode, 0);
    for (const char *expected :
         { "tokens list", "tokens copy --from SPEC --to SPEC", "0  success", "2  usage error", "3  not found",
           "4  store error", "sqlite:PATH", "file:PATH", "memory:" })
        QVERIFY2(run.out.contains(expected), expected);
    const Run version = zcrm({ QStringLiteral("--version") });
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("zcrm "));
}

void CliTokensTest::saveListShowFindDelete()
{
    const QString store = spec(QStringLiteral("crud"));
    Run run =
        zcrm({ QStringLiteral("--store"), store, QStringLiteral("tokens"), QStringLiteral("save"),
               QStringLiteral("--user"), QStringLiteral("ann@example.com"), QStringLiteral("--client-id"),
               QStringLiteral("1000.C"), QStringLiteral("--client-secret"), QStringLiteral("s3cr3t-value"),
               QStringLiteral("--refresh-token"), QStringLiteral("1000.refresh.ann"),
               QStringLiteral("--expiry-time"), QStringLiteral("1795871772151") });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QByteArray("1"));
    run = zcrm({ QStringLiteral("--store"), store, QStringLiteral("tokens"), QStringLiteral("save"),
                 QStringLiteral("--user"), QStringLiteral("bob@example.com"),
                 QStringLiteral("--access-token"), QStringLiteral("1000.access.bob") });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QByteArray("2"));
    // The same user again updates row 1.
    run = zcrm({ QStringLiteral("--store"), store, QStringLiteral("tokens"), QStringLiteral("save"),
                 QStringLiteral("--user"), QStringLiteral("ann@example.com"),
                 QStringLiteral("--access-token"), QStringLiteral("1000.access.ann") });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QByteArray("1"));

    run = zcrm({ QStringLiteral("--store"), store, QStringLiteral("tokens"), QStringLiteral("list") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("ann@example.com"));
    QVERIFY(run.out.contains("bob@example.com"));
    QVERIFY(!run.out.contains("s3cr3t-value"));

    run = zcrm({ QStringLiteral("--store"), store, QStringLiteral("tokens"), QStringLiteral("show"),
                 QStringLiteral("1") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("1000.C"));
    QVERIFY(!run.out.contains("s3cr3t-value"));
    run = zcrm({ QStringLiteral("--store"), store, QStringLiteral("tokens"), QStringLiteral("show"),
                 QStringLiteral("1"), QStringLiteral("--reveal") });
    QVERIFY(run.out.contains("s3cr3t-value"));

    run = zcrm({ QStringLiteral("--store"), store, QStringLiteral("tokens"), QStringLiteral("find"),
                 QStringLiteral("--refresh-token"), QStringLiteral("1000.refresh.ann"),
                 QStringLiteral("--client-id"), QStringLiteral("1000.C"), QStringLiteral("--client-secret"),
                 QStringLiteral("x"), QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("id")).toString(),
             QStringLiteral("1"));

    run = zcrm({ QStringLiteral("--store"), store, QStringLiteral("tokens"), QStringLiteral("delete"),
                 QStringLiteral("2") });
    QCOMPARE(run.exitCode, 0);
    run = zcrm({ QStringLiteral("--store"), store, QStringLiteral("tokens"), QStringLiteral("list"),
                 QStringLiteral("--json") });
    QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 1);

    run = zcrm({ QStringLiteral("--store"), store, QStringLiteral("tokens"), QStringLiteral("purge"),
                 QStringLiteral("--yes") });
    QCOMPARE(run.exitCode, 0);
    run = zcrm({ QStringLiteral("--store"), store, QStringLiteral("tokens"), QStringLiteral("list"),
                 QStringLiteral("--json") });
    QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 0);
}

void CliTokensTest::jsonUsesSdkFieldNamesAndMasksSecrets()
{
    const QString store = spec(QStringLiteral("json"));
    Run run = zcrm({ QStringLiteral("--store"),
                     store,
                     QStringLiteral("tokens"),
                     QStringLiteral("save"),
                     QStringLiteral("--user"),
                     QStringLiteral("ann@example.com"),
                     QStringLiteral("--client-id"),
                     QStringLiteral("1000.C"),
                     QStringLiteral("--client-secret"),
                     QStringLiteral("client-secret-value"),
                     QStringLiteral("--refresh-token"),
                     QStringLiteral("1000.refresh-token-value"),
                     QStringLiteral("--access-token"),
                     QStringLiteral("1000.access-token-value"),
                     QStringLiteral("--expiry-time"),
                     QStringLiteral("1795871772151"),
                     QStringLiteral("--redirect-url"),
                     QStringLiteral("http://localhost:8400/callback"),
                     QStringLiteral("--api-domain"),
                     QStringLiteral("https://www.zohoapis.eu"),
                     QStringLiteral("--accounts-server"),
                     QStringLiteral("https://accounts.zoho.eu"),
                     QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 0);
    QJsonObject object = QJsonDocument::fromJson(run.out).object();
    for (const char *field : { "id", "user_name", "client_id", "client_secret", "refresh_token",
                               "access_token", "grant_token", "expiry_time", "redirect_url", "api_domain" })
        QVERIFY2(object.contains(QLatin1String(field)), field);
    QCOMPARE(object.value(QStringLiteral("expiry_time")).toString(), QStringLiteral("1795871772151"));
    QCOMPARE(object.value(QStringLiteral("api_domain")).toString(),
             QStringLiteral("https://www.zohoapis.eu"));
    QCOMPARE(object.value(QStringLiteral("accounts_server")).toString(),
             QStringLiteral("https://accounts.zoho.eu"));
    QVERIFY(!run.out.contains("client-secret-value"));
    QVERIFY(!run.out.contains("refresh-token-value"));
    QVERIFY(!run.out.contains("access-token-value"));

    run = zcrm({ QStringLiteral("--store"), store, QStringLiteral("tokens"), QStringLiteral("list"),
                 QStringLiteral("--json"), QStringLiteral("--reveal") });
    const QJsonArray array = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(array.size(), 1);
    QCOMPARE(array.first().toObject().value(QStringLiteral("refresh_token")).toString(),
             QStringLiteral("1000.refresh-token-value"));
}

void CliTokensTest::usageErrorsExitTwo()
{
    const QString store = spec(QStringLiteral("usage"));
    const QList<QStringList> cases {
        {},
        { QStringLiteral("nosuchcommand") },
        { QStringLiteral("tokens") },
        { QStringLiteral("tokens"), QStringLiteral("bogus") },
        { QStringLiteral("tokens"), QStringLiteral("show") },
        { QStringLiteral("tokens"), QStringLiteral("purge") },
        { QStringLiteral("tokens"), QStringLiteral("save"), QStringLiteral("--expiry-time"),
          QStringLiteral("soon") },
        { QStringLiteral("tokens"), QStringLiteral("list"), QStringLiteral("--no-such-option") },
        { QStringLiteral("tokens"), QStringLiteral("copy"), QStringLiteral("--from"), store },
    };
    for (const QStringList &arguments : cases) {
        const Run run = zcrm(QStringList { QStringLiteral("--store"), store } + arguments);
        QVERIFY2(run.exitCode == 2, qPrintable(arguments.join(QLatin1Char(' '))));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err.count('\n'), 1); // one clear line
    }
}

void CliTokensTest::notFoundExitsThree()
{
    const QString store = spec(QStringLiteral("missing"));
    Run run = zcrm({ QStringLiteral("--store"), store, QStringLiteral("tokens"), QStringLiteral("show"),
                     QStringLiteral("42") });
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(run.err.count('\n'), 1);
    run = zcrm({ QStringLiteral("--store"), store, QStringLiteral("tokens"), QStringLiteral("delete"),
                 QStringLiteral("42") });
    QCOMPARE(run.exitCode, 3);
    run = zcrm({ QStringLiteral("--store"), store, QStringLiteral("tokens"), QStringLiteral("find"),
                 QStringLiteral("--user"), QStringLiteral("nobody' OR '1'='1") });
    QCOMPARE(run.exitCode, 3);
}

void CliTokensTest::storeErrorsExitFourAndLeaveTheFileAlone()
{
    QFETCH_GLOBAL(QString, scheme);
    // A file that is not a store of this kind.
    const QString path = m_dir.path() + QStringLiteral("/not-a-store.bin");
    QFile garbage(path);
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray("\x00\x01garbage\"\n,,,\"unterminated", 25) + QByteArray(3000, 'x'));
    garbage.close();
    const QByteArray before = TestTokens::fileChecksum(path);
    for (const QStringList &arguments :
         { QStringList { QStringLiteral("tokens"), QStringLiteral("list") },
           QStringList { QStringLiteral("tokens"), QStringLiteral("save"), QStringLiteral("--user"),
                         QStringLiteral("a@b.c"), QStringLiteral("--access-token"), QStringLiteral("t") } }) {
        const Run run =
            zcrm(QStringList { QStringLiteral("--store"), scheme + QLatin1Char(':') + path } + arguments);
        QCOMPARE(run.exitCode, 4);
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY(run.err.contains(path.toUtf8()));
        QCOMPARE(TestTokens::fileChecksum(path), before);
    }
    // A folder that does not exist.
    const Run run =
        zcrm({ QStringLiteral("--store"), scheme + QStringLiteral(":/nonexistent-zcrm-folder/x/tokens"),
               QStringLiteral("tokens"), QStringLiteral("list") });
    QCOMPARE(run.exitCode, 4);
    QCOMPARE(run.err.count('\n'), 1);
}

void CliTokensTest::storeComesFromTheEnvironment()
{
    const QString store = spec(QStringLiteral("environment"));
    Run run = zcrm({ QStringLiteral("tokens"), QStringLiteral("save"), QStringLiteral("--user"),
                     QStringLiteral("env@example.com"), QStringLiteral("--access-token"),
                     QStringLiteral("1000.a") },
                   store.toUtf8());
    QCOMPARE(run.exitCode, 0);
    run = zcrm({ QStringLiteral("--store"), store, QStringLiteral("tokens"), QStringLiteral("list") });
    QVERIFY(run.out.contains("env@example.com"));
}

void CliTokensTest::copyMovesEveryToken()
{
    QFETCH_GLOBAL(QString, scheme);
    const QString from = spec(QStringLiteral("copy-from"));
    const QString to =
        (scheme == QLatin1String("sqlite") ? QStringLiteral("file:") : QStringLiteral("sqlite:"))
        + m_dir.path() + QStringLiteral("/copy-to-") + scheme;
    const QString awkward = QStringLiteral("o'brien, \"the\" 東京\nline");
    for (int i = 0; i < 5; ++i) {
        const Run run =
            zcrm({ QStringLiteral("--store"), from, QStringLiteral("tokens"), QStringLiteral("save"),
                   QStringLiteral("--user"), QStringLiteral("u%1@example.com").arg(i),
                   QStringLiteral("--client-id"), awkward, QStringLiteral("--refresh-token"),
                   QStringLiteral("1000.r%1").arg(i) });
        QCOMPARE(run.exitCode, 0);
    }
    Run run = zcrm({ QStringLiteral("tokens"), QStringLiteral("copy"), QStringLiteral("--from"), from,
                     QStringLiteral("--to"), to });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("copied 5 tokens"));
    run = zcrm({ QStringLiteral("--store"), to, QStringLiteral("tokens"), QStringLiteral("list"),
                 QStringLiteral("--json"), QStringLiteral("--reveal") });
    const QJsonArray copied = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(copied.size(), 5);
    for (const QJsonValue &value : copied) {
        QCOMPARE(value.toObject().value(QStringLiteral("client_id")).toString(), awkward);
        QVERIFY(value.toObject()
                    .value(QStringLiteral("refresh_token"))
                    .toString()
                    .startsWith(QLatin1String("1000.r")));
    }
}

void CliTokensTest::copySaysWhenRowsMerge()
{
    QFETCH_GLOBAL(QString, scheme);
    // Two rows of one user, client and API domain, as the SDK's file can hold: the target's rules make
    // them one row, and the output says so.
    const QString from = m_dir.path() + QStringLiteral("/merge-from-") + scheme + QStringLiteral(".csv");
    QFile csv(from);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("id,user_name,client_id,client_secret,refresh_token,access_token,grant_token,expiry_time,"
              "redirect_uri,"
              "api_domain\r\n1,a@x.com,c,s,1000.rA,,,,,\r\n2,a@x.com,c,s,1000.rB,,,,,\r\n");
    csv.close();
    const QString to = spec(QStringLiteral("merge-to"));
    const Run run = zcrm({ QStringLiteral("tokens"), QStringLiteral("copy"), QStringLiteral("--from"),
                           QStringLiteral("file:") + from, QStringLiteral("--to"), to });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("copied 2 tokens") && run.out.contains("into 1 rows: 1 had the same user"),
             run.out.constData());
}

void CliTokensTest::emptySelectorsAreUsageErrors()
{
    // An unset "$ID" in a script must never pick the row that has no user name.
    const QString store = spec(QStringLiteral("empty-selectors"));
    const QList<QStringList> cases {
        { QStringLiteral("--store"), QString(), QStringLiteral("tokens"), QStringLiteral("list") },
        { QStringLiteral("--store"), store, QStringLiteral("revoke"), QString() },
        { QStringLiteral("--store"), store, QStringLiteral("revoke"), QStringLiteral("--user"), QString() },
        { QStringLiteral("--store"), store, QStringLiteral("refresh"), QString() },
        { QStringLiteral("--store"), store, QStringLiteral("refresh"), QStringLiteral("--user"), QString() },
        { QStringLiteral("--store"), store, QStringLiteral("api"), QStringLiteral("--token"), QString(),
          QStringLiteral("GET"), QStringLiteral("Leads") },
    };
    for (const QStringList &arguments : cases) {
        const Run run = zcrm(arguments);
        QVERIFY2(run.exitCode == 2, qPrintable(arguments.join(QLatin1Char('|'))));
        QCOMPARE(run.err.count('\n'), 1);
    }
}

void CliTokensTest::notARegularFileIsLeftAlone()
{
    QFETCH_GLOBAL(QString, scheme);
    const QString pipe = m_dir.path() + QStringLiteral("/pipe-") + scheme;
    QCOMPARE(QProcess::execute(QStringLiteral("mkfifo"), { pipe }), 0);
    for (const QStringList &arguments :
         { QStringList { QStringLiteral("tokens"), QStringLiteral("list") },
           QStringList { QStringLiteral("tokens"), QStringLiteral("save"), QStringLiteral("--user"),
                         QStringLiteral("a@b.c"), QStringLiteral("--refresh-token"),
                         QStringLiteral("1000.r") } }) {
        const Run run =
            zcrm(QStringList { QStringLiteral("--store"), scheme + QLatin1Char(':') + pipe } + arguments);
        QCOMPARE(run.exitCode, 4); // and no hang on the pipe
        QVERIFY(run.err.contains("not a regular file"));
    }
    QVERIFY(!QFileInfo(pipe).isFile()); // still the pipe
    QVERIFY(!QFile::exists(pipe + QStringLiteral(".lock")));
    QVERIFY(!QFile::exists(pipe + QStringLiteral("-journal")));
}

QTEST_GUILESS_MAIN(CliTokensTest)
#include "tst_clitokens.moc"
