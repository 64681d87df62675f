// StoreWatcher on real stores: what another process writes (the zcrm CLI, an SDK-shaped writer) is
// seen within 2 s; nothing reads every row while nothing changes; leases do not count as changes;
// a store that fails is reported once and recovered.
#include "countingtokenstore.h"
#include "keychaintokenstore.h"
#include "storeregistry.h"
#include "storewatcher.h"
#include "tcpproxy.h"
#include "testenvironment.h"
#include "testtokens.h"

#ifdef ZCRM_HAVE_SQL_COMMAND_LINE
#include "sqlcommandline.h"
#endif

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

namespace {

constexpr int kSeenWithinMs = 2000;
constexpr int kSeededRows = 20;

QString uniqueName()
{
    return QStringLiteral("w_%1").arg(QRandomGenerator::global()->generate64() % 100000000000ULL);
}

QString withTable(const QString &spec, const QString &table)
{
    return spec + (spec.contains(QLatin1Char('?')) ? QStringLiteral("&table=") : QStringLiteral("?table="))
        + table;
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runProgram(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    Run run;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// The real CLI binary, as a user (or the tray) would run it.
Run zcrm(const QString &spec, const QStringList &arguments)
{
    return runProgram(qEnvironmentVariable("ZCRM_BINARY_DIR") + QStringLiteral("/app/cli/zcrm"),
                      QStringList { QStringLiteral("--store"), spec } + arguments);
}

Run python(const QString &script, const QStringList &arguments)
{
    return runProgram(QStringLiteral("python3"), QStringList { QStringLiteral("-c"), script } + arguments);
}

// Waits for a `changed` emission that `accept` likes; answers the time it took, -1 if none came.
qint64 waitForChange(QSignalSpy &spy, const std::function<bool(const TokenChanges &)> &accept,
                     int timeoutMs = 5000)
{
    QElapsedTimer timer;
    timer.start();
    int seen = 0;
    while (timer.elapsed() < timeoutMs) {
        for (; seen < spy.count(); ++seen) {
            if (accept(spy.at(seen).at(0).value<TokenChanges>()))
                return timer.elapsed();
        }
        spy.wait(20);
    }
    return -1;
}

bool addsUser(const TokenChanges &changes, const QString &user)
{
    for (const Token &token : changes.added) {
        if (token.userName == user)
            return true;
    }
    return false;
}

} // namespace

class StoreWatcherTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void stampMovesOnChangesNotOnLeases();
    void noFullReadWhileNothingChanges();
    void cliInAnotherProcessIsSeenWithinTwoSeconds();
    void sdkShapedWriteIsSeenWithinTwoSeconds();
    void failingStoreIsReportedThenRecovered();
    void serverWithoutTriggerPrivilegeCountsOurOwnWrites();

private:
    // A new store of this row's backend with kSeededRows tokens, behind a counting wrapper.
    bool openSeeded();
    QString backend() const;
    // File stamps younger than their granularity are not trusted: let them settle first.
    void letStampsSettle() { QTest::qWait(60); }

    QTemporaryDir m_dir;
    QString m_backend;
    QString m_spec;
    QString m_table;
    std::unique_ptr<CountingTokenStore> m_store;
    std::unique_ptr<TcpProxy> m_proxy;
    quint16 m_proxyPort = 0;
};

void StoreWatcherTest::initTestCase_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QByteArray>("service");
    QTest::newRow("sqlite") << QStringLiteral("sqlite") << QStringLiteral("sqlite:%1/NAME.db")
                            << QByteArray();
    QTest::newRow("file") << QStringLiteral("file") << QStringLiteral("file:%1/NAME.csv") << QByteArray();
    QTest::newRow("keychain") << QStringLiteral("keychain") << QStringLiteral("keychain:zcrm-watch-NAME")
                              << QByteArray("ZCRM_TEST_KEYRING");
    QTest::newRow("mysql") << QStringLiteral("mysql") << QStringLiteral("MYSQL")
                           << QByteArray("ZCRM_TEST_MYSQL_SPEC");
    QTest::newRow("postgresql") << QStringLiteral("postgresql") << QStringLiteral("PGSQL")
                                << QByteArray("ZCRM_TEST_PGSQL_SPEC");
}

void StoreWatcherTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(qEnvironmentVariable("ZCRM_BINARY_DIR") + QStringLiteral("/app/cli/zcrm")));
}

void StoreWatcherTest::init()
{
    m_store.reset();
    m_proxy.reset();
}

void StoreWatcherTest::cleanup()
{
    if (m_store && m_proxy)
        m_proxy->start(m_proxyPort); // a test that failed half-way may have left it down
    if (m_store)
        m_store->deleteTokens();
    m_store.reset();
    m_proxy.reset();
}

QString StoreWatcherTest::backend() const
{
    return m_backend;
}

bool StoreWatcherTest::openSeeded()
{
    QFETCH_GLOBAL(QString, spec);
    QFETCH_GLOBAL(QString, backend);
    m_backend = backend;
    const QString name = uniqueName();
    m_table = name;
    if (spec == QLatin1String("MYSQL") || spec == QLatin1String("PGSQL")) {
        const QString base = qEnvironmentVariable(spec == QLatin1String("MYSQL") ? "ZCRM_TEST_MYSQL_SPEC"
                                                                                 : "ZCRM_TEST_PGSQL_SPEC");
        // Through a relay that the failure test can cut.
        QUrl url(base);
        m_proxy = std::make_unique<TcpProxy>(quint16(url.port()));
        m_proxyPort = m_proxy->start();
        if (m_proxyPort == 0)
            return false;
        url.setPort(m_proxyPort);
        spec = withTable(url.toString(), name);
    } else {
        spec = spec.replace(QStringLiteral("%1"), m_dir.path()).replace(QStringLiteral("NAME"), name);
    }
    m_spec = spec;
    auto created = StoreRegistry::instance().create(spec);
    if (!created) {
        qWarning("%s", qPrintable(created.error().toString()));
        return false;
    }
    m_store = std::make_unique<CountingTokenStore>(std::move(created).value());
    TokenList seed;
    for (int i = 1; i <= kSeededRows; ++i)
        seed.append(TestTokens::signedIn(QStringLiteral("seed%1@example.com").arg(i)));
    auto saved = m_store->saveTokens(seed);
    if (!saved)
        qWarning("%s", qPrintable(saved.error().toString()));
    return saved.ok();
}

// `name` = the value of a StoreResult, or the test fails with its error (Qt 6.4's QVERIFY2 evaluates
// its message even when the check passes).
#define CHECKED(name, call)                                                                                  \
    auto name##Result = (call);                                                                              \
    QVERIFY2(name##Result.ok(), name##Result.ok() ? "" : qPrintable(name##Result.error().toString()));       \
    const auto name = name##Result.value()

#define OPEN_SEEDED()                                                                                        \
    do {                                                                                                     \
        QFETCH_GLOBAL(QByteArray, service);                                                                  \
        if (!service.isEmpty())                                                                              \
            ZCRM_REQUIRE_SERVICE(service.constData(), service.constData());                                  \
        QVERIFY2(openSeeded(), "the store could not be opened and seeded");                                  \
    } while (false)

void StoreWatcherTest::stampMovesOnChangesNotOnLeases()
{
    OPEN_SEEDED();
    letStampsSettle();
    CHECKED(first, m_store->changeStamp());
    QVERIFY(!first.isEmpty());
    CHECKED(again, m_store->changeStamp());
    QCOMPARE(again, first);

    CHECKED(taken, m_store->tryAcquireLease(QStringLiteral("3"), QStringLiteral("watcher-test"), 60000));
    QVERIFY(taken);
    QVERIFY(m_store->releaseLease(QStringLiteral("3"), QStringLiteral("watcher-test")));
    letStampsSettle();
    CHECKED(afterLease, m_store->changeStamp());
    QCOMPARE(afterLease, first);

    CHECKED(found, m_store->findTokenById(QStringLiteral("3")));
    QVERIFY(found);
    Token changed = *found;
    changed.accessToken = QStringLiteral("1000.changed.access");
    QVERIFY(m_store->saveToken(changed));
    letStampsSettle();
    CHECKED(afterSave, m_store->changeStamp());
    QVERIFY(afterSave != first);
    QVERIFY(m_store->deleteToken(QStringLiteral("4")));
    letStampsSettle();
    CHECKED(afterDelete, m_store->changeStamp());
    QVERIFY(afterDelete != afterSave);
}

void StoreWatcherTest::noFullReadWhileNothingChanges()
{
    OPEN_SEEDED();
    letStampsSettle();
    StoreWatcher watcher(m_store.get());
    QSignalSpy changed(&watcher, &StoreWatcher::changed);
    watcher.setInterval(50);
    watcher.start();
    QCOMPARE(m_store->getTokensCalls(), 1);
    QCOMPARE(watcher.snapshot().size(), kSeededRows);
    const int stampsBefore = m_store->changeStampCalls();
    // Lookups and this process's leases (the refresh scheduler's) meanwhile.
    QTest::qWait(400);
    CHECKED(found, m_store->findTokenById(QStringLiteral("5")));
    QVERIFY(found);
    CHECKED(taken, m_store->tryAcquireLease(QStringLiteral("5"), QStringLiteral("watcher-test"), 60000));
    QVERIFY(taken);
    QTest::qWait(800);
    QVERIFY2(m_store->changeStampCalls() >= stampsBefore + 10,
             qPrintable(QStringLiteral("%1 polls").arg(m_store->changeStampCalls() - stampsBefore)));
    QCOMPARE(m_store->getTokensCalls(), 1);
    QCOMPARE(watcher.fullReadCount(), 1);
    QCOMPARE(changed.count(), 0);
}

void StoreWatcherTest::cliInAnotherProcessIsSeenWithinTwoSeconds()
{
    OPEN_SEEDED();
    StoreWatcher watcher(m_store.get());
    QSignalSpy changed(&watcher, &StoreWatcher::changed);
    QSignalSpy failed(&watcher, &StoreWatcher::failed);
    watcher.start(); // 500 ms, the default
    const QString user = QStringLiteral("cli-%1@example.com").arg(backend());
    const Run saved = zcrm(m_spec,
                           { QStringLiteral("tokens"), QStringLiteral("save"), QStringLiteral("--user"), user,
                             QStringLiteral("--client-id"), QStringLiteral("1000.CLIWATCH"),
                             QStringLiteral("--refresh-token"), QStringLiteral("1000.refresh.cli") });
    QVERIFY2(saved.exitCode == 0, saved.err.constData());
    const QString id = QString::fromUtf8(saved.out).trimmed();
    const qint64 addedMs = waitForChange(changed, [&](const TokenChanges &c) { return addsUser(c, user); });
    QVERIFY2(addedMs >= 0 && addedMs <= kSeenWithinMs, qPrintable(QString::number(addedMs)));
    QCOMPARE(watcher.snapshot().find(id)->userName, user);

    const Run deleted = zcrm(m_spec, { QStringLiteral("tokens"), QStringLiteral("delete"), id });
    QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
    const qint64 removedMs =
        waitForChange(changed, [&](const TokenChanges &c) { return c.removed == QStringList { id }; });
    QVERIFY2(removedMs >= 0 && removedMs <= kSeenWithinMs, qPrintable(QString::number(removedMs)));
    QCOMPARE(failed.count(), 0);
    qInfo("%s: a CLI save seen after %lld ms, a CLI delete after %lld ms (poll every 500 ms)",
          qPrintable(backend()), addedMs, removedMs);
    // Only the changes were re-read: one read at start, one per change.
    QVERIFY2(m_store->getTokensCalls() <= 5, qPrintable(QString::number(m_store->getTokensCalls())));
}

void StoreWatcherTest::sdkShapedWriteIsSeenWithinTwoSeconds()
{
    OPEN_SEEDED();
    if (backend() == QLatin1String("keychain"))
        QSKIP("no Zoho SDK writes the keychain store; its other writers are ours (the CLI case)");
    StoreWatcher watcher(m_store.get());
    QSignalSpy changed(&watcher, &StoreWatcher::changed);
    watcher.start();
    const QString access = QStringLiteral("1000.sdk.refreshed.access");
    auto changesSeven = [&](const TokenChanges &c) {
        return c.changed.size() == 1 && c.changed.constFirst().id == QLatin1String("7")
            && c.changed.constFirst().accessToken == access;
    };
    if (backend() == QLatin1String("sqlite")) {
        // The SDK samples' sqlite3 store: an UPDATE on its own connection.
        const Run run =
            python(QStringLiteral("import sqlite3, sys\n"
                                  "c = sqlite3.connect(sys.argv[1])\n"
                                  "c.execute('UPDATE oauthtoken SET access_token = ? WHERE id = ?', "
                                  "(sys.argv[2], '7'))\n"
                                  "c.commit()\n"),
                   { m_spec.mid(7), access });
        QVERIFY2(run.exitCode == 0, run.err.constData());
    } else if (backend() == QLatin1String("file")) {
        // The Python SDK's FileStore: reads every line and writes the file again, in place.
        const Run run = python(QStringLiteral("import csv, sys\n"
                                              "with open(sys.argv[1], newline='') as f:\n"
                                              "    rows = list(csv.reader(f))\n"
                                              "for row in rows[1:]:\n"
                                              "    if row[0] == '7':\n"
                                              "        row[5] = sys.argv[2]\n"
                                              "with open(sys.argv[1], 'w', newline='') as f:\n"
                                              "    csv.writer(f).writerows(rows)\n"),
                               { m_spec.mid(5), access });
        QVERIFY2(run.exitCode == 0, run.err.constData());
    } else {
#ifdef ZCRM_HAVE_SQL_COMMAND_LINE
        // The SDK's DBStore: its own connection and statements, autocommit.
        SqlCommandLine sql(qEnvironmentVariable(
            backend() == QLatin1String("mysql") ? "ZCRM_TEST_MYSQL_SPEC" : "ZCRM_TEST_PGSQL_SPEC"));
        QVERIFY2(sql.query(QStringLiteral("UPDATE %1 SET access_token = %2 WHERE id = '7'")
                               .arg(m_table, SqlCommandLine::literal(access))),
                 qPrintable(sql.lastError()));
        const qint64 updatedMs = waitForChange(changed, changesSeven);
        QVERIFY2(updatedMs >= 0 && updatedMs <= kSeenWithinMs, qPrintable(QString::number(updatedMs)));
        QVERIFY2(sql.query(QStringLiteral("DELETE FROM %1 WHERE id = '8'").arg(m_table)),
                 qPrintable(sql.lastError()));
        const qint64 deletedMs = waitForChange(
            changed, [](const TokenChanges &c) { return c.removed == QStringList { QStringLiteral("8") }; });
        QVERIFY2(deletedMs >= 0 && deletedMs <= kSeenWithinMs, qPrintable(QString::number(deletedMs)));
        QVERIFY2(sql.query(QStringLiteral("INSERT INTO %1 (id, user_name, refresh_token) VALUES "
                                          "('900', 'sdk@example.com', '1000.refresh.sdk')")
                               .arg(m_table)),
                 qPrintable(sql.lastError()));
        const qint64 insertedMs = waitForChange(
            changed, [](const TokenChanges &c) { return addsUser(c, QStringLiteral("sdk@example.com")); });
        QVERIFY2(insertedMs >= 0 && insertedMs <= kSeenWithinMs, qPrintable(QString::number(insertedMs)));
        qInfo("%s: SDK-shaped update seen after %lld ms, delete %lld ms, insert %lld ms",
              qPrintable(backend()), updatedMs, deletedMs, insertedMs);
        return;
#else
        QFAIL("built without the SQL command-line helper");
#endif
    }
    const qint64 seenMs = waitForChange(changed, changesSeven);
    QVERIFY2(seenMs >= 0 && seenMs <= kSeenWithinMs, qPrintable(QString::number(seenMs)));
    qInfo("%s: SDK-shaped update seen after %lld ms", qPrintable(backend()), seenMs);
}

void StoreWatcherTest::failingStoreIsReportedThenRecovered()
{
    OPEN_SEEDED();
    StoreWatcher watcher(m_store.get());
    QSignalSpy failed(&watcher, &StoreWatcher::failed);
    QSignalSpy recovered(&watcher, &StoreWatcher::recovered);
    QSignalSpy changed(&watcher, &StoreWatcher::changed);
    watcher.setInterval(100);
    watcher.start();
    QCOMPARE(failed.count(), 0);

    std::function<void()> repair;
    if (backend() == QLatin1String("sqlite")) {
        // Someone moves the table away (a migration of theirs), then back.
        const QString path = m_spec.mid(7);
        const QString rename =
            QStringLiteral("import sqlite3, sys\n"
                           "c = sqlite3.connect(sys.argv[1])\n"
                           "c.execute('ALTER TABLE ' + sys.argv[2] + ' RENAME TO ' + sys.argv[3])\n"
                           "c.commit()\n");
        const Run away =
            python(rename, { path, QStringLiteral("oauthtoken"), QStringLiteral("oauthtoken_moved") });
        QVERIFY2(away.exitCode == 0, away.err.constData());
        repair = [=] {
            const Run back =
                python(rename, { path, QStringLiteral("oauthtoken_moved"), QStringLiteral("oauthtoken") });
            QVERIFY2(back.exitCode == 0, back.err.constData());
        };
    } else if (backend() == QLatin1String("file") || backend() == QLatin1String("keychain")) {
        // A torn write: the CSV (or the keychain's index) no longer parses.
        auto *keychain = dynamic_cast<KeychainTokenStore *>(&m_store->inner());
        QVERIFY(backend() == QLatin1String("file") || keychain);
        const QString path = keychain ? keychain->indexPath() : m_spec.mid(5);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        file.close();
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes.left(bytes.size() / 2) + "\"unterminated");
        file.close();
        repair = [=] {
            QFile again(path);
            QVERIFY(again.open(QIODevice::WriteOnly | QIODevice::Truncate));
            again.write(bytes);
        };
    } else {
        // The server goes away (the relay to it is cut), then comes back on the same port.
        QVERIFY(m_proxy);
        m_proxy->stop();
        repair = [this] { QCOMPARE(m_proxy->start(m_proxyPort), m_proxyPort); };
    }
    QVERIFY2(failed.wait(5000) || failed.count() > 0, "no failed signal");
    QTest::qWait(300);
    QCOMPARE(failed.count(), 1); // once, not at every poll
    QVERIFY(watcher.isFailing());
    const StoreError error = failed.at(0).at(0).value<StoreError>();
    qInfo("%s failed as expected: %s", qPrintable(backend()), qPrintable(error.toString()));
    QCOMPARE(recovered.count(), 0);

    repair();
    QVERIFY2(recovered.wait(5000) || recovered.count() > 0, "no recovered signal");
    QCOMPARE(recovered.count(), 1);
    QVERIFY(!watcher.isFailing());
    QCOMPARE(watcher.snapshot().size(), kSeededRows);
    QCOMPARE(changed.count(), 0); // the same rows as before the failure
}

void StoreWatcherTest::serverWithoutTriggerPrivilegeCountsOurOwnWrites()
{
    QFETCH_GLOBAL(QString, backend);
    if (backend != QLatin1String("mysql"))
        QSKIP("MariaDB only: a PostgreSQL table's owner may always create triggers on it");
    ZCRM_REQUIRE_SERVICE("ZCRM_TEST_MYSQL_SPEC", "MariaDB");
#ifdef ZCRM_HAVE_SQL_COMMAND_LINE
    // A user who may do everything a store needs but create triggers.
    SqlCommandLine root(qEnvironmentVariable("ZCRM_TEST_MYSQL_SPEC"));
    QVERIFY2(
        root.query(QStringLiteral("CREATE USER IF NOT EXISTS 'zcrm_notrigger'@'127.0.0.1' IDENTIFIED BY ''; "
                                  "GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, INDEX, DROP ON "
                                  "zohooauth.* TO 'zcrm_notrigger'@'127.0.0.1'")),
        qPrintable(root.lastError()));
    QUrl url(qEnvironmentVariable("ZCRM_TEST_MYSQL_SPEC"));
    url.setUserName(QStringLiteral("zcrm_notrigger"));
    m_spec = withTable(url.toString(), uniqueName());
    auto created = StoreRegistry::instance().create(m_spec);
    QVERIFY2(created, created ? "" : qPrintable(created.error().toString()));
    m_store = std::make_unique<CountingTokenStore>(std::move(created).value());
    QVERIFY(m_store->saveToken(TestTokens::signedIn(QStringLiteral("first@example.com"))));
    CHECKED(check, m_store->check());
    QVERIFY2(check.details.contains(QLatin1String("counted by our own writers only")),
             qPrintable(check.details));
    QVERIFY2(check.details.contains(QLatin1String("TRIGGER")), qPrintable(check.details));

    StoreWatcher watcher(m_store.get());
    QSignalSpy changed(&watcher, &StoreWatcher::changed);
    watcher.start();
    CHECKED(before, m_store->changeStamp());
    QVERIFY(before.startsWith("own:"));
    // Our writers, in other processes too, still move the counter.
    const Run saved = zcrm(m_spec,
                           { QStringLiteral("tokens"), QStringLiteral("save"), QStringLiteral("--user"),
                             QStringLiteral("fallback@example.com"), QStringLiteral("--refresh-token"),
                             QStringLiteral("1000.refresh.fallback") });
    QVERIFY2(saved.exitCode == 0, saved.err.constData());
    const qint64 addedMs = waitForChange(
        changed, [](const TokenChanges &c) { return addsUser(c, QStringLiteral("fallback@example.com")); });
    QVERIFY2(addedMs >= 0 && addedMs <= kSeenWithinMs, qPrintable(QString::number(addedMs)));
    const QString id = QString::fromUtf8(saved.out).trimmed();
    const Run deleted = zcrm(m_spec, { QStringLiteral("tokens"), QStringLiteral("delete"), id });
    QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
    QVERIFY(waitForChange(changed, [&](const TokenChanges &c) { return c.removed == QStringList { id }; })
            >= 0);
    CHECKED(taken, m_store->tryAcquireLease(QStringLiteral("1"), QStringLiteral("watcher-test"), 60000));
    QVERIFY(taken);
    CHECKED(afterLease, m_store->changeStamp());
    CHECKED(again, m_store->changeStamp());
    QCOMPARE(afterLease, again);
#else
    QFAIL("built without the SQL command-line helper");
#endif
}

QTEST_GUILESS_MAIN(StoreWatcherTest)
#include "tst_storewatcher.moc"
