// What only the SQLite store has to prove: the SDK sample's file, the file's safety, and several
// processes on one file. The TokenStore rules themselves are in tst_storeconformance.
#include "storeregistry.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

QByteArray checksum(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// The SDK sample's DDL and its way of writing rows (values pasted into the SQL, as it does), run by
// Python's sqlite3 module: an independent writer and reader of the same file.
const char kSampleWriter[] = R"PY(
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("create table oauthtoken(id varchar(10) NOT NULL, user_name varchar(255), client_id varchar(255), "
           "client_secret varchar(255), refresh_token varchar(255), access_token varchar(255), "
           "grant_token varchar(255), expiry_time varchar(20), redirect_url varchar(255), "
           "api_domain varchar(255), primary key (id))")
for i in range(1, 4):
    db.execute("insert into oauthtoken (id,user_name,client_id,client_secret,refresh_token,access_token,"
               "grant_token,expiry_time,redirect_url,api_domain) values ('%d','sdk%d@example.com','1000.C',"
               "'secret','1000.refresh.%d','1000.access.%d',null,'1795871772151','http://localhost/cb',"
               "'https://www.zohoapis.com')" % (i, i, i, i))
db.commit()
)PY";

const char kSampleReader[] = R"PY(
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
row = db.execute("select * from oauthtoken where user_name='" + sys.argv[2] + "' limit 1").fetchone()
print("|".join("" if v is None else str(v) for v in row[0:10]))
)PY";

QString python(const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess process;
    process.start(QStringLiteral("python3"), arguments);
    process.waitForFinished(30000);
    if (exitCode)
        *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

} // namespace

class SqliteStoreTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TokenStore> open(const QString &path);
    QProcess *startWorker(const QStringList &arguments);

    QTemporaryDir m_dir;

private Q_SLOTS:
    void init();
    void opensTheSdkSampleDatabaseAndTheSampleReadsOurRows();
    void newFileIsPrivate();
    void notADatabaseIsLeftAlone();
    void damagedDatabaseIsLeftAlone();
    void anotherApplicationsDatabaseIsLeftAlone();
    void readOnlyFileCanBeReadButNotWritten();
    void missingFolderIsAnError();
    void lockedDatabaseGivesAClearError();
    void cachedRowsFollowOtherWriters();
    void twoProcessesSavingAtOnceLoseNothing();
    void fourProcessesTakeEachLeaseOnce();
    void leaseOfAKilledHolderRunsOut();
};

void SqliteStoreTest::init()
{
    QVERIFY(m_dir.isValid());
    qunsetenv("ZCRM_SQLITE_BUSY_TIMEOUT_MS");
}

std::unique_ptr<TokenStore> SqliteStoreTest::open(const QString &path)
{
    auto store = StoreRegistry::instance().create(QStringLiteral("sqlite:") + path);
    if (!store) {
        qWarning("%s", qPrintable(store.error().toString()));
        return nullptr;
    }
    return std::move(store).value();
}

QProcess *SqliteStoreTest::startWorker(const QStringList &arguments)
{
    auto *process = new QProcess(this);
    process->start(qEnvironmentVariable("ZCRM_STORE_WORKER"), arguments);
    return process;
}

void SqliteStoreTest::opensTheSdkSampleDatabaseAndTheSampleReadsOurRows()
{
    const QString path = m_dir.filePath(QStringLiteral("zohooauth.db"));
    int exitCode = -1;
    python({ QStringLiteral("-c"), QString::fromLatin1(kSampleWriter), path }, &exitCode);
    QCOMPARE(exitCode, 0);

    auto store = open(path);
    QVERIFY(store);
    auto rows = store->getTokens();
    QVERIFY(rows.ok());
    QCOMPARE(rows.value().size(), 3);
    QCOMPARE(rows.value().at(1).userName, QStringLiteral("sdk2@example.com"));
    QCOMPARE(rows.value().at(1).expiryTime, qint64(1795871772151));
    QCOMPARE(rows.value().at(1).grantToken, QString());

    Token mine;
    mine.userName = QStringLiteral("o'brien@example.com");
    mine.clientId = QStringLiteral("1000.C");
    mine.clientSecret = QStringLiteral("s");
    mine.refreshToken = QStringLiteral("1000.refresh.mine");
    mine.accessToken = QStringLiteral("1000.access.mine");
    mine.expiryTime = 1795871799999;
    mine.apiDomain = QStringLiteral("https://www.zohoapis.eu");
    mine.scopes = { QStringLiteral("ZohoCRM.modules.ALL") };
    auto saved = store->saveToken(mine);
    QVERIFY(saved.ok());
    QCOMPARE(saved.value().id, QStringLiteral("4")); // numeric after the sample's 1..3
    Token update;
    update.userName = QStringLiteral("sdk1@example.com");
    update.accessToken = QStringLiteral("1000.access.renewed");
    QCOMPARE(store->saveToken(update).value().id, QStringLiteral("1"));
    store.reset();

    // The sample's query, by column position: the first ten columns are still the SDK's.
    QCOMPARE(
        python({ QStringLiteral("-c"), QString::fromLatin1(kSampleReader), path,
                 QStringLiteral("sdk1@example.com") }),
        QStringLiteral("1|sdk1@example.com|1000.C|secret|1000.refresh.1|1000.access.renewed||1795871772151|"
                       "http://localhost/cb|https://www.zohoapis.com"));
    QCOMPARE(
        python({ QStringLiteral("-c"), QString::fromLatin1(kSampleReader), path,
                 QStringLiteral("o''brien@example.com") }),
        QStringLiteral("4|o'brien@example.com|1000.C|s|1000.refresh.mine|1000.access.mine||1795871799999||"
                       "https://www.zohoapis.eu"));
    // Opened again, nothing is migrated twice and nothing is lost.
    store = open(path);
    QVERIFY(store);
    QCOMPARE(store->getTokens().value().size(), 4);
    QCOMPARE(store->findTokenById(QStringLiteral("4")).value()->scopes, mine.scopes);
}

void SqliteStoreTest::newFileIsPrivate()
{
    const QString path = m_dir.filePath(QStringLiteral("private.db"));
    auto store = open(path);
    QVERIFY(store);
    Token token;
    token.userName = QStringLiteral("a@example.com");
    token.refreshToken = QStringLiteral("1000.r");
    QVERIFY(store->saveToken(token).ok());
    const QFile::Permissions groupOrOther = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
        | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        const QFileInfo info(path + suffix);
        if (suffix.isEmpty())
            QVERIFY(info.exists());
        if (info.exists())
            QVERIFY2(!(info.permissions() & groupOrOther), qPrintable(path + suffix));
    }
}

void SqliteStoreTest::notADatabaseIsLeftAlone()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("id,user_name\n1,someone@example.com\n");
    file.close();
    const QByteArray before = checksum(path);
    auto store = StoreRegistry::instance().create(QStringLiteral("sqlite:") + path);
    QVERIFY(!store.ok());
    QCOMPARE(store.error().code(), StoreError::Code::Corrupt);
    QVERIFY(store.error().toString().contains(path));
    QCOMPARE(checksum(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void SqliteStoreTest::damagedDatabaseIsLeftAlone()
{
    const QString path = m_dir.filePath(QStringLiteral("damaged.db"));
    {
        auto store = open(path);
        QVERIFY(store);
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    QVERIFY(bytes.size() > 200);
    for (int i = 100; i < bytes.size(); ++i)
        bytes[i] = char(0xA5); // keep the header, wreck every page
    file.seek(0);
    file.write(bytes);
    file.close();
    const QByteArray before = checksum(path);
    auto store = StoreRegistry::instance().create(QStringLiteral("sqlite:") + path);
    QVERIFY(!store.ok());
    QVERIFY2(store.error().code() == StoreError::Code::Corrupt, qPrintable(store.error().toString()));
    QCOMPARE(checksum(path), before);
}

void SqliteStoreTest::anotherApplicationsDatabaseIsLeftAlone()
{
    const QString path = m_dir.filePath(QStringLiteral("other.db"));
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        database.setDatabaseName(path);
        QVERIFY(database.open());
        QSqlQuery(database).exec(QStringLiteral("CREATE TABLE bookmarks (url TEXT)"));
        database.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = checksum(path);
    auto store = StoreRegistry::instance().create(QStringLiteral("sqlite:") + path);
    QVERIFY(!store.ok());
    QCOMPARE(store.error().code(), StoreError::Code::Corrupt);
    QVERIFY(store.error().message().contains(QLatin1String("bookmarks")));
    QCOMPARE(checksum(path), before);
}

void SqliteStoreTest::readOnlyFileCanBeReadButNotWritten()
{
    const QString path = m_dir.filePath(QStringLiteral("readonly.db"));
    {
        auto store = open(path);
        QVERIFY(store);
        Token token;
        token.userName = QStringLiteral("a@example.com");
        token.refreshToken = QStringLiteral("1000.r");
        QVERIFY(store->saveToken(token).ok());
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
    const QByteArray before = checksum(path);
    auto store = open(path);
    QVERIFY(store);
    auto rows = store->getTokens();
    QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().toString()));
    QCOMPARE(rows.value().size(), 1);
    Token token;
    token.userName = QStringLiteral("b@example.com");
    token.refreshToken = QStringLiteral("1000.r2");
    auto saved = store->saveToken(token);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code(), StoreError::Code::AccessDenied);
    QVERIFY(saved.error().toString().contains(QLatin1String("read-only")));
    store.reset();
    QCOMPARE(checksum(path), before);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

void SqliteStoreTest::missingFolderIsAnError()
{
    const QString folder = m_dir.filePath(QStringLiteral("no/such/folder"));
    auto store =
        StoreRegistry::instance().create(QStringLiteral("sqlite:") + folder + QStringLiteral("/tokens.db"));
    QVERIFY(!store.ok());
    QCOMPARE(store.error().code(), StoreError::Code::Unavailable);
    QVERIFY(store.error().message().contains(QLatin1String("does not exist")));
    QVERIFY(!QDir(m_dir.filePath(QStringLiteral("no"))).exists());
}

void SqliteStoreTest::lockedDatabaseGivesAClearError()
{
    const QString path = m_dir.filePath(QStringLiteral("locked.db"));
    {
        auto store = open(path);
        QVERIFY(store);
    }
    QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
    holder.setDatabaseName(path);
    QVERIFY(holder.open());
    QSqlQuery lock(holder);
    QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));

    qputenv("ZCRM_SQLITE_BUSY_TIMEOUT_MS", "200");
    auto store = open(path);
    QVERIFY(store);
    Token token;
    token.userName = QStringLiteral("a@example.com");
    token.refreshToken = QStringLiteral("1000.r");
    auto saved = store->saveToken(token);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code(), StoreError::Code::Busy);
    QVERIFY(saved.error().toString().contains(QLatin1String("saveToken")));
    QVERIFY(saved.error().toString().contains(QLatin1String("locked")));

    QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
    lock = QSqlQuery();
    holder.close();
    holder = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    QVERIFY(store->saveToken(token).ok()); // and nothing was half-written meanwhile
    QCOMPARE(store->getTokens().value().size(), 1);
}

void SqliteStoreTest::cachedRowsFollowOtherWriters()
{
    const QString path = m_dir.filePath(QStringLiteral("cache.db"));
    auto reader = open(path);
    QVERIFY(reader);
    Token token;
    token.userName = QStringLiteral("ann@example.com");
    token.refreshToken = QStringLiteral("1000.refresh.ann");
    token.accessToken = QStringLiteral("1000.access.1");
    QVERIFY(reader->saveToken(token).ok());
    QCOMPARE(reader->getTokens().value().size(), 1); // the reader now answers from its cache

    // Another connection changes the row, and another process adds rows.
    auto writer = open(path);
    QVERIFY(writer);
    Token update;
    update.id = QStringLiteral("1");
    update.accessToken = QStringLiteral("1000.access.2");
    QVERIFY(writer->saveToken(update).ok());
    QCOMPARE(reader->findTokenById(QStringLiteral("1")).value()->accessToken,
             QStringLiteral("1000.access.2"));
    Token partial;
    partial.userName = token.userName;
    QCOMPARE(reader->findToken(partial).value()->accessToken, QStringLiteral("1000.access.2"));

    QProcess *worker = startWorker({ QStringLiteral("save"), QStringLiteral("sqlite:") + path,
                                     QStringLiteral("w"), QStringLiteral("3") });
    QVERIFY(worker->waitForFinished(30000));
    QCOMPARE(worker->exitCode(), 0);
    QCOMPARE(reader->getTokens().value().size(), 4);
    partial.userName = QStringLiteral("w-2@example.com");
    QVERIFY(reader->findToken(partial).value().has_value());

    // The reader's own writes and deletes keep its cache right, and the other connection sees them.
    QVERIFY(reader->deleteToken(QStringLiteral("2")).ok());
    QVERIFY(!reader->findTokenById(QStringLiteral("2")).value().has_value());
    QVERIFY(!writer->findTokenById(QStringLiteral("2")).value().has_value());
    QCOMPARE(writer->getTokens().value().size(), 3);
}

void SqliteStoreTest::twoProcessesSavingAtOnceLoseNothing()
{
    const QString spec = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("shared.db"));
    QProcess *first =
        startWorker({ QStringLiteral("save"), spec, QStringLiteral("a"), QStringLiteral("1000") });
    QProcess *second =
        startWorker({ QStringLiteral("save"), spec, QStringLiteral("b"), QStringLiteral("1000") });
    for (QProcess *process : { first, second }) {
        QVERIFY(process->waitForFinished(120000));
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
    }
    auto store = open(m_dir.filePath(QStringLiteral("shared.db")));
    QVERIFY(store);
    auto rows = store->getTokens();
    QVERIFY(rows.ok());
    QCOMPARE(rows.value().size(), 2000);
    QSet<QString> ids;
    QSet<QString> users;
    for (const Token &row : rows.value()) {
        ids.insert(row.id);
        users.insert(row.userName);
    }
    QCOMPARE(ids.size(), 2000);
    QCOMPARE(users.size(), 2000);
    for (int id = 1; id <= 2000; ++id)
        QVERIFY(ids.contains(QString::number(id)));
}

void SqliteStoreTest::fourProcessesTakeEachLeaseOnce()
{
    const QString path = m_dir.filePath(QStringLiteral("leases.db"));
    {
        auto store = open(path);
        QVERIFY(store);
        TokenList tokens;
        for (int i = 0; i < 50; ++i) {
            Token token;
            token.userName = QStringLiteral("lease%1@example.com").arg(i);
            token.refreshToken = QStringLiteral("1000.refresh.%1").arg(i);
            tokens.append(token);
        }
        QVERIFY(store->saveTokens(tokens).ok());
    }
    QList<QProcess *> workers;
    for (int i = 0; i < 4; ++i) {
        workers.append(startWorker({ QStringLiteral("lease"), QStringLiteral("sqlite:") + path,
                                     QStringLiteral("worker-%1").arg(i), QStringLiteral("500"),
                                     QStringLiteral("50"), QStringLiteral("600000") }));
    }
    QHash<QString, int> takes;
    for (QProcess *worker : workers) {
        QVERIFY(worker->waitForFinished(120000));
        QVERIFY2(worker->exitCode() == 0, worker->readAllStandardError().constData());
        for (const QByteArray &line : worker->readAllStandardOutput().split('\n')) {
            if (line.startsWith("took "))
                ++takes[QString::fromLatin1(line.mid(5))];
        }
    }
    QCOMPARE(takes.size(), 50); // 2,000 attempts on 50 tokens: every one was taken …
    for (auto it = takes.cbegin(); it != takes.cend(); ++it)
        QVERIFY2(it.value() == 1,
                 qPrintable(QStringLiteral("token %1 taken %2 times").arg(it.key()).arg(it.value())));
    auto store = open(path); // … and no row was lost or changed
    auto rows = store->getTokens();
    QCOMPARE(rows.value().size(), 50);
    for (const Token &row : rows.value())
        QVERIFY(row.refreshToken.startsWith(QLatin1String("1000.refresh.")));
}

void SqliteStoreTest::leaseOfAKilledHolderRunsOut()
{
    const QString path = m_dir.filePath(QStringLiteral("killed.db"));
    auto store = open(path);
    QVERIFY(store);
    Token token;
    token.userName = QStringLiteral("a@example.com");
    token.refreshToken = QStringLiteral("1000.r");
    QVERIFY(store->saveToken(token).ok());

    QProcess *holder = startWorker({ QStringLiteral("hold"), QStringLiteral("sqlite:") + path,
                                     QStringLiteral("1"), QStringLiteral("doomed"), QStringLiteral("1500") });
    QVERIFY(holder->waitForReadyRead(30000));
    QCOMPARE(holder->readLine().trimmed(), QByteArray("held"));
    const qint64 heldAt = QDateTime::currentMSecsSinceEpoch();
    ::kill(pid_t(holder->processId()), SIGKILL);
    QVERIFY(holder->waitForFinished(10000));

    auto taken = store->tryAcquireLease(QStringLiteral("1"), QStringLiteral("survivor"), 30000);
    QVERIFY(taken.ok());
    if (QDateTime::currentMSecsSinceEpoch() - heldAt < 1400)
        QVERIFY(!taken.value()); // still the dead holder's
    QTRY_VERIFY_WITH_TIMEOUT(
        store->tryAcquireLease(QStringLiteral("1"), QStringLiteral("survivor"), 30000).value(), 10000);
    QVERIFY(QDateTime::currentMSecsSinceEpoch() - heldAt >= 1500);
}

QTEST_GUILESS_MAIN(SqliteStoreTest)
#include "tst_sqlitestore.moc"
