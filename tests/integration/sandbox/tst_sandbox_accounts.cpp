// The authorization flow: consent page, approve and deny, auto-approve, bad client or redirect URI, and
// the code exchange in every documented parameter form, with PKCE and the one-time, 2-minute code.

#include "sandboxtesthttp.h"

#include <QCryptographicHash>
#include <QHttpMultiPart>
#include <QtTest>

class TestSandboxAccounts : public QObject
{
    Q_OBJECT

private:
    SandboxServer *m_server = nullptr;
    QNetworkAccessManager m_nam;
    qint64 m_now = 1700000000000;
    const QString m_redirect = QStringLiteral("http://localhost:53682/callback");

    QUrl authUrl(const QList<QPair<QString, QString>> &extra = {}) const
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("client_id"), m_server->clientId());
        q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        q.addQueryItem(QStringLiteral("redirect_uri"), m_redirect);
        q.addQueryItem(QStringLiteral("scope"), QStringLiteral("ZohoCRM.modules.ALL,ZohoCRM.users.READ"));
        q.addQueryItem(QStringLiteral("access_type"), QStringLiteral("offline"));
        q.addQueryItem(QStringLiteral("prompt"), QStringLiteral("consent"));
        q.addQueryItem(QStringLiteral("state"), QStringLiteral("s t&8"));
        for (const auto &e : extra) {
            q.removeAllQueryItems(e.first);
            q.addQueryItem(e.first, QString::fromLatin1(QUrl::toPercentEncoding(e.second)));
        }
        return withPath(m_server->accountsUrl(), QStringLiteral("/oauth/v2/auth"), q);
    }
    QString approvedCode(const QList<QPair<QString, QString>> &extra = {})
    {
        m_server->setAutoApprove(true);
        const HttpReply r = get(m_nam, authUrl(extra));
        m_server->setAutoApprove(false);
        return r.locationQuery().queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    }
    HttpReply exchange(const QString &code, const QList<QPair<QString, QString>> &extra = {})
    {
        QList<QPair<QString, QString>> items { { "grant_type", "authorization_code" },
                                               { "client_id", m_server->clientId() },
                                               { "client_secret", m_server->clientSecret() },
                                               { "redirect_uri", m_redirect },
                                               { "code", code } };
        for (const auto &e : extra) {
            items.erase(
                std::remove_if(items.begin(), items.end(), [&](const auto &i) { return i.first == e.first; }),
                items.end());
            items.append(e);
        }
        return send(m_nam, "POST",
                    makeRequest(withPath(m_server->accountsUrl(), QStringLiteral("/oauth/v2/token"))),
                    formBody(items));
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

    void consentPageApproveRedirectsWithCodeLocationServerAndState()
    {
        const HttpReply page = get(m_nam, authUrl());
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("action=\"/oauth/v2/auth/approve\""));
        QVERIFY(page.body.contains("action=\"/oauth/v2/auth/deny\""));
        // Post the approve form back as a browser would.
        QUrlQuery fields(authUrl().query());
        QList<QPair<QString, QString>> items;
        for (const auto &i : fields.queryItems(QUrl::FullyDecoded))
            items.append(i);
        const HttpReply approved =
            send(m_nam, "POST",
                 makeRequest(withPath(m_server->accountsUrl(), QStringLiteral("/oauth/v2/auth/approve"))),
                 formBody(items));
        QCOMPARE(approved.status, 302);
        const QUrl location = QUrl::fromEncoded(approved.header("Location"));
        QCOMPARE(location.toString(QUrl::RemoveQuery), m_redirect);
        const QUrlQuery q = approved.locationQuery();
        QVERIFY(q.queryItemValue(QStringLiteral("code")).startsWith(QLatin1String("1000.")));
        QCOMPARE(q.queryItemValue(QStringLiteral("location")), QStringLiteral("us"));
        QCOMPARE(q.queryItemValue(QStringLiteral("accounts-server"), QUrl::FullyDecoded),
                 m_server->accountsUrl().toString());
        QCOMPARE(q.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), QStringLiteral("s t&8"));
    }

    void denyRedirectsWithAccessDenied()
    {
        QList<QPair<QString, QString>> items;
        for (const auto &i : QUrlQuery(authUrl().query()).queryItems(QUrl::FullyDecoded))
            items.append(i);
        const HttpReply denied =
            send(m_nam, "POST",
                 makeRequest(withPath(m_server->accountsUrl(), QStringLiteral("/oauth/v2/auth/deny"))),
                 formBody(items));
        QCOMPARE(denied.status, 302);
        QCOMPARE(denied.locationQuery().queryItemValue(QStringLiteral("error")),
                 QStringLiteral("access_denied"));
        QCOMPARE(denied.locationQuery().queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded),
                 QStringLiteral("s t&8"));
        QVERIFY(!denied.locationQuery().hasQueryItem(QStringLiteral("code")));
    }

    void autoApproveRedirectsAtOnce()
    {
        m_server->setAutoApprove(true);
        const HttpReply r = get(m_nam, authUrl());
        QCOMPARE(r.status, 302);
        QVERIFY(r.locationQuery().hasQueryItem(QStringLiteral("code")));
    }

    void invalidClientOrRedirectGivesErrorPage()
    {
        m_server->setAutoApprove(true);
        const HttpReply badClient = get(m_nam, authUrl({ { "client_id", "1000.NOPE" } }));
        QCOMPARE(badClient.status, 400);
        QVERIFY(badClient.body.contains("Invalid Client"));
        const HttpReply badRedirect =
            get(m_nam, authUrl({ { "redirect_uri", "http://evil.example/callback" } }));
        QCOMPARE(badRedirect.status, 400);
        QVERIFY(badRedirect.body.contains("Invalid Redirect Uri"));
        QVERIFY(badRedirect.header("Location").isEmpty());
    }

    void codeExchangeSucceedsOnceThenInvalidCode()
    {
        const QString code = approvedCode();
        const HttpReply first = exchange(code);
        QCOMPARE(first.status, 200);
        QVERIFY(first.json.value("access_token").toString().startsWith(QLatin1String("1000.")));
        QVERIFY(!first.json.value("refresh_token").toString().isEmpty());
        QCOMPARE(first.json.value("api_domain").toString(), m_server->apiDomain().toString());
        QCOMPARE(first.json.value("token_type").toString(), QStringLiteral("Bearer"));
        QCOMPARE(first.json.value("expires_in").toInt(), 3600);
        QCOMPARE(first.json.value("scope").toString(),
                 QStringLiteral("ZohoCRM.modules.ALL ZohoCRM.users.READ"));
        const HttpReply again = exchange(code);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json, QJsonObject({ { "error", "invalid_code" } }));
        QCOMPARE(m_server->codeExchangeCount(), 1);
        QCOMPARE(m_server->tokenRequestCount(), 2);
    }

    void codeExpiresAfterTwoMinutes()
    {
        const QString code = approvedCode();
        m_now += 121 * 1000;
        QCOMPARE(exchange(code).json, QJsonObject({ { "error", "invalid_code" } }));
    }

    void redirectUriMustMatchExactly()
    {
        const QString code = approvedCode();
        QCOMPARE(exchange(code, { { "redirect_uri", "http://localhost:53682/callback/" } }).json,
                 QJsonObject({ { "error", "invalid_redirect_uri" } }));
    }

    void wrongSecretIsInvalidClient()
    {
        const QString code = approvedCode();
        const HttpReply r = exchange(code, { { "client_secret", "wrong" } });
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json, QJsonObject({ { "error", "invalid_client" } }));
    }

    void onlineAccessHasNoRefreshToken()
    {
        const QString code = approvedCode({ { "access_type", "online" } });
        const HttpReply r = exchange(code);
        QVERIFY(r.json.contains("access_token"));
        QVERIFY(!r.json.contains("refresh_token"));
    }

    void offlineWithoutPromptConsentGivesRefreshTokenOnlyFirstTime()
    {
        QVERIFY(exchange(approvedCode({ { "prompt", "none" } })).json.contains("refresh_token"));
        QVERIFY(!exchange(approvedCode({ { "prompt", "none" } })).json.contains("refresh_token"));
        QVERIFY(exchange(approvedCode()).json.contains("refresh_token")); // prompt=consent
    }

    void pkceS256VerifiedAndMismatchRefused()
    {
        const QByteArray verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        const QString challenge = QString::fromLatin1(
            QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        const QList<QPair<QString, QString>> pkce { { "code_challenge", challenge },
                                                    { "code_challenge_method", "S256" } };
        const HttpReply wrong = exchange(approvedCode(pkce), { { "code_verifier", "not-the-verifier" } });
        QVERIFY(!wrong.json.contains("access_token"));
        QVERIFY(wrong.json.contains("error"));
        const HttpReply missing = exchange(approvedCode(pkce));
        QVERIFY(!missing.json.contains("access_token"));
        const HttpReply right =
            exchange(approvedCode(pkce), { { "code_verifier", QString::fromLatin1(verifier) } });
        QVERIFY(right.json.contains("access_token"));
    }

    void pkcePlainVerified()
    {
        const QList<QPair<QString, QString>> pkce { { "code_challenge", "plain-verifier-123" },
                                                    { "code_challenge_method", "plain" } };
        QVERIFY(
            !exchange(approvedCode(pkce), { { "code_verifier", "other" } }).json.contains("access_token"));
        QVERIFY(exchange(approvedCode(pkce), { { "code_verifier", "plain-verifier-123" } })
                    .json.contains("access_token"));
    }

    void parametersInQueryStringWithEmptyBody()
    {
        const QString code = approvedCode();
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
        q.addQueryItem(QStringLiteral("client_id"), m_server->clientId());
        q.addQueryItem(QStringLiteral("client_secret"), m_server->clientSecret());
        q.addQueryItem(QStringLiteral("redirect_uri"),
                       QString::fromLatin1(QUrl::toPercentEncoding(m_redirect)));
        q.addQueryItem(QStringLiteral("code"), code);
        const HttpReply r =
            send(m_nam, "POST",
                 makeRequest(withPath(m_server->accountsUrl(), QStringLiteral("/oauth/v2/token"), q)));
        QVERIFY2(r.json.contains("access_token"), r.body.constData());
    }

    void parametersInMultipartBody()
    {
        const QString code = approvedCode();
        auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        const QList<QPair<QString, QString>> items { { "grant_type", "authorization_code" },
                                                     { "client_id", m_server->clientId() },
                                                     { "client_secret", m_server->clientSecret() },
                                                     { "redirect_uri", m_redirect },
                                                     { "code", code } };
        for (const auto &i : items) {
            QHttpPart part;
            part.setHeader(QNetworkRequest::ContentDispositionHeader,
                           QStringLiteral("form-data; name=\"%1\"").arg(i.first));
            part.setBody(i.second.toUtf8());
            multi->append(part);
        }
        QNetworkReply *reply = m_nam.post(
            makeRequest(withPath(m_server->accountsUrl(), QStringLiteral("/oauth/v2/token"))), multi);
        multi->setParent(reply);
        const HttpReply r = waitFor(reply);
        QVERIFY2(r.json.contains("access_token"), r.body.constData());
    }

    void clientCredentialsInBasicAuth()
    {
        const QString code = approvedCode();
        QNetworkRequest req =
            makeRequest(withPath(m_server->accountsUrl(), QStringLiteral("/oauth/v2/token")));
        req.setRawHeader(
            "Authorization",
            "Basic "
                + (m_server->clientId() + QLatin1Char(':') + m_server->clientSecret()).toUtf8().toBase64());
        const HttpReply r = send(m_nam, "POST", req,
                                 formBody({ { "grant_type", "authorization_code" },
                                            { "redirect_uri", m_redirect },
                                            { "code", code } }));
        QVERIFY2(r.json.contains("access_token"), r.body.constData());
    }
};

QTEST_GUILESS_MAIN(TestSandboxAccounts)
#include "tst_sandbox_accounts.moc"
