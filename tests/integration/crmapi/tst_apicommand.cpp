// `zcrm api` end to end: the built executable, a token saved with `zcrm tokens save` in a real store
// file, the sandbox in this process answering over loopback HTTP.
#include "cliprocess.h"
#include "sandboxserver.h"
#include "sandboxtokens.h"
#include "storeregistry.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

using Run = CliProcess::Run;

constexpr int kRecords = 2300;

} // namespace

class TestApiCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void pathForms_data();
    void pathForms();
    void includePrintsStatusAndHeaders();
    void allPagesPrintsOneArray();
    void allPagesWithInclude();
    void allPagesFirstPageErrorPrintsBody();
    void allPagesErrorLaterKeepsValidJson();
    void apiErrorExitsSevenAndPrintsBody();
    void insertFromFileThenDelete();
    void partialSuccessExitsSeven();
    void coqlWithInlineData();
    void coqlAllPagesByLimitAndOffset();
    void throttledExitsSeven();
    void tokenByUserAndById();
    void noSuchTokenExitsThree();
    void severalTokensNeedAChoice();
    void emptyStoreExitsThree();
    void networkErrorExitsSix();
    void timeoutExitsSix();
    void rejectedTokenExitsFive();
    void usageErrors_data();
    void usageErrors();

private:
    Run zcrm(const QStringList &arguments, const QByteArray &stdinData = QByteArray());
    Run api(const QStringList &arguments)
    {
        return zcrm(QStringList { QStringLiteral("--store"), m_spec, QStringLiteral("api") } + arguments);
    }
    QString newSpec(const QString &name) const;
    QString saveToken(const QString &spec, const SandboxToken &token, const QString &user);

    SandboxServer m_sandbox;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
    QString m_scheme;
    QString m_spec;
    QString m_tokenId;
    SandboxToken m_token;
};

void TestApiCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(CliProcess::zcrmBinary()), "ZCRM_BINARY_DIR/app/cli/zcrm is missing");
    for (const char *scheme : { "sqlite", "file" }) {
        if (StoreRegistry::instance().hasScheme(QLatin1String(scheme))) {
            m_scheme = QLatin1String(scheme);
            break;
        }
    }
    QVERIFY2(!m_scheme.isEmpty(), "neither the sqlite: nor the file: store is in this build");
    m_sandbox.setRecordsPerModule(kRecords);
    QVERIFY(m_sandbox.start(0));
    m_token = SandboxTokens::mint(m_sandbox, m_network);
    QVERIFY2(m_token.error.isEmpty(), qPrintable(m_token.error));
    m_spec = newSpec(QStringLiteral("main"));
    m_tokenId = saveToken(m_spec, m_token, m_sandbox.signedInUser());
    QVERIFY(!m_tokenId.isEmpty());
}

void TestApiCommand::init()
{
    m_sandbox.clearFaults();
    m_sandbox.resetCounters();
}

QString TestApiCommand::newSpec(const QString &name) const
{
    return m_scheme + QLatin1Char(':')
        + m_dir.filePath(name + (m_scheme == QLatin1String("sqlite") ? ".db" : ".csv"));
}

QString TestApiCommand::saveToken(const QString &spec, const SandboxToken &token, const QString &user)
{
    const Run run =
        zcrm({ QStringLiteral("--store"), spec, QStringLiteral("tokens"), QStringLiteral("save"),
               QStringLiteral("--user"), user, QStringLiteral("--client-id"), m_sandbox.clientId(),
               QStringLiteral("--client-secret"), m_sandbox.clientSecret(), QStringLiteral("--refresh-token"),
               token.refreshToken, QStringLiteral("--access-token"), token.accessToken,
               QStringLiteral("--expiry-time"), QString::number(token.expiryTime),
               QStringLiteral("--api-domain"), token.apiDomain });
    if (run.exitCode != 0)
        qWarning() << "tokens save failed:" << run.err;
    return run.exitCode == 0 ? QString::fromUtf8(run.out).trimmed() : QString();
}

Run TestApiCommand::zcrm(const QStringList &arguments, const QByteArray &stdinData)
{
    CliProcess::Options options;
    options.stdinData = stdinData;
    return CliProcess::run(arguments, options);
}

void TestApiCommand::pathForms_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("Leads") << QStringLiteral("Leads");
    QTest::newRow("/Leads") << QStringLiteral("/Leads");
    QTest::newRow("crm/v8/Leads") << QStringLiteral("crm/v8/Leads");
    QTest::newRow("/crm/v8/Leads") << QStringLiteral("/crm/v8/Leads");
}

void TestApiCommand::pathForms()
{
    QFETCH(QString, path);
    const Run run = api({ QStringLiteral("GET"), path, QStringLiteral("--param"),
                          QStringLiteral("fields=Last_Name,Email"), QStringLiteral("--param"),
                          QStringLiteral("per_page=3") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.err.isEmpty());
    QJsonParseError error;
    const QJsonObject body = QJsonDocument::fromJson(run.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, run.out.constData());
    const QJsonArray data = body.value(QLatin1String("data")).toArray();
    QCOMPARE(data.size(), 3);
    QCOMPARE(data.at(0).toObject().value(QLatin1String("id")).toString(),
             QStringLiteral("3652397000000001001"));
    QVERIFY(data.at(0).toObject().contains(QLatin1String("Email")));
    QCOMPARE(body.value(QLatin1String("info")).toObject().value(QLatin1String("per_page")).toInt(), 3);
    QCOMPARE(m_sandbox.apiRequestCount(), 1);
}

void TestApiCommand::includePrintsStatusAndHeaders()
{
    const Run run = api({ QStringLiteral("GET"), QStringLiteral("org"), QStringLiteral("--include") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const auto split = run.out.indexOf("\r\n\r\n");
    QVERIFY2(split > 0, run.out.constData());
    const QByteArray head = run.out.left(split);
    QVERIFY2(head.startsWith("HTTP/1.1 200 OK\r\n"), head.constData());
    QVERIFY2(head.contains("\r\nX-RATELIMIT-DAY-LIMIT: 50000"), head.constData());
    QVERIFY2(head.contains("\r\nContent-Type: application/json"), head.constData());
    const QJsonObject body = QJsonDocument::fromJson(run.out.mid(split + 4)).object();
    QCOMPARE(body.value(QLatin1String("org")).toArray().size(), 1);
}

void TestApiCommand::allPagesPrintsOneArray()
{
    const Run run = api({ QStringLiteral("GET"), QStringLiteral("Leads"), QStringLiteral("--param"),
                          QStringLiteral("fields=Last_Name"), QStringLiteral("--all-pages") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.err.isEmpty());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(document.isArray());
    const QJsonArray records = document.array();
    QCOMPARE(records.size(), kRecords);
    QSet<quint64> seen;
    quint64 previous = 0;
    for (const QJsonValue &record : records) {
        const quint64 id = record.toObject().value(QLatin1String("id")).toString().toULongLong();
        QVERIFY(!seen.contains(id));
        QVERIFY(id > previous);
        QVERIFY(record.toObject().contains(QLatin1String("Last_Name")));
        seen.insert(id);
        previous = id;
    }
    QCOMPARE(m_sandbox.apiRequestCount(), 12); // 10 pages by number, 2 by page_token
}

void TestApiCommand::allPagesWithInclude()
{
    const Run run =
        api({ QStringLiteral("GET"), QStringLiteral("Leads"), QStringLiteral("--param"),
              QStringLiteral("fields=Last_Name"), QStringLiteral("--all-pages"), QStringLiteral("-i") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const auto split = run.out.indexOf("\r\n\r\n");
    QVERIFY(split > 0);
    QVERIFY(run.out.startsWith("HTTP/1.1 200 OK\r\n"));
    QCOMPARE(run.out.count("HTTP/1.1 "), 1); // the first page's head only, then the array
    QCOMPARE(QJsonDocument::fromJson(run.out.mid(split + 4)).array().size(), kRecords);
}

void TestApiCommand::allPagesFirstPageErrorPrintsBody()
{
    // page=11 is past the 2,000 records `page` reaches: CRM refuses the first page.
    const Run run = api({ QStringLiteral("GET"), QStringLiteral("Leads"), QStringLiteral("--param"),
                          QStringLiteral("fields=Last_Name"), QStringLiteral("--param"),
                          QStringLiteral("page=11"), QStringLiteral("--all-pages") });
    QCOMPARE(run.exitCode, 7);
    const QJsonObject body = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(body.value(QLatin1String("status")).toString(), QStringLiteral("error"));
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY2(run.err.contains("HTTP 400"), run.err.constData());
}

void TestApiCommand::allPagesErrorLaterKeepsValidJson()
{
    // Once three pages are answered, every later CRM request fails with 500.
    QTimer watch;
    watch.setInterval(0);
    connect(&watch, &QTimer::timeout, this, [this, &watch]() {
        if (m_sandbox.apiRequestCount() >= 3) {
            m_sandbox.setErrorRate(500, 1.0);
            watch.stop();
        }
    });
    watch.start();
    const Run run = api({ QStringLiteral("GET"), QStringLiteral("Leads"), QStringLiteral("--param"),
                          QStringLiteral("fields=Last_Name"), QStringLiteral("--all-pages") });
    QCOMPARE(run.exitCode, 7);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString())); // the array is closed
    const auto records = document.array().size();
    QVERIFY2(records >= 600 && records < kRecords && records % 200 == 0,
             qPrintable(QString::number(records)));
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY2(run.err.contains(QStringLiteral("stopped after %1 records").arg(records).toUtf8()),
             run.err.constData());
    QVERIFY2(run.err.contains("HTTP 500"), run.err.constData());
}

void TestApiCommand::apiErrorExitsSevenAndPrintsBody()
{
    const Run run = api({ QStringLiteral("GET"), QStringLiteral("Leads") });
    QCOMPARE(run.exitCode, 7);
    const QJsonObject body = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(body.value(QLatin1String("code")).toString(), QStringLiteral("REQUIRED_PARAM_MISSING"));
    QCOMPARE(body.value(QLatin1String("status")).toString(), QStringLiteral("error"));
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY2(run.err.contains("HTTP 400 REQUIRED_PARAM_MISSING"), run.err.constData());
}

void TestApiCommand::insertFromFileThenDelete()
{
    const QString dataPath = m_dir.filePath(QStringLiteral("lead.json"));
    QFile file(dataPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"data":[{"Last_Name":"From File","Email":"from.file@example.com","Company":"ZCRM"}]})");
    file.close();
    const int before = m_sandbox.recordCount(QStringLiteral("Leads"));
    const Run inserted = api({ QStringLiteral("POST"), QStringLiteral("Leads"), QStringLiteral("--data"),
                               QLatin1Char('@') + dataPath });
    QVERIFY2(inserted.exitCode == 0, inserted.err.constData());
    const QJsonObject result = QJsonDocument::fromJson(inserted.out)
                                   .object()
                                   .value(QLatin1String("data"))
                                   .toArray()
                                   .at(0)
                                   .toObject();
    QCOMPARE(result.value(QLatin1String("code")).toString(), QStringLiteral("SUCCESS"));
    const QString id =
        result.value(QLatin1String("details")).toObject().value(QLatin1String("id")).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_sandbox.recordCount(QStringLiteral("Leads")), before + 1);

    const Run deleted = api({ QStringLiteral("DELETE"), QStringLiteral("Leads/") + id });
    QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
    QCOMPARE(m_sandbox.recordCount(QStringLiteral("Leads")), before);

    // Gone: 204 with an empty body, which is no error.
    const Run gone = api({ QStringLiteral("GET"), QStringLiteral("Leads/") + id, QStringLiteral("-i") });
    QVERIFY2(gone.exitCode == 0, gone.err.constData());
    QVERIFY2(gone.out.startsWith("HTTP/1.1 204 "), gone.out.constData());
    QVERIFY(gone.out.endsWith("\r\n\r\n"));
}

void TestApiCommand::partialSuccessExitsSeven()
{
    const Run run = api({ QStringLiteral("PUT"), QStringLiteral("Leads"), QStringLiteral("--data"),
                          QStringLiteral(R"({"data":[{"id":"3652397000000001001","Title":"ok"},)"
                                         R"({"id":"3652397000000001001","Email":"not an email"}]})") });
    QCOMPARE(run.exitCode, 7);
    const QJsonArray data = QJsonDocument::fromJson(run.out).object().value(QLatin1String("data")).toArray();
    QCOMPARE(data.size(), 2);
    QCOMPARE(data.at(0).toObject().value(QLatin1String("status")).toString(), QStringLiteral("success"));
    QCOMPARE(data.at(1).toObject().value(QLatin1String("status")).toString(), QStringLiteral("error"));
    QVERIFY2(run.err.contains("1 of 2 records failed"), run.err.constData());
    QVERIFY2(run.err.contains("INVALID_DATA"), run.err.constData());
}

void TestApiCommand::coqlWithInlineData()
{
    const Run run =
        api({ QStringLiteral("POST"), QStringLiteral("/crm/v8/coql"), QStringLiteral("-d"),
              QStringLiteral(
                  R"({"select_query":"select Last_Name from Leads where Last_Name = 'Tanaka' limit 4"})") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray data = QJsonDocument::fromJson(run.out).object().value(QLatin1String("data")).toArray();
    QVERIFY(!data.isEmpty());
    QVERIFY(data.size() <= 4);
    for (const QJsonValue &record : data)
        QCOMPARE(record.toObject().value(QLatin1String("Last_Name")).toString(), QStringLiteral("Tanaka"));
}

void TestApiCommand::coqlAllPagesByLimitAndOffset()
{
    // The query's LIMIT is the page size; OFFSET moves until more_records is false.
    const Run run = api(
        { QStringLiteral("POST"), QStringLiteral("coql"), QStringLiteral("--all-pages"), QStringLiteral("-d"),
          QStringLiteral(
              R"({"select_query":"select Last_Name from Leads where Last_Name is not null limit 1000"})") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray records = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(records.size(), kRecords);
    QSet<QString> ids;
    for (const QJsonValue &record : records)
        ids.insert(record.toObject().value(QLatin1String("id")).toString());
    QCOMPARE(ids.size(), kRecords);
    QCOMPARE(m_sandbox.apiRequestCount(), (kRecords + 999) / 1000);
}

void TestApiCommand::throttledExitsSeven()
{
    m_sandbox.setThrottleRate(1.0);
    const Run run = api({ QStringLiteral("GET"), QStringLiteral("org"), QStringLiteral("--include") });
    QCOMPARE(run.exitCode, 7);
    QVERIFY2(run.out.startsWith("HTTP/1.1 429 "), run.out.constData());
    QVERIFY2(run.out.contains("TOO_MANY_REQUESTS"), run.out.constData());
    QVERIFY2(run.err.contains("HTTP 429 TOO_MANY_REQUESTS"), run.err.constData());
    QVERIFY2(run.err.contains("remaining ?/"), run.err.constData()); // the limit header, surfaced
}

void TestApiCommand::tokenByUserAndById()
{
    const Run byUser = api(
        { QStringLiteral("--user"), m_sandbox.signedInUser(), QStringLiteral("GET"), QStringLiteral("org") });
    QVERIFY2(byUser.exitCode == 0, byUser.err.constData());
    const Run byId =
        api({ QStringLiteral("--token"), m_tokenId, QStringLiteral("GET"), QStringLiteral("org") });
    QVERIFY2(byId.exitCode == 0, byId.err.constData());
    QCOMPARE(byId.out, byUser.out);
    const Run nobody = api({ QStringLiteral("--user"), QStringLiteral("nobody@example.com"),
                             QStringLiteral("GET"), QStringLiteral("org") });
    QCOMPARE(nobody.exitCode, 3);
}

void TestApiCommand::noSuchTokenExitsThree()
{
    const Run run = api(
        { QStringLiteral("--token"), QStringLiteral("999"), QStringLiteral("GET"), QStringLiteral("org") });
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("999"), run.err.constData());
    QCOMPARE(m_sandbox.apiRequestCount(), 0);
}

void TestApiCommand::severalTokensNeedAChoice()
{
    const QString spec = newSpec(QStringLiteral("several"));
    const QString first = saveToken(spec, m_token, QStringLiteral("one@sandbox.test"));
    const QString second = saveToken(spec, m_token, QStringLiteral("two@sandbox.test"));
    QVERIFY(!first.isEmpty() && !second.isEmpty() && first != second);
    const Run run = zcrm({ QStringLiteral("--store"), spec, QStringLiteral("api"), QStringLiteral("GET"),
                           QStringLiteral("org") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--token ID or --user EMAIL"), run.err.constData());
    QVERIFY2(run.err.contains("one@sandbox.test") && run.err.contains("two@sandbox.test"),
             run.err.constData());
    const Run chosen =
        zcrm({ QStringLiteral("--store"), spec, QStringLiteral("api"), QStringLiteral("--token"), second,
               QStringLiteral("GET"), QStringLiteral("org") });
    QVERIFY2(chosen.exitCode == 0, chosen.err.constData());
}

void TestApiCommand::emptyStoreExitsThree()
{
    const Run run = zcrm({ QStringLiteral("--store"), newSpec(QStringLiteral("empty")), QStringLiteral("api"),
                           QStringLiteral("GET"), QStringLiteral("org") });
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("no token"), run.err.constData());
}

void TestApiCommand::networkErrorExitsSix()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    SandboxToken nowhere = m_token;
    nowhere.apiDomain = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
    closed.close();
    const QString spec = newSpec(QStringLiteral("nowhere"));
    QVERIFY(!saveToken(spec, nowhere, m_sandbox.signedInUser()).isEmpty());
    const Run run = zcrm({ QStringLiteral("--store"), spec, QStringLiteral("api"), QStringLiteral("GET"),
                           QStringLiteral("org") });
    QCOMPARE(run.exitCode, 6);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("refused"), run.err.constData());
}

void TestApiCommand::timeoutExitsSix()
{
    m_sandbox.setLatency(3000);
    const Run run = api(
        { QStringLiteral("GET"), QStringLiteral("org"), QStringLiteral("--timeout"), QStringLiteral("0.3") });
    QCOMPARE(run.exitCode, 6);
    QVERIFY2(run.err.contains("within 300 ms"), run.err.constData());
}

void TestApiCommand::rejectedTokenExitsFive()
{
    SandboxToken dead = m_token;
    dead.accessToken =
        QStringLiteral("1000.00000000000000000000000000000000.00000000000000000000000000000000");
    dead.refreshToken =
        QStringLiteral("1000.11111111111111111111111111111111.11111111111111111111111111111111");
    const QString spec = newSpec(QStringLiteral("dead"));
    QVERIFY(!saveToken(spec, dead, m_sandbox.signedInUser()).isEmpty());
    const Run run = zcrm({ QStringLiteral("--store"), spec, QStringLiteral("api"), QStringLiteral("GET"),
                           QStringLiteral("org") });
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.err.count('\n') == 1, run.err.constData());
}

void TestApiCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no path") << QStringList { QStringLiteral("GET") };
    QTest::newRow("unknown method") << QStringList { QStringLiteral("FETCH"), QStringLiteral("Leads") };
    QTest::newRow("bad json") << QStringList { QStringLiteral("POST"), QStringLiteral("Leads"),
                                               QStringLiteral("--data"), QStringLiteral("{\"data\":[") };
    QTest::newRow("missing file") << QStringList { QStringLiteral("POST"), QStringLiteral("Leads"),
                                                   QStringLiteral("--data"),
                                                   QStringLiteral("@/nonexistent/x.json") };
    QTest::newRow("param without =") << QStringList { QStringLiteral("GET"), QStringLiteral("Leads"),
                                                      QStringLiteral("--param"), QStringLiteral("fields") };
    QTest::newRow("all pages with POST")
        << QStringList { QStringLiteral("POST"), QStringLiteral("Leads"), QStringLiteral("--all-pages"),
                         QStringLiteral("-d"), QStringLiteral("{}") };
    QTest::newRow("token and user") << QStringList { QStringLiteral("--token"), QStringLiteral("1"),
                                                     QStringLiteral("--user"),  QStringLiteral("a@b"),
                                                     QStringLiteral("GET"),     QStringLiteral("org") };
    QTest::newRow("bad timeout") << QStringList { QStringLiteral("GET"), QStringLiteral("org"),
                                                  QStringLiteral("--timeout"), QStringLiteral("soon") };
}

void TestApiCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run run = api(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.count('\n'), 1);
    QCOMPARE(m_sandbox.apiRequestCount(), 0);
}

QTEST_GUILESS_MAIN(TestApiCommand)
#include "tst_apicommand.moc"
