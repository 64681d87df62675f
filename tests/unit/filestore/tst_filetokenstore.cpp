// FileTokenStore (`file:PATH`) on real files in a temporary folder: the semantics of the memory
// store, the SDK's bytes, corrupt and unwritable files left alone, permissions, the cache, the lock.
#include "filetokenstore.h"
#include "memorytokenstore.h"
#include "processlock.h"
#include "pythoncsv.h"
#include "sdktokenfile.h"
#include "storeregistry.h"
#include "testtokens.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

#include <functional>
#include <memory>
#include <type_traits>

void registerFileStore(StoreRegistry &registry);

namespace {

QByteArray dataFile(const QString &name)
{
    QFile file(qEnvironmentVariable("ZCRM_TEST_DATA") + QStringLiteral("/file/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

int modeOf(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
#else
    Q_UNUSED(path);
    return -1;
#endif
}

QString describe(const StoreError &error)
{
    return StoreError::codeName(error.code()) + QStringLiteral(" ") + error.toString();
}

// For a failure message, which QVERIFY2 evaluates even when the call succeeded.
template<typename T> QString failure(const StoreResult<T> &result)
{
    return result.ok() ? QString() : describe(result.error());
}

// Equal outcomes: both values equal, or both errors with the same code and operation.
template<typename T> bool sameOutcome(const StoreResult<T> &a, const StoreResult<T> &b, QString *why)
{
    if (a.ok() != b.ok()) {
        *why = QStringLiteral("one failed: %1").arg(a.ok() ? describe(b.error()) : describe(a.error()));
        return false;
    }
    if (!a.ok()) {
        if (a.error().code() != b.error().code() || a.error().operation() != b.error().operation()) {
            *why = describe(a.error()) + QStringLiteral(" <> ") + describe(b.error());
            return false;
        }
        return true;
    }
    if constexpr (!std::is_void_v<T>) {
        if (!(a.value() == b.value())) {
            *why = QStringLiteral("different values");
            return false;
        }
    }
    return true;
}

// A token of a small cast of users, shaped as each kind of caller shapes them.
Token randomToken(QRandomGenerator &random, int step)
{
    const int user = int(random.bounded(14));
    const QString name = QStringLiteral("user%1@example.com").arg(user);
    Token token;
    switch (random.bounded(9)) {
    case 0: // a sign-in, with our fields
        token =
            TestTokens::signedIn(name, QStringLiteral("1000.refresh.%1.%2").arg(user).arg(random.bounded(2)));
        token.clientId = QStringLiteral("1000.CLIENT%1").arg(user % 2);
        token.apiDomain = user % 3 == 0 ? QStringLiteral("https://www.zohoapis.eu") : token.apiDomain;
        token.accountsServer = QStringLiteral("https://accounts.zoho.eu");
        token.scopes = { QStringLiteral("ZohoCRM.modules.ALL"), QStringLiteral("ZohoCRM.users.READ") };
        token.dataCenter = QStringLiteral("eu");
        token.environment = QStringLiteral("sandbox");
        break;
    case 1: // a refresh found by user name
        token.userName = name;
        token.accessToken = QStringLiteral("1000.access.step%1").arg(step);
        token.expiryTime = 1795871772151 + step;
        break;
    case 2: // found by refresh token and client
        token.refreshToken = QStringLiteral("1000.refresh.%1.%2").arg(user).arg(random.bounded(2));
        token.clientId = QStringLiteral("1000.CLIENT%1").arg(user % 2);
        token.clientSecret = QStringLiteral("other");
        token.accessToken = QStringLiteral("1000.access.r%1").arg(step);
        break;
    case 3: // a bare access token
        token.accessToken = QStringLiteral("1000.bare.%1").arg(random.bounded(6));
        break;
    case 4: // by id, existing or not, with a status
        token.id = QString::number(random.bounded(1, 20));
        token.accessToken = QStringLiteral("1000.access.id%1").arg(step);
        token.state =
            random.bounded(2) ? Token::RefreshOutcome::RefreshFailing : Token::RefreshOutcome::Active;
        token.lastError =
            token.state == Token::RefreshOutcome::Active ? QString() : QStringLiteral("timeout, again");
        break;
    case 5: // an id that is not a number
        token.id = QStringLiteral("x%1").arg(user);
        token.refreshToken = QStringLiteral("1000.refresh.bad");
        break;
    case 6: // nothing to store
        token.userName = QStringLiteral("ghost%1@example.com").arg(user);
        break;
    case 7: // a grant token
        token.grantToken = QStringLiteral("1000.grant.%1").arg(user);
        token.clientId = QStringLiteral("1000.CLIENT%1").arg(user % 2);
        token.clientSecret = QStringLiteral("s");
        token.userName = random.bounded(2) ? name : QString();
        break;
    default: // a new user id past 10, to see ids grow numerically
        token = TestTokens::signedIn(QStringLiteral("late%1@example.com").arg(step));
        break;
    }
    return token;
}

} // namespace

class FileTokenStoreTest : public QObject
{
    Q_OBJECT

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // A copy of tests/data/file/NAME in the temporary folder.
    QString copyOfData(const QString &name);
    std::unique_ptr<FileTokenStore> open(const QString &file);

    QTemporaryDir m_dir;
    qint64 m_now = 0;

private Q_SLOTS:
    void init();
    void registryMakesFileStores();
    void findAndSaveFollowTheSdkRules();
    void behavesLikeTheMemoryStore();
    void idsStayNumericPastTen();
    void writesTheGoldenPythonFile();
    void awkwardValuesRoundTripInEveryField();
    void keepsTheJavaVariant();
    void keepsTheLegacyNineColumns();
    void emptyFileGetsThePythonHeader();
    void corruptFilesAreReportedAndLeftAlone_data();
    void corruptFilesAreReportedAndLeftAlone();
    void damagedSidecarIsReported();
    void readOnlyFileIsLeftAlone();
    void missingFolderIsUnavailable();
    void newFilesAreOwnerOnly();
    void existingPermissionsAreKept();
    void symbolicLinkStaysALink();
    void seesChangesOfAnotherInstance();
    void seesAnInPlaceRewrite();
    void sdkRewritesKeepOrDropOurFields();
    void batchIsAllOrNothing();
    void leftoverLockFileIsNoObstacle();
    void heldLockMakesWritersBusy();
    void leasesLiveInTheFile();
    void checkDescribesTheFile();
};

void FileTokenStoreTest::init()
{
    QVERIFY(m_dir.isValid());
    m_now = 1'700'000'000'000;
}

QString FileTokenStoreTest::copyOfData(const QString &name)
{
    const QString copy =
        path(QStringLiteral("%1-%2").arg(QRandomGenerator::global()->generate(), 0, 16).arg(name));
    writeFile(copy, dataFile(name));
    return copy;
}

std::unique_ptr<FileTokenStore> FileTokenStoreTest::open(const QString &file)
{
    auto store = std::make_unique<FileTokenStore>(file);
    store->setClock([this] { return m_now; });
    return store;
}

void FileTokenStoreTest::registryMakesFileStores()
{
    StoreRegistry registry;
    registerFileStore(registry);
    QVERIFY(registry.hasScheme(QStringLiteral("file")));
    const QString file = path(QStringLiteral("registry.csv"));
    auto store = registry.create(QStringLiteral("file:") + file);
    QVERIFY(store.ok());
    QCOMPARE(store.value()->description(), QStringLiteral("file:") + file);
    auto url = registry.create(QStringLiteral("file://") + file);
    QVERIFY(url.ok());
    QCOMPARE(url.value()->description(), QStringLiteral("file:") + file);

    // Relative to the working directory, as the SDK's default sdk_tokens.txt.
    auto relative = registry.create(QStringLiteral("file:sdk_tokens.txt"));
    QVERIFY(relative.ok());
    QCOMPARE(relative.value()->description(),
             QStringLiteral("file:") + QDir::current().absoluteFilePath(QStringLiteral("sdk_tokens.txt")));

    auto empty = registry.create(QStringLiteral("file:"));
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().code(), StoreError::Code::InvalidInput);
    auto folder = registry.create(QStringLiteral("file:") + m_dir.path());
    QVERIFY(!folder.ok());
    QCOMPARE(folder.error().code(), StoreError::Code::InvalidInput);
    QVERIFY(folder.error().message().contains(QLatin1String("is a folder")));
}

void FileTokenStoreTest::findAndSaveFollowTheSdkRules()
{
    const QString file = path(QStringLiteral("rules.csv"));
    auto writer = open(file);
    Token ann = TestTokens::signedIn(QStringLiteral("ann@example.com"));
    ann.grantToken = QStringLiteral("1000.grant.ann");
    QCOMPARE(writer->saveToken(ann).value().id, QStringLiteral("1"));
    QCOMPARE(writer->saveToken(TestTokens::signedIn(QStringLiteral("bob@example.com"))).value().id,
             QStringLiteral("2"));
    const auto idOf = [](const StoreResult<std::optional<Token>> &found) {
        return found.ok() && found.value() ? found.value()->id : QStringLiteral("none");
    };

    // The same answers from the writer's cache and from a reader that has only the file.
    auto reader = open(file);
    for (FileTokenStore *store : { writer.get(), reader.get() }) {
        // 1. user name; only the partial's empty fields are filled.
        Token byUser;
        byUser.userName = QStringLiteral("ann@example.com");
        byUser.clientSecret = QStringLiteral("mine");
        auto found = store->findToken(byUser);
        QCOMPARE(idOf(found), QStringLiteral("1"));
        QCOMPARE(found.value()->clientSecret, QStringLiteral("mine"));
        QCOMPARE(found.value()->refreshToken, ann.refreshToken);
        // 2. an access token without client id and secret; with a client id it is no key.
        Token byAccess;
        byAccess.accessToken = QStringLiteral("1000.access.bob@example.com");
        QCOMPARE(idOf(store->findToken(byAccess)), QStringLiteral("2"));
        byAccess.clientId = QStringLiteral("1000.CLIENT");
        QCOMPARE(idOf(store->findToken(byAccess)), QStringLiteral("none"));
        // 3. grant token before refresh token, both with client id and secret.
        Token byGrant;
        byGrant.grantToken = ann.grantToken;
        byGrant.refreshToken = QStringLiteral("1000.refresh.bob@example.com");
        byGrant.clientId = QStringLiteral("1000.CLIENT");
        byGrant.clientSecret = QStringLiteral("s");
        QCOMPARE(idOf(store->findToken(byGrant)), QStringLiteral("1"));
        byGrant.grantToken.clear();
        QCOMPARE(idOf(store->findToken(byGrant)), QStringLiteral("2"));
        byGrant.clientSecret.clear(); // the SDK's precedence bug matched this; we do not
        QCOMPARE(idOf(store->findToken(byGrant)), QStringLiteral("none"));
        // 4. an id alone, or an unknown user, matches nothing, never an arbitrary row.
        Token onlyId;
        onlyId.id = QStringLiteral("1");
        QCOMPARE(idOf(store->findToken(onlyId)), QStringLiteral("none"));
        Token nobody;
        nobody.userName = QStringLiteral("nobody' OR '1'='1");
        QCOMPARE(idOf(store->findToken(nobody)), QStringLiteral("none"));
        QCOMPARE(idOf(store->findTokenById(QStringLiteral("2"))), QStringLiteral("2"));
        QCOMPARE(idOf(store->findTokenById(QStringLiteral("99"))), QStringLiteral("none"));
    }

    // Upsert: a refresh found by user name merges into row 1 and keeps its creation time.
    m_now += 5000;
    Token refresh;
    refresh.userName = QStringLiteral("ann@example.com");
    refresh.accessToken = QStringLiteral("1000.access.refreshed");
    refresh.expiryTime = 1795871999999;
    auto saved = reader->saveToken(refresh);
    QVERIFY(saved.ok());
    QCOMPARE(saved.value().id, QStringLiteral("1"));
    QCOMPARE(saved.value().refreshToken, ann.refreshToken);
    QCOMPARE(saved.value().grantToken, ann.grantToken);
    QCOMPARE(saved.value().createdAt, qint64(1'700'000'000'000));
    QCOMPARE(saved.value().updatedAt, m_now);
    QCOMPARE(writer->findTokenById(QStringLiteral("1")).value().value(), saved.value());
    // By id; a new id of our choice; the next new id follows it.
    Token byId;
    byId.id = QStringLiteral("2");
    byId.accessToken = QStringLiteral("1000.access.by-id");
    QCOMPARE(writer->saveToken(byId).value().userName, QStringLiteral("bob@example.com"));
    Token chosen = TestTokens::signedIn(QStringLiteral("carl@example.com"));
    chosen.id = QStringLiteral("40");
    QCOMPARE(writer->saveToken(chosen).value().id, QStringLiteral("40"));
    QCOMPARE(reader->saveToken(TestTokens::signedIn(QStringLiteral("dora@example.com"))).value().id,
             QStringLiteral("41"));
    // Refusals.
    Token ghost;
    ghost.userName = QStringLiteral("ghost@example.com");
    QCOMPARE(writer->saveToken(ghost).error().code(), StoreError::Code::NotFound);
    Token badId = TestTokens::signedIn(QStringLiteral("eve@example.com"));
    badId.id = QStringLiteral("abc");
    QCOMPARE(writer->saveToken(badId).error().code(), StoreError::Code::InvalidInput);
    QCOMPARE(writer->deleteToken(QStringLiteral("7")).error().code(), StoreError::Code::NotFound);
    QCOMPARE(open(file)->getTokens().value().size(), 4);
}

void FileTokenStoreTest::behavesLikeTheMemoryStore()
{
    // The same 700 calls on both stores, with the same clock: the same results, and the file store
    // reopened from disk now and then must still hold what the memory store holds.
    const QString file = path(QStringLiteral("equivalence.csv"));
    auto fileStore = open(file);
    MemoryTokenStore memory;
    memory.setClock([this] { return m_now; });
    QRandomGenerator random(20240601);
    const QStringList owners { QStringLiteral("tray"), QStringLiteral("cli"), QStringLiteral("app") };
    int saves = 0;
    int inserted = 0;
    for (int step = 0; step < 700; ++step) {
        m_now += random.bounded(700);
        QString why;
        const int kind = int(random.bounded(100));
        bool same = true;
        if (kind < 40) {
            const Token token = randomToken(random, step);
            const auto expected = memory.saveToken(token);
            same = sameOutcome(fileStore->saveToken(token), expected, &why);
            saves += expected.ok();
        } else if (kind < 58) {
            const Token partial = randomToken(random, step);
            same = sameOutcome(fileStore->findToken(partial), memory.findToken(partial), &why);
        } else if (kind < 66) {
            const QString id = QString::number(random.bounded(25));
            same = sameOutcome(fileStore->findTokenById(id), memory.findTokenById(id), &why);
        } else if (kind < 72) {
            const QString id = QString::number(random.bounded(20));
            same = sameOutcome(fileStore->deleteToken(id), memory.deleteToken(id), &why);
        } else if (kind < 85) {
            const QString id = QString::number(random.bounded(1, 16));
            const QString owner = owners.at(int(random.bounded(3)));
            same = sameOutcome(fileStore->tryAcquireLease(id, owner, 2000),
                               memory.tryAcquireLease(id, owner, 2000), &why);
        } else if (kind < 93) {
            const QString id = QString::number(random.bounded(1, 16));
            const QString owner = owners.at(int(random.bounded(3)));
            same = sameOutcome(fileStore->releaseLease(id, owner), memory.releaseLease(id, owner), &why);
        } else if (kind < 94) {
            same = sameOutcome(fileStore->deleteTokens(), memory.deleteTokens(), &why);
        } else {
            // Tokens that save: the file store writes a batch whole or not at all, where the memory
            // store keeps what it saved before a failure (both allowed by TokenStore::saveTokens).
            TokenList batch { TestTokens::signedIn(
                                  QStringLiteral("user%1@example.com").arg(random.bounded(14))),
                              TestTokens::signedIn(QStringLiteral("batch%1@example.com").arg(step)) };
            same = sameOutcome(fileStore->saveTokens(batch), memory.saveTokens(batch), &why);
        }
        QVERIFY2(same, qPrintable(QStringLiteral("step %1: %2").arg(step).arg(why)));
        const auto all = fileStore->getTokens();
        QVERIFY2(all.ok(), qPrintable(failure(all)));
        QVERIFY2(all.value() == memory.getTokens().value(), qPrintable(QStringLiteral("step %1").arg(step)));
        inserted = std::max(inserted, int(all.value().size()));
        if (step % 97 == 96)
            fileStore = open(file); // everything, our fields and leases included, from the files
    }
    QVERIFY2(saves > 150, qPrintable(QString::number(saves)));
    QVERIFY(inserted > 10);
    auto reopened = open(file)->getTokens();
    QVERIFY(reopened.ok());
    QCOMPARE(reopened.value(), memory.getTokens().value());
}

void FileTokenStoreTest::idsStayNumericPastTen()
{
    const QString file = path(QStringLiteral("ids.csv"));
    auto store = open(file);
    for (int i = 1; i <= 12; ++i) {
        auto saved = store->saveToken(TestTokens::signedIn(QStringLiteral("user%1@example.com").arg(i)));
        QVERIFY(saved.ok());
        QCOMPARE(saved.value().id, QString::number(i));
    }
    // A second process (another instance) continues after 12, not after a lexicographic "9".
    auto other = open(file);
    auto saved = other->saveToken(TestTokens::signedIn(QStringLiteral("thirteen@example.com")));
    QVERIFY(saved.ok());
    QCOMPARE(saved.value().id, QStringLiteral("13"));
    const SdkTokenFile::Contents contents = SdkTokenFile::parse(contentsOf(file));
    QVERIFY(contents.ok());
    QCOMPARE(contents.tokens.size(), 13);
    QCOMPARE(contents.tokens.last().id, QStringLiteral("13"));
}

void FileTokenStoreTest::writesTheGoldenPythonFile()
{
    const QString file = path(QStringLiteral("golden.csv"));
    Token token;
    token.userName = QStringLiteral("o\"brien,comma@example.com");
    token.clientId = QStringLiteral("1000.CLIENTID");
    token.clientSecret = QStringLiteral("secret");
    token.refreshToken = QStringLiteral("1000.refresh.abc");
    token.accessToken = QStringLiteral("1000.access.def");
    token.expiryTime = 1795871772151;
    token.redirectUrl = QStringLiteral("http://localhost/cb");
    token.apiDomain = QStringLiteral("https://www.zohoapis.com");
    auto saved = open(file)->saveToken(token);
    QVERIFY(saved.ok());
    QCOMPARE(saved.value().id, QStringLiteral("1"));
    QCOMPARE(contentsOf(file), dataFile(QStringLiteral("python_sdk_one_row.csv")));
}

void FileTokenStoreTest::awkwardValuesRoundTripInEveryField()
{
    const QString file = path(QStringLiteral("awkward.csv"));
    const QStringList values { QStringLiteral("o'brien"),
                               QStringLiteral("say \"hi\""),
                               QStringLiteral("a,b,c"),
                               QStringLiteral("x';-- DROP TABLE oauthtoken;--"),
                               QStringLiteral("line1\nline2\r\nline3\r"),
                               QStringLiteral("Zoë Ørsted 東京 🚀"),
                               QString(8192, QLatin1Char('k')),
                               QStringLiteral(" leading and trailing spaces ") };
    auto store = open(file);
    TokenList written;
    int n = 0;
    for (const QString &value : values) {
        ++n;
        Token token;
        const QString unique = value + QString::number(n);
        token.userName = unique;
        token.clientId = value;
        token.clientSecret = value;
        token.refreshToken = unique;
        token.accessToken = unique;
        token.grantToken = unique;
        token.expiryTime = 1795871772151 + n;
        token.redirectUrl = value;
        token.apiDomain = value;
        token.accountsServer = value;
        token.dataCenter = value;
        token.environment = value;
        token.lastError = value;
        token.scopes = value.split(QLatin1Char(','));
        auto saved = store->saveToken(token);
        QVERIFY2(saved.ok(), qPrintable(failure(saved)));
        written.append(saved.value());
    }
    // Another instance, as another process would, reads them back byte for byte.
    auto reread = open(file)->getTokens();
    QVERIFY2(reread.ok(), qPrintable(failure(reread)));
    QCOMPARE(reread.value(), written);

    // Python's csv module (the SDK's reader) reads the same ten fields, and its writer writes the
    // same bytes: the Python SDK sees our file as its own.
    QList<QStringList> rows { SdkTokenFile::pythonHeader() };
    for (const Token &token : written) {
        QStringList fields;
        for (const QString &name : Token::sdkFieldNames())
            fields.append(token.field(name));
        rows.append(fields);
    }
    QString error;
    const auto pythonRead = PythonCsv::read(file, &error);
    if (!pythonRead)
        QSKIP(qPrintable(QStringLiteral("python3's csv module is not available: ") + error));
    QCOMPARE(*pythonRead, rows);
    const auto pythonWritten = PythonCsv::write(rows, &error);
    QVERIFY2(pythonWritten, qPrintable(error));
    QCOMPARE(contentsOf(file), *pythonWritten);
}

void FileTokenStoreTest::keepsTheJavaVariant()
{
    const QString file = copyOfData(QStringLiteral("java_sdk_tokens.csv"));
    auto store = open(file);
    auto all = store->getTokens();
    QVERIFY(all.ok());
    QCOMPARE(all.value().size(), 2);
    QCOMPARE(all.value().at(1).clientSecret, QStringLiteral("se\"cret"));

    Token refresh;
    refresh.userName = QStringLiteral("ann@example.com");
    refresh.accessToken = QStringLiteral("1000.access.ann.2");
    QVERIFY(store->saveToken(refresh).ok());
    QVERIFY(store->saveToken(TestTokens::signedIn(QStringLiteral("carl@example.com"))).ok());
    const QByteArray bytes = contentsOf(file);
    QVERIFY(bytes.startsWith("id,user_name,client_id,client_secret,refresh_token,access_token,grant_token,"
                             "expiry_time,redirect_url,api_domain\n"));
    QVERIFY(!bytes.contains('\r')); // still LF, as opencsv writes
    QVERIFY(
        bytes.contains("\n2,\"bob, jr@example.com\",1000.JAVACLIENT,\"se\"\"cret\",1000.refresh.bob,,,,"));
    QVERIFY(bytes.contains("1000.access.ann.2"));
    QVERIFY(bytes.contains("\n3,carl@example.com,"));
}

void FileTokenStoreTest::keepsTheLegacyNineColumns()
{
    const QString file = copyOfData(QStringLiteral("legacy_9_columns.csv"));
    auto store = open(file);
    Token byId;
    byId.id = QStringLiteral("python_ann_PRODUCTION_c0de");
    byId.accessToken = QStringLiteral("1000.access.new");
    byId.apiDomain = QStringLiteral("https://www.zohoapis.eu");
    auto saved = store->saveToken(byId);
    QVERIFY2(saved.ok(), qPrintable(failure(saved)));
    QCOMPARE(saved.value().userName, QStringLiteral("ann@example.com"));
    auto inserted = store->saveToken(TestTokens::signedIn(QStringLiteral("new@example.com")));
    QVERIFY(inserted.ok());
    QCOMPARE(inserted.value().id, QStringLiteral("1")); // the text ids are not numbers

    const SdkTokenFile::Contents contents = SdkTokenFile::parse(contentsOf(file));
    QVERIFY(contents.ok());
    QVERIFY(contents.format.isLegacy()); // nine columns still: an SDK 2.x program may share the file
    QCOMPARE(contents.format.header.at(1), QStringLiteral("user_mail"));
    QVERIFY(contentsOf(file).contains("\r\n"));
    // api_domain, which the file has no column for, is kept in the sidecar.
    auto reread = open(file)->findTokenById(QStringLiteral("python_ann_PRODUCTION_c0de"));
    QVERIFY(reread.ok() && reread.value().has_value());
    QCOMPARE(reread.value()->apiDomain, QStringLiteral("https://www.zohoapis.eu"));
    QCOMPARE(reread.value()->accessToken, QStringLiteral("1000.access.new"));
    QCOMPARE(open(file)->findTokenById(QStringLiteral("1")).value()->apiDomain,
             QStringLiteral("https://www.zohoapis.com"));
}

void FileTokenStoreTest::emptyFileGetsThePythonHeader()
{
    // The SDK's constructor leaves an empty or header-only file; both are empty stores.
    const QString file = path(QStringLiteral("empty.csv"));
    writeFile(file, QByteArray());
    auto store = open(file);
    QCOMPARE(store->getTokens().value().size(), 0);
    QVERIFY(store->saveToken(TestTokens::signedIn(QStringLiteral("ann@example.com"))).ok());
    QVERIFY(contentsOf(file).startsWith(SdkTokenFile::serializeHeader(SdkTokenFile::Format())));

    // A UTF-8 byte order mark (a Windows editor's) is kept.
    const QString withBom = path(QStringLiteral("bom.csv"));
    writeFile(withBom, "\xEF\xBB\xBF" + SdkTokenFile::serializeHeader(SdkTokenFile::Format()));
    QVERIFY(open(withBom)->saveToken(TestTokens::signedIn(QStringLiteral("ann@example.com"))).ok());
    QVERIFY(contentsOf(withBom).startsWith("\xEF\xBB\xBFid,user_name,"));
}

void FileTokenStoreTest::corruptFilesAreReportedAndLeftAlone_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("where");
    QTest::newRow("torn row") << QStringLiteral("corrupt_torn_row.csv") << QStringLiteral("line 3:");
    QTest::newRow("non-numeric id") << QStringLiteral("corrupt_non_numeric_id.csv")
                                    << QStringLiteral("line 3:");
    QTest::newRow("unterminated quote")
        << QStringLiteral("corrupt_unterminated_quote.csv") << QStringLiteral("line 3:");
    QTest::newRow("duplicate id") << QStringLiteral("corrupt_duplicate_id.csv") << QStringLiteral("line 3:");
    QTest::newRow("bad expiry") << QStringLiteral("corrupt_bad_expiry.csv") << QStringLiteral("line 2:");
    QTest::newRow("binary") << QStringLiteral("not_csv.bin") << QStringLiteral("line 1:");
    QTest::newRow("other table") << QStringLiteral("not_sdk_header.csv") << QStringLiteral("line 1:");
}

void FileTokenStoreTest::corruptFilesAreReportedAndLeftAlone()
{
    QFETCH(QString, name);
    QFETCH(QString, where);
    const QString file = copyOfData(name);
    const QByteArray before = TestTokens::fileChecksum(file);
    auto store = open(file);
    const Token token = TestTokens::signedIn(QStringLiteral("ann@example.com"));
    const QList<std::pair<QString, std::function<StoreError()>>> calls {
        { QStringLiteral("getTokens"), [&] { return store->getTokens().error(); } },
        { QStringLiteral("findToken"), [&] { return store->findToken(token).error(); } },
        { QStringLiteral("findTokenById"),
          [&] { return store->findTokenById(QStringLiteral("1")).error(); } },
        { QStringLiteral("saveToken"), [&] { return store->saveToken(token).error(); } },
        { QStringLiteral("saveTokens"), [&] { return store->saveTokens({ token }).error(); } },
        { QStringLiteral("deleteToken"), [&] { return store->deleteToken(QStringLiteral("1")).error(); } },
        { QStringLiteral("deleteTokens"), [&] { return store->deleteTokens().error(); } },
        { QStringLiteral("tryAcquireLease"),
          [&] { return store->tryAcquireLease(QStringLiteral("1"), QStringLiteral("me"), 1000).error(); } },
        { QStringLiteral("releaseLease"),
          [&] { return store->releaseLease(QStringLiteral("1"), QStringLiteral("me")).error(); } },
        { QStringLiteral("check"), [&] { return store->check().error(); } },
    };
    for (const auto &[operation, call] : calls) {
        const StoreError error = call();
        QCOMPARE(error.code(), StoreError::Code::Corrupt);
        QCOMPARE(error.operation(), operation);
        QVERIFY2(
            error.toString().startsWith(QStringLiteral("file:") + file + QStringLiteral(": ") + operation),
            qPrintable(error.toString()));
        QVERIFY2(error.message().contains(where), qPrintable(error.message()));
        QVERIFY2(error.message().contains(QLatin1String("left as it is")), qPrintable(error.message()));
        QCOMPARE(TestTokens::fileChecksum(file), before);
    }
    QVERIFY(!QFileInfo::exists(store->extrasPath()));
    QVERIFY(!QFileInfo::exists(store->leasesPath()));
}

void FileTokenStoreTest::damagedSidecarIsReported()
{
    // The sidecar is not flushed: after a power cut it may be empty, or zeros on some file systems.
    const QString file = path(QStringLiteral("sidecar.csv"));
    Token token = TestTokens::signedIn(QStringLiteral("ann@example.com"));
    token.scopes = { QStringLiteral("ZohoCRM.modules.ALL") };
    auto store = open(file);
    QVERIFY(store->saveToken(token).ok());
    const QString sidecar = store->extrasPath();

    writeFile(sidecar, QByteArray()); // empty: our fields are gone, the tokens are not
    auto reread = open(file)->findTokenById(QStringLiteral("1"));
    QVERIFY(reread.ok() && reread.value().has_value());
    QCOMPARE(reread.value()->refreshToken, token.refreshToken);
    QVERIFY(reread.value()->scopes.isEmpty());

    writeFile(sidecar, QByteArray(600, '\0')); // zeros: reported, named, and left for the user to see
    const QByteArray before = TestTokens::fileChecksum(file);
    auto damaged = open(file);
    const auto failed = damaged->saveToken(TestTokens::signedIn(QStringLiteral("bob@example.com")));
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().code(), StoreError::Code::Corrupt);
    QVERIFY2(failed.error().message().startsWith(sidecar + QStringLiteral(" line 1: ")),
             qPrintable(failed.error().message()));
    QVERIFY2(failed.error().message().contains(QLatin1String("delete it")),
             qPrintable(failed.error().message()));
    QCOMPARE(TestTokens::fileChecksum(file), before);
    QCOMPARE(contentsOf(sidecar), QByteArray(600, '\0'));
    QVERIFY(QFile::remove(sidecar));
    QVERIFY(damaged->saveToken(TestTokens::signedIn(QStringLiteral("bob@example.com"))).ok());
    QCOMPARE(damaged->getTokens().value().size(), 2);
}

void FileTokenStoreTest::readOnlyFileIsLeftAlone()
{
    const QString file = copyOfData(QStringLiteral("python_sdk_one_row.csv"));
    QVERIFY(QFile::setPermissions(file,
                                  QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const QByteArray before = TestTokens::fileChecksum(file);
    auto store = open(file);
    QCOMPARE(store->getTokens().value().size(), 1); // reading is fine

    Token refresh;
    refresh.id = QStringLiteral("1");
    refresh.accessToken = QStringLiteral("1000.access.new");
    auto saved = store->saveToken(refresh);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code(), StoreError::Code::AccessDenied);
    QVERIFY2(saved.error().message().contains(QLatin1String("read-only")),
             qPrintable(saved.error().message()));
    QCOMPARE(store->deleteToken(QStringLiteral("1")).error().code(), StoreError::Code::AccessDenied);
    QCOMPARE(store->deleteTokens().error().code(), StoreError::Code::AccessDenied);
    QCOMPARE(store->saveTokens({ TestTokens::signedIn(QStringLiteral("x@example.com")) }).error().code(),
             StoreError::Code::AccessDenied);
    QCOMPARE(TestTokens::fileChecksum(file), before);
    QCOMPARE(store->findTokenById(QStringLiteral("1")).value()->accessToken,
             QStringLiteral("1000.access.def"));
    QVERIFY(!QFileInfo::exists(store->extrasPath()));
}

void FileTokenStoreTest::missingFolderIsUnavailable()
{
    const QString folder = path(QStringLiteral("no-such-folder/sub"));
    auto store = open(folder + QStringLiteral("/sdk_tokens.txt"));
    const Token token = TestTokens::signedIn(QStringLiteral("ann@example.com"));
    const QList<StoreError> errors {
        store->getTokens().error(),
        store->findToken(token).error(),
        store->findTokenById(QStringLiteral("1")).error(),
        store->saveToken(token).error(),
        store->deleteToken(QStringLiteral("1")).error(),
        store->deleteTokens().error(),
        store->tryAcquireLease(QStringLiteral("1"), QStringLiteral("me"), 1000).error(),
        store->check().error(),
    };
    for (const StoreError &error : errors) {
        QCOMPARE(error.code(), StoreError::Code::Unavailable);
        QVERIFY2(error.message().contains(folder + QStringLiteral(" does not exist")),
                 qPrintable(error.message()));
    }
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("no-such-folder"))));
}

void FileTokenStoreTest::newFilesAreOwnerOnly()
{
#ifndef Q_OS_UNIX
    QSKIP("permission bits are a Unix notion");
#endif
    const QString file = path(QStringLiteral("private.csv"));
    auto store = open(file);
    Token token = TestTokens::signedIn(QStringLiteral("ann@example.com"));
    token.scopes = { QStringLiteral("ZohoCRM.modules.ALL") };
    QVERIFY(store->saveToken(token).ok());
    QVERIFY(store->tryAcquireLease(QStringLiteral("1"), QStringLiteral("me"), 60000).value());
    QCOMPARE(modeOf(file), 0600);
    QCOMPARE(modeOf(store->extrasPath()), 0600);
    QCOMPARE(modeOf(store->leasesPath()), 0600);
    // Still 0600 after rewrites.
    QVERIFY(store->saveToken(TestTokens::signedIn(QStringLiteral("bob@example.com"))).ok());
    Token refresh;
    refresh.id = QStringLiteral("1");
    refresh.accessToken = QStringLiteral("1000.access.new");
    QVERIFY(store->saveToken(refresh).ok());
    QCOMPARE(modeOf(file), 0600);
    QCOMPARE(modeOf(store->extrasPath()), 0600);
    const QStringList leftovers =
        QDir(m_dir.path()).entryList({ QStringLiteral("private.csv.*") }, QDir::Files);
    // No temporary file is left; the lock file stays, empty, for the next lock.
    QCOMPARE(leftovers,
             QStringList({ QStringLiteral("private.csv.lock"), QStringLiteral("private.csv.zcrm-leases.json"),
                           QStringLiteral("private.csv.zcrm.csv") }));
    QCOMPARE(QFileInfo(store->lockPath()).size(), 0);
}

void FileTokenStoreTest::existingPermissionsAreKept()
{
#ifndef Q_OS_UNIX
    QSKIP("permission bits are a Unix notion");
#endif
    // A file the SDK created with the user's umask, shared with a group on purpose: left as it is.
    const QString file = copyOfData(QStringLiteral("python_sdk_one_row.csv"));
    QVERIFY(QFile::setPermissions(file,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
    auto store = open(file);
    QVERIFY(store->saveToken(TestTokens::signedIn(QStringLiteral("bob@example.com"))).ok());
    QCOMPARE(modeOf(file), 0640);
    Token refresh;
    refresh.id = QStringLiteral("1");
    refresh.accessToken = QStringLiteral("1000.access.new");
    QVERIFY(store->saveToken(refresh).ok());
    QCOMPARE(modeOf(file), 0640);
    QCOMPARE(modeOf(store->extrasPath()), 0600); // ours, new
}

void FileTokenStoreTest::symbolicLinkStaysALink()
{
#ifndef Q_OS_UNIX
    QSKIP("symbolic links need privileges on Windows");
#endif
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("synced")));
    const QString target = path(QStringLiteral("synced/sdk_tokens.txt"));
    const QString link = path(QStringLiteral("linked.csv"));
    QVERIFY(QFile::link(target, link));
    auto store = open(link);
    QVERIFY(store->saveToken(TestTokens::signedIn(QStringLiteral("ann@example.com"))).ok()); // a new file
    Token refresh;
    refresh.id = QStringLiteral("1");
    refresh.accessToken = QStringLiteral("1000.access.new");
    QVERIFY(store->saveToken(refresh).ok()); // a rewrite
    QVERIFY(QFileInfo(link).isSymLink());
    QVERIFY(contentsOf(target).contains("1000.access.new"));
    QCOMPARE(modeOf(target), 0600);
    QCOMPARE(open(target)->getTokens().value().size(), 1);
}

void FileTokenStoreTest::seesChangesOfAnotherInstance()
{
    // Another instance stands for another process: every write of one is seen by the next call of
    // the other, even 300 writes of the same size within a few ms of each other.
    const QString file = path(QStringLiteral("shared.csv"));
    auto first = open(file);
    auto second = open(file);
    QVERIFY(!second->findTokenById(QStringLiteral("1")).value().has_value()); // cached: no file yet
    QVERIFY(first->saveToken(TestTokens::signedIn(QStringLiteral("ann@example.com"))).ok());
    QVERIFY(second->findTokenById(QStringLiteral("1")).value().has_value());
    Token partial;
    partial.userName = QStringLiteral("ann@example.com");
    for (int i = 0; i < 300; ++i) {
        FileTokenStore *writer = i % 3 == 2 ? second.get() : first.get();
        FileTokenStore *reader = writer == first.get() ? second.get() : first.get();
        Token refresh = partial;
        refresh.accessToken = QStringLiteral("1000.access.%1").arg(i, 5, 10, QLatin1Char('0'));
        QVERIFY(writer->saveToken(refresh).ok());
        auto found = reader->findToken(partial);
        QVERIFY(found.ok() && found.value().has_value());
        QCOMPARE(found.value()->accessToken, refresh.accessToken);
    }
    QVERIFY(second->deleteToken(QStringLiteral("1")).ok());
    QVERIFY(first->getTokens().value().isEmpty());
}

void FileTokenStoreTest::seesAnInPlaceRewrite()
{
    // The SDKs rewrite the file in place (open 'w'): same inode, here even the same size.
    const QString file = path(QStringLiteral("inplace.csv"));
    auto store = open(file);
    QVERIFY(store->saveToken(TestTokens::signedIn(QStringLiteral("ann@example.com"))).ok());
    for (int i = 0; i < 50; ++i) {
        const QByteArray old = contentsOf(file);
        QByteArray changed = old;
        const QByteArray from = i == 0 ? QByteArray("1000.access.ann@example.com")
                                       : "1000.access." + QByteArray::number(100 + i - 1);
        QVERIFY(changed.contains(from));
        changed.replace(from, "1000.access." + QByteArray::number(100 + i));
        QFile inPlace(file);
        QVERIFY(inPlace.open(QIODevice::WriteOnly | QIODevice::Truncate));
        inPlace.write(changed);
        inPlace.close();
        QCOMPARE(store->findTokenById(QStringLiteral("1")).value()->accessToken,
                 QStringLiteral("1000.access.%1").arg(100 + i));
    }
}

void FileTokenStoreTest::sdkRewritesKeepOrDropOurFields()
{
    const QString file = path(QStringLiteral("sdk-rewrite.csv"));
    Token token = TestTokens::signedIn(QStringLiteral("ann@example.com"));
    token.scopes = { QStringLiteral("ZohoCRM.modules.ALL") };
    token.accountsServer = QStringLiteral("https://accounts.zoho.eu");
    QVERIFY(open(file)->saveToken(token).ok());

    // The SDK refreshes the token: our fields still belong to it.
    QByteArray bytes = contentsOf(file);
    bytes.replace("1000.access.ann@example.com", "1000.access.by-the-sdk");
    writeFile(file, bytes);
    auto row = open(file)->findTokenById(QStringLiteral("1"));
    QCOMPARE(row.value()->accessToken, QStringLiteral("1000.access.by-the-sdk"));
    QCOMPARE(row.value()->scopes, token.scopes);
    QCOMPARE(row.value()->accountsServer, token.accountsServer);

    // The SDK puts another token in row 1 (delete, then insert with the same id): not ours.
    bytes.replace("1000.refresh.ann@example.com", "1000.refresh.somebody-else");
    writeFile(file, bytes);
    row = open(file)->findTokenById(QStringLiteral("1"));
    QCOMPARE(row.value()->refreshToken, QStringLiteral("1000.refresh.somebody-else"));
    QVERIFY(row.value()->scopes.isEmpty());
    QVERIFY(row.value()->accountsServer.isEmpty());
}

void FileTokenStoreTest::batchIsAllOrNothing()
{
    const QString file = path(QStringLiteral("batch.csv"));
    auto store = open(file);
    QVERIFY(store
                ->saveTokens({ TestTokens::signedIn(QStringLiteral("a@example.com")),
                               TestTokens::signedIn(QStringLiteral("b@example.com")) })
                .ok());
    const QByteArray before = TestTokens::fileChecksum(file);
    Token bad = TestTokens::signedIn(QStringLiteral("c@example.com"));
    bad.id = QStringLiteral("not-a-number");
    auto saved = store->saveTokens({ TestTokens::signedIn(QStringLiteral("d@example.com")), bad });
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code(), StoreError::Code::InvalidInput);
    QCOMPARE(TestTokens::fileChecksum(file), before);
    QCOMPARE(store->getTokens().value().size(), 2); // the first of the batch is not in the cache either
}

void FileTokenStoreTest::leftoverLockFileIsNoObstacle()
{
    // A lock file left by a process that died (here one as QLockFile writes them, naming a pid that
    // runs no more): the lock is the kernel's, and a dead process holds none.
    QProcess finished;
    finished.start(QStringLiteral("true"));
    QVERIFY(finished.waitForStarted());
    const qint64 deadPid = finished.processId();
    QVERIFY(finished.waitForFinished());
    const QString file = path(QStringLiteral("stale.csv"));
    auto store = open(file);
    writeFile(store->lockPath(),
              QByteArray::number(deadPid) + "\ntrue\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    store->setLockTimeout(5000);
    QElapsedTimer timer;
    timer.start();
    auto saved = store->saveToken(TestTokens::signedIn(QStringLiteral("ann@example.com")));
    QVERIFY2(saved.ok(), qPrintable(failure(saved)));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

void FileTokenStoreTest::heldLockMakesWritersBusy()
{
    const QString file = path(QStringLiteral("busy.csv"));
    QVERIFY(open(file)->saveToken(TestTokens::signedIn(QStringLiteral("ann@example.com"))).ok());
    const QByteArray before = TestTokens::fileChecksum(file);
    ProcessLock holder(file + QStringLiteral(".lock")); // as another process would hold it
    QCOMPARE(holder.lock(0), ProcessLock::Outcome::Locked);
    auto store = open(file);
    store->setLockTimeout(300);
    auto saved = store->saveToken(TestTokens::signedIn(QStringLiteral("bob@example.com")));
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code(), StoreError::Code::Busy);
    QVERIFY(saved.error().message().contains(QLatin1String(".lock")));
    QCOMPARE(TestTokens::fileChecksum(file), before);
    // Readers do not wait for ever: the file is always whole, so they read without the lock.
    QCOMPARE(store->getTokens().value().size(), 1);
    holder.unlock();
    QVERIFY(store->saveToken(TestTokens::signedIn(QStringLiteral("bob@example.com"))).ok());
}

void FileTokenStoreTest::leasesLiveInTheFile()
{
    const QString file = path(QStringLiteral("leases.csv"));
    auto first = open(file);
    QVERIFY(first->saveToken(TestTokens::signedIn(QStringLiteral("ann@example.com"))).ok());
    QVERIFY(first->tryAcquireLease(QStringLiteral("1"), QStringLiteral("tray"), 30000).value());
    auto second = open(file);
    QVERIFY(!second->tryAcquireLease(QStringLiteral("1"), QStringLiteral("cli"), 30000).value());
    const QJsonObject leases = QJsonDocument::fromJson(contentsOf(first->leasesPath())).object();
    QCOMPARE(leases.value(QStringLiteral("leases"))
                 .toObject()
                 .value(QStringLiteral("1"))
                 .toObject()
                 .value(QStringLiteral("owner")),
             QStringLiteral("tray"));

    // A deleted token's lease goes with it, so that a new token with the same id is free.
    QVERIFY(second->deleteToken(QStringLiteral("1")).ok());
    QVERIFY(!contentsOf(first->leasesPath()).contains("tray"));
    Token again = TestTokens::signedIn(QStringLiteral("bob@example.com"));
    again.id = QStringLiteral("1");
    QVERIFY(first->saveToken(again).ok());
    QVERIFY(second->tryAcquireLease(QStringLiteral("1"), QStringLiteral("cli"), 30000).value());

    writeFile(first->leasesPath(), "not json");
    auto corrupt = first->tryAcquireLease(QStringLiteral("1"), QStringLiteral("tray"), 30000);
    QCOMPARE(corrupt.error().code(), StoreError::Code::Corrupt);
    QCOMPARE(contentsOf(first->leasesPath()), QByteArray("not json"));
}

void FileTokenStoreTest::checkDescribesTheFile()
{
    const QString file = path(QStringLiteral("check.csv"));
    auto store = open(file);
    auto check = store->check();
    QVERIFY(check.ok());
    QVERIFY(check.value().reachable);
    QVERIFY(check.value().writable);
    QCOMPARE(check.value().rowCount, 0);
    QVERIFY(check.value().details.contains(QLatin1String("not created yet")));
    QVERIFY(store->saveToken(TestTokens::signedIn(QStringLiteral("ann@example.com"))).ok());
    check = store->check();
    QCOMPARE(check.value().rowCount, 1);
    QCOMPARE(check.value().schemaVersion, QStringLiteral("sdk"));
    QVERIFY2(
        check.value().details.startsWith(QLatin1String("Python SDK CSV (redirect_uri, CRLF, 10 columns)")),
        qPrintable(check.value().details));
    const QString java = copyOfData(QStringLiteral("java_sdk_tokens.csv"));
    QVERIFY(open(java)->check().value().details.startsWith(QLatin1String("Java SDK CSV (redirect_url, LF")));
}

QTEST_GUILESS_MAIN(FileTokenStoreTest)
#include "tst_filetokenstore.moc"
