// The keychain store against a real Secret Service (gnome-keyring in the test command's private D-Bus
// session): the TokenStore rules, byte-exact values over chunked entries, where the secrets end up,
// several instances and processes on one service, damaged state, leases, and no usable keychain.
#include "keychainindex.h"
#include "keychaintokencodec.h"
#include "keychaintokenstore.h"
#include "memorytokenstore.h"
#include "storeregistry.h"
#include "testenvironment.h"
#include "zcrmversion.h"

#include <QDateTime>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

QString randomHex()
{
    return QString::number(QRandomGenerator::global()->generate64(), 16);
}

QString describe(const Token &token)
{
    return QString::fromUtf8(QJsonDocument(token.toJson(true, 0)).toJson(QJsonDocument::Compact));
}

QString describe(const StoreError &error)
{
    return error.toString();
}

Token makeToken(const QString &user, const QString &tag)
{
    Token token;
    token.userName = user;
    token.clientId = QStringLiteral("1000.CLIENT");
    token.clientSecret = QStringLiteral("secret-") + tag;
    token.refreshToken = QStringLiteral("1000.refresh.") + tag;
    token.accessToken = QStringLiteral("1000.access.") + tag;
    token.expiryTime = 1795871772151;
    token.redirectUrl = QStringLiteral("http://localhost:8400/callback");
    token.apiDomain = QStringLiteral("https://www.zohoapis.com");
    return token;
}

struct KeyringEntry
{
    QString key; // attribute user
    QString server;
    QString schema;
};

// `secret-tool search --all server SERVICE`: what the Secret Service itself holds for the service.
struct KeyringListing
{
    QString output; // everything printed, secrets included
    QList<KeyringEntry> entries;
    QString error;

    QStringList keys() const
    {
        QStringList result;
        for (const KeyringEntry &entry : entries)
            result.append(entry.key);
        return result;
    }
};

KeyringListing searchKeyring(const QString &service)
{
    KeyringListing listing;
    QProcess tool;
    tool.setProcessChannelMode(QProcess::MergedChannels);
    tool.start(QStringLiteral("secret-tool"),
               { QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), service });
    if (!tool.waitForFinished(30000)) {
        listing.error = QStringLiteral("secret-tool did not run: ") + tool.errorString();
        return listing;
    }
    listing.output = QString::fromUtf8(tool.readAll());
    // Each item starts with "[/org/freedesktop/secrets/…]"; a secret may span lines, attributes do not.
    KeyringEntry current;
    bool inItem = false;
    const auto finish = [&] {
        if (inItem)
            listing.entries.append(current);
        current = KeyringEntry();
    };
    for (const QString &line : listing.output.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("[/"))) {
            finish();
            inItem = true;
        } else if (line.startsWith(QLatin1String("attribute.user = "))) {
            current.key = line.mid(17);
        } else if (line.startsWith(QLatin1String("attribute.server = "))) {
            current.server = line.mid(19);
        } else if (line.startsWith(QLatin1String("schema = "))) {
            current.schema = line.mid(9);
        }
    }
    finish();
    return listing;
}

// Every regular file under `root` that contains one of `needles` (as UTF-8).
QStringList filesContaining(const QString &root, const QStringList &needles, int *filesRead)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue; // sockets, files of other tests that just went away
        const QByteArray content = file.readAll();
        ++*filesRead;
        for (const QString &needle : needles) {
            if (content.contains(needle.toUtf8())) {
                hits.append(path + QStringLiteral(" contains ") + needle);
                break;
            }
        }
    }
    return hits;
}

struct HelperRun
{
    int exitCode = -1;
    QString output;
    qint64 elapsedMs = 0;
};

HelperRun runHelper(const QStringList &arguments, const QProcessEnvironment &environment,
                    const QString &program = QString())
{
    HelperRun run;
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program.isEmpty() ? qEnvironmentVariable("ZCRM_KEYCHAIN_HELPER") : program, arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        run.output = QStringLiteral("did not finish within 60 s: ") + QString::fromUtf8(process.readAll());
        return run;
    }
    run.elapsedMs = timer.elapsed();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.output = QString::fromUtf8(process.readAll());
    return run;
}

// An environment with no D-Bus session and no display, its own HOME and data folder.
QProcessEnvironment isolatedEnvironment(const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "XDG_RUNTIME_DIR",
                              "GNOME_KEYRING_CONTROL", "SSH_AUTH_SOCK" })
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    return environment;
}

// Shell lines that unlock a new keyring in a private session (password "pw"). The daemon takes the
// Secret Service name on the bus a moment after it returns; a client that came first would D-Bus-activate
// a second daemon, which sees the keyring locked. So they wait for the name.
const char *const kStartUnlockedKeyring = R"sh(
    printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 10
    for i in $(seq 1 100); do
        dbus-send --session --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.NameHasOwner \
            string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true" && break
        sleep 0.05
    done
)sh";

QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class KeychainStoreTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<KeychainTokenStore> openStore(const QString &service);
    // Applies one operation to the reference store and the keychain store; false (with `why`) when
    // their answers differ.
    template<typename T>
    bool same(const StoreResult<T> &expected, const StoreResult<T> &actual, const QString &step,
              QString *why);

    qint64 m_now = 1'700'000'000'000;

private Q_SLOTS:
    void init();

    void behavesLikeTheMemoryStore();
    void awkwardValuesRoundTripOverChunks();
    void secretsAreOnlyInTheKeyring();
    void instancesSeeEachOthersChanges();
    void twoProcessesLoseNoUpdate();
    void lostIndexFileIsRebuiltFromTheKeychain();
    void corruptIndexIsReportedAndLeftAlone();
    void missingEntryIsReportedAndCanBeDeleted();
    void leasesAcrossInstancesAndProcesses();
    void checkReportsTheStore();
    void specsAndRegistration();
    void noSessionBusFailsAtOnceAndWritesNothing();
    void noSecretServiceFailsAtOnceAndWritesNothing();
    void noGlibEventLoopFailsAtOnce();
    void lockedKeyringIsUnavailableNotCorrupt();
    void hungKeychainTimesOutAndRecovers();
};

void KeychainStoreTest::init()
{
    m_now = 1'700'000'000'000;
    const QByteArray function = QTest::currentTestFunction();
    if (function.startsWith("no") || function.startsWith("locked") || function.startsWith("hung")
        || function.startsWith("specs"))
        return; // these make their own environment
    ZCRM_REQUIRE_SERVICE("ZCRM_TEST_KEYRING", "an unlocked Secret Service");
}

std::unique_ptr<KeychainTokenStore> KeychainStoreTest::openStore(const QString &service)
{
    auto store = std::make_unique<KeychainTokenStore>(service);
    store->setClock([this] { return m_now; });
    return store;
}

template<typename T>
bool KeychainStoreTest::same(const StoreResult<T> &expected, const StoreResult<T> &actual,
                             const QString &step, QString *why)
{
    if (expected.ok() != actual.ok()) {
        *why = step
            + QStringLiteral(": memory says %1, keychain says %2")
                  .arg(expected.ok() ? QStringLiteral("ok") : describe(expected.error()),
                       actual.ok() ? QStringLiteral("ok") : describe(actual.error()));
        return false;
    }
    if (!expected.ok()) {
        if (expected.error().code() == actual.error().code())
            return true;
        *why = step
            + QStringLiteral(": error %1 instead of %2")
                  .arg(StoreError::codeName(actual.error().code()),
                       StoreError::codeName(expected.error().code()));
        return false;
    }
    if constexpr (std::is_same_v<T, Token>) {
        if (expected.value() != actual.value()) {
            *why = step
                + QStringLiteral(": %1 instead of %2")
                      .arg(describe(actual.value()), describe(expected.value()));
            return false;
        }
    } else if constexpr (std::is_same_v<T, std::optional<Token>>) {
        if (expected.value() != actual.value()) {
            *why = step
                + QStringLiteral(": %1 instead of %2")
                      .arg(actual.value() ? describe(*actual.value()) : QStringLiteral("nothing"),
                           expected.value() ? describe(*expected.value()) : QStringLiteral("nothing"));
            return false;
        }
    } else if constexpr (std::is_same_v<T, TokenList>) {
        if (expected.value() != actual.value()) {
            QStringList got;
            QStringList want;
            for (const Token &token : actual.value())
                got.append(describe(token));
            for (const Token &token : expected.value())
                want.append(describe(token));
            *why = step
                + QStringLiteral(":\n got  %1\n want %2")
                      .arg(got.join(QStringLiteral("\n      ")), want.join(QStringLiteral("\n      ")));
            return false;
        }
    } else if constexpr (std::is_same_v<T, bool>) {
        if (expected.value() != actual.value()) {
            *why = step
                + QStringLiteral(": %1 instead of %2")
                      .arg(QLatin1String(actual.value() ? "true" : "false"),
                           QLatin1String(expected.value() ? "true" : "false"));
            return false;
        }
    }
    return true;
}

// MemoryTokenStore is the reference implementation of the rules: the same script on both stores must
// give the same answer at every step, and a second instance must read back the same rows.
void KeychainStoreTest::behavesLikeTheMemoryStore()
{
    const QString service = QStringLiteral("zcrm-test-rules-") + randomHex();
    MemoryTokenStore memory;
    memory.setClock([this] { return m_now; });
    auto keychain = openStore(service);
    QString why;
#define SAME(call, step)                                                                                     \
    QVERIFY2(same(memory.call, keychain->call, QStringLiteral(step), &why), qPrintable(why))

    Token ann = makeToken(QStringLiteral("ann@example.com"), QStringLiteral("ann"));
    ann.grantToken = QStringLiteral("1000.grant.ann");
    SAME(saveToken(ann), "insert ann");
    m_now += 1000;
    SAME(saveToken(makeToken(QStringLiteral("bob@example.com"), QStringLiteral("bob"))), "insert bob");
    m_now += 1000;

    Token refreshed;
    refreshed.userName = ann.userName;
    refreshed.accessToken = QStringLiteral("1000.access.ann-2");
    refreshed.expiryTime = 1795871999999;
    SAME(saveToken(refreshed), "update by user name, merging");
    m_now += 1000;

    Token byRefresh;
    byRefresh.refreshToken = QStringLiteral("1000.refresh.bob");
    byRefresh.clientId = QStringLiteral("1000.CLIENT");
    byRefresh.clientSecret = QStringLiteral("secret-bob");
    byRefresh.accessToken = QStringLiteral("1000.access.bob-2");
    SAME(saveToken(byRefresh), "update by refresh token and client");

    Token byId;
    byId.id = QStringLiteral("1");
    byId.lastError = QStringLiteral("invalid_code");
    byId.state = Token::RefreshOutcome::NeedsReauthorization;
    SAME(saveToken(byId), "update by id");

    Token chosen = makeToken(QStringLiteral("carl@example.com"), QStringLiteral("carl"));
    chosen.id = QStringLiteral("40");
    SAME(saveToken(chosen), "insert with a chosen id");
    SAME(saveToken(makeToken(QStringLiteral("dora@example.com"), QStringLiteral("dora"))),
         "next id after 40");
    Token badId = makeToken(QStringLiteral("eve@example.com"), QStringLiteral("eve"));
    badId.id = QStringLiteral("abc");
    SAME(saveToken(badId), "non-numeric new id");
    Token nothing;
    nothing.userName = QStringLiteral("ghost@example.com");
    SAME(saveToken(nothing), "no token to store");

    Token eu = makeToken(QStringLiteral("ann@example.com"), QStringLiteral("ann-eu"));
    eu.apiDomain = QStringLiteral("https://www.zohoapis.eu");
    eu.dataCenter = QStringLiteral("eu");
    eu.scopes = { QStringLiteral("ZohoCRM.modules.ALL"), QStringLiteral("ZohoCRM.users.READ") };
    SAME(saveToken(eu), "same user in another data center");

    Token partial;
    partial.userName = QStringLiteral("ann@example.com");
    SAME(findToken(partial), "find by user name");
    partial.clientId = QStringLiteral("1000.CLIENT");
    partial.apiDomain = QStringLiteral("https://www.zohoapis.eu");
    SAME(findToken(partial), "find by user narrowed to a data center");
    Token byAccess;
    byAccess.accessToken = QStringLiteral("1000.access.bob-2");
    SAME(findToken(byAccess), "find by access token");
    Token byGrant;
    byGrant.grantToken = QStringLiteral("1000.grant.ann");
    byGrant.clientId = QStringLiteral("1000.CLIENT");
    byGrant.clientSecret = QStringLiteral("x");
    SAME(findToken(byGrant), "find by grant token");
    Token noSecret;
    noSecret.refreshToken = QStringLiteral("1000.refresh.bob");
    noSecret.clientId = QStringLiteral("1000.CLIENT");
    SAME(findToken(noSecret), "refresh token without secret");
    Token onlyId;
    onlyId.id = QStringLiteral("1");
    SAME(findToken(onlyId), "an id alone matches nothing");
    Token injected;
    injected.userName = QStringLiteral("nobody' OR '1'='1");
    SAME(findToken(injected), "injection finds nothing");
    SAME(findTokenById(QStringLiteral("2")), "find by id");
    SAME(findTokenById(QStringLiteral("99")), "find a missing id");

    SAME(deleteToken(QStringLiteral("7")), "delete a missing id");
    SAME(deleteToken(QStringLiteral("2")), "delete bob");
    SAME(getTokens(), "rows after the changes");
    SAME(saveToken(makeToken(QStringLiteral("fred@example.com"), QStringLiteral("fred"))),
         "insert after delete");

    SAME(tryAcquireLease(QStringLiteral("1"), QStringLiteral("alpha"), 30'000), "lease taken");
    SAME(tryAcquireLease(QStringLiteral("1"), QStringLiteral("beta"), 30'000), "lease held by another");
    SAME(tryAcquireLease(QStringLiteral("1"), QStringLiteral("alpha"), 30'000),
         "lease renewed by its holder");
    QVERIFY(memory.releaseLease(QStringLiteral("1"), QStringLiteral("beta")).ok());
    QVERIFY(keychain->releaseLease(QStringLiteral("1"), QStringLiteral("beta")).ok()); // not beta's
    SAME(tryAcquireLease(QStringLiteral("1"), QStringLiteral("beta"), 30'000), "still held");
    m_now += 31'000;
    SAME(tryAcquireLease(QStringLiteral("1"), QStringLiteral("beta"), 30'000), "expired lease taken over");
    SAME(tryAcquireLease(QStringLiteral("999"), QStringLiteral("beta"), 30'000), "lease of a missing token");

    // A new instance has no cache: it reads the keychain itself.
    auto reopened = openStore(service);
    QVERIFY2(same(memory.getTokens(), reopened->getTokens(), QStringLiteral("second instance"), &why),
             qPrintable(why));

    SAME(deleteTokens(), "delete all");
    SAME(getTokens(), "nothing left");
    SAME(saveToken(makeToken(QStringLiteral("gina@example.com"), QStringLiteral("gina"))), "ids start again");
    QVERIFY2(
        same(memory.getTokens(), reopened->getTokens(), QStringLiteral("second instance after purge"), &why),
        qPrintable(why));
#undef SAME
}

void KeychainStoreTest::awkwardValuesRoundTripOverChunks()
{
    const QString service = QStringLiteral("zcrm-test-values-") + randomHex();
    auto store = openStore(service);
    // Multi-byte characters right where a 2,000-byte cut would fall, in a value of over 8 KB.
    QString big = QString(1995, QLatin1Char('k')) + QStringLiteral("éü東京🚀") + QString(3000, QChar(0x00FC))
        + QStringLiteral("🚀").repeated(400);
    QVERIFY(big.toUtf8().size() > 8192);
    Token token = makeToken(QStringLiteral("Zoë Ørsted 東京 🚀"), QStringLiteral("values"));
    token.accessToken = big;
    token.clientSecret = QStringLiteral("say \"hi\" o'brien \\ back\\slash");
    token.refreshToken = QStringLiteral("line1\nline2\r\nline3\r\tend\x01");
    token.redirectUrl = QStringLiteral(" leading and trailing spaces ");
    token.lastError = QStringLiteral("{\"error\":\"invalid_code\"}");
    auto saved = store->saveToken(token);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));
    const QString id = saved.value().id;

    auto again = openStore(service);
    auto row = again->findTokenById(id);
    QVERIFY2(row.ok(), qPrintable(row.ok() ? QString() : row.error().toString()));
    QVERIFY(row.value().has_value());
    for (const QString &field : Token::sdkFieldNames() + Token::extraFieldNames())
        QCOMPARE(row.value()->field(field).toUtf8(), saved.value().field(field).toUtf8());

    // One entry per 2,000 bytes, each within the limit, all under the service.
    const QList<QByteArray> parts = KeychainTokenCodec::split(KeychainTokenCodec::encode(saved.value()));
    QVERIFY(parts.size() >= 5);
    for (const QByteArray &part : parts)
        QVERIFY(part.size() <= KeychainTokenCodec::kMaxPartBytes);
    const QString tokenPrefix =
        KeychainIndex::keyPrefix(service) + QStringLiteral("/token/") + id + QLatin1Char('/');
    KeyringListing listing = searchKeyring(service);
    QVERIFY2(listing.error.isEmpty(), qPrintable(listing.error));
    QStringList tokenKeys = listing.keys().filter(tokenPrefix);
    QCOMPARE(tokenKeys.size(), parts.size());
    QVERIFY(tokenKeys.filter(QStringLiteral("/chunk")).size() == parts.size() - 1);
    QVERIFY(listing.output.contains(QString(1900, QLatin1Char('k'))));

    // Shrinking the value removes the chunks of the old version.
    Token smaller;
    smaller.id = id;
    smaller.accessToken = QStringLiteral("1000.access.short");
    QVERIFY(store->saveToken(smaller).ok());
    listing = searchKeyring(service);
    tokenKeys = listing.keys().filter(tokenPrefix);
    QCOMPARE(tokenKeys.size(), 1);
    QVERIFY(!tokenKeys.first().contains(QLatin1String("chunk")));
    QVERIFY(!listing.output.contains(QString(1900, QLatin1Char('k'))));
    row = again->findTokenById(id);
    QVERIFY(row.ok() && row.value().has_value());
    QCOMPARE(row.value()->accessToken, QStringLiteral("1000.access.short"));
    QCOMPARE(row.value()->refreshToken, token.refreshToken);
    const QJsonObject index = QJsonDocument::fromJson(readAll(store->indexPath())).object();
    QVERIFY(index.value(QStringLiteral("garbage")).toArray().isEmpty());
}

void KeychainStoreTest::secretsAreOnlyInTheKeyring()
{
    const QString home = QDir::homePath();
    const QString work = qEnvironmentVariable("ZCRM_TEST_WORK");
    if (!home.startsWith(QDir::tempPath()) && (work.isEmpty() || !home.startsWith(work)))
        QSKIP("HOME is not a temporary folder; run through tests/harness/run-tests.sh");
    const QString service = QStringLiteral("zcrm-test-secrets-") + randomHex();
    auto store = openStore(service);
    QStringList secrets;
    QStringList keys;
    for (int i = 0; i < 3; ++i) {
        const QString tag = randomHex();
        Token token = makeToken(QStringLiteral("user-%1@example.com").arg(tag), tag);
        token.grantToken = QStringLiteral("1000.grant.") + tag;
        auto saved = store->saveToken(token);
        QVERIFY(saved.ok());
        secrets << token.userName << token.clientSecret << token.refreshToken << token.accessToken
                << token.grantToken;
        keys.append(KeychainIndex::keyPrefix(service) + QStringLiteral("/token/") + saved.value().id
                    + QLatin1Char('/'));
    }
    QVERIFY(store->tryAcquireLease(QStringLiteral("1"), QStringLiteral("owner-x"), 60'000).ok());

    // In the keyring, under the qtkeychain schema, the service and the application id.
    const KeyringListing listing = searchKeyring(service);
    QVERIFY2(listing.error.isEmpty(), qPrintable(listing.error));
    for (const QString &secret : secrets)
        QVERIFY2(listing.output.contains(secret), qPrintable(secret));
    for (const QString &key : keys)
        QVERIFY2(!listing.keys().filter(key).isEmpty(), qPrintable(key));
    for (const KeyringEntry &entry : listing.entries) {
        QCOMPARE(entry.schema, QStringLiteral("org.qt.keychain"));
        QCOMPARE(entry.server, service);
        QVERIFY2(entry.key.startsWith(QStringLiteral(ZCRM_APP_ID "/") + service + QLatin1Char('/')),
                 qPrintable(entry.key));
    }

    // And nowhere else: not in our index or lease files, not in gnome-keyring's (encrypted) file.
    int filesRead = 0;
    const QStringList hits = filesContaining(home, secrets, &filesRead);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    QVERIFY(QFile::exists(store->indexPath()));
    QVERIFY(QFile::exists(store->leasePath()));
    QVERIFY(filesRead >= 3);
    for (const QString &path : { store->indexPath(), store->leasePath() }) {
        const QFileDevice::Permissions permissions = QFile::permissions(path);
        QVERIFY(permissions.testFlag(QFileDevice::ReadOwner)
                && permissions.testFlag(QFileDevice::WriteOwner));
        QVERIFY2((permissions & 0x0077) == 0, qPrintable(path)); // nothing for group and others
    }
}

void KeychainStoreTest::instancesSeeEachOthersChanges()
{
    const QString service = QStringLiteral("zcrm-test-instances-") + randomHex();
    auto first = openStore(service);
    auto second = openStore(service);
    for (const char *user : { "a@example.com", "b@example.com", "c@example.com" })
        QVERIFY(first->saveToken(makeToken(QString::fromLatin1(user), QString::fromLatin1(user))).ok());
    QCOMPARE(second->getTokens().value().size(), 3);

    Token update;
    update.id = QStringLiteral("2");
    update.accessToken = QStringLiteral("1000.access.from-first");
    QVERIFY(first->saveToken(update).ok());
    QCOMPARE(second->findTokenById(QStringLiteral("2")).value()->accessToken, update.accessToken);

    QVERIFY(second->deleteToken(QStringLiteral("3")).ok());
    QCOMPARE(first->getTokens().value().size(), 2);
    auto inserted = first->saveToken(makeToken(QStringLiteral("d@example.com"), QStringLiteral("d")));
    QVERIFY(inserted.ok());
    QCOMPARE(inserted.value().id, QStringLiteral("3")); // max + 1 of what is stored now
    Token partial;
    partial.userName = QStringLiteral("d@example.com");
    auto found = second->findToken(partial);
    QVERIFY(found.ok() && found.value().has_value());
    QCOMPARE(found.value()->id, QStringLiteral("3"));
}

void KeychainStoreTest::twoProcessesLoseNoUpdate()
{
    const QString service = QStringLiteral("zcrm-test-processes-") + randomHex();
    const QString spec = QStringLiteral("keychain:") + service;
    QList<std::shared_ptr<QProcess>> processes;
    for (const char *prefix : { "p", "q" }) {
        auto process = std::make_shared<QProcess>();
        process->setProcessChannelMode(QProcess::MergedChannels);
        process->start(qEnvironmentVariable("ZCRM_KEYCHAIN_HELPER"),
                       { spec, QStringLiteral("save"), QString::fromLatin1(prefix), QStringLiteral("12") });
        processes.append(process);
    }
    for (const auto &process : processes) {
        QVERIFY(process->waitForFinished(60000));
        const QString output = QString::fromUtf8(process->readAll());
        QVERIFY2(process->exitCode() == 0, qPrintable(output));
    }
    auto store = openStore(service);
    auto rows = store->getTokens();
    QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().toString()));
    QCOMPARE(rows.value().size(), 24);
    QSet<QString> ids;
    QSet<QString> users;
    for (const Token &token : rows.value()) {
        ids.insert(token.id);
        users.insert(token.userName);
    }
    QCOMPARE(users.size(), 24);
    for (int id = 1; id <= 24; ++id)
        QVERIFY2(ids.contains(QString::number(id)), qPrintable(QString::number(id)));
}

void KeychainStoreTest::lostIndexFileIsRebuiltFromTheKeychain()
{
    const QString service = QStringLiteral("zcrm-test-rebuild-") + randomHex();
    auto store = openStore(service);
    QVERIFY(store->saveToken(makeToken(QStringLiteral("a@example.com"), QStringLiteral("a"))).ok());
    QVERIFY(store->saveToken(makeToken(QStringLiteral("b@example.com"), QStringLiteral("b"))).ok());
    const TokenList before = store->getTokens().value();
    QVERIFY(QFile::remove(store->indexPath()));

    auto again = openStore(service);
    auto rows = again->getTokens();
    QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().toString()));
    QVERIFY(rows.value() == before);
    QVERIFY(QFile::exists(again->indexPath()));
    // The first instance, which had read the file before, finds the rows again too.
    QCOMPARE(store->getTokens().value().size(), 2);
}

void KeychainStoreTest::corruptIndexIsReportedAndLeftAlone()
{
    const QString service = QStringLiteral("zcrm-test-corrupt-") + randomHex();
    auto store = openStore(service);
    QVERIFY(store->saveToken(makeToken(QStringLiteral("a@example.com"), QStringLiteral("a"))).ok());
    const QByteArray damaged = "{\"format\":\"zcrm-keychain-index\",\"tokens\":[";
    {
        QFile file(store->indexPath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(damaged);
    }
    auto again = openStore(service);
    auto rows = again->getTokens();
    QVERIFY(!rows.ok());
    QCOMPARE(rows.error().code(), StoreError::Code::Corrupt);
    QVERIFY2(rows.error().message().contains(store->indexPath()), qPrintable(rows.error().toString()));
    auto saved = again->saveToken(makeToken(QStringLiteral("b@example.com"), QStringLiteral("b")));
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code(), StoreError::Code::Corrupt);
    QVERIFY(!again->deleteTokens().ok());
    QCOMPARE(readAll(store->indexPath()), damaged);
}

void KeychainStoreTest::missingEntryIsReportedAndCanBeDeleted()
{
    const QString service = QStringLiteral("zcrm-test-missing-") + randomHex();
    auto store = openStore(service);
    QVERIFY(store->saveToken(makeToken(QStringLiteral("a@example.com"), QStringLiteral("a"))).ok());
    QVERIFY(store->saveToken(makeToken(QStringLiteral("b@example.com"), QStringLiteral("b"))).ok());
    const QStringList keys = searchKeyring(service).keys().filter(QStringLiteral("/token/1/"));
    QCOMPARE(keys.size(), 1);
    QCOMPARE(QProcess::execute(QStringLiteral("secret-tool"),
                               { QStringLiteral("clear"), QStringLiteral("server"), service,
                                 QStringLiteral("user"), keys.first() }),
             0);

    auto again = openStore(service);
    auto rows = again->getTokens();
    QVERIFY(!rows.ok());
    QCOMPARE(rows.error().code(), StoreError::Code::Corrupt);
    QVERIFY2(rows.error().message().contains(QLatin1String("token 1 ")), qPrintable(rows.error().toString()));
    QVERIFY(again->deleteToken(QStringLiteral("1")).ok());
    rows = again->getTokens();
    QVERIFY(rows.ok());
    QCOMPARE(rows.value().size(), 1);
    QCOMPARE(rows.value().first().userName, QStringLiteral("b@example.com"));
}

void KeychainStoreTest::leasesAcrossInstancesAndProcesses()
{
    const QString service = QStringLiteral("zcrm-test-leases-") + randomHex();
    const QString spec = QStringLiteral("keychain:") + service;
    m_now = QDateTime::currentMSecsSinceEpoch(); // the helper process uses the real clock
    auto first = openStore(service);
    auto second = openStore(service);
    QVERIFY(first->saveToken(makeToken(QStringLiteral("a@example.com"), QStringLiteral("a"))).ok());
    const QString id = QStringLiteral("1");
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QStringList helperLease { spec, QStringLiteral("lease"), id, QStringLiteral("helper"),
                                    QStringLiteral("30000") };

    QCOMPARE(first->tryAcquireLease(id, QStringLiteral("alpha"), 30'000).value(), true);
    QCOMPARE(second->tryAcquireLease(id, QStringLiteral("beta"), 30'000).value(), false);
    HelperRun run = runHelper(helperLease, environment);
    QCOMPARE(run.output.trimmed(), QStringLiteral("busy"));
    QCOMPARE(second->tryAcquireLease(id, QStringLiteral("alpha"), 30'000).value(), true); // same owner renews
    QVERIFY(second->releaseLease(id, QStringLiteral("beta")).ok()); // not beta's: nothing happens
    QCOMPARE(first->tryAcquireLease(id, QStringLiteral("beta"), 30'000).value(), false);
    QVERIFY(first->releaseLease(id, QStringLiteral("alpha")).ok());

    run = runHelper(helperLease, environment);
    QCOMPARE(run.output.trimmed(), QStringLiteral("ok"));
    QCOMPARE(first->tryAcquireLease(id, QStringLiteral("alpha"), 30'000).value(), false);
    m_now = QDateTime::currentMSecsSinceEpoch() + 31'000; // the helper's lease, on the real clock, ran out
    QCOMPARE(second->tryAcquireLease(id, QStringLiteral("alpha"), 30'000).value(), true);

    auto unknown = first->tryAcquireLease(QStringLiteral("99"), QStringLiteral("alpha"), 30'000);
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code(), StoreError::Code::NotFound);
    run = runHelper(
        { spec, QStringLiteral("lease"), QStringLiteral("99"), QStringLiteral("x"), QStringLiteral("1") },
        environment);
    QVERIFY2(run.output.startsWith(QLatin1String("error not-found")), qPrintable(run.output));

    // Deleting the token ends its lease; a lease never changes the token.
    const Token stored = *first->findTokenById(id).value();
    QCOMPARE(stored.refreshToken, QStringLiteral("1000.refresh.a"));
    QVERIFY(first->deleteToken(id).ok());
    QVERIFY(!readAll(first->leasePath()).contains("\"1\""));
}

void KeychainStoreTest::checkReportsTheStore()
{
    const QString service = QStringLiteral("zcrm-test-check-") + randomHex();
    auto store = openStore(service);
    QVERIFY(store->saveToken(makeToken(QStringLiteral("a@example.com"), QStringLiteral("a"))).ok());
    QVERIFY(store->saveToken(makeToken(QStringLiteral("b@example.com"), QStringLiteral("b"))).ok());
    auto again = openStore(service);
    auto result = again->check();
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QVERIFY(result.value().reachable);
    QVERIFY2(result.value().writable, qPrintable(result.value().details));
    QCOMPARE(result.value().rowCount, qint64(2));
    QCOMPARE(result.value().schemaVersion, QString::number(KeychainIndex::kVersion));
    QVERIFY(result.value().details.contains(again->indexPath()));
    // The probe entries are gone again.
    QVERIFY(searchKeyring(service).keys().filter(QStringLiteral("/probe")).isEmpty());
}

void KeychainStoreTest::specsAndRegistration()
{
    StoreRegistry registry;
    registerKeychainStore(registry);
    QVERIFY(registry.hasScheme(QStringLiteral("keychain")));
    auto store = registry.create(QStringLiteral("keychain:"));
    QVERIFY(store.ok());
    QCOMPARE(store.value()->description(), QStringLiteral("keychain:zcrm-explorer"));
    store = registry.create(QStringLiteral("keychain:team tokens"));
    QVERIFY(store.ok());
    QCOMPARE(store.value()->description(), QStringLiteral("keychain:team tokens"));
    for (const QString &bad : { QStringLiteral("keychain: padded"), QStringLiteral("keychain:a\nb"),
                                QStringLiteral("keychain:") + QString(101, QLatin1Char('x')) }) {
        auto refused = registry.create(bad);
        QVERIFY2(!refused.ok(), qPrintable(bad));
        QCOMPARE(refused.error().code(), StoreError::Code::InvalidInput);
    }
}

void KeychainStoreTest::noSessionBusFailsAtOnceAndWritesNothing()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const HelperRun run = runHelper({ QStringLiteral("keychain:zcrm-test-nobus"), QStringLiteral("save"),
                                      QStringLiteral("n"), QStringLiteral("1") },
                                    isolatedEnvironment(home.path()));
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.output.startsWith(
                 QLatin1String("error unavailable: keychain:zcrm-test-nobus: saveToken: no D-Bus "
                               "session bus (DBUS_SESSION_BUS_ADDRESS is not set)")),
             qPrintable(run.output));
    QVERIFY2(run.elapsedMs < 5000, qPrintable(QString::number(run.elapsedMs)));
    QCOMPARE(filesUnder(home.path()), QStringList());
}

void KeychainStoreTest::noSecretServiceFailsAtOnceAndWritesNothing()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment environment = isolatedEnvironment(home.path());
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=") + home.path() + QStringLiteral("/no-such-bus"));
    HelperRun run = runHelper({ QStringLiteral("keychain:zcrm-test-nosecrets"), QStringLiteral("save"),
                                QStringLiteral("n"), QStringLiteral("1") },
                              environment);
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.output.startsWith(
                 QLatin1String("error unavailable: keychain:zcrm-test-nosecrets: saveToken: Secret "
                               "Service not available: ")),
             qPrintable(run.output));
    QVERIFY2(run.elapsedMs < 5000, qPrintable(QString::number(run.elapsedMs)));
    QCOMPARE(filesUnder(home.path()), QStringList());
}

// With QT_NO_GLIB, libsecret's answers would never be delivered: say so instead of timing out.
void KeychainStoreTest::noGlibEventLoopFailsAtOnce()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment environment = isolatedEnvironment(home.path());
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=") + home.path() + QStringLiteral("/no-such-bus"));
    environment.insert(QStringLiteral("QT_NO_GLIB"), QStringLiteral("1"));
    environment.remove(QStringLiteral("XDG_CURRENT_DESKTOP"));
    const HelperRun run =
        runHelper({ QStringLiteral("keychain:zcrm-test-noglib"), QStringLiteral("list") }, environment);
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.output.startsWith(
                 QLatin1String("error unavailable: keychain:zcrm-test-noglib: getTokens: QT_NO_GLIB "
                               "is set")),
             qPrintable(run.output));
    QVERIFY2(run.elapsedMs < 5000, qPrintable(QString::number(run.elapsedMs)));
}

// A keyring that exists but is locked (and no prompt can be shown) answers reads with "not found":
// that must be reported as an unavailable keychain, never as tokens that are missing.
void KeychainStoreTest::lockedKeyringIsUnavailableNotCorrupt()
{
    const QString dbusRunSession = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
    const QString keyringDaemon = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    if (dbusRunSession.isEmpty() || keyringDaemon.isEmpty()) {
        if (TestEnvironment::inCi())
            QFAIL("dbus-run-session and gnome-keyring-daemon are needed");
        QSKIP("dbus-run-session or gnome-keyring-daemon is not installed");
    }
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QProcessEnvironment environment = isolatedEnvironment(home.path());
    const QString helper = qEnvironmentVariable("ZCRM_KEYCHAIN_HELPER");
    const QString spec = QStringLiteral("keychain:zcrm-test-locked");

    // 0. A private session where no keyring was ever made: the Secret Service has no collection.
    HelperRun run = runHelper({ QStringLiteral("--"), helper, spec, QStringLiteral("save"),
                                QStringLiteral("none"), QStringLiteral("1") },
                              environment, dbusRunSession);
    QVERIFY2(
        run.output.contains(QLatin1String("error unavailable: keychain:zcrm-test-locked: saveToken: keyring "
                                          "locked or missing")),
        qPrintable(run.output));
    QVERIFY2(!QFileInfo::exists(home.path() + QStringLiteral("/.local/share/zcrm-explorer")),
             qPrintable(run.output));

    // 1. A private session with a keyring unlocked by its password: store a token.
    run = runHelper(
        { QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
          QString::fromLatin1(kStartUnlockedKeyring) + QStringLiteral("\"$0\" \"$1\" save locked 1"), helper,
          spec },
        environment, dbusRunSession);
    QVERIFY2(run.exitCode == 0 && run.output.contains(QLatin1String("ok 1")), qPrintable(run.output));
    const QString indexPath =
        home.path() + QStringLiteral("/.local/share/zcrm-explorer/keychain/zcrm-test-locked.index.json");
    const QByteArray indexBefore = readAll(indexPath);
    QVERIFY(!indexBefore.isEmpty());

    // 2. A new session: the same keyring file, locked, and nobody to type the password.
    run = runHelper({ QStringLiteral("--"), helper, spec, QStringLiteral("list") }, environment,
                    dbusRunSession);
    QVERIFY2(run.output.contains(QLatin1String("error unavailable: ")), qPrintable(run.output));
    QVERIFY2(run.output.contains(QLatin1String("keyring locked or missing")), qPrintable(run.output));
    QVERIFY2(run.elapsedMs < 10000, qPrintable(QString::number(run.elapsedMs)));
    run = runHelper({ QStringLiteral("--"), helper, spec, QStringLiteral("save"), QStringLiteral("more"),
                      QStringLiteral("1") },
                    environment, dbusRunSession);
    QVERIFY2(run.output.contains(QLatin1String("error unavailable: ")), qPrintable(run.output));
    QCOMPARE(readAll(indexPath), indexBefore);
}

// A Secret Service that stops answering (SIGSTOP) mid-save: the save fails after the job timeout
// without deleting the pending job; once the service goes on, the late job finishes, its result is
// dropped, and the next save works and cleans up. A process may also exit with the job still pending.
void KeychainStoreTest::hungKeychainTimesOutAndRecovers()
{
    const QString dbusRunSession = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
    const QString keyringDaemon = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    if (dbusRunSession.isEmpty() || keyringDaemon.isEmpty()) {
        if (TestEnvironment::inCi())
            QFAIL("dbus-run-session and gnome-keyring-daemon are needed");
        QSKIP("dbus-run-session or gnome-keyring-daemon is not installed");
    }
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment environment = isolatedEnvironment(home.path());
    environment.insert(QStringLiteral("ZCRM_KEYCHAIN_TIMEOUT_MS"), QStringLiteral("1000"));
    const QString script = QString::fromLatin1(kStartUnlockedKeyring) + QStringLiteral(R"sh(
        "$0" "$1" save first 1 || exit 12
        pid=$(dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus / \
              org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets | awk '{print $2}')
        [ -n "$pid" ] || exit 11
        "$0" "$1" stall "$pid" exit
        echo "exit code $?"
        kill -CONT "$pid"
        "$0" "$1" stall "$pid" recover || exit 13
        echo "token entries $(secret-tool search --all server zcrm-test-stall 2>&1 | grep -c '^attribute.user = .*/token/')"
    )sh");
    const HelperRun run = runHelper({ QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                                      script, qEnvironmentVariable("ZCRM_KEYCHAIN_HELPER"),
                                      QStringLiteral("keychain:zcrm-test-stall") },
                                    environment, dbusRunSession);
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    const QRegularExpression stalled(
        QStringLiteral("stalled after (\\d+) ms: unavailable: the Secret Service did not answer within 1 s"));
    const auto matches = stalled.globalMatch(run.output);
    QList<int> waits;
    for (auto it = matches; it.hasNext();)
        waits.append(it.next().captured(1).toInt());
    QCOMPARE(waits.size(), 2);
    for (int waited : waits)
        QVERIFY2(waited >= 1000 && waited < 3000, qPrintable(run.output));
    QVERIFY2(run.output.contains(QLatin1String("exit code 4\n")), qPrintable(run.output));
    QVERIFY2(run.output.contains(QLatin1String("after 2\nrows 2\n")), qPrintable(run.output));
    // Only the two stored tokens are left: the late entries of the failed saves were cleaned up.
    QVERIFY2(run.output.contains(QLatin1String("token entries 2\n")), qPrintable(run.output));
}

QTEST_GUILESS_MAIN(KeychainStoreTest)
#include "tst_keychainstore.moc"
