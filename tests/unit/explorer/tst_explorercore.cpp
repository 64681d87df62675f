// The explorer's logic without a network: the lazy JSON tree (QAbstractItemModelTester), JSON
// paths and search, COQL paging text, the endpoint catalogue's matching, request export (the token
// redacted unless given), request JSON, and the streamed export's CSV and its temporary file.

#include "coqlpaging.h"
#include "crmresponse.h"
#include "endpointcatalogue.h"
#include "explorerrequest.h"
#include "forwardingtokenprovider.h"
#include "jsonrecords.h"
#include "jsonsearch.h"
#include "jsontreemodel.h"
#include "recordexportwriter.h"
#include "requestexport.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestExplorerCore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void treeIsLazyAndValid();
    void treePathsAndValues();
    void replacedTreeFreedInSlices();
    void searchFindsInOrder();
    void recordsAsBytesShowAsParsed();
    void tokenReusedForAFewSeconds();
    void coqlPaging_data();
    void coqlPaging();
    void coqlNextAndPrevious();
    void catalogueMatches();
    void exportRedactsToken();
    void requestJsonRoundTrip();
    void csvExport();
    void exportWithoutCommitLeavesNothing();
};

void TestExplorerCore::treeIsLazyAndValid()
{
    QJsonArray data;
    for (int i = 0; i < 2500; ++i)
        data.append(QJsonObject { { "id", QString::number(i) },
                                  { "n", i },
                                  { "sub", QJsonObject { { "a", QJsonArray { 1, 2 } } } } });
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRoot(QJsonObject { { "data", data }, { "info", QJsonObject { { "more_records", false } } } });
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex dataIndex = model.index(0, 0);
    QVERIFY(model.hasChildren(dataIndex));
    QCOMPARE(model.rowCount(dataIndex), 0); // nothing built until expanded
    QVERIFY(model.canFetchMore(dataIndex));
    model.fetchMore(dataIndex);
    QCOMPARE(model.rowCount(dataIndex), JsonTreeModel::fetchBatch);
    while (model.canFetchMore(dataIndex))
        model.fetchMore(dataIndex);
    QCOMPARE(model.rowCount(dataIndex), 2500);
    const QModelIndex record = model.index(7, 0, dataIndex);
    QCOMPARE(record.data().toString(), QStringLiteral("[7]"));
    QVERIFY(model.index(7, JsonTreeModel::Value, dataIndex)
                .data()
                .toString()
                .contains(QStringLiteral("id: \"7\"")));
    QCOMPARE(model.index(7, JsonTreeModel::Type, dataIndex).data().toString(), QStringLiteral("object"));
    model.fetchMore(record);
    QCOMPARE(model.rowCount(record), 3);
    model.setRoot(QJsonArray { 1, "two", QJsonValue::Null, true });
    QCOMPARE(model.rowCount(), 4);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestExplorerCore::replacedTreeFreedInSlices()
{
    QJsonArray data;
    for (int i = 0; i < 40000; ++i)
        data.append(QJsonObject { { "id", QString::number(i) }, { "n", i }, { "s", QStringLiteral("x") } });
    JsonTreeModel model;
    model.setRoot(QJsonObject { { "data", data } });
    const QModelIndex dataIndex = model.index(0, 0);
    while (model.canFetchMore(dataIndex))
        model.fetchMore(dataIndex);
    for (int row = 0; row < model.rowCount(dataIndex); ++row)
        model.fetchMore(model.index(row, 0, dataIndex));
    QCOMPARE(model.rowCount(model.index(39999, 0, dataIndex)), 3);
    data = QJsonArray();
    QTRY_VERIFY(!model.isReleasing()); // the first, empty root
    // 160,000 nodes are not freed in one turn of the event loop, and the new tree is usable at once.
    model.setRoot(QJsonArray { 1, 2 });
    QVERIFY(model.isReleasing());
    QCOMPARE(model.rowCount(), 2);
    QCoreApplication::processEvents();
    QVERIFY(model.isReleasing());
    QTRY_VERIFY(!model.isReleasing());
    QCOMPARE(model.index(1, JsonTreeModel::Value).data().toString(), QStringLiteral("2"));
}

void TestExplorerCore::treePathsAndValues()
{
    JsonTreeModel model;
    model.setRoot(
        QJsonDocument::fromJson(R"({"data":[{"Last_Name":"O'Neil","Owner":{"id":"1"},"odd key":1.5}]})")
            .object());
    const QModelIndex record = model.indexForRows({ 0, 0 });
    QVERIFY(record.isValid());
    QCOMPARE(model.jsonPath(record), QStringLiteral("$.data[0]"));
    const QModelIndex name = model.indexForRows({ 0, 0, 0 });
    QCOMPARE(model.jsonPath(name), QStringLiteral("$.data[0].Last_Name"));
    QCOMPARE(model.valueText(name), QStringLiteral("O'Neil"));
    const QModelIndex odd = model.indexForRows({ 0, 0, 2 });
    QCOMPARE(model.jsonPath(odd), QStringLiteral("$.data[0]['odd key']"));
    QCOMPARE(model.valueText(odd), QStringLiteral("1.5"));
    QCOMPARE(model.valueText(model.indexForRows({ 0, 0, 1 })), QStringLiteral("{\"id\":\"1\"}"));
    QCOMPARE(model.rowsOf(odd), QList<int>({ 0, 0, 2 }));
}

void TestExplorerCore::searchFindsInOrder()
{
    const QJsonValue root =
        QJsonDocument::fromJson(R"({"a":[{"x":"needle"},{"y":"hay"},{"needle":2}],"b":"Needle"})").object();
    auto first = JsonSearch::findNext(root, QStringLiteral("needle"));
    QVERIFY(first);
    QCOMPARE(*first, QList<int>({ 0, 0, 0 }));
    auto second = JsonSearch::findNext(root, QStringLiteral("needle"), *first);
    QCOMPARE(*second, QList<int>({ 0, 2, 0 })); // a key matches too
    auto third = JsonSearch::findNext(root, QStringLiteral("needle"), *second);
    QCOMPARE(*third, QList<int>({ 1 })); // case-insensitive
    QVERIFY(!JsonSearch::findNext(root, QStringLiteral("needle"), *third));
    QVERIFY(!JsonSearch::findNext(root, QStringLiteral("absent")));
}

void TestExplorerCore::recordsAsBytesShowAsParsed()
{
    // The records of a list answer kept as bytes give the same tree, values, paths and search hits
    // as the answer parsed whole.
    QByteArray body = R"({"data": [ )";
    for (int i = 0; i < 600; ++i)
        body += (i ? "," : "") + QByteArray(R"({"id":")") + QByteArray::number(i)
            + R"(","Last_Name":"Name \u00e9)" + QByteArray::number(i) + R"(","Owner":{"id":"9"},"n":)"
            + QByteArray::number(i * 1.5) + "}";
    body += R"(, 7, "text", null ], "info": {"more_records": true, "per_page": 600}})"
            "\n";
    const auto lazy = CrmResponse::fromHttp(200, "OK", {}, body, CrmResponse::RecordStatus::Skip,
                                            CrmResponse::Parse::RecordsAsBytes);
    QVERIFY(lazy.ok());
    QVERIFY(lazy.recordsAsBytes());
    QCOMPARE(lazy.recordCount(), 603);
    QVERIFY(lazy.moreRecords());
    const QJsonObject whole = QJsonDocument::fromJson(body).object();
    QCOMPARE(lazy.records(), whole.value(QLatin1String("data")).toArray());
    const auto records = JsonRecords::fromResponse(lazy);
    QVERIFY(records);
    QCOMPARE(records->size(), 603);
    QCOMPARE(QJsonDocument::fromJson(records->raw()).array(), whole.value(QLatin1String("data")).toArray());

    JsonTreeModel parsed;
    parsed.setRoot(whole);
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRoot(lazy.json(), records);
    QCOMPARE(model.rowCount(), parsed.rowCount());
    const QModelIndex data = model.index(0, 0);
    QCOMPARE(model.index(0, JsonTreeModel::Value).data().toString(), QStringLiteral("[603 items]"));
    QCOMPARE(model.index(0, JsonTreeModel::Type).data().toString(), QStringLiteral("array"));
    QVERIFY(model.canFetchMore(data));
    while (model.canFetchMore(data))
        model.fetchMore(data);
    QCOMPARE(model.rowCount(data), 603);
    for (const QList<int> &rows : QList<QList<int>> {
             { 0, 0 }, { 0, 5, 1 }, { 0, 599, 1, 0 }, { 0, 600 }, { 0, 601 }, { 0, 602 }, { 1, 0 } }) {
        const QModelIndex a = model.indexForRows(rows);
        const QModelIndex b = parsed.indexForRows(rows);
        QVERIFY(a.isValid());
        QCOMPARE(model.jsonPath(a), parsed.jsonPath(b));
        QCOMPARE(model.valueText(a), parsed.valueText(b));
        QCOMPARE(a.siblingAtColumn(JsonTreeModel::Value).data(),
                 b.siblingAtColumn(JsonTreeModel::Value).data());
        QCOMPARE(a.siblingAtColumn(JsonTreeModel::Type).data(),
                 b.siblingAtColumn(JsonTreeModel::Type).data());
    }
    QCOMPARE(model.value(data).toArray(), whole.value(QLatin1String("data")).toArray());
    QCOMPARE(QJsonDocument::fromJson(model.valueText(data).toUtf8()).array(),
             whole.value(QLatin1String("data")).toArray());

    for (const QString &needle : { QStringLiteral("name é59"), QStringLiteral("text"), QStringLiteral("null"),
                                   QStringLiteral("more_records"), QStringLiteral("Owner") }) {
        QList<int> after;
        for (int hit = 0; hit < 3; ++hit) {
            const auto expected = JsonSearch::findNext(whole, needle, after);
            QCOMPARE(JsonSearch::findNext(lazy.json(), needle, after, records.get()), expected);
            if (!expected)
                break;
            after = *expected;
        }
    }
}

void TestExplorerCore::tokenReusedForAFewSeconds()
{
    int forwarded = 0;
    qint64 expiresIn = 3600 * 1000;
    AccessTokenResult::Failure failure = AccessTokenResult::Failure::None;
    ForwardingTokenProvider provider(
        [&](const QString &id, bool, const QString &, AccessTokenProvider::Callback callback) {
            ++forwarded;
            AccessTokenResult result;
            result.failure = failure;
            result.tokenId = id;
            result.accessToken = QStringLiteral("1000.a%1").arg(forwarded);
            result.apiDomain = QStringLiteral("https://www.zohoapis.com");
            result.expiryTime = QDateTime::currentMSecsSinceEpoch() + expiresIn;
            QMetaObject::invokeMethod(
                &provider, [callback, result] { callback(result); }, Qt::QueuedConnection);
        });
    const auto ask = [&](const QString &id, bool force) {
        std::optional<AccessTokenResult> got;
        provider.requestAccessToken(id, force, QString(), [&](const AccessTokenResult &r) { got = r; });
        if (got) // never from inside requestAccessToken()
            return QStringLiteral("synchronous");
        if (!QTest::qWaitFor([&] { return got.has_value(); }, 5000))
            return QStringLiteral("no answer");
        return got->accessToken;
    };
    QCOMPARE(ask(QStringLiteral("1"), false), QStringLiteral("1000.a1"));
    QCOMPARE(ask(QStringLiteral("1"), false), QStringLiteral("1000.a1")); // reused, not asked
    QCOMPARE(forwarded, 1);
    QCOMPARE(ask(QStringLiteral("2"), false), QStringLiteral("1000.a2")); // per token
    QCOMPARE(ask(QStringLiteral("1"), true), QStringLiteral("1000.a3")); // a forced refresh asks
    QCOMPARE(ask(QStringLiteral("1"), false), QStringLiteral("1000.a3"));
    QCOMPARE(forwarded, 3);
    // A token with less than a minute to live, or a failure, is not handed out again.
    expiresIn = 30 * 1000;
    QCOMPARE(ask(QStringLiteral("3"), false), QStringLiteral("1000.a4"));
    QCOMPARE(ask(QStringLiteral("3"), false), QStringLiteral("1000.a5"));
    expiresIn = 3600 * 1000;
    failure = AccessTokenResult::Failure::Store;
    ask(QStringLiteral("4"), false);
    ask(QStringLiteral("4"), false);
    QCOMPARE(forwarded, 7);
}

void TestExplorerCore::coqlPaging_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("base");
    QTest::addColumn<bool>("hasLimit");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("offset");
    QTest::newRow("none") << "select Last_Name from Leads where id is not null"
                          << "select Last_Name from Leads where id is not null" << false << 200 << 0;
    QTest::newRow("limit") << "SELECT a FROM Leads LIMIT 50"
                           << "SELECT a FROM Leads" << true << 50 << 0;
    QTest::newRow("limit offset") << "select a from Leads where b = 'limit 5' limit 100 offset 300;"
                                  << "select a from Leads where b = 'limit 5'" << true << 100 << 300;
    QTest::newRow("offset, limit") << "select a from Leads limit 400, 200"
                                   << "select a from Leads" << true << 200 << 400;
    QTest::newRow("offset only") << "select a from Leads offset 10"
                                 << "select a from Leads" << false << 200 << 10;
}

void TestExplorerCore::coqlPaging()
{
    QFETCH(QString, query);
    const auto paging = CoqlPaging::fromQuery(query);
    QVERIFY(paging);
    QTEST(paging->baseQuery(), "base");
    QTEST(paging->hasLimit(), "hasLimit");
    QTEST(paging->limit(), "limit");
    QTEST(paging->offset(), "offset");
    QVERIFY(!CoqlPaging::fromQuery(QStringLiteral("delete from Leads")));
}

void TestExplorerCore::coqlNextAndPrevious()
{
    auto paging = CoqlPaging::fromQuery(QStringLiteral("select a from Leads limit 2000 offset 96000"));
    auto next = paging->next();
    QCOMPARE(next->query(), QStringLiteral("select a from Leads limit 2000 offset 98000"));
    // The last page is cut to the 100,000 rows COQL reaches, and there is none after it.
    next->setLimit(3000);
    QCOMPARE(next->query(), QStringLiteral("select a from Leads limit 2000 offset 98000"));
    next->setLimit(2000);
    QVERIFY(!next->next());
    auto previous =
        CoqlPaging::fromQuery(QStringLiteral("select a from Leads limit 100 offset 50"))->previous();
    QCOMPARE(previous->offset(), 0);
    QVERIFY(!previous->previous());
}

void TestExplorerCore::catalogueMatches()
{
    const EndpointCatalogue &catalogue = EndpointCatalogue::builtIn();
    QVERIFY(!catalogue.isEmpty());
    const auto *search = catalogue.match(QStringLiteral("GET"), QStringLiteral("Leads/search"));
    QVERIFY(search);
    QCOMPARE(search->path, QStringLiteral("{module_api_name}/search")); // a literal beats {id}
    const auto *one = catalogue.match(QStringLiteral("get"), QStringLiteral("/crm/v8/Leads/123"));
    QVERIFY(one);
    QVERIFY(one->path.startsWith(QStringLiteral("{module_api_name}/{")));
    QVERIFY(!catalogue.match(QStringLiteral("GET"), QStringLiteral("a/b/c/d/e/f")));
    const auto *sortOrder =
        catalogue.parameter(QStringLiteral("GET"), QStringLiteral("Leads"), QStringLiteral("sort_order"));
    QVERIFY(sortOrder);
    QCOMPARE(sortOrder->values, QStringList({ "asc", "desc" }));
    QVERIFY(catalogue.paths({ QStringLiteral("Leads") }, QStringLiteral("DELETE"))
                .contains(QStringLiteral("Leads/{id}")));
    QVERIFY(!catalogue.paths({ QStringLiteral("Leads") }, QStringLiteral("DELETE"))
                 .contains(QStringLiteral("coql")));
}

void TestExplorerCore::exportRedactsToken()
{
    ExplorerRequest request = ExplorerRequest::fromPathLine(
        QStringLiteral("GET"),
        QStringLiteral("Leads?fields=Last_Name,Email&criteria=(Last_Name:equals:O'Neil)"));
    request.tokenId = QStringLiteral("7");
    const QUrl domain(QStringLiteral("https://www.zohoapis.eu"));
    const QString redacted = RequestExport::toCurl(request, domain);
    QVERIFY(redacted.startsWith(
        QStringLiteral("curl 'https://www.zohoapis.eu/crm/v8/Leads?fields=Last_Name%2CEmail&criteria=")));
    QVERIFY(redacted.contains(QStringLiteral("\"Authorization: Zoho-oauthtoken $ZCRM_ACCESS_TOKEN\"")));
    const QString secret = QStringLiteral("1000.abc.def");
    QVERIFY(!redacted.contains(secret));
    QVERIFY(RequestExport::toCurl(request, domain, secret)
                .contains(QStringLiteral("'Authorization: Zoho-oauthtoken 1000.abc.def'")));
    QCOMPARE(
        RequestExport::toZcrmCommand(request, QStringLiteral("sqlite:/tmp/t.db")),
        QStringLiteral("zcrm --store sqlite:/tmp/t.db api --token 7 GET Leads --param fields=Last_Name,Email "
                       "--param 'criteria=(Last_Name:equals:O'\\''Neil)'"));
    ExplorerRequest post = ExplorerRequest::fromPathLine(QStringLiteral("POST"), QStringLiteral("coql"));
    post.setCoqlQuery(QStringLiteral("select a from Leads"));
    QVERIFY(RequestExport::toCurl(post, domain).contains(QStringLiteral("-X POST")));
    QVERIFY(RequestExport::toCurl(post, domain)
                .contains(QStringLiteral("--data-raw '{\"select_query\":\"select a from Leads\"}'")));
}

void TestExplorerCore::requestJsonRoundTrip()
{
    ExplorerRequest request =
        ExplorerRequest::fromPathLine(QStringLiteral("put"), QStringLiteral("/crm/v8/Leads?wf_trigger=true"));
    QCOMPARE(request.path, QStringLiteral("Leads"));
    QCOMPARE(request.method, QStringLiteral("PUT"));
    request.body = R"({"data":[{"id":"1"}]})";
    request.tokenId = QStringLiteral("3");
    request.userName = QStringLiteral("ann@example.com");
    request.timeoutSeconds = 12;
    QCOMPARE(ExplorerRequest::fromJson(request.toJson()), request);
    const CrmRequest crm = request.toCrmRequest();
    QCOMPARE(crm.path(), QStringLiteral("/crm/v8/Leads"));
    QCOMPARE(crm.timeoutMs(), 12000);
    QCOMPARE(crm.queryItemValue(QStringLiteral("wf_trigger")), QStringLiteral("true"));
}

void TestExplorerCore::csvExport()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    {
        RecordExportWriter writer(path, RecordExportWriter::formatForPath(path), { "id", "Name", "Owner" });
        QVERIFY(writer.open());
        QVERIFY(writer.writePage(QJsonArray { QJsonObject {
            { "id", "1" }, { "Name", "a,\"b\"" }, { "Owner", QJsonObject { { "id", "9" } } } } }));
        QVERIFY(!QFile::exists(path)); // written beside it until commit
        QVERIFY(writer.writePage(QJsonArray { QJsonObject { { "id", "2" }, { "Name", "line\nbreak" } } }));
        QVERIFY(writer.commit());
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(),
             QByteArray(
                 "id,Name,Owner\r\n1,\"a,\"\"b\"\"\",\"{\"\"id\"\":\"\"9\"\"}\"\r\n2,\"line\nbreak\",\r\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList({ "out.csv" }));
}

void TestExplorerCore::exportWithoutCommitLeavesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.json"));
    {
        RecordExportWriter writer(path, RecordExportWriter::Format::Json);
        QVERIFY(writer.open());
        QVERIFY(writer.writePage(QJsonArray { QJsonObject { { "id", "1" } } }, R"([{"id":"1"}])"));
    }
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

QTEST_GUILESS_MAIN(TestExplorerCore)
#include "tst_explorercore.moc"
