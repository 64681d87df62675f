// Several data centers: the redirect names the DC of the user's account, codes and tokens belong to that
// DC's accounts server, and its tokens only work on its own API domain.

#include "sandboxtesthttp.h"

#include <QJsonArray>
#include <QSet>
#include <QtTest>

class TestSandboxMultiDc : public QObject
{
    Q_OBJECT

private:
    SandboxServer *m_server = nullptr;
    QNetworkAccessManager m_nam;

private Q_SLOTS:
    void initTestCase()
    {
        m_server = new SandboxServer(this);
        m_server->setRecordsPerModule(10);
        m_server->setAutoApprove(true);
        m_server->setSignedInUser(QStringLiteral("eva@example.eu"));
        m_server->setUserDataCenter(QStringLiteral("eva@example.eu"), QStringLiteral("eu"));
        QVERIFY(m_server->start());
    }

    void eachDcHasItsOwnServers()
    {
        QSet<QString> urls;
        for (const QString &dc : SandboxServer::dataCenters()) {
            urls.insert(m_server->accountsUrl(dc).toString());
            urls.insert(m_server->apiDomain(dc).toString());
        }
        QCOMPARE(urls.size(), 16);
        const HttpReply info =
            get(m_nam,
                withPath(m_server->accountsUrl(QStringLiteral("jp")), QStringLiteral("/oauth/serverinfo")));
        QCOMPARE(info.json.value("locations").toObject().value("eu").toString(),
                 m_server->accountsUrl(QStringLiteral("eu")).toString());
    }

    void flowStartedOnUsEndsInEu()
    {
        const QString redirect = QStringLiteral("http://localhost:8080/callback");
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("client_id"), m_server->clientId());
        q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        q.addQueryItem(QStringLiteral("redirect_uri"), redirect);
        q.addQueryItem(QStringLiteral("scope"), QStringLiteral("ZohoCRM.users.READ"));
        q.addQueryItem(QStringLiteral("access_type"), QStringLiteral("offline"));
        const HttpReply r =
            get(m_nam,
                withPath(m_server->accountsUrl(QStringLiteral("us")), QStringLiteral("/oauth/v2/auth"), q));
        QCOMPARE(r.status, 302);
        const QUrlQuery back = r.locationQuery();
        QCOMPARE(back.queryItemValue(QStringLiteral("location")), QStringLiteral("eu"));
        const QString accountsServer =
            back.queryItemValue(QStringLiteral("accounts-server"), QUrl::FullyDecoded);
        QCOMPARE(accountsServer, m_server->accountsUrl(QStringLiteral("eu")).toString());
        const QString code = back.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        const QByteArray body = formBody({ { "grant_type", "authorization_code" },
                                           { "client_id", m_server->clientId() },
                                           { "client_secret", m_server->clientSecret() },
                                           { "redirect_uri", redirect },
                                           { "code", code } });
        // The wrong DC does not know the code (and this does not spend it).
        QCOMPARE(send(m_nam, "POST",
                      makeRequest(withPath(m_server->accountsUrl(QStringLiteral("us")),
                                           QStringLiteral("/oauth/v2/token"))),
                      body)
                     .json,
                 QJsonObject({ { "error", "invalid_code" } }));
        const HttpReply tokens =
            send(m_nam, "POST",
                 makeRequest(withPath(QUrl(accountsServer), QStringLiteral("/oauth/v2/token"))), body);
        QCOMPARE(tokens.json.value("api_domain").toString(),
                 m_server->apiDomain(QStringLiteral("eu")).toString());
        const QByteArray at = tokens.json.value("access_token").toString().toLatin1();

        const HttpReply onEu =
            get(m_nam,
                withPath(m_server->apiDomain(QStringLiteral("eu")), QStringLiteral("/crm/v8/users"),
                         QUrlQuery(QStringLiteral("type=CurrentUser"))),
                at);
        QCOMPARE(onEu.status, 200);
        QCOMPARE(onEu.json.value("users").toArray().at(0).toObject().value("email").toString(),
                 QStringLiteral("eva@example.eu"));
        const HttpReply onUs =
            get(m_nam,
                withPath(m_server->apiDomain(QStringLiteral("us")), QStringLiteral("/crm/v8/users"),
                         QUrlQuery(QStringLiteral("type=CurrentUser"))),
                at);
        QCOMPARE(onUs.status, 401);
        QCOMPARE(onUs.json.value("code").toString(), QStringLiteral("INVALID_TOKEN"));

        // Refresh only on the DC's own accounts server.
        const QByteArray refresh =
            formBody({ { "grant_type", "refresh_token" },
                       { "client_id", m_server->clientId() },
                       { "client_secret", m_server->clientSecret() },
                       { "refresh_token", tokens.json.value("refresh_token").toString() } });
        QCOMPARE(send(m_nam, "POST",
                      makeRequest(withPath(m_server->accountsUrl(QStringLiteral("in")),
                                           QStringLiteral("/oauth/v2/token"))),
                      refresh)
                     .json,
                 QJsonObject({ { "error", "invalid_code" } }));
        QVERIFY(send(m_nam, "POST",
                     makeRequest(withPath(QUrl(accountsServer), QStringLiteral("/oauth/v2/token"))), refresh)
                    .json.contains("access_token"));
    }

    void dataIsPerDc()
    {
        const QByteArray usToken =
            grantTokens(*m_server, m_nam, QStringLiteral("ZohoCRM.modules.ALL"), QStringLiteral("us"))
                .value("access_token")
                .toString()
                .toLatin1();
        const QByteArray jpToken =
            grantTokens(*m_server, m_nam, QStringLiteral("ZohoCRM.modules.ALL"), QStringLiteral("jp"))
                .value("access_token")
                .toString()
                .toLatin1();
        const QUrlQuery q(QStringLiteral("fields=Last_Name&per_page=1"));
        const QString usId =
            get(m_nam,
                withPath(m_server->apiDomain(QStringLiteral("us")), QStringLiteral("/crm/v8/Leads"), q),
                usToken)
                .json.value("data")
                .toArray()
                .at(0)
                .toObject()
                .value("id")
                .toString();
        const QString jpId =
            get(m_nam,
                withPath(m_server->apiDomain(QStringLiteral("jp")), QStringLiteral("/crm/v8/Leads"), q),
                jpToken)
                .json.value("data")
                .toArray()
                .at(0)
                .toObject()
                .value("id")
                .toString();
        QCOMPARE(usId.size(), 19);
        QCOMPARE(jpId.size(), 19);
        QVERIFY(usId != jpId);
    }
};

QTEST_GUILESS_MAIN(TestSandboxMultiDc)
#include "tst_sandbox_multidc.moc"
