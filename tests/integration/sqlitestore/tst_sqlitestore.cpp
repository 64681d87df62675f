// The SQLite store's TokenStore semantics, on real files, for both ways it runs its statements (on
// SQLite's handle where Qt's driver shares this program's SQLite, and through QSqlQuery everywhere
// else): the SDK's find and upsert rules, ids, every field byte for byte, leases, threads, indexes,
// and a long random sequence of calls compared call by call with MemoryTokenStore.
#include "memorytokenstore.h"
#include "sqlitetokenstore.h"
#include "storeregistry.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QVariant>

#include <functional>
#include <memory>

namespace {

Token makeToken(const QString &user, const QString &refresh = QString())
{
    Token token;
    token.userName = user;
    token.clientId = QStringLiteral("1000.CLIENT");
    token.clientSecret = QStringLiteral("secret-") + user;
    token.refreshToken = refresh.isEmpty() ? QStringLiteral("1000.refresh.") + user : refresh;
    token.accessToken = QStringLiteral("1000.access.") + user;
    token.expiryTime = 1795871772151;
    token.redirectUrl = QStringLiteral("http://localhost:8400/callback");
    token.apiDomain = QStringLiteral("https://www.zohoapis.com");
    return token;
}

QStringList zcrmConnections()
{
    QStringList names;
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(QLatin1String("zcrm-sqlite-")))
            names.append(name);
    }
    return names;
}

template<typename T> QString describe(const StoreResult<T> &result)
{
    return result.ok() ? QStringLiteral("ok") : result.error().toString();
}

} // namespace

class SqliteStoreTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TokenStore> openStore(const QString &name);

    QTemporaryDir m_dir;
    qint64 m_now = 0;

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void statementsRunWhereExpected();
    void findFollowsTheSdkRules();
    void injectedUserNamesFindNothing();
    void saveByIdAndByMatchMerges();
    void sameUserInAnotherClientOrDataCenterIsAnotherRow();
    void theLowestIdWins();
    void notFoundAndInvalidInput();
    void idsAreNumericAndUnique();
    void everyFieldRoundTripsByteForByte();
    void saveTokensIsOneTransaction();
    void leases();
    void semanticsMatchTheMemoryStore_data();
    void semanticsMatchTheMemoryStore();
    void cachedRowsFollowOtherWriters();
    void eachThreadGetsItsOwnConnection();
    void lookupsUseIndexes();
    void checkReportsTheStore();
};

void SqliteStoreTest::initTestCase_data()
{
    QTest::addColumn<bool>("qtSqlOnly");
    QTest::newRow("driver handle") << false;
    QTest::newRow("QSqlQuery") << true;
}

void SqliteStoreTest::init()
{
    QVERIFY(m_dir.isValid());
    QFETCH_GLOBAL(bool, qtSqlOnly);
    qputenv("ZCRM_SQLITE_QTSQL_ONLY", qtSqlOnly ? "1" : "0");
    m_now = 1'700'000'000'000;
}

void SqliteStoreTest::cleanup()
{
    // Every store of the test function is gone: so are its connections.
    QCOMPARE(zcrmConnections(), QStringList());
}

std::unique_ptr<TokenStore> SqliteStoreTest::openStore(const QString &name)
{
    QFETCH_GLOBAL(bool, qtSqlOnly);
    const QString file =
        QStringLiteral("%1/%2-%3.db").arg(m_dir.path(), name, qtSqlOnly ? "qtsql" : "handle");
    auto store = StoreRegistry::instance().create(QStringLiteral("sqlite:") + file);
    if (!store) {
        qWarning("%s", qPrintable(store.error().toString()));
        return nullptr;
    }
    std::unique_ptr<TokenStore> opened = std::move(store).value();
    opened->setClock([this] { return m_now; });
    return opened;
}

void SqliteStoreTest::statementsRunWhereExpected()
{
    QFETCH_GLOBAL(bool, qtSqlOnly);
    auto store = openStore(QStringLiteral("paths"));
    QVERIFY(store);
    auto checked = store->check();
    QVERIFY2(checked.ok(), qPrintable(describe(checked)));
    if (qtSqlOnly) {
        QVERIFY2(checked.value().details.contains(QLatin1String("through QSqlQuery")),
                 qPrintable(checked.value().details));
    } else {
#ifdef Q_OS_LINUX
        // Debian's (and every major distribution's) Qt SQLite plugin uses the system SQLite.
        QVERIFY2(checked.value().details.contains(QLatin1String("on SQLite's handle")),
                 qPrintable(checked.value().details));
#endif
    }
}

void SqliteStoreTest::findFollowsTheSdkRules()
{
    auto store = openStore(QStringLiteral("find"));
    QVERIFY(store);
    Token ann = makeToken(QStringLiteral("ann@example.com"));
    ann.grantToken = QStringLiteral("1000.grant.ann");
    QVERIFY(store->saveToken(ann).ok());
    QVERIFY(store->saveToken(makeToken(QStringLiteral("bob@example.com"))).ok());

    // 1. By user name, nothing else compared; only the partial's empty fields are filled.
    Token byUser;
    byUser.userName = QStringLiteral("ann@example.com");
    byUser.accessToken = QStringLiteral("mine");
    auto found = store->findToken(byUser);
    QVERIFY2(found.ok() && found.value(), qPrintable(describe(found)));
    QCOMPARE(found.value()->id, QStringLiteral("1"));
    QCOMPARE(found.value()->refreshToken, ann.refreshToken);
    QCOMPARE(found.value()->grantToken, ann.grantToken);
    QCOMPARE(found.value()->accessToken, QStringLiteral("mine"));

    // 2. By access token when neither client id nor secret is given …
    Token byAccess;
    byAccess.accessToken = QStringLiteral("1000.access.bob@example.com");
    found = store->findToken(byAccess);
    QVERIFY(found.ok() && found.value());
    QCOMPARE(found.value()->userName, QStringLiteral("bob@example.com"));
    // … and not when a client id is given without a refresh or grant token.
    byAccess.clientId = QStringLiteral("1000.CLIENT");
    found = store->findToken(byAccess);
    QVERIFY(found.ok());
    QVERIFY(!found.value());

    // 3. Grant token (it wins over the refresh token), else refresh token; both need client and secret.
    Token byGrant;
    byGrant.grantToken = ann.grantToken;
    byGrant.refreshToken = QStringLiteral("1000.refresh.bob@example.com");
    byGrant.clientId = QStringLiteral("1000.CLIENT");
    byGrant.clientSecret = QStringLiteral("other");
    found = store->findToken(byGrant);
    QVERIFY(found.ok() && found.value());
    QCOMPARE(found.value()->userName, QStringLiteral("ann@example.com"));
    QCOMPARE(found.value()->clientSecret, QStringLiteral("other"));
    Token byRefresh;
    byRefresh.refreshToken = QStringLiteral("1000.refresh.bob@example.com");
    byRefresh.clientId = QStringLiteral("1000.CLIENT");
    byRefresh.clientSecret = QStringLiteral("s");
    found = store->findToken(byRefresh);
    QVERIFY(found.ok() && found.value());
    QCOMPARE(found.value()->id, QStringLiteral("2"));
    byRefresh.clientSecret.clear(); // the SDK's and/or precedence bug matched this; we do not
    found = store->findToken(byRefresh);
    QVERIFY(found.ok());
    QVERIFY(!found.value());

    // 4. No rule applies (an id alone, nothing at all): no row, never an arbitrary one.
    Token onlyId;
    onlyId.id = QStringLiteral("1");
    found = store->findToken(onlyId);
    QVERIFY(found.ok());
    QVERIFY(!found.value());
    found = store->findToken(Token());
    QVERIFY(found.ok());
    QVERIFY(!found.value());
}

void SqliteStoreTest::injectedUserNamesFindNothing()
{
    auto store = openStore(QStringLiteral("injection"));
    QVERIFY(store);
    QVERIFY(store->saveToken(makeToken(QStringLiteral("victim@example.com"))).ok());
    for (const QString &attack :
         { QStringLiteral("nobody' OR '1'='1"), QStringLiteral("nobody\" OR \"1\"=\"1"),
           QStringLiteral("x'; DROP TABLE oauthtoken;--"), QStringLiteral("%"), QStringLiteral("?") }) {
        Token partial;
        partial.userName = attack;
        auto found = store->findToken(partial);
        QVERIFY2(found.ok(), qPrintable(describe(found)));
        QVERIFY2(!found.value(), qPrintable(attack));
        partial.refreshToken = attack;
        partial.clientId = attack;
        partial.clientSecret = attack;
        partial.userName.clear();
        found = store->findToken(partial);
        QVERIFY(found.ok());
        QVERIFY2(!found.value(), qPrintable(attack));
    }
    QCOMPARE(store->getTokens().value().size(), 1);
}

void SqliteStoreTest::saveByIdAndByMatchMerges()
{
    auto store = openStore(QStringLiteral("upsert"));
    QVERIFY(store);
    const Token ann = makeToken(QStringLiteral("ann@example.com"));
    auto saved = store->saveToken(ann);
    QVERIFY(saved.ok());
    QCOMPARE(saved.value().createdAt, m_now);
    const qint64 created = m_now;

    // By user name: the stored row's fields fill the new token's empty ones; the row is replaced.
    m_now += 1000;
    Token refreshed;
    refreshed.userName = ann.userName;
    refreshed.accessToken = QStringLiteral("1000.access.new");
    refreshed.expiryTime = 1795871999999;
    saved = store->saveToken(refreshed);
    QVERIFY(saved.ok());
    auto row = store->findTokenById(QStringLiteral("1"));
    QVERIFY(row.ok() && row.value());
    QCOMPARE(row.value()->accessToken, QStringLiteral("1000.access.new"));
    QCOMPARE(row.value()->expiryTime, qint64(1795871999999));
    QCOMPARE(row.value()->refreshToken, ann.refreshToken);
    QCOMPARE(row.value()->clientSecret, ann.clientSecret);
    QCOMPARE(row.value()->createdAt, created);
    QCOMPARE(row.value()->updatedAt, m_now);
    QCOMPARE(*row.value(), saved.value());

    // By id: the same merge; the id may change every other field.
    m_now += 1000;
    Token byId;
    byId.id = QStringLiteral("1");
    byId.userName = QStringLiteral("ann@renamed.example.com");
    byId.lastError = QStringLiteral("invalid_code");
    byId.state = Token::RefreshOutcome::NeedsReauthorization;
    saved = store->saveToken(byId);
    QVERIFY(saved.ok());
    row = store->findTokenById(QStringLiteral("1"));
    QCOMPARE(row.value()->userName, QStringLiteral("ann@renamed.example.com"));
    QCOMPARE(row.value()->accessToken, QStringLiteral("1000.access.new"));
    QCOMPARE(row.value()->state, Token::RefreshOutcome::NeedsReauthorization);
    QCOMPARE(row.value()->createdAt, created);
    QCOMPARE(row.value()->updatedAt, m_now);

    // By access token alone, by refresh token with client, by grant token with client.
    Token access;
    access.accessToken = QStringLiteral("1000.access.new");
    access.expiryTime = 1795872000000;
    QCOMPARE(store->saveToken(access).value().id, QStringLiteral("1"));
    Token refresh;
    refresh.refreshToken = ann.refreshToken;
    refresh.clientId = ann.clientId;
    refresh.clientSecret = ann.clientSecret;
    refresh.redirectUrl = QStringLiteral("http://localhost:9999/callback");
    QCOMPARE(store->saveToken(refresh).value().id, QStringLiteral("1"));
    Token withGrant;
    withGrant.id = QStringLiteral("1");
    withGrant.grantToken = QStringLiteral("1000.grant.ann");
    QVERIFY(store->saveToken(withGrant).ok());
    Token grant;
    grant.grantToken = QStringLiteral("1000.grant.ann");
    grant.refreshToken = QStringLiteral("1000.refresh.rotated");
    grant.clientId = ann.clientId;
    grant.clientSecret = ann.clientSecret;
    saved = store->saveToken(grant);
    QCOMPARE(saved.value().id, QStringLiteral("1"));
    QCOMPARE(store->getTokens().value().size(), 1);
    QCOMPARE(store->findTokenById(QStringLiteral("1")).value()->refreshToken,
             QStringLiteral("1000.refresh.rotated"));
    QCOMPARE(store->findTokenById(QStringLiteral("1")).value()->expiryTime, qint64(1795872000000));
    QCOMPARE(store->findTokenById(QStringLiteral("1")).value()->redirectUrl,
             QStringLiteral("http://localhost:9999/callback"));

    // An id that does not exist yet is taken as given.
    Token chosen = makeToken(QStringLiteral("carl@example.com"));
    chosen.id = QStringLiteral("40");
    QCOMPARE(store->saveToken(chosen).value().id, QStringLiteral("40"));
    QCOMPARE(store->saveToken(makeToken(QStringLiteral("dora@example.com"))).value().id,
             QStringLiteral("41"));
}

void SqliteStoreTest::sameUserInAnotherClientOrDataCenterIsAnotherRow()
{
    auto store = openStore(QStringLiteral("datacenters"));
    QVERIFY(store);
    const Token us = makeToken(QStringLiteral("ann@example.com"));
    QVERIFY(store->saveToken(us).ok());
    Token eu = makeToken(QStringLiteral("ann@example.com"), QStringLiteral("1000.refresh.eu"));
    eu.apiDomain = QStringLiteral("https://www.zohoapis.eu");
    QCOMPARE(store->saveToken(eu).value().id, QStringLiteral("2"));
    Token otherClient = makeToken(QStringLiteral("ann@example.com"), QStringLiteral("1000.refresh.other"));
    otherClient.clientId = QStringLiteral("1000.OTHER");
    QCOMPARE(store->saveToken(otherClient).value().id, QStringLiteral("3"));
    QCOMPARE(store->getTokens().value().size(), 3);

    Token partial;
    partial.userName = QStringLiteral("ann@example.com");
    partial.clientId = us.clientId;
    partial.apiDomain = QStringLiteral("https://www.zohoapis.eu");
    QCOMPARE(store->findToken(partial).value()->id, QStringLiteral("2"));
    partial.clientId = QStringLiteral("1000.OTHER");
    partial.apiDomain.clear();
    QCOMPARE(store->findToken(partial).value()->id, QStringLiteral("3"));
    // Without client and domain, the first stored row, as the SDK finds it.
    partial.clientId.clear();
    QCOMPARE(store->findToken(partial).value()->id, QStringLiteral("1"));
    QCOMPARE(store->findTokenById(QStringLiteral("1")).value()->refreshToken, us.refreshToken);
}

void SqliteStoreTest::theLowestIdWins()
{
    // Rows that share a key (saved by id, which matches nothing else): the lowest numeric id is the
    // one found and updated, whatever the order they were stored in, as in TokenTable.
    auto store = openStore(QStringLiteral("lowest"));
    QVERIFY(store);
    for (const QString &id : { QStringLiteral("40"), QStringLiteral("9"), QStringLiteral("10") }) {
        Token token = makeToken(QStringLiteral("ann@example.com"));
        token.id = id;
        token.lastError = id;
        QVERIFY(store->saveToken(token).ok());
    }
    Token partial;
    partial.userName = QStringLiteral("ann@example.com");
    QCOMPARE(store->findToken(partial).value()->id, QStringLiteral("9")); // not the text-first "10"
    Token refresh;
    refresh.refreshToken = makeToken(QStringLiteral("ann@example.com")).refreshToken;
    refresh.clientId = QStringLiteral("1000.CLIENT");
    refresh.clientSecret = QStringLiteral("s");
    QCOMPARE(store->findToken(refresh).value()->id, QStringLiteral("9"));
    partial.accessToken = QStringLiteral("1000.access.updated");
    QCOMPARE(store->saveToken(partial).value().id, QStringLiteral("9"));
    QCOMPARE(store->findTokenById(QStringLiteral("40")).value()->accessToken,
             makeToken(QStringLiteral("ann@example.com")).accessToken);
    QCOMPARE(store->saveToken(makeToken(QStringLiteral("bob@example.com"))).value().id, QStringLiteral("41"));
}

void SqliteStoreTest::notFoundAndInvalidInput()
{
    auto store = openStore(QStringLiteral("notfound"));
    QVERIFY(store);
    Token nothing;
    nothing.userName = QStringLiteral("ghost@example.com");
    auto saved = store->saveToken(nothing);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code(), StoreError::Code::NotFound);
    QVERIFY(saved.error().toString().contains(QLatin1String("saveToken")));
    QVERIFY(saved.error().toString().contains(store->description()));

    Token unknownId;
    unknownId.id = QStringLiteral("9");
    unknownId.clientId = QStringLiteral("1000.CLIENT");
    saved = store->saveToken(unknownId);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code(), StoreError::Code::NotFound);

    for (const QString &bad :
         { QStringLiteral("abc"), QStringLiteral("0"), QStringLiteral("-3"), QStringLiteral("1.5") }) {
        Token badId = makeToken(QStringLiteral("eve@example.com"));
        badId.id = bad;
        saved = store->saveToken(badId);
        QVERIFY2(!saved.ok(), qPrintable(bad));
        QCOMPARE(saved.error().code(), StoreError::Code::InvalidInput);
    }
    auto removed = store->deleteToken(QStringLiteral("7"));
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().code(), StoreError::Code::NotFound);
    QVERIFY(removed.error().toString().contains(QLatin1String("deleteToken")));
    auto byId = store->findTokenById(QStringLiteral("7"));
    QVERIFY(byId.ok());
    QVERIFY(!byId.value());
    auto lease = store->tryAcquireLease(QStringLiteral("7"), QStringLiteral("me"), 1000);
    QVERIFY(!lease.ok());
    QCOMPARE(lease.error().code(), StoreError::Code::NotFound);
    QCOMPARE(store->getTokens().value().size(), 0);
}

void SqliteStoreTest::idsAreNumericAndUnique()
{
    auto store = openStore(QStringLiteral("ids"));
    QVERIFY(store);
    MemoryTokenStore memory;
    auto saveBoth = [&](const Token &token) {
        auto inFile = store->saveToken(token);
        auto inMemory = memory.saveToken(token);
        if (!inFile.ok() || !inMemory.ok() || inFile.value().id != inMemory.value().id)
            qWarning("file %s, memory %s", qPrintable(inFile.ok() ? inFile.value().id : describe(inFile)),
                     qPrintable(inMemory.ok() ? inMemory.value().id : describe(inMemory)));
        return inFile.ok() ? inFile.value().id : QString();
    };
    for (int i = 1; i <= 101; ++i) {
        // The SDK's text max(id) gives "10" again after "9", and "100" never comes.
        QCOMPARE(saveBoth(makeToken(QStringLiteral("user%1@example.com").arg(i))), QString::number(i));
    }
    QCOMPARE(store->findTokenById(QStringLiteral("100")).value()->userName,
             QStringLiteral("user100@example.com"));
    QCOMPARE(store->findTokenById(QStringLiteral("11")).value()->userName,
             QStringLiteral("user11@example.com"));

    // max + 1, as TokenTable does: the largest id freed is the next one given.
    QVERIFY(store->deleteToken(QStringLiteral("101")).ok());
    QVERIFY(memory.deleteToken(QStringLiteral("101")).ok());
    QCOMPARE(saveBoth(makeToken(QStringLiteral("again@example.com"))), QStringLiteral("101"));
    Token chosen = makeToken(QStringLiteral("chosen@example.com"));
    chosen.id = QStringLiteral("500");
    QCOMPARE(saveBoth(chosen), QStringLiteral("500"));
    QCOMPARE(saveBoth(makeToken(QStringLiteral("after@example.com"))), QStringLiteral("501"));
    QVERIFY(store->deleteTokens().ok());
    QVERIFY(memory.deleteTokens().ok());
    QCOMPARE(saveBoth(makeToken(QStringLiteral("first@example.com"))), QStringLiteral("1"));

    QVERIFY(store->deleteTokens().ok());
    TokenList batch;
    for (int i = 0; i < 150; ++i)
        batch.append(makeToken(QStringLiteral("batch%1@example.com").arg(i)));
    auto saved = store->saveTokens(batch);
    QVERIFY(saved.ok());
    QSet<QString> ids;
    for (int i = 0; i < saved.value().size(); ++i) {
        QCOMPARE(saved.value().at(i).id, QString::number(i + 1));
        ids.insert(saved.value().at(i).id);
    }
    QCOMPARE(ids.size(), 150);
}

void SqliteStoreTest::everyFieldRoundTripsByteForByte()
{
    auto store = openStore(QStringLiteral("values"));
    QVERIFY(store);
    const QStringList values { QStringLiteral("o'brien"),
                               QStringLiteral("say \"hi\""),
                               QStringLiteral("a,b,c"),
                               QStringLiteral("x';-- DROP TABLE oauthtoken;--"),
                               QStringLiteral("line1\nline2\r\nline3\r"),
                               QStringLiteral("tab\there"),
                               QStringLiteral("Zoë Ørsted 東京 🚀 ü"),
                               QString(8192, QLatin1Char('k')),
                               QStringLiteral("%1%2").arg(QString(4000, QChar(0x00e9)),
                                                          QString(1000, QChar(0x6771))),
                               QStringLiteral(" leading and trailing spaces "),
                               QStringLiteral("?1 :name @x $y") };
    TokenList written;
    int n = 0;
    for (const QString &value : values) {
        ++n;
        Token token;
        for (const QString &field : Token::sdkFieldNames() + Token::extraFieldNames())
            token.setField(field, value + QStringLiteral("|%1|").arg(n) + field);
        token.id.clear();
        token.expiryTime = 1795871772151 + n;
        token.createdAt = 1'600'000'000'000 + n;
        token.updatedAt = 0;
        // Scopes are stored comma-separated, as Zoho writes them; a scope name never has a comma.
        token.scopes = { QString(value).replace(QLatin1Char(','), QLatin1Char(';'))
                             + QStringLiteral(".scope1"),
                         QStringLiteral("ZohoCRM.modules.ALL") };
        token.state = Token::RefreshOutcome::RefreshFailing;
        auto saved = store->saveToken(token);
        QVERIFY2(saved.ok(), qPrintable(describe(saved)));
        token.id = saved.value().id;
        token.updatedAt = m_now;
        QCOMPARE(saved.value(), token);
        auto row = store->findTokenById(token.id);
        QVERIFY(row.ok() && row.value());
        for (const QString &field : Token::sdkFieldNames() + Token::extraFieldNames())
            QCOMPARE(row.value()->field(field), token.field(field));
        QCOMPARE(*row.value(), token);
        // … and found by each of its values through the lookups.
        Token byUser;
        byUser.userName = token.userName;
        QCOMPARE(store->findToken(byUser).value()->id, token.id);
        Token byRefresh;
        byRefresh.refreshToken = token.refreshToken;
        byRefresh.clientId = token.clientId;
        byRefresh.clientSecret = token.clientSecret;
        QCOMPARE(store->findToken(byRefresh).value()->id, token.id);
        written.append(token);
    }
    // A second store on the file reads the same bytes from the file, not from anything cached.
    QFETCH_GLOBAL(bool, qtSqlOnly);
    const QString path = QStringLiteral("%1/values-%2.db").arg(m_dir.path(), qtSqlOnly ? "qtsql" : "handle");
    auto again = StoreRegistry::instance().create(QStringLiteral("sqlite:") + path);
    QVERIFY(again.ok());
    QCOMPARE(again.value()->getTokens().value(), written);
}

void SqliteStoreTest::saveTokensIsOneTransaction()
{
    auto store = openStore(QStringLiteral("batch"));
    QVERIFY(store);
    QVERIFY(store->saveToken(makeToken(QStringLiteral("kept@example.com"))).ok());
    TokenList batch { makeToken(QStringLiteral("a@example.com")),
                      makeToken(QStringLiteral("b@example.com")) };
    Token bad = makeToken(QStringLiteral("c@example.com"));
    bad.id = QStringLiteral("nope");
    batch.append(bad);
    auto saved = store->saveTokens(batch);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code(), StoreError::Code::InvalidInput);
    QCOMPARE(store->getTokens().value().size(), 1); // all or nothing
    batch.removeLast();
    QVERIFY(store->saveTokens(batch).ok());
    QCOMPARE(store->getTokens().value().size(), 3);
}

void SqliteStoreTest::leases()
{
    auto store = openStore(QStringLiteral("leases"));
    QVERIFY(store);
    QVERIFY(store->saveToken(makeToken(QStringLiteral("ann@example.com"))).ok());
    const QString id = QStringLiteral("1");
    QCOMPARE(store->tryAcquireLease(id, QStringLiteral("alpha"), 30'000).value(), true);
    QCOMPARE(store->tryAcquireLease(id, QStringLiteral("beta"), 30'000).value(), false);
    m_now += 20'000;
    QCOMPARE(store->tryAcquireLease(id, QStringLiteral("alpha"), 30'000).value(), true); // renewed to +50 s
    m_now += 20'000;
    QCOMPARE(store->tryAcquireLease(id, QStringLiteral("beta"), 30'000).value(), false);
    QVERIFY(store->releaseLease(id, QStringLiteral("beta")).ok()); // not beta's to give back
    QCOMPARE(store->tryAcquireLease(id, QStringLiteral("beta"), 30'000).value(), false);

    // A save of the row keeps the lease; the lease never shows in the token.
    Token refreshed;
    refreshed.id = id;
    refreshed.accessToken = QStringLiteral("1000.access.renewed");
    QVERIFY(store->saveToken(refreshed).ok());
    QCOMPARE(store->tryAcquireLease(id, QStringLiteral("beta"), 30'000).value(), false);
    QCOMPARE(store->findTokenById(id).value()->refreshToken,
             makeToken(QStringLiteral("ann@example.com")).refreshToken);

    m_now += 9'999; // alpha renewed at +20 s for 30 s: held until exactly +50 s
    QCOMPARE(store->tryAcquireLease(id, QStringLiteral("beta"), 30'000).value(), false);
    m_now += 1; // its holder died: the lease has run out at its end, as in MemoryTokenStore
    QCOMPARE(store->tryAcquireLease(id, QStringLiteral("beta"), 30'000).value(), true);
    QVERIFY(store->releaseLease(id, QStringLiteral("beta")).ok());
    QCOMPARE(store->tryAcquireLease(id, QStringLiteral("gamma"), 30'000).value(), true);

    // A deleted token takes its lease with it.
    QVERIFY(store->deleteToken(id).ok());
    Token back = makeToken(QStringLiteral("ann@example.com"));
    back.id = id;
    QVERIFY(store->saveToken(back).ok());
    QCOMPARE(store->tryAcquireLease(id, QStringLiteral("delta"), 30'000).value(), true);
}

void SqliteStoreTest::semanticsMatchTheMemoryStore_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<bool>("cached");
    for (quint32 seed : { 1u, 2u, 3u }) {
        QTest::addRow("seed %u, from the file", seed) << seed << false;
        QTest::addRow("seed %u, from the rows cache", seed) << seed << true;
    }
}

void SqliteStoreTest::semanticsMatchTheMemoryStore()
{
    QFETCH(quint32, seed);
    QFETCH(bool, cached);
    const QString name = QStringLiteral("differential-%1-%2").arg(seed).arg(cached);
    auto store = openStore(name);
    QVERIFY(store);
    // A second connection reads the file itself after every call.
    auto observer = openStore(name);
    QVERIFY(observer);
    if (cached) // the store answers from the rows it read, and keeps them up to date
        QVERIFY(store->getTokens().ok());
    MemoryTokenStore memory;
    memory.setClock([this] { return m_now; });
    QRandomGenerator random(seed);
    auto pick = [&random](const QStringList &choices) {
        return choices.at(int(random.bounded(choices.size())));
    };
    const QStringList users { QString(), QStringLiteral("ann@example.com"), QStringLiteral("bob@example.com"),
                              QStringLiteral("o'hara@example.com"), QStringLiteral("zoë@example.com") };
    const QStringList clients { QString(), QStringLiteral("1000.A"), QStringLiteral("1000.B") };
    const QStringList secrets { QString(), QStringLiteral("secret") };
    const QStringList domains { QString(), QStringLiteral("https://www.zohoapis.com"),
                                QStringLiteral("https://www.zohoapis.eu") };
    const QStringList tokens { QString(), QStringLiteral("t1"), QStringLiteral("t2"), QStringLiteral("t3"),
                               QStringLiteral("t4") };
    const QStringList ids { QString(),
                            QString(),
                            QString(),
                            QStringLiteral("1"),
                            QStringLiteral("2"),
                            QStringLiteral("3"),
                            QStringLiteral("7"),
                            QStringLiteral("12"),
                            QStringLiteral("007"),
                            QStringLiteral("+4"),
                            QStringLiteral("0"),
                            QStringLiteral("-2"),
                            QStringLiteral("abc") };
    const QStringList owners { QStringLiteral("alpha"), QStringLiteral("beta"), QString() };
    auto randomToken = [&] {
        Token token;
        token.id = pick(ids);
        token.userName = pick(users);
        token.clientId = pick(clients);
        token.clientSecret = pick(secrets);
        token.refreshToken = pick(tokens);
        token.accessToken = pick(tokens);
        token.grantToken = random.bounded(3) == 0 ? pick(tokens) : QString();
        token.expiryTime = random.bounded(2) ? 1795871772151 + random.bounded(1000) : 0;
        token.apiDomain = pick(domains);
        token.redirectUrl = random.bounded(2) ? QStringLiteral("http://localhost/cb") : QString();
        token.scopes =
            random.bounded(2) ? QStringList { QStringLiteral("ZohoCRM.modules.ALL") } : QStringList();
        token.state = Token::RefreshOutcome(random.bounded(3));
        token.lastError = random.bounded(4) == 0 ? QStringLiteral("invalid_code") : QString();
        token.createdAt = random.bounded(5) == 0 ? 1'600'000'000'000 : 0;
        return token;
    };
    auto sameOutcome = [](const auto &fromFile, const auto &fromMemory) {
        if (fromFile.ok() != fromMemory.ok())
            return false;
        return fromFile.ok() ? fromFile.value() == fromMemory.value()
                             : fromFile.error().code() == fromMemory.error().code();
    };

    for (int step = 0; step < 1500; ++step) {
        m_now += random.bounded(20'000);
        const int operation = int(random.bounded(100));
        QString what;
        bool same = true;
        if (operation < 35) {
            const Token token = randomToken();
            what = QStringLiteral("saveToken %1/%2/%3").arg(token.id, token.userName, token.refreshToken);
            same = sameOutcome(store->saveToken(token), memory.saveToken(token));
        } else if (operation < 40) {
            // A batch that cannot fail (MemoryTokenStore keeps what it saved before a failure; we
            // roll back): later tokens of a batch find the rows its earlier ones wrote.
            TokenList batch;
            for (int i = 0; i < 2 + int(random.bounded(3)); ++i) {
                Token token = randomToken();
                bool numeric = false;
                if (token.id.toLongLong(&numeric) <= 0 || !numeric)
                    token.id.clear();
                if (token.refreshToken.isEmpty() && token.accessToken.isEmpty() && token.grantToken.isEmpty())
                    token.refreshToken = QStringLiteral("t1");
                batch.append(token);
            }
            what = QStringLiteral("saveTokens of %1").arg(batch.size());
            same = sameOutcome(store->saveTokens(batch), memory.saveTokens(batch));
        } else if (operation < 60) {
            Token partial = randomToken();
            what = QStringLiteral("findToken %1/%2").arg(partial.userName, partial.accessToken);
            same = sameOutcome(store->findToken(partial), memory.findToken(partial));
        } else if (operation < 70) {
            const QString id = pick(ids);
            what = QStringLiteral("findTokenById %1").arg(id);
            same = sameOutcome(store->findTokenById(id), memory.findTokenById(id));
        } else if (operation < 77) {
            const QString id = pick(ids);
            what = QStringLiteral("deleteToken %1").arg(id);
            auto fromFile = store->deleteToken(id);
            auto fromMemory = memory.deleteToken(id);
            same = fromFile.ok() == fromMemory.ok()
                && (fromFile.ok() || fromFile.error().code() == fromMemory.error().code());
        } else if (operation < 90) {
            const QString id = pick(ids);
            const QString owner = pick(owners);
            const qint64 duration = 1 + random.bounded(60'000);
            what = QStringLiteral("tryAcquireLease %1 %2").arg(id, owner);
            same = sameOutcome(store->tryAcquireLease(id, owner, duration),
                               memory.tryAcquireLease(id, owner, duration));
        } else if (operation < 96) {
            const QString id = pick(ids);
            const QString owner = pick(owners);
            what = QStringLiteral("releaseLease %1 %2").arg(id, owner);
            same = store->releaseLease(id, owner).ok() == memory.releaseLease(id, owner).ok();
        } else if (operation < 99) {
            what = QStringLiteral("getTokens");
            if (cached)
                same = sameOutcome(store->getTokens(), memory.getTokens());
        } else {
            what = QStringLiteral("deleteTokens");
            same = store->deleteTokens().ok() && memory.deleteTokens().ok();
        }
        QVERIFY2(same, qPrintable(QStringLiteral("step %1: %2").arg(step).arg(what)));
        // After every call, the whole table: same rows, same order.
        auto fromFile = observer->getTokens();
        QVERIFY2(fromFile.ok(), qPrintable(describe(fromFile)));
        QVERIFY2(fromFile.value() == memory.getTokens().value(),
                 qPrintable(QStringLiteral("rows differ after step %1: %2").arg(step).arg(what)));
    }
    // The cache was in use all along, or not at all.
    QCOMPARE(store->check().value().details.contains(QLatin1String("rows cached")), cached);
}

void SqliteStoreTest::cachedRowsFollowOtherWriters()
{
    auto reader = openStore(QStringLiteral("cache"));
    QVERIFY(reader);
    Token token = makeToken(QStringLiteral("ann@example.com"));
    QVERIFY(reader->saveToken(token).ok());
    QCOMPARE(reader->getTokens().value().size(), 1);
    QVERIFY(reader->check().value().details.contains(QLatin1String("1 rows cached")));

    // Another connection changes the row and adds one: the reader sees both.
    auto writer = openStore(QStringLiteral("cache"));
    QVERIFY(writer);
    Token update;
    update.id = QStringLiteral("1");
    update.accessToken = QStringLiteral("1000.access.2");
    QVERIFY(writer->saveToken(update).ok());
    QVERIFY(writer->saveToken(makeToken(QStringLiteral("bob@example.com"))).ok());
    QCOMPARE(reader->findTokenById(QStringLiteral("1")).value()->accessToken,
             QStringLiteral("1000.access.2"));
    Token partial;
    partial.userName = QStringLiteral("bob@example.com");
    QCOMPARE(reader->findToken(partial).value()->id, QStringLiteral("2"));
    QCOMPARE(reader->getTokens().value().size(), 2);

    // The reader's own writes keep its rows right, and the other connection sees them.
    QVERIFY(reader->getTokens().ok());
    QVERIFY(reader->deleteToken(QStringLiteral("2")).ok());
    Token renewed;
    renewed.userName = QStringLiteral("ann@example.com");
    renewed.accessToken = QStringLiteral("1000.access.3");
    QVERIFY(reader->saveToken(renewed).ok());
    QVERIFY(reader->saveToken(makeToken(QStringLiteral("carl@example.com"))).ok());
    QVERIFY(reader->check().value().details.contains(QLatin1String("2 rows cached")));
    QCOMPARE(reader->findTokenById(QStringLiteral("2")).value()->userName,
             QStringLiteral("carl@example.com")); // bob's id, free again: max + 1
    QCOMPARE(reader->findTokenById(QStringLiteral("1")).value()->accessToken,
             QStringLiteral("1000.access.3"));
    QCOMPARE(reader->getTokens().value(), writer->getTokens().value());
    QCOMPARE(writer->findTokenById(QStringLiteral("2")).value()->userName,
             QStringLiteral("carl@example.com"));
    QVERIFY(reader->deleteTokens().ok());
    QCOMPARE(reader->getTokens().value().size(), 0);
    QCOMPARE(writer->getTokens().value().size(), 0);
}

void SqliteStoreTest::eachThreadGetsItsOwnConnection()
{
    auto store = openStore(QStringLiteral("threads"));
    QVERIFY(store);
    QVERIFY(store->saveToken(makeToken(QStringLiteral("main@example.com"))).ok());
    QCOMPARE(zcrmConnections().size(), 1);

    QString found;
    QString savedId;
    QStringList connectionsSeen;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        Token partial;
        partial.userName = QStringLiteral("main@example.com");
        auto row = store->findToken(partial);
        found = row.ok() && row.value() ? row.value()->id : describe(row);
        auto saved = store->saveToken(makeToken(QStringLiteral("worker@example.com")));
        savedId = saved.ok() ? saved.value().id : describe(saved);
        connectionsSeen = zcrmConnections();
    }));
    worker->start();
    QVERIFY(worker->wait(30000));
    QCOMPARE(found, QStringLiteral("1"));
    QCOMPARE(savedId, QStringLiteral("2"));
    QCOMPARE(connectionsSeen.size(), 2); // the worker's own, beside the opening thread's
    QCOMPARE(store->getTokens().value().size(), 2);
    store.reset();
    QCOMPARE(zcrmConnections(), QStringList());
}

void SqliteStoreTest::lookupsUseIndexes()
{
    auto store = openStore(QStringLiteral("plans"));
    QVERIFY(store);
    for (int i = 0; i < 50; ++i)
        QVERIFY(store->saveToken(makeToken(QStringLiteral("plan%1@example.com").arg(i))).ok());
    QFETCH_GLOBAL(bool, qtSqlOnly);
    const QString path = QStringLiteral("%1/plans-%2.db").arg(m_dir.path(), qtSqlOnly ? "qtsql" : "handle");
    {
        QSqlDatabase database =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("planner"));
        database.setDatabaseName(path);
        QVERIFY(database.open());
        for (const QString &statement : SqliteTokenStore::statementTexts()) {
            QSqlQuery plan(database);
            QVERIFY2(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + statement), qPrintable(statement));
            for (int i = 0; i < statement.count(QLatin1Char('?')); ++i)
                plan.addBindValue(QStringLiteral("x")); // the plan does not depend on the values
            QVERIFY2(plan.exec(), qPrintable(statement + QStringLiteral(": ") + plan.lastError().text()));
            QStringList steps;
            while (plan.next())
                steps.append(plan.value(3).toString());
            const QString text = steps.join(QStringLiteral(" / "));
            // getTokens, the count, deleteTokens and the insert look nothing up.
            if (!statement.contains(QLatin1String("WHERE")) && !statement.contains(QLatin1String("MAX(")))
                continue;
            QVERIFY2(text.contains(QLatin1String("USING")) && !text.contains(QLatin1String("SCAN"))
                         && !text.contains(QLatin1String("TEMP B-TREE")),
                     qPrintable(statement + QStringLiteral("\n  -> ") + text));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("planner"));
}

void SqliteStoreTest::checkReportsTheStore()
{
    auto store = openStore(QStringLiteral("check"));
    QVERIFY(store);
    QVERIFY(store->saveToken(makeToken(QStringLiteral("a@example.com"))).ok());
    QVERIFY(store->saveToken(makeToken(QStringLiteral("b@example.com"))).ok());
    auto checked = store->check();
    QVERIFY2(checked.ok(), qPrintable(describe(checked)));
    QVERIFY(checked.value().reachable);
    QVERIFY(checked.value().writable);
    QCOMPARE(checked.value().rowCount, qint64(2));
    QCOMPARE(checked.value().schemaVersion, QStringLiteral("2"));
    QVERIFY2(checked.value().details.contains(QLatin1String("journal mode wal")),
             qPrintable(checked.value().details));
    QVERIFY(!checked.value().details.contains(QLatin1String("0600")));
    // The write check is rolled back: nothing changed.
    QCOMPARE(store->getTokens().value().size(), 2);
}

QTEST_GUILESS_MAIN(SqliteStoreTest)
#include "tst_sqlitestore.moc"
