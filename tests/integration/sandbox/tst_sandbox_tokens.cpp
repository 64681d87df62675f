// The token endpoint after the code: refresh shape, the 10-per-10-minutes throttle, the 15 access tokens
// and 20 refresh tokens limits, expiry through the injected clock, and both revoke forms.

#include "sandboxtesthttp.h"

#include <QtTest>

class TestSandboxTokens : public QObject
{
    Q_OBJECT

private:
    SandboxServer *m_server = nullptr;
    QNetworkAccessManager m_nam;
    qint64 m_now = 1700000000000;

    HttpReply refresh(const QString &refreshToken)
    {
        return send(m_nam, "POST",
                    makeRequest(withPath(m_server->accountsUrl(), QStringLiteral("/oauth/v2/token"))),
                    formBody({ { "grant_type", "refresh_token" },
                               { "client_id", m_server->clientId() },
                               { "client_secret", m_server->clientSecret() },
                               { "refresh_token", refreshToken } }));
    }
    HttpReply org(const QString &accessToken)
    {
        return get(m_nam, withPath(m_server->apiDomain(), QStringLiteral("/crm/v8/org")),
                   accessToken.toLatin1());
    }

private Q_SLOTS:
    void init()
    {
        m_server = new SandboxServer;
        m_server->setRecordsPerModule(10);
        m_server->setClock([this] { return m_now; });
        QVERIFY(m_server->start());
    }
    void cleanup()
    {
        delete m_server;
        m_server = nullptr;
    }

    void refreshAnswerHasNoRefreshToken()
    {
        const QJsonObject tokens = grantTokens(*m_server, m_nam, QStringLiteral("ZohoCRM.org.READ"));
        const HttpReply r = refresh(tokens.value("refresh_token").toString());
        QCOMPARE(r.status, 200);
        QVERIFY(r.json.value("access_token").toString().startsWith(QLatin1String("1000.")));
        QVERIFY(!r.json.contains("refresh_token"));
        QCOMPARE(r.json.value("api_domain").toString(), m_server->apiDomain().toString());
        QCOMPARE(r.json.value("token_type").toString(), QStringLiteral("Bearer"));
        QCOMPARE(r.json.value("expires_in").toInt(), 3600);
        QCOMPARE(m_server->refreshCount(tokens.value("refresh_token").toString()), 1);
        QCOMPARE(org(r.json.value("access_token").toString()).status, 200);
    }

    void eleventhRefreshWithinTenMinutesIsAccessDenied()
    {
        const QString rt = grantTokens(*m_server, m_nam, QStringLiteral("ZohoCRM.org.READ"))
                               .value("refresh_token")
                               .toString();
        for (int i = 0; i < 10; ++i) {
            QVERIFY(refresh(rt).json.contains("access_token"));
            m_now += 50 * 1000;
        }
        const HttpReply denied = refresh(rt);
        QCOMPARE(denied.status, 200);
        QCOMPARE(denied.json,
                 QJsonObject(
                     { { "error", "Access Denied" },
                       { "error_description",
                         "You have made too many requests continuously. Please try again after some time." },
                       { "status", "failure" } }));
        QCOMPARE(m_server->refreshCount(rt), 10);
        // The window slides: the first refresh happened 500 s ago; 101 s later it is out of the window.
        m_now += 101 * 1000;
        QVERIFY(refresh(rt).json.contains("access_token"));
    }

    void throttleStatusCanBe400()
    {
        m_server->setThrottleHttpStatus(400);
        const QString rt = grantTokens(*m_server, m_nam, QStringLiteral("ZohoCRM.org.READ"))
                               .value("refresh_token")
                               .toString();
        for (int i = 0; i < 10; ++i)
            refresh(rt);
        QCOMPARE(refresh(rt).status, 400);
    }

    void sixteenthAccessTokenDropsTheOldest()
    {
        const QJsonObject tokens = grantTokens(*m_server, m_nam, QStringLiteral("ZohoCRM.org.READ"));
        const QString rt = tokens.value("refresh_token").toString();
        const QString first = tokens.value("access_token").toString();
        for (int i = 0; i < 14; ++i) {
            if (i % 9 == 8)
                m_now += 11 * 60 * 1000; // stay under the refresh throttle
            QVERIFY(refresh(rt).json.contains("access_token"));
        }
        QCOMPARE(m_server->liveAccessTokenCount(rt), 15);
        QVERIFY(m_server->isAccessTokenValid(first));
        m_now += 11 * 60 * 1000;
        QVERIFY(refresh(rt).json.contains("access_token"));
        QCOMPARE(m_server->liveAccessTokenCount(rt), 15);
        QCOMPARE(org(first).json.value("code").toString(), QStringLiteral("INVALID_TOKEN"));
    }

    void twentyFirstRefreshTokenDeletesTheOldest()
    {
        QStringList tokens;
        for (int i = 0; i < 21; ++i)
            tokens << grantTokens(*m_server, m_nam, QStringLiteral("ZohoCRM.org.READ"))
                          .value("refresh_token")
                          .toString();
        QCOMPARE(m_server->liveRefreshTokenCount(m_server->signedInUser()), 20);
        QVERIFY(!m_server->isRefreshTokenValid(tokens.first()));
        QVERIFY(m_server->isRefreshTokenValid(tokens.at(1)));
        QCOMPARE(refresh(tokens.first()).json, QJsonObject({ { "error", "invalid_code" } }));
    }

    void accessTokenExpiresByTheClock()
    {
        m_server->setTokenLifetime(60);
        const QJsonObject tokens = grantTokens(*m_server, m_nam, QStringLiteral("ZohoCRM.org.READ"));
        QCOMPARE(tokens.value("expires_in").toInt(), 60);
        const QString at = tokens.value("access_token").toString();
        QCOMPARE(org(at).status, 200);
        m_now += 61 * 1000;
        const HttpReply expired = org(at);
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.json,
                 QJsonObject({ { "code", "INVALID_TOKEN" },
                               { "details", QJsonObject() },
                               { "message", "invalid oauth token" },
                               { "status", "error" } }));
    }

    void expireAccessTokenFromTheTest()
    {
        const QString at = grantTokens(*m_server, m_nam, QStringLiteral("ZohoCRM.org.READ"))
                               .value("access_token")
                               .toString();
        QVERIFY(m_server->expireAccessToken(at));
        QCOMPARE(org(at).status, 401);
    }

    void revokeByQueryStringTakesAccessTokensAlong()
    {
        const QJsonObject tokens = grantTokens(*m_server, m_nam, QStringLiteral("ZohoCRM.org.READ"));
        const QString rt = tokens.value("refresh_token").toString();
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("token"), rt);
        const HttpReply r =
            send(m_nam, "POST",
                 makeRequest(withPath(m_server->accountsUrl(), QStringLiteral("/oauth/v2/token/revoke"), q)));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json, QJsonObject({ { "status", "success" } }));
        QCOMPARE(refresh(rt).json, QJsonObject({ { "error", "invalid_code" } }));
        QCOMPARE(org(tokens.value("access_token").toString()).status, 401);
        const HttpReply again =
            send(m_nam, "POST",
                 makeRequest(withPath(m_server->accountsUrl(), QStringLiteral("/oauth/v2/token/revoke"), q)));
        QCOMPARE(again.status, 400);
    }

    void revokeWithBasicAuthForm()
    {
        const QString rt = grantTokens(*m_server, m_nam, QStringLiteral("ZohoCRM.org.READ"))
                               .value("refresh_token")
                               .toString();
        QNetworkRequest req =
            makeRequest(withPath(m_server->accountsUrl(), QStringLiteral("/oauth/v2/revoke/token")));
        req.setRawHeader("Authorization", "Basic " + QByteArray("wrong:creds").toBase64());
        QCOMPARE(
            send(m_nam, "POST", req, formBody({ { "token", rt }, { "token_type", "refresh_token" } })).json,
            QJsonObject({ { "error", "invalid_client" } }));
        req.setRawHeader(
            "Authorization",
            "Basic "
                + (m_server->clientId() + QLatin1Char(':') + m_server->clientSecret()).toUtf8().toBase64());
        const HttpReply r =
            send(m_nam, "POST", req, formBody({ { "token", rt }, { "token_type", "refresh_token" } }));
        QCOMPARE(r.json, QJsonObject({ { "status", "success" } }));
        QVERIFY(!m_server->isRefreshTokenValid(rt));
    }

    void unknownGrantTypeAndCountersAndSignal()
    {
        QSignalSpy spy(m_server, &SandboxServer::tokenRequestServed);
        const HttpReply r = send(
            m_nam, "POST", makeRequest(withPath(m_server->accountsUrl(), QStringLiteral("/oauth/v2/token"))),
            formBody({ { "grant_type", "password" },
                       { "client_id", m_server->clientId() },
                       { "client_secret", m_server->clientSecret() } }));
        QCOMPARE(r.json.value("error").toString(), QStringLiteral("unsupported_grant_type"));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().at(1).toBool(), false);
        QCOMPARE(m_server->tokenRequestCount(), 1);
        m_server->resetCounters();
        QCOMPARE(m_server->tokenRequestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSandboxTokens)
#include "tst_sandbox_tokens.moc"
