// The SQLite store and its file: the SDK sample's zohooauth.db both ways (an independent Python
// reader and writer plays the sample), schema versions, and every file it must leave byte for byte
// as it was: not SQLite, damaged, someone else's, newer, read-only, locked; 0600 files.
#include "sdksamplestore.h"
#include "sqlitetokenstore.h"
#include "storeregistry.h"
#include "testenvironment.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

QByteArray checksum(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("missing");
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

// The database and its WAL, as they are on disk.
QByteArray checksums(const QString &path)
{
    return checksum(path) + '/' + checksum(path + QStringLiteral("-wal"));
}

Token makeToken(const QString &user)
{
    Token token;
    token.userName = user;
    token.clientId = QStringLiteral("1000.CLIENT");
    token.clientSecret = QStringLiteral("secret");
    token.refreshToken = QStringLiteral("1000.refresh.") + user;
    token.accessToken = QStringLiteral("1000.access.") + user;
    token.expiryTime = 1795871772151;
    token.apiDomain = QStringLiteral("https://www.zohoapis.com");
    return token;
}

QJsonArray sdkColumns(const Token &token)
{
    auto text = [](const QString &value) { return value.isEmpty() ? QJsonValue() : QJsonValue(value); };
    return {
        text(token.id),           text(token.userName),
        text(token.clientId),     text(token.clientSecret),
        text(token.refreshToken), text(token.accessToken),
        text(token.grantToken),   text(token.expiryTime > 0 ? QString::number(token.expiryTime) : QString()),
        text(token.redirectUrl),  text(token.apiDomain)
    };
}

template<typename T> QString describe(const StoreResult<T> &result)
{
    return result.ok() ? QStringLiteral("ok") : result.error().toString();
}

// Ours: one per lookup (ordered by the id's number within a key) and the id's number; the keys of
// oauthtoken and zcrm_schema.
const QJsonArray kOurIndexes { QStringLiteral("oauthtoken_by_access_token"),
                               QStringLiteral("oauthtoken_by_grant_token"),
                               QStringLiteral("oauthtoken_by_refresh_token"),
                               QStringLiteral("oauthtoken_by_user_name"),
                               QStringLiteral("oauthtoken_id_rank"),
                               QStringLiteral("sqlite_autoindex_oauthtoken_1"),
                               QStringLiteral("sqlite_autoindex_zcrm_schema_1") };

constexpr QFile::Permissions kGroupOrOther = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
    | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

} // namespace

class SqliteStoreFilesTest : public QObject
{
    Q_OBJECT

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    static StoreResult<std::unique_ptr<TokenStore>> open(const QString &file);
    // Opening fails with `code`, names the file, and leaves it (and its WAL) exactly as it was.
    static void verifyRefusedAndUntouched(const QString &file, StoreError::Code code, const QString &says);

    QTemporaryDir m_dir;
    SdkSampleStore m_sample;

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void opensTheSdkSampleDatabase();
    void theSampleReadsOurRows();
    void theSampleWritesBesideUs();
    void anEmptyFileBecomesAStore();
    void ourFirstFormatIsUpgraded();
    void aNewerSchemaIsLeftAlone();
    void notADatabaseIsLeftAlone();
    void aDamagedDatabaseIsLeftAlone();
    void anotherApplicationsDatabaseIsLeftAlone();
    void aForeignOauthtokenTableIsLeftAlone();
    void aReadOnlyStoreIsReadButNotWritten();
    void aReadOnlySdkFileIsLeftAlone();
    void aMissingFolderIsAnError();
    void theDefaultStoreMakesItsFolder();
    void aLockedDatabaseRefusesWrites();
    void aLockedDatabaseRefusesToOpen();
    void filesArePrivate();
};

void SqliteStoreFilesTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString missing = SdkSampleStore::missingReason();
    if (!missing.isEmpty()) {
        if (TestEnvironment::inCi())
            QFAIL(qPrintable(missing));
        QSKIP(qPrintable(missing));
    }
}

void SqliteStoreFilesTest::init()
{
    qunsetenv("ZCRM_SQLITE_BUSY_TIMEOUT_MS");
}

void SqliteStoreFilesTest::cleanup()
{
    m_sample.release();
}

StoreResult<std::unique_ptr<TokenStore>> SqliteStoreFilesTest::open(const QString &file)
{
    return StoreRegistry::instance().create(QStringLiteral("sqlite:") + file);
}

void SqliteStoreFilesTest::verifyRefusedAndUntouched(const QString &file, StoreError::Code code,
                                                     const QString &says)
{
    const QByteArray before = checksums(file);
    const QStringList filesBefore = QFileInfo(file).dir().entryList(QDir::Files);
    auto store = open(file);
    QVERIFY2(!store.ok(), "the store opened");
    QVERIFY2(store.error().code() == code, qPrintable(store.error().toString()));
    QVERIFY2(store.error().toString().contains(file), qPrintable(store.error().toString()));
    QVERIFY2(store.error().toString().contains(says), qPrintable(store.error().toString()));
    QVERIFY2(store.error().operation().startsWith(QLatin1String("open")),
             qPrintable(store.error().toString()));
    QCOMPARE(checksums(file), before);
    QCOMPARE(QFileInfo(file).dir().entryList(QDir::Files), filesBefore); // no -wal, -shm or -journal left
}

void SqliteStoreFilesTest::opensTheSdkSampleDatabase()
{
    const QString file = path(QStringLiteral("zohooauth.db"));
    QVERIFY2(!m_sample.run({ QStringLiteral("create"), file, QStringLiteral("12") }).isUndefined(),
             qPrintable(m_sample.error()));
    auto store = open(file);
    QVERIFY2(store.ok(), qPrintable(describe(store)));
    auto rows = store.value()->getTokens();
    QVERIFY(rows.ok());
    QCOMPARE(rows.value().size(), 12);
    for (int i = 1; i <= 12; ++i) {
        const Token &row = rows.value().at(i - 1);
        QCOMPARE(row.id, QString::number(i));
        QCOMPARE(row.userName, QStringLiteral("sdk%1@example.com").arg(i));
        QCOMPARE(row.clientId, QStringLiteral("1000.SAMPLECLIENT"));
        QCOMPARE(row.clientSecret, QStringLiteral("sample-secret"));
        QCOMPARE(row.refreshToken, QStringLiteral("1000.refresh.sdk%1").arg(i));
        QCOMPARE(row.accessToken, QStringLiteral("1000.access.sdk%1").arg(i));
        QCOMPARE(row.grantToken, QString());
        QCOMPARE(row.expiryTime, qint64(1795871772151));
        QCOMPARE(row.redirectUrl, QStringLiteral("http://localhost/callback"));
        QCOMPARE(row.apiDomain, QStringLiteral("https://www.zohoapis.com"));
        QCOMPARE(row.state, Token::RefreshOutcome::Active);
    }
    // The sample's own text max(id) is "9" here; ours is numeric.
    QCOMPARE(store.value()->saveToken(makeToken(QStringLiteral("new@example.com"))).value().id,
             QStringLiteral("13"));
    store.value().reset();

    // Its ten columns are as the sample made them, ours after them; WAL; the indexes; our version.
    const QJsonObject schema = m_sample.run({ QStringLiteral("schema"), file }).toObject();
    const QJsonArray columns = schema.value(QLatin1String("columns")).toArray();
    const QStringList sdkTypes { QStringLiteral("varchar(10)"),  QStringLiteral("varchar(255)"),
                                 QStringLiteral("varchar(255)"), QStringLiteral("varchar(255)"),
                                 QStringLiteral("varchar(255)"), QStringLiteral("varchar(255)"),
                                 QStringLiteral("varchar(255)"), QStringLiteral("varchar(20)"),
                                 QStringLiteral("varchar(255)"), QStringLiteral("varchar(255)") };
    const QStringList expectedNames = Token::sdkFieldNames() + Token::extraFieldNames()
        + QStringList { QStringLiteral("lease_owner"), QStringLiteral("lease_until") };
    QCOMPARE(columns.size(), expectedNames.size());
    for (int i = 0; i < columns.size(); ++i) {
        const QJsonArray column = columns.at(i).toArray();
        QCOMPARE(column.at(0).toString(), expectedNames.at(i));
        if (i < 10)
            QCOMPARE(column.at(1).toString(), sdkTypes.at(i));
        QCOMPARE(column.at(2).toInt(), i == 0 ? 1 : 0); // id stays the primary key
    }
    QCOMPARE(schema.value(QLatin1String("journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(schema.value(QLatin1String("user_version")).toInt(), 0); // the file's owner's, untouched
    QCOMPARE(schema.value(QLatin1String("tables")).toArray(),
             QJsonArray({ QStringLiteral("oauthtoken"), QStringLiteral("zcrm_schema") }));
    QCOMPARE(schema.value(QLatin1String("indexes")).toArray(), kOurIndexes);

    // Opened again: nothing to do, nothing lost.
    auto again = open(file);
    QVERIFY(again.ok());
    QCOMPARE(again.value()->getTokens().value().size(), 13);
    QCOMPARE(again.value()->check().value().schemaVersion, QStringLiteral("2"));
}

void SqliteStoreFilesTest::theSampleReadsOurRows()
{
    const QString file = path(QStringLiteral("ours.db"));
    auto store = open(file);
    QVERIFY(store.ok());
    TokenList written;
    const QStringList users { QStringLiteral("o'brien@example.com"), QStringLiteral("say \"hi\"@example.com"),
                              QStringLiteral("a,b;--@example.com"), QStringLiteral("line\nbreak@example.com"),
                              QStringLiteral("zoë.東京@example.com") };
    for (const QString &user : users) {
        Token token = makeToken(user);
        token.clientSecret = user + QStringLiteral("'s secret");
        token.accessToken = QString(8192, QLatin1Char('a')) + user; // longer than the SDK's varchar(255)
        token.redirectUrl = QStringLiteral("http://localhost:8400/callback?x='1'");
        token.scopes = { QStringLiteral("ZohoCRM.modules.ALL") };
        token.state = Token::RefreshOutcome::RefreshFailing;
        auto saved = store.value()->saveToken(token);
        QVERIFY(saved.ok());
        written.append(saved.value());
    }
    for (int i = 0; i < 9; ++i) // past ten rows, where the SDK's text ids break
        written.append(
            store.value()->saveToken(makeToken(QStringLiteral("more%1@example.com").arg(i))).value());
    store.value().reset();

    QStringList names;
    QStringList ids;
    for (const Token &token : std::as_const(written)) {
        names.append(token.userName);
        ids.append(token.id);
    }
    const QJsonValue byUser = m_sample.run(QStringList { QStringLiteral("find-user"), file } + names);
    QVERIFY2(!byUser.isUndefined(), qPrintable(m_sample.error()));
    const QJsonArray byId = m_sample.run(QStringList { QStringLiteral("find-id"), file } + ids).toArray();
    for (int i = 0; i < written.size(); ++i) {
        QCOMPARE(byUser.toArray().at(i).toArray(), sdkColumns(written.at(i)));
        QCOMPARE(byId.at(i).toArray(), sdkColumns(written.at(i)));
    }
    const QJsonArray rows = m_sample.run({ QStringLiteral("dump"), file }).toArray();
    QCOMPARE(rows.size(), written.size());
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).toObject().value(QLatin1String("id_type")).toString(), QStringLiteral("text"));
        QCOMPARE(rows.at(i).toObject().value(QLatin1String("columns")).toArray(), sdkColumns(written.at(i)));
    }
    QCOMPARE(written.last().id, QStringLiteral("14"));
}

void SqliteStoreFilesTest::theSampleWritesBesideUs()
{
    const QString file = path(QStringLiteral("shared.db"));
    QVERIFY(!m_sample.run({ QStringLiteral("create"), file, QStringLiteral("3") }).isUndefined());
    auto store = open(file);
    QVERIFY(store.ok());
    QCOMPARE(store.value()->saveToken(makeToken(QStringLiteral("ours@example.com"))).value().id,
             QStringLiteral("4"));

    // The sample updates a row (its UPDATE … LIMIT 1 by user name) and inserts one, with an empty
    // client id, while our store has the file open.
    QCOMPARE(m_sample
                 .run({ QStringLiteral("save"), file, QStringLiteral("sdk2@example.com"),
                        QStringLiteral("1000.refresh.py"), QStringLiteral("1000.access.py") })
                 .toString(),
             QStringLiteral("2"));
    QCOMPARE(m_sample
                 .run({ QStringLiteral("save"), file, QStringLiteral("py@example.com"),
                        QStringLiteral("1000.refresh.new"), QStringLiteral("1000.access.new"), QString() })
                 .toString(),
             QStringLiteral("5"));

    Token partial;
    partial.userName = QStringLiteral("sdk2@example.com");
    auto found = store.value()->findToken(partial);
    QVERIFY(found.ok() && found.value());
    QCOMPARE(found.value()->refreshToken, QStringLiteral("1000.refresh.py"));
    QCOMPARE(found.value()->expiryTime, qint64(1795871799999));
    QCOMPARE(found.value()->redirectUrl, QStringLiteral("http://localhost/callback")); // not in its update
    // The sample wrote '' as the client id: to the lookup that is "unknown", as an empty field is.
    partial.userName = QStringLiteral("py@example.com");
    partial.clientId = QStringLiteral("1000.ANY");
    partial.apiDomain = QStringLiteral("https://www.zohoapis.com");
    found = store.value()->findToken(partial);
    QVERIFY(found.ok() && found.value());
    QCOMPARE(found.value()->id, QStringLiteral("5"));
    QCOMPARE(found.value()->clientId, QStringLiteral("1000.ANY"));
    QCOMPARE(found.value()->state, Token::RefreshOutcome::Active);
    QCOMPARE(found.value()->createdAt, qint64(0));
    QCOMPARE(store.value()->saveToken(makeToken(QStringLiteral("next@example.com"))).value().id,
             QStringLiteral("6"));
    QCOMPARE(store.value()->getTokens().value().size(), 6);
}

void SqliteStoreFilesTest::anEmptyFileBecomesAStore()
{
    const QString file = path(QStringLiteral("empty.db"));
    QFile empty(file);
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    auto store = open(file);
    QVERIFY2(store.ok(), qPrintable(describe(store)));
    QCOMPARE(store.value()->saveToken(makeToken(QStringLiteral("a@example.com"))).value().id,
             QStringLiteral("1"));
    QCOMPARE(store.value()->check().value().schemaVersion, QStringLiteral("2"));
}

void SqliteStoreFilesTest::ourFirstFormatIsUpgraded()
{
    const QString file = path(QStringLiteral("first.db"));
    QVERIFY(!m_sample.run({ QStringLiteral("first-format"), file, QStringLiteral("11") }).isUndefined());
    auto store = open(file);
    QVERIFY2(store.ok(), qPrintable(describe(store)));
    QCOMPARE(store.value()->getTokens().value().size(), 11);
    QCOMPARE(store.value()->saveToken(makeToken(QStringLiteral("a@example.com"))).value().id,
             QStringLiteral("12"));
    QCOMPARE(store.value()->check().value().schemaVersion, QStringLiteral("2"));
    store.value().reset();
    const QJsonObject schema = m_sample.run({ QStringLiteral("schema"), file }).toObject();
    QCOMPARE(schema.value(QLatin1String("tables")).toArray(),
             QJsonArray({ QStringLiteral("oauthtoken"), QStringLiteral("zcrm_schema") }));
    QCOMPARE(schema.value(QLatin1String("user_version")).toInt(), 0);
    QCOMPARE(schema.value(QLatin1String("indexes")).toArray(), kOurIndexes); // the first format's are gone
}

void SqliteStoreFilesTest::aNewerSchemaIsLeftAlone()
{
    const QString file = path(QStringLiteral("newer.db"));
    QVERIFY(open(file).ok());
    QVERIFY(!m_sample.run({ QStringLiteral("set-version"), file, QStringLiteral("99") }).isUndefined());
    verifyRefusedAndUntouched(file, StoreError::Code::Corrupt, QStringLiteral("newer"));
}

void SqliteStoreFilesTest::notADatabaseIsLeftAlone()
{
    const QString file = path(QStringLiteral("sdk_tokens.txt"));
    QFile text(file);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("id,user_name,client_id\r\n1,someone@example.com,1000.C\r\n");
    text.close();
    verifyRefusedAndUntouched(file, StoreError::Code::Corrupt, QStringLiteral("not an SQLite database"));
    QFile tiny(path(QStringLiteral("tiny.db"))); // shorter than SQLite's header
    QVERIFY(tiny.open(QIODevice::WriteOnly));
    tiny.write("SQLite");
    tiny.close();
    verifyRefusedAndUntouched(tiny.fileName(), StoreError::Code::Corrupt,
                              QStringLiteral("not an SQLite database"));
}

void SqliteStoreFilesTest::aDamagedDatabaseIsLeftAlone()
{
    const QString file = path(QStringLiteral("damaged.db"));
    {
        auto store = open(file);
        QVERIFY(store.ok());
        QVERIFY(store.value()->saveToken(makeToken(QStringLiteral("a@example.com"))).ok());
    }
    QFile damaged(file);
    QVERIFY(damaged.open(QIODevice::ReadWrite));
    QByteArray bytes = damaged.readAll();
    QVERIFY(bytes.size() > 4096);
    for (int i = 100; i < bytes.size(); ++i)
        bytes[i] = char(0xA5); // the header stays; every page is wrecked
    damaged.seek(0);
    damaged.write(bytes);
    damaged.close();
    verifyRefusedAndUntouched(file, StoreError::Code::Corrupt, QStringLiteral("damaged"));
}

void SqliteStoreFilesTest::anotherApplicationsDatabaseIsLeftAlone()
{
    const QString file = path(QStringLiteral("bookmarks.db"));
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        database.setDatabaseName(file);
        QVERIFY(database.open());
        QVERIFY(QSqlQuery(database).exec(QStringLiteral("CREATE TABLE bookmarks (url TEXT)")));
        database.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    verifyRefusedAndUntouched(file, StoreError::Code::Corrupt, QStringLiteral("bookmarks"));
}

void SqliteStoreFilesTest::aForeignOauthtokenTableIsLeftAlone()
{
    const QString file = path(QStringLiteral("foreign.db"));
    {
        QSqlDatabase database =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        database.setDatabaseName(file);
        QVERIFY(database.open());
        QVERIFY(QSqlQuery(database).exec(QStringLiteral("CREATE TABLE oauthtoken (token TEXT, owner TEXT)")));
        database.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    verifyRefusedAndUntouched(file, StoreError::Code::Corrupt, QStringLiteral("ten columns"));
}

void SqliteStoreFilesTest::aReadOnlyStoreIsReadButNotWritten()
{
    const QString file = path(QStringLiteral("readonly.db"));
    {
        auto store = open(file);
        QVERIFY(store.ok());
        QVERIFY(store.value()->saveToken(makeToken(QStringLiteral("a@example.com"))).ok());
    }
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner));
    const QByteArray before = checksums(file);
    {
        auto store = open(file);
        QVERIFY2(store.ok(), qPrintable(describe(store)));
        TokenStore &readOnly = *store.value();
        QCOMPARE(readOnly.getTokens().value().size(), 1);
        Token partial;
        partial.userName = QStringLiteral("a@example.com");
        QVERIFY(readOnly.findToken(partial).value().has_value());
        auto saved = readOnly.saveToken(makeToken(QStringLiteral("b@example.com")));
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code(), StoreError::Code::AccessDenied);
        QVERIFY2(saved.error().message().contains(QLatin1String("read-only")),
                 qPrintable(saved.error().toString()));
        for (const StoreResult<void> &refused :
             { readOnly.deleteToken(QStringLiteral("1")), readOnly.deleteTokens(),
               readOnly.releaseLease(QStringLiteral("1"), QStringLiteral("me")) }) {
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code(), StoreError::Code::AccessDenied);
            QVERIFY2(refused.error().message().contains(QLatin1String("read-only")),
                     qPrintable(refused.error().toString()));
        }
        auto lease = readOnly.tryAcquireLease(QStringLiteral("1"), QStringLiteral("me"), 1000);
        QVERIFY(!lease.ok());
        QCOMPARE(lease.error().code(), StoreError::Code::AccessDenied);
        auto checked = readOnly.check();
        QVERIFY(checked.ok());
        QVERIFY(checked.value().reachable);
        QVERIFY(!checked.value().writable);
        QCOMPARE(checked.value().rowCount, qint64(1));
    }
    // SQLite reads a WAL database through its -wal and -shm files, and makes them (empty) when they
    // are missing; the database itself is not written.
    QCOMPARE(checksum(file), before.left(before.indexOf('/')));
    QCOMPARE(QFileInfo(file + QStringLiteral("-wal")).size(), qint64(0));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
}

void SqliteStoreFilesTest::aReadOnlySdkFileIsLeftAlone()
{
    const QString file = path(QStringLiteral("readonly-sdk.db"));
    QVERIFY(!m_sample.run({ QStringLiteral("create"), file, QStringLiteral("2") }).isUndefined());
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner));
    verifyRefusedAndUntouched(file, StoreError::Code::AccessDenied, QStringLiteral("read-only"));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
}

void SqliteStoreFilesTest::aMissingFolderIsAnError()
{
    const QString folder = path(QStringLiteral("no/such/folder"));
    auto store = open(folder + QStringLiteral("/tokens.db"));
    QVERIFY(!store.ok());
    QCOMPARE(store.error().code(), StoreError::Code::Unavailable);
    QVERIFY2(store.error().message().contains(QStringLiteral("folder %1 does not exist").arg(folder)),
             qPrintable(store.error().toString()));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("no"))));
}

void SqliteStoreFilesTest::theDefaultStoreMakesItsFolder()
{
    const QString folder = path(QStringLiteral("home/.local/share/zcrm-explorer"));
    qputenv("ZCRM_STORE", QStringLiteral("sqlite:%1/tokens.db").arg(folder).toUtf8());
    auto store = StoreRegistry::instance().create(StoreRegistry::defaultSpec());
    qunsetenv("ZCRM_STORE");
    QVERIFY2(store.ok(), qPrintable(describe(store)));
    QVERIFY(QFileInfo(folder).isDir());
    QCOMPARE(QFileInfo(folder).permissions()
                 & (kGroupOrOther | QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner),
             QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QCOMPARE(QFileInfo(folder + QStringLiteral("/tokens.db")).permissions() & kGroupOrOther,
             QFile::Permissions());
}

void SqliteStoreFilesTest::aLockedDatabaseRefusesWrites()
{
    const QString file = path(QStringLiteral("locked.db"));
    {
        auto store = open(file);
        QVERIFY(store.ok());
        QVERIFY(store.value()->saveToken(makeToken(QStringLiteral("a@example.com"))).ok());
    }
    QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
    holder.setDatabaseName(file);
    QVERIFY(holder.open());
    QSqlQuery lock(holder);
    QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));

    qputenv("ZCRM_SQLITE_BUSY_TIMEOUT_MS", "300");
    auto store = open(file);
    QVERIFY2(store.ok(), qPrintable(describe(store))); // reading needs no lock under WAL
    QCOMPARE(store.value()->getTokens().value().size(), 1);
    const QByteArray before = checksums(file);
    QElapsedTimer waited;
    waited.start();
    auto saved = store.value()->saveToken(makeToken(QStringLiteral("b@example.com")));
    const qint64 elapsed = waited.elapsed();
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code(), StoreError::Code::Busy);
    QVERIFY(saved.error().toString().contains(store.value()->description()));
    QVERIFY(saved.error().toString().contains(QLatin1String("saveToken")));
    QVERIFY2(saved.error().message().contains(QLatin1String("locked by another process beyond 300 ms")),
             qPrintable(saved.error().toString()));
    QVERIFY2(elapsed >= 250 && elapsed < 5000,
             qPrintable(QString::number(elapsed))); // it waited, then gave up
    auto lease = store.value()->tryAcquireLease(QStringLiteral("1"), QStringLiteral("me"), 1000);
    QVERIFY(!lease.ok());
    QCOMPARE(lease.error().code(), StoreError::Code::Busy);
    QCOMPARE(store.value()->deleteToken(QStringLiteral("1")).error().code(), StoreError::Code::Busy);
    QVERIFY(!store.value()->check().value().writable);
    QCOMPARE(checksums(file), before);

    QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
    lock = QSqlQuery();
    holder.close();
    holder = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    QVERIFY(store.value()->saveToken(makeToken(QStringLiteral("b@example.com"))).ok());
    QCOMPARE(store.value()->getTokens().value().size(), 2);
}

void SqliteStoreFilesTest::aLockedDatabaseRefusesToOpen()
{
    // The sample's file is in rollback-journal mode: its writer's exclusive lock keeps readers out too.
    const QString file = path(QStringLiteral("locked-sdk.db"));
    QVERIFY(!m_sample.run({ QStringLiteral("create"), file, QStringLiteral("2") }).isUndefined());
    QVERIFY(m_sample.lock(file));
    qputenv("ZCRM_SQLITE_BUSY_TIMEOUT_MS", "300");
    const QByteArray before = checksum(file);
    auto store = open(file);
    QVERIFY(!store.ok());
    QVERIFY2(store.error().code() == StoreError::Code::Busy, qPrintable(store.error().toString()));
    QVERIFY(store.error().toString().contains(file));
    QVERIFY(store.error().message().contains(QLatin1String("locked")));
    QCOMPARE(checksum(file), before);
    QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
    m_sample.release();
    store = open(file);
    QVERIFY2(store.ok(), qPrintable(describe(store)));
    QCOMPARE(store.value()->getTokens().value().size(), 2);
}

void SqliteStoreFilesTest::filesArePrivate()
{
    const QString file = path(QStringLiteral("private.db"));
    const mode_t previous = ::umask(0); // even with a permissive umask
    auto store = open(file);
    ::umask(previous);
    QVERIFY(store.ok());
    QVERIFY(store.value()->saveToken(makeToken(QStringLiteral("a@example.com"))).ok());
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        const QFileInfo info(file + suffix);
        QVERIFY2(info.exists(), qPrintable(info.filePath())); // all three exist while the store is open
        QVERIFY2(!(info.permissions() & kGroupOrOther), qPrintable(info.filePath()));
    }
}

QTEST_GUILESS_MAIN(SqliteStoreFilesTest)
#include "tst_sqlitestorefiles.moc"
