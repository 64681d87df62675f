// Every backend, through the same TokenStore interface, against the same expectations: the SDK's
// matching and upsert rules, our two improvements, errors, byte-exact values and leases.
#include "storeregistry.h"
#include "testenvironment.h"
#include "testtokens.h"
#include "tokenstore.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

QString uniqueName()
{
    return QStringLiteral("t_%1").arg(QRandomGenerator::global()->generate64() % 100000000000ULL);
}

QString withTable(const QString &spec, const QString &table)
{
    return spec + (spec.contains(QLatin1Char('?')) ? QStringLiteral("&table=") : QStringLiteral("?table="))
        + table;
}

} // namespace

class StoreConformanceTest : public QObject
{
    Q_OBJECT

private:
    // Opens a new store of this row's backend, or the last one again when `reopen`.
    std::unique_ptr<TokenStore> openStore(bool reopen = false);

    QTemporaryDir m_dir;
    QString m_lastSpec;
    qint64 m_now = 1'700'000'000'000;

private Q_SLOTS:
    void initTestCase_data();
    void init();

    void insertAssignsUniqueNumericIds();
    void findFollowsTheSdkRules();
    void injectedUserNameFindsNothing();
    void saveUpdatesTheMatchingRowAndMerges();
    void saveById();
    void sameUserInAnotherClientOrDataCenterIsAnotherRow();
    void saveWithoutAnyTokenIsRefused();
    void deleteOperations();
    void awkwardValuesRoundTripByteForByte();
    void ourFieldsRoundTrip();
    void leases();
};

void StoreConformanceTest::initTestCase_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QByteArray>("service"); // environment variable that must be set, or empty
    QTest::newRow("memory") << QStringLiteral("memory:") << QByteArray();
    // A backend missing from the build is a failure, not a skip: every one of them is part of the product.
    QTest::newRow("sqlite") << QStringLiteral("sqlite:%1/NAME.db") << QByteArray();
    QTest::newRow("file") << QStringLiteral("file:%1/NAME.csv") << QByteArray();
    QTest::newRow("keychain") << QStringLiteral("keychain:zcrm-conformance-NAME")
                              << QByteArray("ZCRM_TEST_KEYRING");
    QTest::newRow("mysql") << QStringLiteral("MYSQL") << QByteArray("ZCRM_TEST_MYSQL_SPEC");
    QTest::newRow("postgresql") << QStringLiteral("PGSQL") << QByteArray("ZCRM_TEST_PGSQL_SPEC");
}

void StoreConformanceTest::init()
{
    QVERIFY(m_dir.isValid());
    m_now = 1'700'000'000'000;
}

std::unique_ptr<TokenStore> StoreConformanceTest::openStore(bool reopen)
{
    QFETCH_GLOBAL(QString, spec);
    QFETCH_GLOBAL(QByteArray, service);
    if (!service.isEmpty() && qEnvironmentVariableIsEmpty(service.constData()))
        return nullptr;
    const QString name = uniqueName();
    if (reopen)
        spec = m_lastSpec;
    else if (spec == QLatin1String("MYSQL"))
        spec = withTable(qEnvironmentVariable("ZCRM_TEST_MYSQL_SPEC"), name);
    else if (spec == QLatin1String("PGSQL"))
        spec = withTable(qEnvironmentVariable("ZCRM_TEST_PGSQL_SPEC"), name);
    else
        spec = spec.replace(QStringLiteral("%1"), m_dir.path()).replace(QStringLiteral("NAME"), name);
    m_lastSpec = spec;
    auto store = StoreRegistry::instance().create(spec);
    if (!store) {
        qWarning("%s", qPrintable(store.error().toString()));
        return nullptr;
    }
    std::unique_ptr<TokenStore> opened = std::move(store).value();
    opened->setClock([this] { return m_now; });
    return opened;
}

#define OPEN_STORE(variable)                                                                                 \
    auto variable = openStore();                                                                             \
    do {                                                                                                     \
        QFETCH_GLOBAL(QByteArray, service);                                                                  \
        if (!variable && !service.isEmpty() && !TestEnvironment::inCi()                                      \
            && qEnvironmentVariableIsEmpty(service.constData()))                                             \
            QSKIP("service not started; run through tests/harness/run-tests.sh");                            \
        QVERIFY2(variable, "the store could not be opened (or its service was not started)");                \
    } while (false)

void StoreConformanceTest::insertAssignsUniqueNumericIds()
{
    OPEN_STORE(store);
    QSet<QString> ids;
    for (int i = 1; i <= 12; ++i) {
        auto saved = store->saveToken(TestTokens::signedIn(QStringLiteral("user%1@example.com").arg(i)));
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));
        QCOMPARE(saved.value().id, QString::number(i)); // numeric, not the SDK's lexicographic "10" again
        ids.insert(saved.value().id);
    }
    QCOMPARE(ids.size(), 12);
    auto all = store->getTokens();
    QVERIFY(all.ok());
    QCOMPARE(all.value().size(), 12);
}

void StoreConformanceTest::findFollowsTheSdkRules()
{
    OPEN_STORE(store);
    Token stored = TestTokens::signedIn(QStringLiteral("ann@example.com"));
    stored.grantToken = QStringLiteral("1000.grant.ann");
    QVERIFY(store->saveToken(stored).ok());
    QVERIFY(store->saveToken(TestTokens::signedIn(QStringLiteral("bob@example.com"))).ok());

    // 1. by user name; only empty fields of the partial are filled.
    Token byUser;
    byUser.userName = QStringLiteral("ann@example.com");
    auto found = store->findToken(byUser);
    QVERIFY(found.ok() && found.value().has_value());
    QCOMPARE(found.value()->id, QStringLiteral("1"));
    QCOMPARE(found.value()->refreshToken, stored.refreshToken);

    // 2. by access token, without client credentials.
    Token byAccess;
    byAccess.accessToken = QStringLiteral("1000.access.bob@example.com");
    found = store->findToken(byAccess);
    QVERIFY(found.ok() && found.value().has_value());
    QCOMPARE(found.value()->userName, QStringLiteral("bob@example.com"));

    // 3. by grant token (it wins over the refresh token), then by refresh token; both need client and secret.
    Token byGrant;
    byGrant.grantToken = stored.grantToken;
    byGrant.refreshToken = QStringLiteral("1000.refresh.bob@example.com");
    byGrant.clientId = QStringLiteral("1000.CLIENT");
    byGrant.clientSecret = QStringLiteral("x");
    found = store->findToken(byGrant);
    QVERIFY(found.ok() && found.value().has_value());
    QCOMPARE(found.value()->userName, QStringLiteral("ann@example.com"));
    QCOMPARE(found.value()->clientSecret, QStringLiteral("x")); // set fields are not overwritten

    Token byRefresh;
    byRefresh.refreshToken = QStringLiteral("1000.refresh.bob@example.com");
    byRefresh.clientId = QStringLiteral("1000.CLIENT");
    byRefresh.clientSecret = QStringLiteral("s");
    found = store->findToken(byRefresh);
    QVERIFY(found.ok() && found.value().has_value());
    QCOMPARE(found.value()->userName, QStringLiteral("bob@example.com"));

    // The SDK's precedence bug matched a refresh token without a secret; we do not.
    byRefresh.clientSecret.clear();
    found = store->findToken(byRefresh);
    QVERIFY(found.ok());
    QVERIFY(!found.value().has_value());

    // 4. an id alone (or nothing) matches nothing, never an arbitrary row.
    Token onlyId;
    onlyId.id = QStringLiteral("1");
    found = store->findToken(onlyId);
    QVERIFY(found.ok());
    QVERIFY(!found.value().has_value());

    Token missing;
    missing.userName = QStringLiteral("nobody@example.com");
    found = store->findToken(missing);
    QVERIFY(found.ok());
    QVERIFY(!found.value().has_value());

    auto byId = store->findTokenById(QStringLiteral("2"));
    QVERIFY(byId.ok() && byId.value().has_value());
    QCOMPARE(byId.value()->userName, QStringLiteral("bob@example.com"));
    byId = store->findTokenById(QStringLiteral("99"));
    QVERIFY(byId.ok());
    QVERIFY(!byId.value().has_value());
}

void StoreConformanceTest::injectedUserNameFindsNothing()
{
    OPEN_STORE(store);
    QVERIFY(store->saveToken(TestTokens::signedIn(QStringLiteral("victim@example.com"))).ok());
    for (const QString &attack : { QStringLiteral("nobody' OR '1'='1"), QStringLiteral("x\" OR \"1\"=\"1"),
                                   QStringLiteral("'; DROP TABLE oauthtoken;--"), QStringLiteral("%") }) {
        Token partial;
        partial.userName = attack;
        auto found = store->findToken(partial);
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().toString()));
        QVERIFY2(!found.value().has_value(), qPrintable(attack));
    }
    auto all = store->getTokens();
    QVERIFY(all.ok());
    QCOMPARE(all.value().size(), 1);
}

void StoreConformanceTest::saveUpdatesTheMatchingRowAndMerges()
{
    OPEN_STORE(store);
    const Token first = TestTokens::signedIn(QStringLiteral("ann@example.com"));
    QVERIFY(store->saveToken(first).ok());
    m_now += 1000;

    Token refreshed;
    refreshed.userName = first.userName;
    refreshed.accessToken = QStringLiteral("1000.access.new");
    refreshed.expiryTime = 1795871999999;
    auto saved = store->saveToken(refreshed);
    QVERIFY(saved.ok());
    QCOMPARE(saved.value().id, QStringLiteral("1"));

    auto row = store->findTokenById(QStringLiteral("1"));
    QVERIFY(row.ok() && row.value().has_value());
    QCOMPARE(row.value()->accessToken, QStringLiteral("1000.access.new"));
    QCOMPARE(row.value()->expiryTime, qint64(1795871999999));
    QCOMPARE(row.value()->refreshToken, first.refreshToken); // merged from the stored row
    QCOMPARE(row.value()->clientSecret, first.clientSecret);
    QCOMPARE(row.value()->createdAt, qint64(1'700'000'000'000));
    QCOMPARE(row.value()->updatedAt, qint64(1'700'000'001'000));
    QCOMPARE(store->getTokens().value().size(), 1);

    // Matching by refresh token and client updates too.
    Token byRefresh;
    byRefresh.refreshToken = first.refreshToken;
    byRefresh.clientId = first.clientId;
    byRefresh.clientSecret = first.clientSecret;
    byRefresh.accessToken = QStringLiteral("1000.access.third");
    saved = store->saveToken(byRefresh);
    QVERIFY(saved.ok());
    QCOMPARE(saved.value().id, QStringLiteral("1"));
    QCOMPARE(saved.value().userName, first.userName);
    QCOMPARE(store->getTokens().value().size(), 1);
}

void StoreConformanceTest::saveById()
{
    OPEN_STORE(store);
    QVERIFY(store->saveToken(TestTokens::signedIn(QStringLiteral("ann@example.com"))).ok());
    Token update;
    update.id = QStringLiteral("1");
    update.accessToken = QStringLiteral("1000.access.by-id");
    auto saved = store->saveToken(update);
    QVERIFY(saved.ok());
    QCOMPARE(saved.value().userName, QStringLiteral("ann@example.com"));
    QCOMPARE(store->findTokenById(QStringLiteral("1")).value()->accessToken,
             QStringLiteral("1000.access.by-id"));

    Token chosenId = TestTokens::signedIn(QStringLiteral("carl@example.com"));
    chosenId.id = QStringLiteral("40");
    saved = store->saveToken(chosenId);
    QVERIFY(saved.ok());
    QCOMPARE(saved.value().id, QStringLiteral("40"));
    saved = store->saveToken(TestTokens::signedIn(QStringLiteral("dora@example.com")));
    QVERIFY(saved.ok());
    QCOMPARE(saved.value().id, QStringLiteral("41"));

    Token badId = TestTokens::signedIn(QStringLiteral("eve@example.com"));
    badId.id = QStringLiteral("abc");
    saved = store->saveToken(badId);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code(), StoreError::Code::InvalidInput);
    QVERIFY(saved.error().toString().contains(store->description()));
    QCOMPARE(store->getTokens().value().size(), 3);
}

void StoreConformanceTest::sameUserInAnotherClientOrDataCenterIsAnotherRow()
{
    OPEN_STORE(store);
    Token us = TestTokens::signedIn(QStringLiteral("ann@example.com"));
    QVERIFY(store->saveToken(us).ok());
    Token eu = TestTokens::signedIn(QStringLiteral("ann@example.com"), QStringLiteral("1000.refresh.eu"));
    eu.apiDomain = QStringLiteral("https://www.zohoapis.eu");
    auto saved = store->saveToken(eu);
    QVERIFY(saved.ok());
    QCOMPARE(saved.value().id, QStringLiteral("2"));
    Token otherClient =
        TestTokens::signedIn(QStringLiteral("ann@example.com"), QStringLiteral("1000.refresh.other"));
    otherClient.clientId = QStringLiteral("1000.OTHER");
    saved = store->saveToken(otherClient);
    QVERIFY(saved.ok());
    QCOMPARE(saved.value().id, QStringLiteral("3"));
    QCOMPARE(store->getTokens().value().size(), 3);

    // The lookup narrows the same way, and the US row is untouched.
    Token partial;
    partial.userName = QStringLiteral("ann@example.com");
    partial.clientId = us.clientId;
    partial.apiDomain = QStringLiteral("https://www.zohoapis.eu");
    auto found = store->findToken(partial);
    QVERIFY(found.ok() && found.value().has_value());
    QCOMPARE(found.value()->id, QStringLiteral("2"));
    QCOMPARE(store->findTokenById(QStringLiteral("1")).value()->refreshToken, us.refreshToken);
}

void StoreConformanceTest::saveWithoutAnyTokenIsRefused()
{
    OPEN_STORE(store);
    Token nothing;
    nothing.userName = QStringLiteral("ghost@example.com");
    auto saved = store->saveToken(nothing);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code(), StoreError::Code::NotFound);
    QVERIFY(saved.error().toString().contains(QLatin1String("saveToken")));
    QCOMPARE(store->getTokens().value().size(), 0);
}

void StoreConformanceTest::deleteOperations()
{
    OPEN_STORE(store);
    QVERIFY(store->saveToken(TestTokens::signedIn(QStringLiteral("a@example.com"))).ok());
    QVERIFY(store->saveToken(TestTokens::signedIn(QStringLiteral("b@example.com"))).ok());
    auto removed = store->deleteToken(QStringLiteral("7"));
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().code(), StoreError::Code::NotFound);
    QVERIFY(store->deleteToken(QStringLiteral("1")).ok());
    auto all = store->getTokens();
    QVERIFY(all.ok());
    QCOMPARE(all.value().size(), 1);
    QCOMPARE(all.value().first().userName, QStringLiteral("b@example.com"));
    QVERIFY(store->deleteTokens().ok());
    QCOMPARE(store->getTokens().value().size(), 0);
}

void StoreConformanceTest::awkwardValuesRoundTripByteForByte()
{
    OPEN_STORE(store);
    const QString eightKb = QString(8192, QLatin1Char('k'));
    const QStringList values { QStringLiteral("o'brien"),
                               QStringLiteral("say \"hi\""),
                               QStringLiteral("a,b,c"),
                               QStringLiteral("x';-- DROP TABLE oauthtoken;--"),
                               QStringLiteral("line1\nline2\r\nline3\r"),
                               QStringLiteral("Zoë Ørsted 東京 🚀"),
                               eightKb,
                               QStringLiteral(" leading and trailing spaces ") };
    int n = 0;
    for (const QString &value : values) {
        ++n;
        Token token;
        token.userName = value + QString::number(n);
        token.clientId = value;
        token.clientSecret = value;
        token.refreshToken = value + QStringLiteral("-refresh-") + QString::number(n);
        token.accessToken = value + QStringLiteral("-access-") + QString::number(n);
        token.grantToken = value;
        token.expiryTime = 1795871772151;
        token.redirectUrl = value;
        token.apiDomain = value;
        auto saved = store->saveToken(token);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));
        auto row = store->findTokenById(saved.value().id);
        QVERIFY(row.ok() && row.value().has_value());
        for (const QString &field : Token::sdkFieldNames()) {
            if (field != QLatin1String("id"))
                QCOMPARE(row.value()->field(field), token.field(field));
        }
    }
    const auto written = store->getTokens();
    QVERIFY(written.ok());
    QCOMPARE(written.value().size(), values.size());

    // A second instance reads the same bytes back from the storage itself, not from a cache.
    QFETCH_GLOBAL(QString, spec);
    if (spec == QLatin1String("memory:"))
        return;
    auto again = openStore(true);
    QVERIFY(again);
    const auto reread = again->getTokens();
    QVERIFY2(reread.ok(), qPrintable(reread.ok() ? QString() : reread.error().toString()));
    QCOMPARE(reread.value().size(), values.size());
    for (const Token &original : written.value()) {
        auto row = again->findTokenById(original.id);
        QVERIFY(row.ok() && row.value().has_value());
        for (const QString &field : Token::sdkFieldNames())
            QCOMPARE(row.value()->field(field), original.field(field));
    }
}

void StoreConformanceTest::ourFieldsRoundTrip()
{
    OPEN_STORE(store);
    Token token = TestTokens::signedIn(QStringLiteral("ann@example.com"));
    token.accountsServer = QStringLiteral("https://accounts.zoho.eu");
    token.scopes = { QStringLiteral("ZohoCRM.modules.ALL"), QStringLiteral("ZohoCRM.users.READ") };
    token.dataCenter = QStringLiteral("eu");
    token.environment = QStringLiteral("sandbox");
    token.state = Token::RefreshOutcome::NeedsReauthorization;
    token.lastError = QStringLiteral("invalid_code");
    auto saved = store->saveToken(token);
    QVERIFY(saved.ok());
    auto row = store->findTokenById(saved.value().id);
    QVERIFY(row.ok() && row.value().has_value());
    QCOMPARE(row.value()->accountsServer, token.accountsServer);
    QCOMPARE(row.value()->scopes, token.scopes);
    QCOMPARE(row.value()->dataCenter, token.dataCenter);
    QCOMPARE(row.value()->environment, token.environment);
    QCOMPARE(row.value()->state, token.state);
    QCOMPARE(row.value()->lastError, token.lastError);
    QCOMPARE(row.value()->createdAt, m_now);
}

void StoreConformanceTest::leases()
{
    OPEN_STORE(store);
    QVERIFY(store->saveToken(TestTokens::signedIn(QStringLiteral("ann@example.com"))).ok());
    const QString id = QStringLiteral("1");
    auto taken = store->tryAcquireLease(id, QStringLiteral("alpha"), 30'000);
    QVERIFY(taken.ok() && taken.value());
    taken = store->tryAcquireLease(id, QStringLiteral("beta"), 30'000);
    QVERIFY(taken.ok() && !taken.value());
    taken = store->tryAcquireLease(id, QStringLiteral("alpha"), 30'000); // renewal by the holder
    QVERIFY(taken.ok() && taken.value());
    QVERIFY(store->releaseLease(id, QStringLiteral("beta")).ok()); // not beta's to release
    taken = store->tryAcquireLease(id, QStringLiteral("beta"), 30'000);
    QVERIFY(taken.ok() && !taken.value());
    m_now += 31'000; // the holder died: its lease runs out
    taken = store->tryAcquireLease(id, QStringLiteral("beta"), 30'000);
    QVERIFY(taken.ok() && taken.value());
    QVERIFY(store->releaseLease(id, QStringLiteral("beta")).ok());
    taken = store->tryAcquireLease(id, QStringLiteral("gamma"), 30'000);
    QVERIFY(taken.ok() && taken.value());

    auto unknown = store->tryAcquireLease(QStringLiteral("999"), QStringLiteral("alpha"), 30'000);
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code(), StoreError::Code::NotFound);
    // A lease does not change the token.
    QCOMPARE(store->findTokenById(id).value()->refreshToken,
             TestTokens::signedIn(QStringLiteral("ann@example.com")).refreshToken);
}

QTEST_GUILESS_MAIN(StoreConformanceTest)
#include "tst_storeconformance.moc"
