#include "crmclient.h"
#include "crmpager.h"
#include "crmtestsupport.h"
#include "memorytokenstore.h"
#include "sandboxserver.h"
#include "sandboxtokens.h"
#include "tokenendpointclient.h"
#include "tokenservice.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using CrmTestSupport::fetchAll;

namespace {

constexpr int kRecords = 2300; // past the 2,000 that `page` can reach

// Every record exactly once, in the sandbox's default order (id ascending).
void verifyAllOnceInOrder(const QJsonArray &records, int expected)
{
    QCOMPARE(records.size(), expected);
    QSet<quint64> seen;
    quint64 previous = 0;
    for (const QJsonValue &value : records) {
        const quint64 id = value.toObject().value(QLatin1String("id")).toString().toULongLong();
        QVERIFY(id > 0);
        QVERIFY2(!seen.contains(id), qPrintable(QString::number(id)));
        QVERIFY2(id > previous, qPrintable(QString::number(id)));
        seen.insert(id);
        previous = id;
    }
}

} // namespace

// CrmPager: page/per_page up to 2,000 records, then page_token, against the sandbox.
class TestCrmPager : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void pastTwoThousandRecords();
    void perPageThatDoesNotDivideTwoThousand();
    void startingFromAGivenPage();
    void errorOnALaterPageStopsPaging();
    void notModifiedListIsEmpty();
    void searchStopsAtTwoThousand();
    void abortStops();

private:
    CrmRequest leads(const QString &fields = QStringLiteral("Last_Name")) const;

    SandboxServer m_sandbox;
    QNetworkAccessManager m_network;
    MemoryTokenStore m_store;
    std::unique_ptr<TokenEndpointClient> m_endpoint;
    std::unique_ptr<TokenService> m_tokens;
    std::unique_ptr<CrmClient> m_client;
};

void TestCrmPager::initTestCase()
{
    m_sandbox.setRecordsPerModule(kRecords);
    QVERIFY(m_sandbox.start(0));
    const SandboxToken token = SandboxTokens::mint(m_sandbox, m_network);
    QVERIFY2(token.error.isEmpty(), qPrintable(token.error));
    QVERIFY(m_store.saveToken(SandboxTokens::toStoredToken(m_sandbox, token, QStringLiteral("1"))).ok());
    m_endpoint = std::make_unique<TokenEndpointClient>(&m_network);
    m_tokens = std::make_unique<TokenService>(&m_store, m_endpoint.get());
}

void TestCrmPager::init()
{
    m_sandbox.clearFaults();
    m_sandbox.resetCounters();
    m_client = std::make_unique<CrmClient>(&m_network, m_tokens.get());
    m_client->setDefaultTokenId(QStringLiteral("1"));
}

void TestCrmPager::cleanup()
{
    m_sandbox.clearFaults();
    m_client.reset();
}

CrmRequest TestCrmPager::leads(const QString &fields) const
{
    CrmRequest request("GET", QStringLiteral("Leads"));
    request.addQueryItem(QStringLiteral("fields"), fields);
    return request;
}

void TestCrmPager::pastTwoThousandRecords()
{
    QCOMPARE(m_sandbox.recordCount(QStringLiteral("Leads")), kRecords);
    const auto result = fetchAll(*m_client, leads());
    QVERIFY2(!result.error.isError(), qPrintable(result.error.toString()));
    verifyAllOnceInOrder(result.records, kRecords);
    QCOMPARE(result.pages, 12); // 10 pages by number, 2 by token
    QCOMPARE(m_sandbox.apiRequestCount(), 12);
    for (int i = 0; i < result.urls.size(); ++i) {
        const QUrlQuery query(result.urls.at(i));
        QCOMPARE(query.queryItemValue(QStringLiteral("per_page")), QStringLiteral("200"));
        if (i < 10) {
            QCOMPARE(query.queryItemValue(QStringLiteral("page")), QString::number(i + 1));
            QVERIFY(!query.hasQueryItem(QStringLiteral("page_token")));
        } else {
            QVERIFY(!query.hasQueryItem(QStringLiteral("page")));
            QVERIFY(!query.queryItemValue(QStringLiteral("page_token")).isEmpty());
        }
    }
}

void TestCrmPager::perPageThatDoesNotDivideTwoThousand()
{
    CrmRequest request = leads();
    request.addQueryItem(QStringLiteral("per_page"), QStringLiteral("150"));
    const auto result = fetchAll(*m_client, request);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.toString()));
    verifyAllOnceInOrder(result.records, kRecords);
    QCOMPARE(result.pages, 16); // ceil(2300 / 150)
    // Page 13 ends at record 1,950; page 14 would pass 2,000: the token takes over there.
    QCOMPARE(QUrlQuery(result.urls.at(12)).queryItemValue(QStringLiteral("page")), QStringLiteral("13"));
    QVERIFY(QUrlQuery(result.urls.at(13)).hasQueryItem(QStringLiteral("page_token")));
}

void TestCrmPager::startingFromAGivenPage()
{
    CrmRequest request = leads();
    request.addQueryItem(QStringLiteral("page"), QStringLiteral("9"));
    const auto result = fetchAll(*m_client, request);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.toString()));
    QCOMPARE(result.records.size(), kRecords - 8 * 200);
    QCOMPARE(result.pages, 4);
}

void TestCrmPager::errorOnALaterPageStopsPaging()
{
    CrmPager *pager = m_client->fetchAllPages(leads());
    int pages = 0;
    connect(pager, &CrmPager::pageReceived, this, [this, &pages](const CrmResponse &) {
        if (++pages == 3)
            m_sandbox.setErrorRate(500, 1.0);
    });
    QEventLoop loop;
    connect(pager, &CrmPager::finished, &loop, &QEventLoop::quit);
    loop.exec();
    QCOMPARE(pages, 3);
    QCOMPARE(pager->pageCount(), 3);
    QCOMPARE(pager->recordCount(), 600);
    QCOMPARE(pager->error().kind(), CrmError::Kind::Api);
    QCOMPARE(pager->error().httpStatus(), 500);
    QCOMPARE(pager->lastResponse().httpStatus(), 500);
    QVERIFY(pager->lastResponse().url().query().contains(QLatin1String("page=4")));
    delete pager;
}

void TestCrmPager::notModifiedListIsEmpty()
{
    CrmRequest request = leads();
    request.setHeader("If-Modified-Since",
                      QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate).toLatin1());
    const auto result = fetchAll(*m_client, request);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.toString()));
    QCOMPARE(result.pages, 1);
    QCOMPARE(result.records.size(), 0);
}

void TestCrmPager::searchStopsAtTwoThousand()
{
    // Search pages by number only and ends at 2,000 matches (more_records false there).
    CrmRequest everyone("GET", QStringLiteral("Leads/search"));
    everyone.addQueryItem(QStringLiteral("criteria"), QStringLiteral("(Last_Name:not_equal:Nobody)"));
    const auto result = fetchAll(*m_client, everyone);
    QVERIFY2(!result.error.isError(), qPrintable(result.error.toString()));
    verifyAllOnceInOrder(result.records, 2000);
    QCOMPARE(result.pages, 10);
    QCOMPARE(m_sandbox.apiRequestCount(), 10);
    for (const QUrl &url : result.urls)
        QVERIFY(!QUrlQuery(url).hasQueryItem(QStringLiteral("page_token")));
}

void TestCrmPager::abortStops()
{
    CrmPager *pager = m_client->fetchAllPages(leads());
    connect(pager, &CrmPager::pageReceived, pager, [pager]() { pager->abort(); });
    QEventLoop loop;
    connect(pager, &CrmPager::finished, &loop, &QEventLoop::quit);
    loop.exec();
    QCOMPARE(pager->pageCount(), 1);
    QCOMPARE(pager->error().kind(), CrmError::Kind::Cancelled);
    QTest::qWait(50);
    QCOMPARE(m_sandbox.apiRequestCount(), 1);
    delete pager;
}

QTEST_GUILESS_MAIN(TestCrmPager)
#include "tst_crmpager.moc"
