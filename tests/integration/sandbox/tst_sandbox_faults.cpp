// Faults on demand (latency, 5xx, malformed JSON, dropped connections, 429) through the library API and
// through the loopback control endpoint, and the concurrency limit.

#include "sandboxtesthttp.h"

#include <QJsonArray>
#include <QtTest>

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private:
    SandboxServer *m_server = nullptr;
    QNetworkAccessManager m_nam;
    QByteArray m_token;

    HttpReply org()
    {
        return get(m_nam, withPath(m_server->apiDomain(), QStringLiteral("/crm/v8/org")), m_token);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = new SandboxServer(this);
        m_server->setRecordsPerModule(10);
        QVERIFY(m_server->start());
        m_token = grantTokens(*m_server, m_nam, QStringLiteral("ZohoCRM.org.READ"))
                      .value("access_token")
                      .toString()
                      .toLatin1();
    }
    void cleanup() { m_server->clearFaults(); }

    void specParsing()
    {
        SandboxFaults f;
        QVERIFY(f.apply(QStringLiteral("latency=200,status=503:0.5,drop=0.1,path=/org,accounts")));
        QCOMPARE(f.latencyMs, 200);
        QCOMPARE(f.errorStatus, 503);
        QCOMPARE(f.errorRate, 0.5);
        QCOMPARE(f.dropRate, 0.1);
        QCOMPARE(f.pathContains, QStringLiteral("/org"));
        QVERIFY(f.includeAccounts);
        QString error;
        QVERIFY(!f.apply(QStringLiteral("explode"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!f.apply(QStringLiteral("drop=2")));
        QVERIFY(f.apply(QStringLiteral("none")));
        QVERIFY(f.isNone());
    }

    void latency()
    {
        m_server->setLatency(300);
        const HttpReply r = org();
        QCOMPARE(r.status, 200);
        QVERIFY2(r.elapsedMs >= 280, qPrintable(QString::number(r.elapsedMs)));
    }

    void serverErrorAndThrottle()
    {
        m_server->setErrorRate(503, 1.0);
        const HttpReply e = org();
        QCOMPARE(e.status, 503);
        QCOMPARE(e.json.value("status").toString(), QStringLiteral("error"));
        m_server->clearFaults();
        m_server->setThrottleRate(1.0);
        const HttpReply t = org();
        QCOMPARE(t.status, 429);
        QCOMPARE(t.json.value("code").toString(), QStringLiteral("TOO_MANY_REQUESTS"));
    }

    void malformedBody()
    {
        m_server->setMalformedRate(1.0);
        const HttpReply r = org();
        QCOMPARE(r.status, 200);
        QJsonParseError error {};
        QJsonDocument::fromJson(r.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    }

    void droppedConnection()
    {
        m_server->setDropRate(1.0);
        const HttpReply r = org();
        QCOMPARE(r.status, 0);
        QVERIFY(r.error != QNetworkReply::NoError);
        m_server->clearFaults();
        QCOMPARE(org().status, 200);
    }

    void accountsUntouchedUnlessAsked()
    {
        m_server->setErrorRate(500, 1.0);
        QVERIFY(grantTokens(*m_server, m_nam, QStringLiteral("ZohoCRM.org.READ")).contains("access_token"));
        SandboxFaults f = m_server->faults();
        f.includeAccounts = true;
        m_server->setFaults(f);
        QVERIFY(!grantTokens(*m_server, m_nam, QStringLiteral("ZohoCRM.org.READ")).contains("access_token"));
    }

    void controlEndpoint()
    {
        const QUrl faults = withPath(m_server->accountsUrl(), QStringLiteral("/__sandbox/faults"));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("spec"), QStringLiteral("status=500"));
        QUrl withSpec = faults;
        withSpec.setQuery(q);
        QCOMPARE(send(m_nam, "POST", makeRequest(withSpec)).status, 200);
        QCOMPARE(m_server->faults().errorStatus, 500);
        QCOMPARE(org().status, 500);
        QCOMPARE(send(m_nam, "POST", makeRequest(faults), "bogus").status, 400);
        QCOMPARE(send(m_nam, "DELETE", makeRequest(faults)).status, 200);
        QVERIFY(m_server->faults().isNone());
        QCOMPARE(org().status, 200);
        const HttpReply info = get(m_nam, withPath(m_server->apiDomain(), QStringLiteral("/__sandbox/info")));
        QCOMPARE(info.json.value("client_id").toString(), m_server->clientId());
        const HttpReply counters =
            get(m_nam, withPath(m_server->apiDomain(), QStringLiteral("/__sandbox/counters")));
        QVERIFY(counters.json.value("api_requests").toInt() > 0);
    }

    void concurrencyLimitGives429()
    {
        m_server->setConcurrencyLimit(2);
        m_server->setLatency(300);
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 5; ++i)
            replies << m_nam.get(
                makeRequest(withPath(m_server->apiDomain(), QStringLiteral("/crm/v8/org")), m_token));
        int ok = 0, limited = 0;
        for (QNetworkReply *reply : replies) {
            const HttpReply r = waitFor(reply);
            ok += r.status == 200;
            limited += r.status == 429;
        }
        QCOMPARE(ok, 2);
        QCOMPARE(limited, 3);
        m_server->setConcurrencyLimit(10);
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
