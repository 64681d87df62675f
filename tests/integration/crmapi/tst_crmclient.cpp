#include "crmclient.h"
#include "crmreply.h"
#include "crmtestsupport.h"
#include "memorytokenstore.h"
#include "sandboxserver.h"
#include "sandboxtokens.h"
#include "tokenendpointclient.h"
#include "tokenservice.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using CrmTestSupport::call;

namespace {

QStringList g_logged;

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_logged.append(message);
}

} // namespace

// CrmClient with the token service, against the sandbox (Zoho Accounts + CRM v8 look-alike) over
// loopback HTTP.
class TestCrmClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void getRecord();
    void insertUpdateDelete();
    void partialSuccess207();
    void search();
    void coql();
    void emptyBody204();
    void notModified304();
    void apiErrorEnvelope();
    void invalidTokenRefreshesOnceAndRetries();
    void secondInvalidTokenIsReportedNotLooped();
    void scopeMismatchIsReportedWithoutRefresh();
    void tokenProviderFailure();
    void throttled429();
    void rateLimitHeadersSurfaced();
    void latencyBeyondTimeout();
    void malformedJson();
    void droppedConnection();
    void serverError5xx();
    void connectionRefused();
    void wireFormat();
    void tokensNeverLogged();

private:
    CrmRequest request(const QByteArray &method, const QString &path) const;
    QString firstLeadId();
    void storeToken(const QString &id, const SandboxToken &token);
    QString storedAccessToken(const QString &id);

    SandboxServer m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<MemoryTokenStore> m_store;
    std::unique_ptr<TokenEndpointClient> m_endpoint;
    std::unique_ptr<TokenService> m_tokens;
    std::unique_ptr<CrmClient> m_client;
    SandboxToken m_token;
};

void TestCrmClient::initTestCase()
{
    m_sandbox.setRecordsPerModule(300);
    QVERIFY(m_sandbox.start(0));
    m_token = SandboxTokens::mint(m_sandbox, m_network);
    QVERIFY2(m_token.error.isEmpty(), qPrintable(m_token.error));
    QCOMPARE(m_token.apiDomain, m_sandbox.apiDomain().toString());
}

void TestCrmClient::init()
{
    m_sandbox.clearFaults();
    m_sandbox.resetCounters();
    m_store = std::make_unique<MemoryTokenStore>();
    m_endpoint = std::make_unique<TokenEndpointClient>(&m_network);
    m_tokens = std::make_unique<TokenService>(m_store.get(), m_endpoint.get());
    storeToken(QStringLiteral("1"), m_token);
    m_client = std::make_unique<CrmClient>(&m_network, m_tokens.get());
    m_client->setDefaultTokenId(QStringLiteral("1"));
    m_client->setTimeoutMs(10000);
}

void TestCrmClient::cleanup()
{
    m_sandbox.clearFaults();
    // A refresh in a test replaced the access token: keep using the live one.
    const QString current = storedAccessToken(QStringLiteral("1"));
    if (m_sandbox.isAccessTokenValid(current))
        m_token.accessToken = current;
    m_client.reset();
    m_tokens.reset();
    m_endpoint.reset();
    m_store.reset();
}

void TestCrmClient::storeToken(const QString &id, const SandboxToken &token)
{
    const auto saved = m_store->saveToken(SandboxTokens::toStoredToken(m_sandbox, token, id));
    if (!saved)
        QFAIL(qPrintable(saved.error().toString()));
}

QString TestCrmClient::storedAccessToken(const QString &id)
{
    const auto token = m_store->findTokenById(id);
    return token.ok() && token.value() ? token.value()->accessToken : QString();
}

CrmRequest TestCrmClient::request(const QByteArray &method, const QString &path) const
{
    return CrmRequest(method, path);
}

QString TestCrmClient::firstLeadId()
{
    CrmRequest list = request("GET", QStringLiteral("Leads"));
    list.addQueryItem(QStringLiteral("fields"), QStringLiteral("Last_Name"));
    list.addQueryItem(QStringLiteral("per_page"), QStringLiteral("1"));
    const CrmResponse response = call(*m_client, list);
    return response.records().at(0).toObject().value(QLatin1String("id")).toString();
}

void TestCrmClient::getRecord()
{
    const QString id = firstLeadId();
    QVERIFY(!id.isEmpty());
    const CrmResponse response = call(*m_client, request("GET", QStringLiteral("/crm/v8/Leads/") + id));
    QVERIFY2(response.ok(), qPrintable(response.error().toString()));
    QCOMPARE(response.httpStatus(), 200);
    QCOMPARE(response.records().size(), 1);
    QCOMPARE(response.records().at(0).toObject().value(QLatin1String("id")).toString(), id);
    QCOMPARE(response.attempts(), 1);
    QVERIFY(!response.tokenRefreshed());
    QCOMPARE(response.url().path(), QStringLiteral("/crm/v8/Leads/") + id);
}

void TestCrmClient::insertUpdateDelete()
{
    const int before = m_sandbox.recordCount(QStringLiteral("Leads"));
    CrmRequest insert = request("POST", QStringLiteral("Leads"));
    insert.setBody(
        R"({"data":[{"Last_Name":"Crm Client","Email":"crm.client@example.com","Company":"ZCRM"}]})");
    const CrmResponse inserted = call(*m_client, insert);
    QVERIFY2(inserted.ok(), qPrintable(inserted.error().toString()));
    QCOMPARE(inserted.httpStatus(), 201);
    QCOMPARE(inserted.recordSuccessCount(), 1);
    QVERIFY(inserted.recordErrors().isEmpty());
    const QJsonObject result = inserted.records().at(0).toObject();
    QCOMPARE(result.value(QLatin1String("code")).toString(), QStringLiteral("SUCCESS"));
    const QString id =
        result.value(QLatin1String("details")).toObject().value(QLatin1String("id")).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_sandbox.recordCount(QStringLiteral("Leads")), before + 1);

    CrmRequest update = request("PUT", QStringLiteral("Leads/") + id);
    update.setBody(R"({"data":[{"Last_Name":"Crm Client Updated"}]})");
    const CrmResponse updated = call(*m_client, update);
    QVERIFY2(updated.ok(), qPrintable(updated.error().toString()));
    QCOMPARE(updated.recordSuccessCount(), 1);
    const CrmResponse read = call(*m_client, request("GET", QStringLiteral("Leads/") + id));
    QCOMPARE(read.records().at(0).toObject().value(QLatin1String("Last_Name")).toString(),
             QStringLiteral("Crm Client Updated"));

    const CrmResponse deleted = call(*m_client, request("DELETE", QStringLiteral("Leads/") + id));
    QVERIFY2(deleted.ok(), qPrintable(deleted.error().toString()));
    QCOMPARE(deleted.recordSuccessCount(), 1);
    QCOMPARE(m_sandbox.recordCount(QStringLiteral("Leads")), before);
    const CrmResponse gone = call(*m_client, request("GET", QStringLiteral("Leads/") + id));
    QVERIFY(gone.ok());
    QCOMPARE(gone.httpStatus(), 204);
}

void TestCrmClient::partialSuccess207()
{
    const QString id = firstLeadId();
    CrmRequest update = request("PUT", QStringLiteral("Leads"));
    update.setBody(
        QStringLiteral(R"({"data":[{"id":"%1","Title":"Partial"},{"id":"%1","Email":"not an email"}]})")
            .arg(id)
            .toUtf8());
    const CrmResponse response = call(*m_client, update);
    QCOMPARE(response.httpStatus(), 207);
    QVERIFY2(response.ok(), qPrintable(response.error().toString()));
    QVERIFY(response.isPartialSuccess());
    QCOMPARE(response.recordSuccessCount(), 1);
    QCOMPARE(response.recordErrors().size(), 1);
    QCOMPARE(response.recordErrors().first().recordIndex(), 1);
    QCOMPARE(response.recordErrors().first().code(), QStringLiteral("INVALID_DATA"));
}

void TestCrmClient::search()
{
    CrmRequest search = request("GET", QStringLiteral("Leads/search"));
    search.addQueryItem(QStringLiteral("criteria"), QStringLiteral("(Last_Name:equals:Tanaka)"));
    const CrmResponse response = call(*m_client, search);
    QVERIFY2(response.ok(), qPrintable(response.error().toString()));
    QVERIFY(!response.records().isEmpty());
    for (const QJsonValue &record : response.records())
        QCOMPARE(record.toObject().value(QLatin1String("Last_Name")).toString(), QStringLiteral("Tanaka"));
}

void TestCrmClient::coql()
{
    CrmRequest query = request("POST", QStringLiteral("coql"));
    query.setBody(
        R"({"select_query":"select Last_Name, Email from Leads where Last_Name = 'Tanaka' limit 5"})");
    const CrmResponse response = call(*m_client, query);
    QVERIFY2(response.ok(), qPrintable(response.error().toString()));
    QVERIFY(!response.records().isEmpty());
    QVERIFY(response.records().size() <= 5);
    for (const QJsonValue &record : response.records())
        QCOMPARE(record.toObject().value(QLatin1String("Last_Name")).toString(), QStringLiteral("Tanaka"));
    QVERIFY(response.info().contains(QLatin1String("more_records")));
}

void TestCrmClient::emptyBody204()
{
    const CrmResponse response = call(*m_client, request("GET", QStringLiteral("Leads/1")));
    QCOMPARE(response.httpStatus(), 204);
    QVERIFY2(response.ok(), qPrintable(response.error().toString()));
    QVERIFY(!response.hasBody());
    QVERIFY(response.records().isEmpty());
}

void TestCrmClient::notModified304()
{
    CrmRequest list = request("GET", QStringLiteral("Leads"));
    list.addQueryItem(QStringLiteral("fields"), QStringLiteral("Last_Name"));
    list.setHeader("If-Modified-Since",
                   QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate).toLatin1());
    const CrmResponse response = call(*m_client, list);
    QCOMPARE(response.httpStatus(), 304);
    QVERIFY2(response.ok(), qPrintable(response.error().toString()));
    QVERIFY(!response.hasBody());

    // The same list without the header has records: the header made the difference.
    list.setHeader("If-Modified-Since", "2000-01-01T00:00:00+00:00");
    QCOMPARE(call(*m_client, list).httpStatus(), 200);
}

void TestCrmClient::apiErrorEnvelope()
{
    const CrmResponse response = call(*m_client, request("GET", QStringLiteral("Leads")));
    QVERIFY(!response.ok());
    QCOMPARE(response.error().kind(), CrmError::Kind::Api);
    QCOMPARE(response.httpStatus(), 400);
    QCOMPARE(response.error().code(), QStringLiteral("REQUIRED_PARAM_MISSING"));
    QCOMPARE(response.error().details().value(QLatin1String("param_name")).toString(),
             QStringLiteral("fields"));
    QVERIFY(response.hasBody()); // the body stays available to show
}

void TestCrmClient::invalidTokenRefreshesOnceAndRetries()
{
    const QString rejected = m_token.accessToken;
    QVERIFY(m_sandbox.expireAccessToken(rejected));
    m_sandbox.resetCounters();
    const QString id = firstLeadId();
    QVERIFY(!id.isEmpty());

    QCOMPARE(m_sandbox.refreshCount(), 1);
    QCOMPARE(m_sandbox.refreshCount(m_token.refreshToken), 1);
    QCOMPARE(m_sandbox.apiRequestCount(), 2); // the 401 and the retry
    const QString fresh = storedAccessToken(QStringLiteral("1")); // saved by the token service
    QVERIFY(fresh != rejected);
    QVERIFY(m_sandbox.isAccessTokenValid(fresh));

    // The next call uses the new token at once.
    m_sandbox.resetCounters();
    const CrmResponse again = call(*m_client, request("GET", QStringLiteral("Leads/") + id));
    QVERIFY(again.ok());
    QCOMPARE(again.attempts(), 1);
    QVERIFY(!again.tokenRefreshed());
    QCOMPARE(m_sandbox.refreshCount(), 0);
}

void TestCrmClient::secondInvalidTokenIsReportedNotLooped()
{
    QVERIFY(m_sandbox.expireAccessToken(m_token.accessToken));
    // Every token the accounts server mints from now on is dead on arrival.
    const auto connection = connect(&m_sandbox, &SandboxServer::tokenRequestServed, this,
                                    [this](const QString &, bool) { m_sandbox.expireAllAccessTokens(); });
    m_sandbox.resetCounters();
    CrmRequest list = request("GET", QStringLiteral("Leads"));
    list.addQueryItem(QStringLiteral("fields"), QStringLiteral("Last_Name"));
    const CrmResponse response = call(*m_client, list);
    disconnect(connection);

    QVERIFY(!response.ok());
    QCOMPARE(response.httpStatus(), 401);
    QCOMPARE(response.error().code(), QStringLiteral("INVALID_TOKEN"));
    QCOMPARE(response.attempts(), 2);
    QVERIFY(response.tokenRefreshed());
    QCOMPARE(m_sandbox.tokenRequestCount(), 1);
    QCOMPARE(m_sandbox.refreshCount(), 1);
    QCOMPARE(m_sandbox.apiRequestCount(), 2);

    m_token = SandboxTokens::mint(m_sandbox, m_network);
    QVERIFY(m_token.error.isEmpty());
}

void TestCrmClient::scopeMismatchIsReportedWithoutRefresh()
{
    const SandboxToken narrow =
        SandboxTokens::mint(m_sandbox, m_network, QStringLiteral("ZohoCRM.modules.ALL"));
    QVERIFY(narrow.error.isEmpty());
    storeToken(QStringLiteral("2"), narrow);
    m_sandbox.resetCounters();
    CrmRequest modules = request("GET", QStringLiteral("settings/modules"));
    modules.setTokenId(QStringLiteral("2"));
    const CrmResponse response = call(*m_client, modules);
    QVERIFY(!response.ok());
    QCOMPARE(response.httpStatus(), 401);
    QCOMPARE(response.error().kind(), CrmError::Kind::Api);
    QCOMPARE(response.error().code(), QStringLiteral("OAUTH_SCOPE_MISMATCH"));
    QCOMPARE(response.attempts(), 1);
    QVERIFY(!response.tokenRefreshed());
    QCOMPARE(m_sandbox.tokenRequestCount(), 0);
    QCOMPARE(m_sandbox.apiRequestCount(), 1);
}

void TestCrmClient::tokenProviderFailure()
{
    CrmRequest org = request("GET", QStringLiteral("org"));
    org.setTokenId(QStringLiteral("999"));
    const CrmResponse response = call(*m_client, org);
    QCOMPARE(response.error().kind(), CrmError::Kind::Token);
    QCOMPARE(response.error().tokenFailure(), AccessTokenResult::Failure::NotFound);
    QCOMPARE(response.httpStatus(), 0);
    QCOMPARE(m_sandbox.apiRequestCount(), 0);
}

void TestCrmClient::throttled429()
{
    m_sandbox.setThrottleRate(1.0);
    const CrmResponse response = call(*m_client, request("GET", QStringLiteral("org")));
    QVERIFY(!response.ok());
    QCOMPARE(response.httpStatus(), 429);
    QCOMPARE(response.error().kind(), CrmError::Kind::Api);
    QCOMPARE(response.error().code(), QStringLiteral("TOO_MANY_REQUESTS"));
    QVERIFY(response.rateLimit().limit.has_value());
    QCOMPARE(response.attempts(), 1); // not retried behind the caller's back
}

void TestCrmClient::rateLimitHeadersSurfaced()
{
    const CrmResponse first = call(*m_client, request("GET", QStringLiteral("org")));
    QVERIFY2(first.ok(), qPrintable(first.error().toString()));
    const CrmRateLimit limits = first.rateLimit();
    QVERIFY(limits.dayLimit.has_value());
    QVERIFY(limits.dayRemaining.has_value());
    QVERIFY(limits.accessTokenReset.isValid());
    QVERIFY(qAbs(limits.accessTokenReset.toMSecsSinceEpoch() - m_token.expiryTime) < 5000);
    const CrmResponse second = call(*m_client, request("GET", QStringLiteral("org")));
    QCOMPARE(*second.rateLimit().dayRemaining, *limits.dayRemaining - 1);
}

void TestCrmClient::latencyBeyondTimeout()
{
    m_sandbox.setLatency(2000);
    m_client->setTimeoutMs(300);
    const CrmResponse response = call(*m_client, request("GET", QStringLiteral("org")));
    QCOMPARE(response.error().kind(), CrmError::Kind::Timeout);
    QVERIFY2(response.error().message().contains(QLatin1String("300 ms")),
             qPrintable(response.error().message()));
    QVERIFY2(response.elapsedMs() < 1500, qPrintable(QString::number(response.elapsedMs())));

    // A request may set its own, longer timeout.
    m_sandbox.setLatency(500);
    CrmRequest patient = request("GET", QStringLiteral("org"));
    patient.setTimeoutMs(5000);
    const CrmResponse waited = call(*m_client, patient);
    QVERIFY2(waited.ok(), qPrintable(waited.error().toString()));
}

void TestCrmClient::malformedJson()
{
    m_sandbox.setMalformedRate(1.0);
    const CrmResponse response = call(*m_client, request("GET", QStringLiteral("org")));
    QCOMPARE(response.error().kind(), CrmError::Kind::MalformedResponse);
    QCOMPARE(response.httpStatus(), 200);
    QVERIFY2(response.error().message().contains(QLatin1String("not valid JSON")),
             qPrintable(response.error().message()));
}

void TestCrmClient::droppedConnection()
{
    m_sandbox.setDropRate(1.0);
    const CrmResponse response = call(*m_client, request("GET", QStringLiteral("org")));
    QCOMPARE(response.error().kind(), CrmError::Kind::Network);
    QCOMPARE(response.httpStatus(), 0);
    QVERIFY(!response.error().message().isEmpty());
}

void TestCrmClient::serverError5xx()
{
    m_sandbox.setErrorRate(503, 1.0);
    const CrmResponse response = call(*m_client, request("GET", QStringLiteral("org")));
    QCOMPARE(response.error().kind(), CrmError::Kind::Api);
    QCOMPARE(response.httpStatus(), 503);
    QCOMPARE(response.error().code(), QStringLiteral("INTERNAL_ERROR"));
}

void TestCrmClient::connectionRefused()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    SandboxToken nowhere = m_token;
    nowhere.apiDomain = QStringLiteral("http://127.0.0.1:%1").arg(port);
    storeToken(QStringLiteral("3"), nowhere);
    CrmRequest org = request("GET", QStringLiteral("org"));
    org.setTokenId(QStringLiteral("3"));
    const CrmResponse response = call(*m_client, org);
    QCOMPARE(response.error().kind(), CrmError::Kind::Network);
    QVERIFY2(response.error().message().contains(QLatin1String("refused"), Qt::CaseInsensitive),
             qPrintable(response.error().message()));
}

void TestCrmClient::wireFormat()
{
    // What goes on the wire, seen by a plain socket: the sandbox accepts Bearer too, so it cannot tell.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QByteArray seen;
    connect(&server, &QTcpServer::newConnection, this, [&server, &seen]() {
        QTcpSocket *socket = server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket, &seen]() {
            seen += socket->readAll();
            if (seen.contains("\r\n\r\n"))
                socket->write(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
        });
    });
    SandboxToken local = m_token;
    local.accessToken =
        QStringLiteral("1000.0123456789abcdef0123456789abcdef.fedcba9876543210fedcba9876543210");
    local.apiDomain = QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort());
    storeToken(QStringLiteral("4"), local);
    CrmRequest search = request("GET", QStringLiteral("crm/v8/Leads/search"));
    search.setTokenId(QStringLiteral("4"));
    search.addQueryItem(QStringLiteral("email"), QStringLiteral("a+b@example.com"));
    const CrmResponse response = call(*m_client, search);
    QVERIFY2(response.ok(), qPrintable(response.error().toString()));
    QVERIFY2(seen.startsWith("GET /crm/v8/Leads/search?email=a%2Bb%40example.com HTTP/1.1\r\n"),
             seen.constData());
    QVERIFY2(seen.contains("\r\nAuthorization: Zoho-oauthtoken " + local.accessToken.toLatin1() + "\r\n"),
             seen.constData());
}

void TestCrmClient::tokensNeverLogged()
{
    QLoggingCategory::setFilterRules(QStringLiteral("zcrm.core.crm.debug=true"));
    g_logged.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    const QString rejected = m_token.accessToken;
    m_sandbox.expireAccessToken(rejected);
    const QString id = firstLeadId(); // a 401, a refresh and a retry: the most there is to log
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    QVERIFY(!id.isEmpty());
    QVERIFY2(g_logged.size() >= 3, qPrintable(g_logged.join(QLatin1Char('\n'))));
    const QString fresh = storedAccessToken(QStringLiteral("1"));
    QVERIFY(fresh != rejected);
    for (const QString &line : std::as_const(g_logged)) {
        QVERIFY2(!line.contains(rejected), qPrintable(line));
        QVERIFY2(!line.contains(fresh), qPrintable(line));
        QVERIFY2(!line.contains(m_token.refreshToken), qPrintable(line));
        QVERIFY2(!line.contains(QLatin1String("Zoho-oauthtoken")), qPrintable(line));
    }
}

QTEST_GUILESS_MAIN(TestCrmClient)
#include "tst_crmclient.moc"
