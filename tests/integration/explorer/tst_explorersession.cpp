// ExplorerSession against the in-process sandbox: completion from the catalogue and the org's modules
// (a custom one included) and fields, paging forward and back past 2,000 records (page, then
// page_token), COQL paging, fetch all with a streamed CSV/JSON export and with cancel (a complete
// file of what was fetched, nothing torn, no temporary left), errors as Zoho means them (401
// INVALID_TOKEN refreshed and retried, 429 with when to retry), a history file without a secret,
// and collections exported and imported.

#include "collectionstore.h"
#include "endpointcatalogue.h"
#include "explorersession.h"
#include "memorytokenstore.h"
#include "pagenavigator.h"
#include "responseexplanation.h"
#include "sandboxfaults.h"
#include "sandboxserver.h"
#include "sandboxtokens.h"
#include "tokenfacade.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int kRecords = 2300; // past the 2,000 that `page` reaches

QSet<QString> idsOf(const QJsonValue &root)
{
    QSet<QString> ids;
    for (const QJsonValue &record : root.toObject().value(QLatin1String("data")).toArray())
        ids.insert(record.toObject().value(QLatin1String("id")).toString());
    return ids;
}

} // namespace

class TestExplorerSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void completionFromCatalogueAndOrg();
    void pagingBothWaysPastTwoThousand();
    void coqlPagingBothWays();
    void fetchAllExportsCsvAndJson();
    void fetchAllCancelledLeavesCompleteFile();
    void coqlFetchAll();
    void errorsAsZohoMeansThem();
    void historyHoldsNoSecret();
    void collectionsRoundTrip();

private:
    ExplorerSession::Result send(const ExplorerRequest &request);
    ExplorerRequest leads(int perPage = 200) const;
    std::unique_ptr<ExplorerSession> makeSession(const QString &dbName);

    QTemporaryDir m_dir;
    SandboxServer m_sandbox;
    QNetworkAccessManager m_network;
    SandboxToken m_token;
    std::unique_ptr<TokenFacade> m_facade;
    std::unique_ptr<ExplorerSession> m_session;
    QString m_tokenId;
};

std::unique_ptr<ExplorerSession> TestExplorerSession::makeSession(const QString &dbName)
{
    ExplorerSession::Options options;
    options.databasePath = m_dir.filePath(dbName);
    TokenFacade *facade = m_facade.get();
    return std::make_unique<ExplorerSession>(
        [facade](const QString &id, bool force, const QString &rejected, QObject *context,
                 ExplorerSession::Reply<AccessTokenResult> reply) {
            facade->accessToken(id, force, rejected, context, std::move(reply));
        },
        options);
}

void TestExplorerSession::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sandbox.setRecordsPerModule(kRecords);
    QVERIFY(m_sandbox.start(0));
    m_token = SandboxTokens::mint(m_sandbox, m_network);
    QVERIFY2(m_token.error.isEmpty(), qPrintable(m_token.error));

    m_facade = std::make_unique<TokenFacade>();
    QSignalSpy opened(m_facade.get(), &TokenFacade::storeOpened);
    m_facade->open(QStringLiteral("memory:"));
    QVERIFY(opened.wait(20000));
    QObject context;
    std::optional<StoreResult<Token>> saved;
    m_facade->save(SandboxTokens::toStoredToken(m_sandbox, m_token, QString()), &context,
                   [&](const StoreResult<Token> &result) { saved = result; });
    QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 20000);
    QVERIFY(saved->ok());
    m_tokenId = saved->value().id;
    m_session = makeSession(QStringLiteral("explorer.db"));
}

void TestExplorerSession::cleanupTestCase()
{
    m_session.reset();
    m_facade.reset();
}

ExplorerSession::Result TestExplorerSession::send(const ExplorerRequest &request)
{
    std::optional<ExplorerSession::Result> result;
    QObject context;
    m_session->send(request, &context, [&](const ExplorerSession::Result &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return {};
    return *result;
}

ExplorerRequest TestExplorerSession::leads(int perPage) const
{
    ExplorerRequest request = ExplorerRequest::fromPathLine(
        QStringLiteral("GET"), QStringLiteral("Leads?fields=Last_Name,Email&per_page=%1").arg(perPage));
    request.tokenId = m_tokenId;
    return request;
}

void TestExplorerSession::completionFromCatalogueAndOrg()
{
    const EndpointCatalogue &catalogue = EndpointCatalogue::builtIn();
    QVERIFY(catalogue.endpoints().size() > 40);

    QObject context;
    std::optional<ExplorerSession::Listing<OrgSchema::Module>> modules;
    m_session->modules(m_tokenId, false, &context, [&](const auto &listing) { modules = listing; });
    QTRY_VERIFY_WITH_TIMEOUT(modules.has_value(), 20000);
    QVERIFY2(!modules->error.isError(), qPrintable(modules->error.toString()));
    QVERIFY(!modules->fromCache);
    const QStringList names = OrgSchema::apiNames(modules->items);
    QVERIFY(names.contains(QStringLiteral("Leads")));
    // The org's own module, from settings/modules.
    QVERIFY(names.contains(QStringLiteral("Projects")));
    bool custom = false;
    for (const auto &m : modules->items)
        custom = custom || (m.apiName == QLatin1String("Projects") && m.custom);
    QVERIFY(custom);

    const QStringList paths = catalogue.paths(names);
    for (const char *path : { "Leads", "Leads/search", "Projects/{id}", "Projects/actions/count", "coql",
                              "settings/fields", "settings/modules/Projects", "users" })
        QVERIFY2(paths.contains(QLatin1String(path)), path);
    QVERIFY(catalogue.paths(names, QStringLiteral("POST")).contains(QStringLiteral("Projects/upsert")));

    const QStringList params = catalogue.parameterNames(QStringLiteral("GET"), QStringLiteral("Leads"));
    for (const char *name : { "fields", "per_page", "page", "page_token", "sort_by", "sort_order", "cvid" })
        QVERIFY2(params.contains(QLatin1String(name)), name);
    QVERIFY(catalogue.parameterNames(QStringLiteral("GET"), QStringLiteral("/crm/v8/Leads/search"))
                .contains(QStringLiteral("criteria")));
    QVERIFY(catalogue.parameterNames(QStringLiteral("GET"), QStringLiteral("Leads/3652397000000123"))
                .contains(QStringLiteral("fields")));
    QVERIFY(catalogue.parameterNames(QStringLiteral("GET"), QStringLiteral("settings/fields"))
                .contains(QStringLiteral("module")));

    // Field api names for fields= and sort_by=, cached per token after the first call.
    std::optional<ExplorerSession::Listing<OrgSchema::Field>> fields;
    m_session->fields(m_tokenId, QStringLiteral("Leads"), false, &context,
                      [&](const auto &l) { fields = l; });
    QTRY_VERIFY_WITH_TIMEOUT(fields.has_value(), 20000);
    QVERIFY(OrgSchema::apiNames(fields->items).contains(QStringLiteral("Last_Name")));
    bool picklist = false, mandatory = false;
    for (const auto &f : fields->items) {
        picklist = picklist || (f.apiName == QLatin1String("Lead_Source") && f.picklistValues.size() > 3);
        mandatory = mandatory || (f.apiName == QLatin1String("Last_Name") && f.mandatory);
    }
    QVERIFY(picklist);
    QVERIFY(mandatory);
    fields.reset();
    m_session->fields(m_tokenId, QStringLiteral("Leads"), false, &context,
                      [&](const auto &l) { fields = l; });
    QTRY_VERIFY_WITH_TIMEOUT(fields.has_value(), 20000);
    QVERIFY(fields->fromCache);
}

void TestExplorerSession::pagingBothWaysPastTwoThousand()
{
    PageNavigator navigator;
    ExplorerRequest first = leads();
    navigator.start(first);
    ExplorerSession::Result result = send(first);
    QVERIFY2(result.response.ok(), qPrintable(result.response.error().toString()));
    navigator.setAnswer(result.response.info(), int(result.response.records().size()));
    QList<QSet<QString>> pages { idsOf(result.root) };
    QSet<QString> all = pages.first();
    bool usedToken = false;
    while (auto next = navigator.goNext()) {
        usedToken = usedToken || !next->queryValue(QStringLiteral("page_token")).isEmpty();
        result = send(*next);
        QVERIFY2(result.response.ok(), qPrintable(result.response.error().toString()));
        navigator.setAnswer(result.response.info(), int(result.response.records().size()));
        pages.append(idsOf(result.root));
        all += pages.last();
    }
    QVERIFY(usedToken); // page numbers stop at 2,000 records
    QCOMPARE(pages.size(), 12); // 11 full pages and 100
    QCOMPARE(all.size(), kRecords);
    QCOMPARE(navigator.firstRecord(), 2201);

    // Back to the start, page by page, through the page tokens walked.
    for (int i = pages.size() - 2; i >= 0; --i) {
        const auto previous = navigator.goPrevious();
        QVERIFY(previous.has_value());
        result = send(*previous);
        QVERIFY2(result.response.ok(), qPrintable(result.response.error().toString()));
        navigator.setAnswer(result.response.info(), int(result.response.records().size()));
        QCOMPARE(idsOf(result.root), pages.at(i));
    }
    QVERIFY(!navigator.goPrevious().has_value());
    QCOMPARE(navigator.firstRecord(), 1);

    // A list opened at page 3 goes back by page number.
    ExplorerRequest third = leads(100);
    third.setQueryValue(QStringLiteral("page"), QStringLiteral("3"));
    navigator.start(third);
    QCOMPARE(navigator.firstRecord(), 201);
    const auto second = navigator.goPrevious();
    QVERIFY(second.has_value());
    QCOMPARE(second->queryValue(QStringLiteral("page")), QStringLiteral("2"));
}

void TestExplorerSession::coqlPagingBothWays()
{
    ExplorerRequest query = ExplorerRequest::fromPathLine(QStringLiteral("POST"), QStringLiteral("coql"));
    query.tokenId = m_tokenId;
    query.setCoqlQuery(QStringLiteral("select Last_Name from Leads where Last_Name is not null limit 1000"));
    PageNavigator navigator;
    navigator.start(query);
    ExplorerSession::Result result = send(query);
    QVERIFY2(result.response.ok(), qPrintable(result.response.error().toString()));
    QCOMPARE(result.response.records().size(), 1000);
    navigator.setAnswer(result.response.info(), 1000);
    const QSet<QString> firstPage = idsOf(result.root);
    auto next = navigator.goNext();
    QVERIFY(next.has_value());
    QVERIFY(next->coqlQuery().endsWith(QStringLiteral("limit 1000 offset 1000")));
    result = send(*next);
    QCOMPARE(result.response.records().size(), 1000);
    QVERIFY(!idsOf(result.root).intersects(firstPage));
    navigator.setAnswer(result.response.info(), 1000);
    next = navigator.goNext();
    QVERIFY(next.has_value());
    result = send(*next);
    QCOMPARE(result.response.records().size(), kRecords - 2000);
    navigator.setAnswer(result.response.info(), int(result.response.records().size()));
    QVERIFY(!navigator.goNext().has_value()); // more_records false
    QCOMPARE(navigator.firstRecord(), 2001);
    navigator.goPrevious();
    const auto back = navigator.goPrevious();
    QVERIFY(back.has_value());
    QCOMPARE(idsOf(send(*back).root), firstPage);
}

void TestExplorerSession::fetchAllExportsCsvAndJson()
{
    for (const QString &name : { QStringLiteral("all.csv"), QStringLiteral("all.json") }) {
        const QString path = m_dir.filePath(name);
        QObject context;
        std::optional<ExplorerSession::FetchReport> report;
        int progressCalls = 0;
        qint64 lastProgress = 0;
        m_session->fetchAll(
            leads(), path, &context,
            [&](const ExplorerSession::FetchProgress &p) {
                ++progressCalls;
                QVERIFY(p.records >= lastProgress);
                lastProgress = p.records;
            },
            [&](const ExplorerSession::FetchReport &r) { report = r; });
        QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 60000);
        QVERIFY2(!report->error.isError(), qPrintable(report->error.toString()));
        QCOMPARE(report->records, kRecords);
        QCOMPARE(report->pages, 12);
        QVERIFY(report->fileWritten);
        QCOMPARE(progressCalls, 12);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        if (name.endsWith(QLatin1String(".csv"))) {
            const QList<QByteArray> lines = bytes.split('\n');
            QCOMPARE(lines.first(), QByteArray("id,Last_Name,Email\r"));
            QCOMPARE(bytes.count('\n'), kRecords + 1);
        } else {
            const QJsonArray records = QJsonDocument::fromJson(bytes).array();
            QCOMPARE(records.size(), kRecords);
            QSet<QString> ids;
            for (const QJsonValue &r : records)
                ids.insert(r.toObject().value(QLatin1String("id")).toString());
            QCOMPARE(ids.size(), kRecords);
        }
    }
}

void TestExplorerSession::fetchAllCancelledLeavesCompleteFile()
{
    const QString folder = m_dir.filePath(QStringLiteral("cancel"));
    QVERIFY(QDir().mkpath(folder));
    for (const QString &name : { QStringLiteral("part.csv"), QStringLiteral("part.json") }) {
        const QString path = folder + QLatin1Char('/') + name;
        m_sandbox.setLatency(50); // time to cancel between pages
        QObject context;
        std::optional<ExplorerSession::FetchReport> report;
        quint64 ticket = 0;
        ticket = m_session->fetchAll(
            leads(100), path, &context,
            [&](const ExplorerSession::FetchProgress &p) {
                if (p.pages == 3)
                    m_session->cancel(ticket);
            },
            [&](const ExplorerSession::FetchReport &r) { report = r; });
        QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 60000);
        m_sandbox.clearFaults();
        QCOMPARE(report->error.kind(), CrmError::Kind::Cancelled);
        QVERIFY(report->records >= 300 && report->records < kRecords);
        QVERIFY(report->fileWritten);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        if (name.endsWith(QLatin1String(".csv")))
            QCOMPARE(bytes.count('\n'), report->records + 1); // header + every record fetched, whole lines
        else
            QCOMPARE(QJsonDocument::fromJson(bytes).array().size(), report->records);
    }
    // Nothing fetched: no file at all. And no temporary file is left behind.
    m_sandbox.setErrorRate(503, 1.0);
    QObject context;
    std::optional<ExplorerSession::FetchReport> report;
    m_session->fetchAll(leads(), folder + QStringLiteral("/none.csv"), &context, {},
                        [&](const ExplorerSession::FetchReport &r) { report = r; });
    QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 60000);
    m_sandbox.clearFaults();
    QCOMPARE(report->error.kind(), CrmError::Kind::Api);
    QVERIFY(!report->fileWritten);
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System),
             QStringList({ QStringLiteral("part.csv"), QStringLiteral("part.json") }));
}

void TestExplorerSession::coqlFetchAll()
{
    ExplorerRequest query = ExplorerRequest::fromPathLine(QStringLiteral("POST"), QStringLiteral("coql"));
    query.tokenId = m_tokenId;
    query.setCoqlQuery(QStringLiteral("select Last_Name, Email from Contacts where Last_Name is not null"));
    const QString path = m_dir.filePath(QStringLiteral("coql.csv"));
    QObject context;
    std::optional<ExplorerSession::FetchReport> report;
    m_session->fetchAll(query, path, &context, {},
                        [&](const ExplorerSession::FetchReport &r) { report = r; });
    QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 60000);
    QVERIFY2(!report->error.isError(), qPrintable(report->error.toString()));
    QCOMPARE(report->records, kRecords);
    QCOMPARE(report->pages, 2); // LIMIT 2,000 when the query names none
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), kRecords + 1);
}

void TestExplorerSession::errorsAsZohoMeansThem()
{
    ExplorerRequest bad =
        ExplorerRequest::fromPathLine(QStringLiteral("GET"), QStringLiteral("Leadz?fields=x"));
    bad.tokenId = m_tokenId;
    ExplorerSession::Result result = send(bad);
    QCOMPARE(result.response.httpStatus(), 400);
    ResponseExplanation::Text text = ResponseExplanation::explain(result.response, 0);
    QVERIFY(text.isError);
    QVERIFY2(text.headline.contains(QStringLiteral("INVALID_MODULE")), qPrintable(text.headline));
    QVERIFY2(!text.details.isEmpty(), "the envelope's details are shown");

    // 401 INVALID_TOKEN: refreshed, retried, and said so.
    QVERIFY(m_sandbox.expireAccessToken(m_token.accessToken));
    result = send(leads(5));
    QVERIFY2(result.response.ok(), qPrintable(result.response.error().toString()));
    QVERIFY(result.response.tokenRefreshed());
    text = ResponseExplanation::explain(result.response, 0);
    QVERIFY(text.note.contains(QStringLiteral("INVALID_TOKEN")));

    // 429: when to try again.
    m_sandbox.setThrottleRate(1.0);
    result = send(leads(5));
    m_sandbox.clearFaults();
    QCOMPARE(result.response.httpStatus(), 429);
    text = ResponseExplanation::explain(result.response, 0);
    QVERIFY(!text.retryHint.isEmpty());

    // A network fault: no answer, and that trying again is safe for a read.
    m_sandbox.setDropRate(1.0);
    ExplorerRequest quick = leads(5);
    quick.timeoutSeconds = 3;
    result = send(quick);
    m_sandbox.clearFaults();
    QVERIFY(result.response.error().kind() == CrmError::Kind::Network
            || result.response.error().kind() == CrmError::Kind::Timeout);
    QVERIFY(!ResponseExplanation::explain(result.response, 0).retryHint.isEmpty());

    // Cancel answers at once with Cancelled.
    m_sandbox.setLatency(3000);
    std::optional<ExplorerSession::Result> cancelled;
    QObject context;
    const quint64 ticket =
        m_session->send(leads(5), &context, [&](const ExplorerSession::Result &r) { cancelled = r; });
    QTest::qWait(200);
    m_session->cancel(ticket);
    QTRY_VERIFY_WITH_TIMEOUT(cancelled.has_value(), 2000);
    m_sandbox.clearFaults();
    QCOMPARE(cancelled->response.error().kind(), CrmError::Kind::Cancelled);
}

void TestExplorerSession::historyHoldsNoSecret()
{
    ExplorerRequest request = leads(3);
    request.setQueryValue(QStringLiteral("sort_by"), QStringLiteral("Created_Time"));
    send(request);
    QObject context;
    std::optional<QList<HistoryStore::Entry>> entries;
    m_session->history(QStringLiteral("sort_by"), 50, &context, [&](const auto &e) { entries = e; });
    QTRY_VERIFY_WITH_TIMEOUT(entries.has_value(), 10000);
    QVERIFY(!entries->isEmpty());
    QCOMPARE(entries->first().request.queryValue(QStringLiteral("sort_by")), QStringLiteral("Created_Time"));
    QCOMPARE(entries->first().httpStatus, 200);
    entries.reset();
    m_session->history(QString(), 5000, &context, [&](const auto &e) { entries = e; });
    QTRY_VERIFY_WITH_TIMEOUT(entries.has_value(), 10000);
    QVERIFY(entries->size() > 20);
    entries.reset();
    m_session->history(QStringLiteral("INVALID_MODULE"), 50, &context, [&](const auto &e) { entries = e; });
    QTRY_VERIFY_WITH_TIMEOUT(entries.has_value(), 10000);
    QCOMPARE(entries->size(), 1);

    // Every file SQLite wrote, grepped for the secrets the session handled.
    QStringList secrets { m_token.accessToken, m_token.refreshToken, m_sandbox.clientSecret(),
                          QStringLiteral("Zoho-oauthtoken"), QStringLiteral("Authorization") };
    // The access token refreshed after the 401 above.
    std::optional<AccessTokenResult> current;
    m_session->accessToken(m_tokenId, &context, [&](const AccessTokenResult &r) { current = r; });
    QTRY_VERIFY_WITH_TIMEOUT(current.has_value(), 10000);
    QVERIFY(current->ok());
    QVERIFY(current->accessToken != m_token.accessToken);
    secrets << current->accessToken;
    int files = 0;
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        QFile file(m_dir.filePath(QStringLiteral("explorer.db")) + suffix);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++files;
        const QByteArray bytes = file.readAll();
        for (const QString &secret : secrets)
            QVERIFY2(!bytes.contains(secret.toUtf8()),
                     qPrintable(suffix + QLatin1Char(' ') + secret.left(12)));
        QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    }
    QVERIFY(files >= 1);
    // And the history's own text has the request.
    QFile db(m_dir.filePath(QStringLiteral("explorer.db")) + QStringLiteral("-wal"));
    QFile main(m_dir.filePath(QStringLiteral("explorer.db")));
    QVERIFY(db.open(QIODevice::ReadOnly) && main.open(QIODevice::ReadOnly));
    QVERIFY((db.readAll() + main.readAll()).contains("Last_Name,Email"));
}

void TestExplorerSession::collectionsRoundTrip()
{
    QObject context;
    ExplorerRequest list = leads(10);
    list.name = QStringLiteral("Ten leads");
    ExplorerRequest coql = ExplorerRequest::fromPathLine(QStringLiteral("POST"), QStringLiteral("coql"));
    coql.setCoqlQuery(QStringLiteral("select Email from Contacts where Email like '%@x.test' limit 5"));
    coql.name = QStringLiteral("Contacts by mail");
    coql.userName = QStringLiteral("ann@example.com");
    int saved = 0;
    for (const auto &s : { CollectionStore::Saved { QStringLiteral("Daily"), list },
                           CollectionStore::Saved { QStringLiteral("Daily"), coql },
                           CollectionStore::Saved { QStringLiteral("Other"), leads(1) } })
        m_session->saveRequest(s, &context, [&](const QString &error) { saved += error.isEmpty(); });
    QTRY_COMPARE(saved, 3);
    const QString path = m_dir.filePath(QStringLiteral("collections.json"));
    std::optional<QString> exported;
    m_session->exportCollections(path, &context, [&](const QString &error) { exported = error; });
    QTRY_VERIFY(exported.has_value());
    QVERIFY2(exported->isEmpty(), qPrintable(*exported));

    auto other = makeSession(QStringLiteral("other.db"));
    std::optional<ExplorerSession::ImportResult> imported;
    other->importCollections(path, &context, [&](const auto &r) { imported = r; });
    QTRY_VERIFY(imported.has_value());
    QVERIFY2(imported->error.isEmpty(), qPrintable(imported->error));
    QCOMPARE(imported->imported, 3);
    std::optional<QList<CollectionStore::Saved>> all;
    other->savedRequests(&context, [&](const auto &s) { all = s; });
    QTRY_VERIFY(all.has_value());
    QCOMPARE(all->size(), 3);
    bool foundCoql = false;
    for (const auto &s : *all) {
        QVERIFY(s.request.tokenId.isEmpty()); // an export names the user, not this store's id
        if (s.request.name == coql.name) {
            foundCoql = true;
            QCOMPARE(s.collection, QStringLiteral("Daily"));
            QCOMPARE(s.request.coqlQuery(), coql.coqlQuery());
            QCOMPARE(s.request.userName, coql.userName);
        }
        if (s.request.name == list.name)
            QCOMPARE(s.request.query, list.query);
    }
    QVERIFY(foundCoql);

    // Not a collections file: refused, nothing imported.
    QFile junk(m_dir.filePath(QStringLiteral("junk.json")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("{\"a\":1}");
    junk.close();
    imported.reset();
    other->importCollections(junk.fileName(), &context, [&](const auto &r) { imported = r; });
    QTRY_VERIFY(imported.has_value());
    QVERIFY(!imported->error.isEmpty());
    QCOMPARE(imported->imported, 0);
}

QTEST_GUILESS_MAIN(TestExplorerSession)
#include "tst_explorersession.moc"
