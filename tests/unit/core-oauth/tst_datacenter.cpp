#include "datacenter.h"
#include "zohoenvironment.h"

#include <QTest>

// The data center table is the SDK's (`crm/dc/` of zoho/zohocrm-python-sdk-8.0), and the allow-list
// for accounts servers lets a client secret go to Zoho or the configured host only.
class TestDataCenter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyDataCenterHasTheSdkHosts_data();
    void everyDataCenterHasTheSdkHosts();
    void lookupByCodeIgnoresCase();
    void lookupByAccountsUrl_data();
    void lookupByAccountsUrl();
    void lookupByApiDomainFindsTheEnvironment();
    void environmentUrls();
    void customEnvironment();
    void zohoAccountsServerAllowList_data();
    void zohoAccountsServerAllowList();
    void customAccountsServerAllowList_data();
    void customAccountsServerAllowList();
    void resolveApiDomainKeepsTheEnvironment();
    void environmentNames();
};

void TestDataCenter::everyDataCenterHasTheSdkHosts_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("accounts");
    QTest::addColumn<QString>("production");
    QTest::addColumn<QString>("sandbox");
    QTest::addColumn<QString>("developer");
    QTest::addColumn<QString>("upload");
    QTest::newRow("us") << "us"
                        << "https://accounts.zoho.com"
                        << "https://www.zohoapis.com"
                        << "https://sandbox.zohoapis.com"
                        << "https://developer.zohoapis.com"
                        << "https://content.zohoapis.com";
    QTest::newRow("eu") << "eu"
                        << "https://accounts.zoho.eu"
                        << "https://www.zohoapis.eu"
                        << "https://sandbox.zohoapis.eu"
                        << "https://developer.zohoapis.eu"
                        << "https://content.zohoapis.eu";
    QTest::newRow("in") << "in"
                        << "https://accounts.zoho.in"
                        << "https://www.zohoapis.in"
                        << "https://sandbox.zohoapis.in"
                        << "https://developer.zohoapis.in"
                        << "https://content.zohoapis.in";
    QTest::newRow("au") << "au"
                        << "https://accounts.zoho.com.au"
                        << "https://www.zohoapis.com.au"
                        << "https://sandbox.zohoapis.com.au"
                        << "https://developer.zohoapis.com.au"
                        << "https://content.zohoapis.com.au";
    QTest::newRow("cn") << "cn"
                        << "https://accounts.zoho.com.cn"
                        << "https://www.zohoapis.com.cn"
                        << "https://sandbox.zohoapis.com.cn"
                        << "https://developer.zohoapis.com.cn"
                        << "https://content.zohoapis.com.cn";
    QTest::newRow("jp") << "jp"
                        << "https://accounts.zoho.jp"
                        << "https://www.zohoapis.jp"
                        << "https://sandbox.zohoapis.jp"
                        << "https://developer.zohoapis.jp"
                        << "https://content.zohoapis.jp";
    QTest::newRow("ca") << "ca"
                        << "https://accounts.zohocloud.ca"
                        << "https://www.zohoapis.ca"
                        << "https://sandbox.zohoapis.ca"
                        << "https://developer.zohoapis.ca"
                        << "https://upload.zohocloud.ca";
    QTest::newRow("sa") << "sa"
                        << "https://accounts.zoho.sa"
                        << "https://www.zohoapis.sa"
                        << "https://sandbox.zohoapis.sa"
                        << "https://developer.zohoapis.sa"
                        << "https://files.zoho.sa";
}

void TestDataCenter::everyDataCenterHasTheSdkHosts()
{
    QFETCH(QString, code);
    QFETCH(QString, accounts);
    QFETCH(QString, production);
    QFETCH(QString, sandbox);
    QFETCH(QString, developer);
    QFETCH(QString, upload);
    const auto center = DataCenter::byCode(code);
    QVERIFY(center);
    QCOMPARE(center->code(), code);
    QCOMPARE(center->accountsUrl().toString(), accounts);
    QCOMPARE(center->apiDomain(ApiEnvironment::Production).toString(), production);
    QCOMPARE(center->apiDomain(ApiEnvironment::Sandbox).toString(), sandbox);
    QCOMPARE(center->apiDomain(ApiEnvironment::Developer).toString(), developer);
    QCOMPARE(center->fileUploadUrl().toString(), upload);
    QVERIFY(!center->name().isEmpty());
    QVERIFY(DataCenter::codes().contains(code));
}

void TestDataCenter::lookupByCodeIgnoresCase()
{
    QCOMPARE(DataCenter::codes(), QStringList({ "us", "eu", "in", "au", "cn", "jp", "ca", "sa" }));
    QCOMPARE(DataCenter::byCode(QStringLiteral("EU"))->code(), QStringLiteral("eu"));
    QCOMPARE(DataCenter::byCode(QStringLiteral(" jp "))->code(), QStringLiteral("jp"));
    QVERIFY(!DataCenter::byCode(QStringLiteral("uk"))); // unconfirmed for CRM: not offered
    QVERIFY(!DataCenter::byCode(QString()));
}

void TestDataCenter::lookupByAccountsUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("code"); // empty: no DC
    QTest::newRow("origin") << "https://accounts.zoho.eu"
                            << "eu";
    QTest::newRow("slash") << "https://accounts.zoho.in/"
                           << "in";
    QTest::newRow("sdk token url") << "https://accounts.zoho.com/oauth/v2/token"
                                   << "us";
    QTest::newRow("upper case host") << "https://ACCOUNTS.ZOHO.JP"
                                     << "jp";
    QTest::newRow("explicit 443") << "https://accounts.zohocloud.ca:443"
                                  << "ca";
    QTest::newRow("plain http") << "http://accounts.zoho.com"
                                << "";
    QTest::newRow("other port") << "https://accounts.zoho.com:8443"
                                << "";
    QTest::newRow("suffix attack") << "https://accounts.zoho.com.evil.example"
                                   << "";
    QTest::newRow("prefix attack") << "https://evilaccounts.zoho.com"
                                   << "";
    QTest::newRow("api host") << "https://www.zohoapis.com"
                              << "";
    QTest::newRow("au short form") << "https://accounts.zoho.au"
                                   << "";
}

void TestDataCenter::lookupByAccountsUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, code);
    const auto center = DataCenter::byAccountsUrl(QUrl(url));
    QCOMPARE(center ? center->code() : QString(), code);
    const auto environment = ZohoEnvironment::fromAccountsUrl(QUrl(url));
    QCOMPARE(environment ? environment->dataCenterCode() : QString(), code);
}

void TestDataCenter::lookupByApiDomainFindsTheEnvironment()
{
    ApiEnvironment environment = ApiEnvironment::Production;
    auto center =
        DataCenter::byApiDomain(QUrl(QStringLiteral("https://sandbox.zohoapis.com.au")), &environment);
    QVERIFY(center);
    QCOMPARE(center->code(), QStringLiteral("au"));
    QCOMPARE(environment, ApiEnvironment::Sandbox);
    center = DataCenter::byApiDomain(QUrl(QStringLiteral("https://developer.zohoapis.ca/")), &environment);
    QCOMPARE(center->code(), QStringLiteral("ca"));
    QCOMPARE(environment, ApiEnvironment::Developer);
    QVERIFY(!DataCenter::byApiDomain(QUrl(QStringLiteral("https://www.zohocloud.ca"))));
    QVERIFY(!DataCenter::byApiDomain(QUrl(QStringLiteral("http://www.zohoapis.com"))));

    const auto fromApi = ZohoEnvironment::fromApiDomain(QUrl(QStringLiteral("https://www.zohoapis.eu")));
    QVERIFY(fromApi);
    QCOMPARE(fromApi->dataCenterCode(), QStringLiteral("eu"));
    QCOMPARE(fromApi->environment(), ApiEnvironment::Production);
    QCOMPARE(fromApi->accountsUrl().toString(), QStringLiteral("https://accounts.zoho.eu"));
}

void TestDataCenter::environmentUrls()
{
    const auto environment = ZohoEnvironment::forDataCenter(QStringLiteral("ca"), ApiEnvironment::Developer);
    QVERIFY(environment);
    QVERIFY(!environment->isCustom());
    QCOMPARE(environment->accountsUrl().toString(), QStringLiteral("https://accounts.zohocloud.ca"));
    QCOMPARE(environment->apiDomain().toString(), QStringLiteral("https://developer.zohoapis.ca"));
    QCOMPARE(environment->authorizationUrl().toString(),
             QStringLiteral("https://accounts.zohocloud.ca/oauth/v2/auth"));
    QCOMPARE(ZohoEnvironment::tokenUrl(environment->accountsUrl()).toString(),
             QStringLiteral("https://accounts.zohocloud.ca/oauth/v2/token"));
    QCOMPARE(ZohoEnvironment::revokeUrl(environment->accountsUrl()).toString(),
             QStringLiteral("https://accounts.zohocloud.ca/oauth/v2/token/revoke"));
    QCOMPARE(environment->describe(), QStringLiteral("ca developer"));
    QVERIFY(!ZohoEnvironment::forDataCenter(QStringLiteral("mars")));
}

void TestDataCenter::customEnvironment()
{
    const auto environment =
        ZohoEnvironment::custom(QUrl(QStringLiteral("http://127.0.0.1:40001/")),
                                QUrl(QStringLiteral("http://127.0.0.1:40002")), ApiEnvironment::Sandbox);
    QVERIFY(environment);
    QVERIFY(environment->isCustom());
    QVERIFY(environment->dataCenterCode().isEmpty());
    QCOMPARE(environment->accountsUrl().toString(), QStringLiteral("http://127.0.0.1:40001"));
    QCOMPARE(ZohoEnvironment::tokenUrl(environment->accountsUrl()).toString(),
             QStringLiteral("http://127.0.0.1:40001/oauth/v2/token"));
    QCOMPARE(environment->environment(), ApiEnvironment::Sandbox);

    // A private setup under a path keeps it.
    const auto underPath =
        ZohoEnvironment::custom(QUrl(QStringLiteral("https://sso.example.com/zoho/")), QUrl());
    QVERIFY(underPath);
    QCOMPARE(ZohoEnvironment::tokenUrl(underPath->accountsUrl()).toString(),
             QStringLiteral("https://sso.example.com/zoho/oauth/v2/token"));

    QString error;
    QVERIFY(!ZohoEnvironment::custom(QUrl(QStringLiteral("ftp://x")), QUrl(), ApiEnvironment::Production,
                                     &error));
    QVERIFY(error.contains(QLatin1String("ftp://x")));
    QVERIFY(!ZohoEnvironment::custom(QUrl(QStringLiteral("https://a.example?x=1")), QUrl()));
    QVERIFY(!ZohoEnvironment::custom(QUrl(QStringLiteral("https://user:pw@a.example")), QUrl()));
    QVERIFY(!ZohoEnvironment::custom(QUrl(QStringLiteral("https://a.example")),
                                     QUrl(QStringLiteral("not a url"))));
    QVERIFY(!ZohoEnvironment().isValid());
}

void TestDataCenter::zohoAccountsServerAllowList_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<bool>("trusted");
    QTest::newRow("us") << "https://accounts.zoho.com" << true;
    QTest::newRow("eu, from a US sign-in") << "https://accounts.zoho.eu" << true;
    QTest::newRow("every DC: sa") << "https://accounts.zoho.sa" << true;
    QTest::newRow("trailing slash") << "https://accounts.zoho.in/" << true;
    QTest::newRow("http") << "http://accounts.zoho.com" << false;
    QTest::newRow("port") << "https://accounts.zoho.com:444" << false;
    QTest::newRow("user info") << "https://evil@accounts.zoho.com" << false;
    QTest::newRow("path") << "https://accounts.zoho.com/redirect?to=evil" << false;
    QTest::newRow("look-alike") << "https://accounts.zoho.com.evil.example" << false;
    QTest::newRow("stranger") << "https://evil.example" << false;
    QTest::newRow("loopback") << "http://127.0.0.1:4000" << false;
    QTest::newRow("garbage") << "not a url" << false;
}

void TestDataCenter::zohoAccountsServerAllowList()
{
    QFETCH(QString, server);
    QFETCH(bool, trusted);
    const auto us = ZohoEnvironment::forDataCenter(QStringLiteral("us"));
    QString reason;
    QCOMPARE(us->trustsAccountsServer(QUrl(server, QUrl::StrictMode), &reason), trusted);
    QCOMPARE(reason.isEmpty(), trusted);
    QCOMPARE(DataCenter::isZohoAccountsServer(QUrl(server, QUrl::StrictMode)), trusted);
}

void TestDataCenter::customAccountsServerAllowList_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<bool>("trusted");
    QTest::newRow("configured") << "http://127.0.0.1:40001" << true;
    QTest::newRow("another DC port of the same host") << "http://127.0.0.1:40003" << true;
    QTest::newRow("zoho") << "https://accounts.zoho.eu" << true;
    QTest::newRow("other loopback host") << "http://127.0.0.2:40001" << false;
    QTest::newRow("localhost is another name") << "http://localhost:40001" << false;
    QTest::newRow("https instead of http") << "https://127.0.0.1:40001" << false;
    QTest::newRow("path") << "http://127.0.0.1:40001/x" << false;
    QTest::newRow("query") << "http://127.0.0.1:40001?a=b" << false;
    QTest::newRow("stranger") << "http://evil.example" << false;
}

void TestDataCenter::customAccountsServerAllowList()
{
    QFETCH(QString, server);
    QFETCH(bool, trusted);
    const auto custom = ZohoEnvironment::custom(QUrl(QStringLiteral("http://127.0.0.1:40001")),
                                                QUrl(QStringLiteral("http://127.0.0.1:40002")));
    QString reason;
    QCOMPARE(custom->trustsAccountsServer(QUrl(server, QUrl::StrictMode), &reason), trusted);
    if (!trusted)
        QVERIFY2(reason.contains(QUrl(server).host()) || reason.contains(QLatin1String("path")),
                 qPrintable(reason));
}

void TestDataCenter::resolveApiDomainKeepsTheEnvironment()
{
    const auto sandboxUs = ZohoEnvironment::forDataCenter(QStringLiteral("us"), ApiEnvironment::Sandbox);
    // A user living in EU: the answer names EU; the sandbox environment is kept.
    QCOMPARE(sandboxUs->resolveApiDomain(QUrl(QStringLiteral("https://www.zohoapis.eu"))).toString(),
             QStringLiteral("https://sandbox.zohoapis.eu"));
    QCOMPARE(sandboxUs->resolveApiDomain(QUrl()).toString(), QStringLiteral("https://sandbox.zohoapis.com"));
    const auto productionUs = ZohoEnvironment::forDataCenter(QStringLiteral("us"));
    QCOMPARE(productionUs->resolveApiDomain(QUrl(QStringLiteral("https://www.zohoapis.eu"))).toString(),
             QStringLiteral("https://www.zohoapis.eu"));
    const auto custom = ZohoEnvironment::custom(QUrl(QStringLiteral("http://127.0.0.1:1")),
                                                QUrl(QStringLiteral("http://127.0.0.1:2")));
    QCOMPARE(custom->resolveApiDomain(QUrl(QStringLiteral("http://127.0.0.1:4/"))).toString(),
             QStringLiteral("http://127.0.0.1:4"));
}

void TestDataCenter::environmentNames()
{
    for (ApiEnvironment environment :
         { ApiEnvironment::Production, ApiEnvironment::Sandbox, ApiEnvironment::Developer })
        QCOMPARE(apiEnvironmentFromName(apiEnvironmentName(environment)), environment);
    QCOMPARE(apiEnvironmentFromName(QStringLiteral("Sandbox")), ApiEnvironment::Sandbox);
    QVERIFY(!apiEnvironmentFromName(QStringLiteral("staging")));
}

QTEST_GUILESS_MAIN(TestDataCenter)
#include "tst_datacenter.moc"
