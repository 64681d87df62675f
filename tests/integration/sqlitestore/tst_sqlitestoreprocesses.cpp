// Several processes on one SQLite store (zcrm_store_worker, started with QProcess): no save lost, ids
// unique, each lease taken once in its window, a killed holder's lease runs out; for both statement
// paths of the store.
#include "storeregistry.h"

#include <QDateTime>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

namespace {

template<typename T> QString describe(const StoreResult<T> &result)
{
    return result.ok() ? QStringLiteral("ok") : result.error().toString();
}

} // namespace

class SqliteStoreProcessesTest : public QObject
{
    Q_OBJECT

private:
    QString spec(const QString &name) const;
    QProcess *startWorker(const QStringList &arguments);

    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<QProcess>> m_workers;

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void twoProcessesCreatingOneFileBothSucceed();
    void twoProcessesSavingAtOnceLoseNothing();
    void fourProcessesTakeEachLeaseOnce();
    void theLeaseOfAKilledHolderRunsOut();
    void cachedRowsFollowAnotherProcess();
};

void SqliteStoreProcessesTest::initTestCase_data()
{
    QTest::addColumn<bool>("qtSqlOnly");
    QTest::newRow("driver handle") << false;
    QTest::newRow("QSqlQuery") << true;
}

void SqliteStoreProcessesTest::init()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(qEnvironmentVariable("ZCRM_STORE_WORKER")), "ZCRM_STORE_WORKER names no program");
    QFETCH_GLOBAL(bool, qtSqlOnly);
    qputenv("ZCRM_SQLITE_QTSQL_ONLY", qtSqlOnly ? "1" : "0"); // the workers inherit it
}

void SqliteStoreProcessesTest::cleanup()
{
    for (auto &worker : m_workers) {
        if (worker->state() != QProcess::NotRunning) {
            worker->kill();
            worker->waitForFinished(10000);
        }
    }
    m_workers.clear();
}

QString SqliteStoreProcessesTest::spec(const QString &name) const
{
    QFETCH_GLOBAL(bool, qtSqlOnly);
    return QStringLiteral("sqlite:%1/%2-%3.db").arg(m_dir.path(), name, qtSqlOnly ? "qtsql" : "handle");
}

QProcess *SqliteStoreProcessesTest::startWorker(const QStringList &arguments)
{
    m_workers.push_back(std::make_unique<QProcess>());
    m_workers.back()->start(qEnvironmentVariable("ZCRM_STORE_WORKER"), arguments);
    return m_workers.back().get();
}

void SqliteStoreProcessesTest::twoProcessesCreatingOneFileBothSucceed()
{
    // Both find no file: one creates it, the other opens what the first is creating.
    const QString store = spec(QStringLiteral("created"));
    for (const QString &prefix : { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") })
        startWorker({ QStringLiteral("save"), store, prefix, QStringLiteral("50") });
    for (auto &worker : m_workers) {
        QVERIFY(worker->waitForFinished(60000));
        QVERIFY2(worker->exitCode() == 0, worker->readAllStandardError().constData());
    }
    auto opened = StoreRegistry::instance().create(store);
    QVERIFY2(opened.ok(), qPrintable(describe(opened)));
    QCOMPARE(opened.value()->getTokens().value().size(), 150);
}

void SqliteStoreProcessesTest::twoProcessesSavingAtOnceLoseNothing()
{
    const QString store = spec(QStringLiteral("shared"));
    QProcess *first =
        startWorker({ QStringLiteral("save"), store, QStringLiteral("a"), QStringLiteral("1000") });
    QProcess *second =
        startWorker({ QStringLiteral("save"), store, QStringLiteral("b"), QStringLiteral("1000") });
    for (QProcess *process : { first, second }) {
        QVERIFY(process->waitForFinished(120000));
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
    }
    auto opened = StoreRegistry::instance().create(store);
    QVERIFY(opened.ok());
    auto rows = opened.value()->getTokens();
    QVERIFY(rows.ok());
    QCOMPARE(rows.value().size(), 2000);
    QSet<QString> ids;
    QSet<QString> users;
    bool interleaved = false;
    for (int i = 0; i < rows.value().size(); ++i) {
        const Token &row = rows.value().at(i);
        ids.insert(row.id);
        users.insert(row.userName);
        QVERIFY(row.refreshToken.startsWith(QLatin1String("1000.refresh.")));
        if (i > 0 && row.userName.at(0) != rows.value().at(i - 1).userName.at(0))
            interleaved = true;
    }
    QCOMPARE(users.size(), 2000);
    QCOMPARE(ids.size(), 2000);
    for (int id = 1; id <= 2000; ++id)
        QVERIFY(ids.contains(QString::number(id)));
    if (!interleaved)
        qWarning("the two processes did not overlap this time; the test proved less than it could");
}

void SqliteStoreProcessesTest::fourProcessesTakeEachLeaseOnce()
{
    const QString store = spec(QStringLiteral("leases"));
    {
        auto opened = StoreRegistry::instance().create(store);
        QVERIFY(opened.ok());
        TokenList tokens;
        for (int i = 0; i < 50; ++i) {
            Token token;
            token.userName = QStringLiteral("lease%1@example.com").arg(i);
            token.refreshToken = QStringLiteral("1000.refresh.%1").arg(i);
            tokens.append(token);
        }
        QVERIFY(opened.value()->saveTokens(tokens).ok());
    }
    // 2,000 attempts on 50 tokens within one lease window (10 minutes).
    for (int i = 0; i < 4; ++i)
        startWorker({ QStringLiteral("lease"), store, QStringLiteral("worker-%1").arg(i),
                      QStringLiteral("500"), QStringLiteral("50"), QStringLiteral("600000") });
    QHash<QString, QStringList> takers;
    for (auto &worker : m_workers) {
        QVERIFY(worker->waitForFinished(120000));
        QVERIFY2(worker->exitCode() == 0, worker->readAllStandardError().constData());
        for (const QByteArray &line : worker->readAllStandardOutput().split('\n')) {
            if (line.startsWith("took "))
                takers[QString::fromLatin1(line.mid(5))].append(worker->arguments().at(2));
        }
    }
    QCOMPARE(takers.size(), 50); // every token was taken …
    for (auto it = takers.cbegin(); it != takers.cend(); ++it) // … by exactly one process
        QVERIFY2(it.value().size() == 1,
                 qPrintable(it.key() + QStringLiteral(": ") + it.value().join(QLatin1Char(','))));
    auto opened = StoreRegistry::instance().create(store); // and no row was lost or changed
    QVERIFY(opened.ok());
    auto rows = opened.value()->getTokens();
    QCOMPARE(rows.value().size(), 50);
    for (int i = 0; i < 50; ++i)
        QCOMPARE(rows.value().at(i).refreshToken, QStringLiteral("1000.refresh.%1").arg(i));
}

void SqliteStoreProcessesTest::theLeaseOfAKilledHolderRunsOut()
{
    const QString store = spec(QStringLiteral("killed"));
    auto opened = StoreRegistry::instance().create(store);
    QVERIFY(opened.ok());
    Token token;
    token.userName = QStringLiteral("a@example.com");
    token.refreshToken = QStringLiteral("1000.r");
    QVERIFY(opened.value()->saveToken(token).ok());

    const qint64 leaseMs = 1500;
    QProcess *holder = startWorker({ QStringLiteral("hold"), store, QStringLiteral("1"),
                                     QStringLiteral("doomed"), QString::number(leaseMs) });
    QVERIFY(holder->waitForReadyRead(30000));
    const QList<QByteArray> held = holder->readLine().trimmed().split(' ');
    QCOMPARE(held.value(0), QByteArray("held"));
    const qint64 asked = held.value(1).toLongLong(); // the lease runs at least until asked + leaseMs
    ::kill(pid_t(holder->processId()), SIGKILL);
    QVERIFY(holder->waitForFinished(10000));
    QCOMPARE(holder->exitStatus(), QProcess::CrashExit);

    TokenStore &survivor = *opened.value();
    auto taken = survivor.tryAcquireLease(QStringLiteral("1"), QStringLiteral("survivor"), 30000);
    QVERIFY(taken.ok());
    if (QDateTime::currentMSecsSinceEpoch() < asked + leaseMs)
        QVERIFY(!taken.value()); // still the dead holder's
    QTRY_VERIFY_WITH_TIMEOUT(
        survivor.tryAcquireLease(QStringLiteral("1"), QStringLiteral("survivor"), 30000).value(), 10000);
    QVERIFY(QDateTime::currentMSecsSinceEpoch() >= asked + leaseMs); // not before its time
    QCOMPARE(survivor.findTokenById(QStringLiteral("1")).value()->refreshToken, QStringLiteral("1000.r"));
}

void SqliteStoreProcessesTest::cachedRowsFollowAnotherProcess()
{
    const QString store = spec(QStringLiteral("cache"));
    auto opened = StoreRegistry::instance().create(store);
    QVERIFY(opened.ok());
    TokenStore &reader = *opened.value();
    QCOMPARE(reader.getTokens().value().size(), 0); // from now on it answers from its rows
    QProcess *writer =
        startWorker({ QStringLiteral("save"), store, QStringLiteral("w"), QStringLiteral("3") });
    QVERIFY(writer->waitForFinished(30000));
    QCOMPARE(writer->exitCode(), 0);
    Token partial;
    partial.userName = QStringLiteral("w-2@example.com");
    auto found = reader.findToken(partial);
    QVERIFY2(found.ok() && found.value(), qPrintable(describe(found)));
    QCOMPARE(found.value()->id, QStringLiteral("3"));
    QCOMPARE(reader.getTokens().value().size(), 3);
}

QTEST_GUILESS_MAIN(SqliteStoreProcessesTest)
#include "tst_sqlitestoreprocesses.moc"
