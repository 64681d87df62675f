#include "crmrequest.h"

#include <QTest>
#include <QUrlQuery>

class TestCrmRequest : public QObject
{
    Q_OBJECT

private slots:
    void normalizedPath_data();
    void normalizedPath();
    void queryInPath();
    void urlEncodesEveryValue();
    void urlKeepsApiDomainPort();
    void setQueryItemReplaces();
    void headersAreCaseInsensitive();
    void headersCannotSmuggleLines();
};

void TestCrmRequest::normalizedPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::newRow("module") << "Leads"
                            << "/crm/v8/Leads";
    QTest::newRow("slash module") << "/Leads"
                                  << "/crm/v8/Leads";
    QTest::newRow("crm/v8") << "crm/v8/Leads"
                            << "/crm/v8/Leads";
    QTest::newRow("/crm/v8") << "/crm/v8/Leads"
                             << "/crm/v8/Leads";
    QTest::newRow("record") << "Leads/4150868000000224005"
                            << "/crm/v8/Leads/4150868000000224005";
    QTest::newRow("settings") << "settings/modules"
                              << "/crm/v8/settings/modules";
    QTest::newRow("coql") << " /coql "
                          << "/crm/v8/coql";
    QTest::newRow("other version kept") << "/crm/v7/Leads"
                                        << "/crm/v7/Leads";
    QTest::newRow("crm-like module") << "crmLeads"
                                     << "/crm/v8/crmLeads";
    QTest::newRow("query dropped") << "Leads/search?word=x"
                                   << "/crm/v8/Leads/search";
}

void TestCrmRequest::normalizedPath()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QCOMPARE(CrmRequest::normalizedPath(path), expected);
    QCOMPARE(CrmRequest("get", path).path(), expected);
}

void TestCrmRequest::queryInPath()
{
    const CrmRequest request("GET", QStringLiteral("Leads?fields=Last_Name%2CEmail&per_page=5"));
    QCOMPARE(request.method(), QByteArray("GET"));
    QCOMPARE(request.queryItemValue(QStringLiteral("fields")), QStringLiteral("Last_Name,Email"));
    QCOMPARE(request.queryItemValue(QStringLiteral("per_page")), QStringLiteral("5"));
}

void TestCrmRequest::urlEncodesEveryValue()
{
    CrmRequest request("GET", QStringLiteral("Leads/search"));
    const QString criteria = QStringLiteral("((Last_Name:equals:O'Neil & Co+)and(Email:equals:a+b@x.io))");
    request.addQueryItem(QStringLiteral("criteria"), criteria);
    request.addQueryItem(QStringLiteral("word"), QStringLiteral("a=b#c é"));
    const QUrl url = request.url(QUrl(QStringLiteral("https://www.zohoapis.eu")));
    QVERIFY(url.isValid());
    QCOMPARE(url.host(), QStringLiteral("www.zohoapis.eu"));
    QCOMPARE(url.path(), QStringLiteral("/crm/v8/Leads/search"));
    const QByteArray encoded = url.toEncoded();
    QVERIFY2(encoded.contains("%2B"), encoded.constData()); // '+' must not turn into a space
    QVERIFY2(!encoded.contains('#'), encoded.constData());
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(QStringLiteral("criteria"), QUrl::FullyDecoded), criteria);
    QCOMPARE(query.queryItemValue(QStringLiteral("word"), QUrl::FullyDecoded), QStringLiteral("a=b#c é"));
}

void TestCrmRequest::urlKeepsApiDomainPort()
{
    const CrmRequest request("GET", QStringLiteral("org"));
    const QUrl url = request.url(QUrl(QStringLiteral("http://127.0.0.1:40002/")));
    QCOMPARE(url.toString(), QStringLiteral("http://127.0.0.1:40002/crm/v8/org"));
}

void TestCrmRequest::setQueryItemReplaces()
{
    CrmRequest request("GET", QStringLiteral("Leads"));
    request.addQueryItem(QStringLiteral("page"), QStringLiteral("1"));
    request.addQueryItem(QStringLiteral("page"), QStringLiteral("2"));
    request.setQueryItem(QStringLiteral("page"), QStringLiteral("3"));
    QCOMPARE(request.queryItems().size(), 1);
    QCOMPARE(request.queryItemValue(QStringLiteral("page")), QStringLiteral("3"));
    request.removeQueryItem(QStringLiteral("page"));
    QVERIFY(!request.hasQueryItem(QStringLiteral("page")));
}

void TestCrmRequest::headersAreCaseInsensitive()
{
    CrmRequest request;
    request.setHeader("If-Modified-Since", "2024-01-01T00:00:00+00:00");
    request.setHeader("if-modified-since", "2025-01-01T00:00:00+00:00");
    QCOMPARE(request.headers().size(), 1);
    QCOMPARE(request.headers().first().second, QByteArray("2025-01-01T00:00:00+00:00"));
}

void TestCrmRequest::headersCannotSmuggleLines()
{
    CrmRequest request(QByteArray("GET"), QStringLiteral("Leads"));
    const QByteArray nul("b\0c", 3);
    for (const auto &[name, value] :
         { std::pair<QByteArray, QByteArray> { "X-A", "b\r\nX-Evil: 1" },
           std::pair<QByteArray, QByteArray> { "X-A", "b\nX-Evil: 1" },
           std::pair<QByteArray, QByteArray> { "X-A", nul },
           std::pair<QByteArray, QByteArray> { "X\r\nEvil", "1" },
           std::pair<QByteArray, QByteArray> { "", "1" },
           std::pair<QByteArray, QByteArray> { "Authorization", "SECRET\x7f" } }) {
        const QString problem = request.setHeader(name, value);
        QVERIFY2(!problem.isEmpty(), value.constData());
        QVERIFY(!problem.contains(QLatin1String("SECRET"))); // a value is never quoted
    }
    QVERIFY(request.headers().isEmpty());
    QVERIFY(request.setHeader("X-Tab", "a\tb").isEmpty());
    QCOMPARE(request.headers().size(), 1);
}

QTEST_GUILESS_MAIN(TestCrmRequest)
#include "tst_crmrequest.moc"
