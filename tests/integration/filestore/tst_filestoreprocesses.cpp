// The `file:` store shared by real processes (filestore_helper, started with QProcess): no lost
// update under two writers, leases that exclude across four processes, a killed holder's lock and
// lease, and the CLI's answer to a corrupt file.
#include "filetokenstore.h"
#include "sdktokenfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

namespace {

// On tmpfs where there is one: every save here is flushed to disk (fsync), and on a
// disk shared with other jobs one fsync took from 0.5 to 15 ms, which made the 2,000 saves last
// from 1.6 to 28 s. What is tested is the lock and the atomic rename, which tmpfs has too.
QString temporaryFolderTemplate()
{
    const QString shared = QStringLiteral("/dev/shm");
    const QString base =
        QFileInfo(shared).isDir() && QFileInfo(shared).isWritable() ? shared : QDir::tempPath();
    return base + QStringLiteral("/zcrm-filestore-XXXXXX");
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Token token(int n)
{
    Token t;
    t.userName = QStringLiteral("user%1@example.com").arg(n);
    t.clientId = QStringLiteral("1000.CLIENT");
    t.clientSecret = QStringLiteral("secret");
    t.refreshToken = QStringLiteral("1000.refresh.%1").arg(n);
    t.accessToken = QStringLiteral("1000.access.%1").arg(n);
    return t;
}

// A running filestore_helper.
class Helper
{
public:
    explicit Helper(const QStringList &arguments)
    {
        m_process.setProgram(QCoreApplication::applicationDirPath() + QStringLiteral("/filestore_helper"));
        m_process.setArguments(arguments);
        m_process.start();
    }
    ~Helper()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // Waits for a line starting with `prefix` and returns it, or an empty string on timeout.
    QByteArray waitForLine(const QByteArray &prefix, int timeoutMs = 30'000)
    {
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            while (m_process.canReadLine()) {
                const QByteArray line = m_process.readLine().trimmed();
                m_lines.append(line);
                if (line.startsWith(prefix))
                    return line;
            }
            if (timer.elapsed() > timeoutMs || m_process.state() == QProcess::NotRunning)
                return {};
            m_process.waitForReadyRead(100);
        }
    }
    // Written at once: QProcess would otherwise send it only when this process is next waited for.
    void go()
    {
        m_process.write("go\n");
        m_process.waitForBytesWritten(5000);
    }
    bool finish(int timeoutMs)
    {
        if (!m_process.waitForFinished(timeoutMs))
            return false;
        while (m_process.canReadLine())
            m_lines.append(m_process.readLine().trimmed());
        return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }
    void killHard() // SIGKILL on Unix: no destructor, no unlock
    {
        m_process.kill();
        m_process.waitForFinished(5000); // reaped, so that its pid is gone
    }
    QByteArray errors() { return m_process.readAllStandardError(); }
    const QList<QByteArray> &lines() const { return m_lines; }

private:
    QProcess m_process;
    QList<QByteArray> m_lines;
};

} // namespace

class FileStoreProcessesTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir { temporaryFolderTemplate() };

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void twoProcessesSaveAThousandUsersEach();
    void leasesExcludeAcrossFourProcesses();
    void killedHoldersLeaseRunsOut();
    void killedProcessLeavesNoLock();
    void cliReportsACorruptFileWithItsLine();
};

void FileStoreProcessesTest::twoProcessesSaveAThousandUsersEach()
{
    const QString path = m_dir.filePath(QStringLiteral("two-writers.csv"));
    Helper first({ QStringLiteral("save"), path, QStringLiteral("a"), QStringLiteral("1000") });
    Helper second({ QStringLiteral("save"), path, QStringLiteral("b"), QStringLiteral("1000") });
    QVERIFY(!first.waitForLine("ready").isEmpty());
    QVERIFY(!second.waitForLine("ready").isEmpty());
    QElapsedTimer timer;
    timer.start();
    first.go();
    second.go();
    QVERIFY2(first.finish(120'000), first.errors().constData());
    QVERIFY2(second.finish(120'000), second.errors().constData());
    qInfo("2 processes x 1,000 saves into one file: %lld ms", timer.elapsed());

    // Every row is there, once, with a unique numeric id, as the SDK's reader sees the file too.
    const SdkTokenFile::Contents contents = SdkTokenFile::parse(contentsOf(path));
    QVERIFY2(contents.ok(), qPrintable(contents.error));
    QCOMPARE(contents.tokens.size(), 2000);
    QSet<QString> ids;
    QSet<QString> users;
    for (const Token &row : contents.tokens) {
        ids.insert(row.id);
        users.insert(row.userName);
        QCOMPARE(row.refreshToken,
                 QStringLiteral("1000.refresh.") + row.userName.section(QLatin1Char('@'), 0, 0));
    }
    QCOMPARE(ids.size(), 2000);
    // The two really wrote in turns (each had to re-read the other's rows under the lock): count
    // the runs of one process's rows in file order.
    int turns = 1;
    for (qsizetype i = 1; i < contents.tokens.size(); ++i)
        turns += contents.tokens.at(i).userName.at(0) != contents.tokens.at(i - 1).userName.at(0);
    qInfo("the processes took turns %d times", turns);
    QVERIFY2(turns >= 10, qPrintable(QString::number(turns)));
    for (int id = 1; id <= 2000; ++id)
        QVERIFY(ids.contains(QString::number(id)));
    for (int n = 0; n < 1000; ++n) {
        QVERIFY(users.contains(QStringLiteral("a-%1@example.com").arg(n)));
        QVERIFY(users.contains(QStringLiteral("b-%1@example.com").arg(n)));
    }
    // Our fields came through the sidecar for every row.
    FileTokenStore store(path);
    const auto all = store.getTokens();
    QVERIFY(all.ok());
    for (const Token &row : all.value()) {
        QCOMPARE(row.scopes, QStringList { QStringLiteral("ZohoCRM.modules.ALL") });
        QVERIFY(row.createdAt > 0);
    }
}

void FileStoreProcessesTest::leasesExcludeAcrossFourProcesses()
{
    const QString path = m_dir.filePath(QStringLiteral("leases.csv"));
    {
        FileTokenStore store(path);
        TokenList tokens;
        for (int n = 0; n < 50; ++n)
            tokens.append(token(n));
        QVERIFY(store.saveTokens(tokens).ok());
    }
    std::vector<std::unique_ptr<Helper>> helpers;
    for (int k = 0; k < 4; ++k) {
        // 500 attempts each over the 50 tokens, each process starting at another token.
        helpers.push_back(std::make_unique<Helper>(QStringList {
            QStringLiteral("lease"), path, QStringLiteral("owner%1").arg(k), QStringLiteral("500"),
            QStringLiteral("50"), QString::number(k * 13), QStringLiteral("600000") }));
    }
    for (auto &helper : helpers)
        QVERIFY(!helper->waitForLine("ready").isEmpty());
    QElapsedTimer timer;
    timer.start();
    for (auto &helper : helpers)
        helper->go();
    QHash<QByteArray, QList<int>> ownersOfToken;
    for (int k = 0; k < 4; ++k) {
        QVERIFY2(helpers[size_t(k)]->finish(120'000), helpers[size_t(k)]->errors().constData());
        QVERIFY(helpers[size_t(k)]->lines().contains("done 500"));
        for (const QByteArray &line : helpers[size_t(k)]->lines()) {
            if (line.startsWith("taken "))
                ownersOfToken[line.mid(6)].append(k);
        }
    }
    qInfo("4 processes x 500 lease attempts on 50 tokens: %lld ms", timer.elapsed());
    QList<int> won(4, 0);
    for (const QList<int> &owners : std::as_const(ownersOfToken)) {
        for (int k : owners)
            ++won[k];
    }
    qInfo("tokens won by each process: %d %d %d %d", won[0], won[1], won[2], won[3]);
    QCOMPARE(ownersOfToken.size(), 50);
    for (auto it = ownersOfToken.cbegin(); it != ownersOfToken.cend(); ++it)
        QVERIFY2(it.value().size() == 1,
                 qPrintable(QStringLiteral("token %1 taken by %2 processes")
                                .arg(QString::fromLatin1(it.key()))
                                .arg(it.value().size())));
}

void FileStoreProcessesTest::killedHoldersLeaseRunsOut()
{
    const QString path = m_dir.filePath(QStringLiteral("killed-lease.csv"));
    FileTokenStore store(path);
    QVERIFY(store.saveToken(token(1)).ok());
    const qint64 leaseMs = 1500;
    Helper holder({ QStringLiteral("hold-lease"), path, QStringLiteral("doomed"), QStringLiteral("1"),
                    QString::number(leaseMs) });
    QVERIFY(!holder.waitForLine("ready").isEmpty());
    const qint64 goAt = QDateTime::currentMSecsSinceEpoch();
    holder.go();
    const QByteArray held = holder.waitForLine("held");
    QVERIFY2(!held.isEmpty(), holder.errors().constData());
    const qint64 reportedUntil = held.mid(5).toLongLong();
    holder.killHard();

    // The holder is gone, but its lease stands until it runs out; then it is free.
    const auto refused = store.tryAcquireLease(QStringLiteral("1"), QStringLiteral("survivor"), 60'000);
    QVERIFY(refused.ok());
    QVERIFY(!refused.value());
    qint64 takenAt = 0;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10'000) {
        const auto taken = store.tryAcquireLease(QStringLiteral("1"), QStringLiteral("survivor"), 60'000);
        QVERIFY(taken.ok());
        if (taken.value()) {
            takenAt = QDateTime::currentMSecsSinceEpoch();
            break;
        }
        QTest::qWait(50);
    }
    QVERIFY2(takenAt > 0, "the dead holder's lease never ran out");
    QVERIFY2(takenAt >= goAt + leaseMs, qPrintable(QString::number(takenAt - goAt)));
    QVERIFY2(takenAt <= reportedUntil + 1000, qPrintable(QString::number(takenAt - reportedUntil)));
}

void FileStoreProcessesTest::killedProcessLeavesNoLock()
{
    const QString path = m_dir.filePath(QStringLiteral("killed-lock.csv"));
    FileTokenStore store(path);
    QVERIFY(store.saveToken(token(1)).ok());
    Helper holder({ QStringLiteral("hold-lock"), path });
    QVERIFY(!holder.waitForLine("ready").isEmpty());
    holder.go();
    QVERIFY2(!holder.waitForLine("locked").isEmpty(), holder.errors().constData());

    store.setLockTimeout(300);
    const auto busy = store.saveToken(token(2));
    QVERIFY(!busy.ok());
    QCOMPARE(busy.error().code(), StoreError::Code::Busy);

    holder.killHard(); // killed inside its read-modify-write, as it were
    store.setLockTimeout(2000);
    QElapsedTimer timer;
    timer.start();
    const auto saved = store.saveToken(token(2));
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));
    QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(store.getTokens().value().size(), 2);
}

void FileStoreProcessesTest::cliReportsACorruptFileWithItsLine()
{
    const QString zcrm = qEnvironmentVariable("ZCRM_BINARY_DIR") + QStringLiteral("/app/cli/zcrm");
    QVERIFY2(QFile::exists(zcrm), qPrintable(zcrm + QStringLiteral(" is not built")));
    QFile data(qEnvironmentVariable("ZCRM_TEST_DATA") + QStringLiteral("/file/corrupt_torn_row.csv"));
    QVERIFY(data.open(QIODevice::ReadOnly));
    const QByteArray original = data.readAll();
    const QString path = m_dir.filePath(QStringLiteral("torn.csv"));
    QFile copy(path);
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(original);
    copy.close();
    const QByteArray before = QCryptographicHash::hash(original, QCryptographicHash::Sha256);

    const QList<QStringList> commands {
        { QStringLiteral("tokens"), QStringLiteral("list") },
        { QStringLiteral("tokens"), QStringLiteral("save"), QStringLiteral("--user"), QStringLiteral("a@b.c"),
          QStringLiteral("--access-token"), QStringLiteral("1000.x") },
        { QStringLiteral("tokens"), QStringLiteral("delete"), QStringLiteral("1") },
        { QStringLiteral("tokens"), QStringLiteral("purge"), QStringLiteral("--yes") },
    };
    for (const QStringList &command : commands) {
        QProcess process;
        process.start(zcrm,
                      QStringList { QStringLiteral("--store"), QStringLiteral("file:") + path } + command);
        QVERIFY(process.waitForFinished(30'000));
        const QByteArray errors = process.readAllStandardError();
        QCOMPARE(process.exitCode(), 4);
        QCOMPARE(errors.count('\n'), 1);
        QVERIFY2(errors.contains(path.toUtf8()), errors.constData());
        QVERIFY2(errors.contains("line 3: 5 fields where the header has 10"), errors.constData());
        QCOMPARE(QCryptographicHash::hash(contentsOf(path), QCryptographicHash::Sha256), before);
    }
}

QTEST_GUILESS_MAIN(FileStoreProcessesTest)
#include "tst_filestoreprocesses.moc"
