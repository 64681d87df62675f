// What hostile input must not do to `zcrm` and its stores: brick a store, change a file it refuses,
// wait without end, or reach the terminal unescaped. The real executable, real files, real SQLite.
#include "testtokens.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
};

// Runs SQL on a file with Qt's SQLite driver (rollback journal, as the SDK samples leave it).
bool sqlite(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("fixture-") + QString::number(qHash(path));
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (ok && !query.exec(statement)) {
                qWarning().noquote() << statement << query.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

const QString kSdkColumns = QStringLiteral(
    "id varchar(10) NOT NULL, user_name varchar(255), client_id varchar(255), client_secret varchar(255), "
    "refresh_token varchar(255), access_token varchar(255), grant_token varchar(255), expiry_time "
    "varchar(20), "
    "redirect_url varchar(255), api_domain varchar(255)");

QString sdkRow(int id)
{
    return QStringLiteral("INSERT INTO oauthtoken (id, user_name, client_id, client_secret, refresh_token, "
                          "access_token, "
                          "grant_token, expiry_time, redirect_url, api_domain) VALUES ('%1', 'u%1@x.com', "
                          "'c', 's', '1000.r%1', '1000.a%1', "
                          "NULL, '1700000000000', 'http://localhost', 'https://www.zohoapis.com')")
        .arg(id);
}

} // namespace

class HostileInputTest : public QObject
{
    Q_OBJECT

private:
    Run zcrm(const QStringList &arguments, bool asNobody = false);
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase();
    void aSaveNeverWritesWhatTheStoreRefusesToRead_data();
    void aSaveNeverWritesWhatTheStoreRefusesToRead();
    void idOverflowIsDetected_data();
    void idOverflowIsDetected();
    void dataIsBounded();
    void timeoutsAreBounded();
    void aLockedDatabaseWaitsWhatItSays_data();
    void aLockedDatabaseWaitsWhatItSays();
    void aRefusedSqliteFileIsLeftByteForByte_data();
    void aRefusedSqliteFileIsLeftByteForByte();
    void damageIsReportedAsDamage();
    void aStoreThatCannotBeReadIsNotEmpty_data();
    void aStoreThatCannotBeReadIsNotEmpty();
    void aFolderWithoutSearchPermissionIsNamed_data();
    void aFolderWithoutSearchPermissionIsNamed();
    void headersCannotSmuggleLines();
    void exitCodesSayWhatKindOfMistake();
    void messagesQuoteInputEscapedAndCut();
    void tablesEscapeControlCharacters();
    void filesystemOdditiesGetTheRealReason();
};

void HostileInputTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Another user runs zcrm in here in the permission tests.
    QFile::setPermissions(m_dir.path(), QFileDevice::Permissions::fromInt(0x7777));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("home")));
    QFile::setPermissions(path(QStringLiteral("home")), QFileDevice::Permissions::fromInt(0x7777));
}

Run HostileInputTest::zcrm(const QStringList &arguments, bool asNobody)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("ZCRM_STORE"));
    environment.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("home")));
    environment.insert(QStringLiteral("ZCRM_SQLITE_BUSY_TIMEOUT_MS"), QStringLiteral("1000"));
    process.setProcessEnvironment(environment);
    const QString binary = qEnvironmentVariable("ZCRM_BINARY_DIR") + QStringLiteral("/app/cli/zcrm");
    QElapsedTimer timer;
    timer.start();
    if (asNobody && ::geteuid() == 0)
        process.start(QStringLiteral("setpriv"),
                      QStringList { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                    QStringLiteral("--clear-groups"), QStringLiteral("--"), binary }
                          + arguments);
    else
        process.start(binary, arguments);
    Run run;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.elapsedMs = timer.elapsed();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void HostileInputTest::aSaveNeverWritesWhatTheStoreRefusesToRead_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QStringList>("save");
    const QStringList user { QStringLiteral("--user"), QStringLiteral("b@b.c"),
                             QStringLiteral("--refresh-token"), QStringLiteral("RT2") };
    for (const char *scheme : { "file", "sqlite" }) {
        const QString s = QString::fromLatin1(scheme);
        QTest::addRow("%s: 19-digit expiry", scheme)
            << s
            << user + QStringList { QStringLiteral("--expiry-time"), QStringLiteral("1000000000000000000") };
        QTest::addRow("%s: year 10000", scheme)
            << s << user + QStringList { QStringLiteral("--expiry-time"), QStringLiteral("253402300800000") };
        for (const char *id : { "+5", " 7 ", "007", "abc", "-3", "0", "9223372036854775808" })
            QTest::addRow("%s: id '%s'", scheme, id)
                << s << user + QStringList { QStringLiteral("--id"), QString::fromLatin1(id) };
    }
}

void HostileInputTest::aSaveNeverWritesWhatTheStoreRefusesToRead()
{
    QFETCH(QString, scheme);
    QFETCH(QStringList, save);
    const QString spec = scheme + QLatin1Char(':')
        + path(QStringLiteral("save-")
               + QString::fromLatin1(QTest::currentDataTag())
                     .replace(QRegularExpression(QStringLiteral("[^a-z0-9]")), QStringLiteral("_")));
    Run run = zcrm({ QStringLiteral("--store"), spec, QStringLiteral("tokens"), QStringLiteral("save"),
                     QStringLiteral("--user"), QStringLiteral("a@a.c"), QStringLiteral("--refresh-token"),
                     QStringLiteral("RT1") });
    QCOMPARE(run.exitCode, 0);
    run =
        zcrm(QStringList { QStringLiteral("--store"), spec, QStringLiteral("tokens"), QStringLiteral("save") }
             + save);
    QCOMPARE(run.exitCode, 2); // the caller's mistake, said before anything is written
    QCOMPARE(run.err.count('\n'), 1);
    // The store still reads, with the token that was there.
    run = zcrm({ QStringLiteral("--store"), spec, QStringLiteral("tokens"), QStringLiteral("list"),
                 QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray rows = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().toObject().value(QStringLiteral("user_name")).toString(), QStringLiteral("a@a.c"));
}

void HostileInputTest::idOverflowIsDetected_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::newRow("file") << QStringLiteral("file");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
}

void HostileInputTest::idOverflowIsDetected()
{
    QFETCH(QString, scheme);
    const QString spec = scheme + QLatin1Char(':') + path(QStringLiteral("overflow-") + scheme);
    Run run = zcrm({ QStringLiteral("--store"), spec, QStringLiteral("tokens"), QStringLiteral("save"),
                     QStringLiteral("--id"), QStringLiteral("9223372036854775807"), QStringLiteral("--user"),
                     QStringLiteral("max@x.c"), QStringLiteral("--refresh-token"), QStringLiteral("RT1") });
    QCOMPARE(run.exitCode, 0); // the largest qint64 is an id
    run = zcrm({ QStringLiteral("--store"), spec, QStringLiteral("tokens"), QStringLiteral("save"),
                 QStringLiteral("--user"), QStringLiteral("next@x.c"), QStringLiteral("--refresh-token"),
                 QStringLiteral("RT2") });
    // Refused (no id is left after it) or given a free positive id: never a negative one.
    if (run.exitCode != 0) {
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("no token id is left"), run.err.constData());
    } else {
        bool ok = false;
        QVERIFY(run.out.trimmed().toLongLong(&ok) > 0 && ok);
    }
    run = zcrm({ QStringLiteral("--store"), spec, QStringLiteral("tokens"), QStringLiteral("list"),
                 QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    for (const QJsonValue &row : QJsonDocument::fromJson(run.out).array()) {
        bool ok = false;
        QVERIFY(row.toObject().value(QStringLiteral("id")).toString().toLongLong(&ok) > 0 && ok);
    }
}

void HostileInputTest::dataIsBounded()
{
    const QString spec = QStringLiteral("file:") + path(QStringLiteral("data.csv"));
    const QString fifo = path(QStringLiteral("data-fifo"));
    QCOMPARE(QProcess::execute(QStringLiteral("mkfifo"), { fifo }), 0);
    const QString huge = path(QStringLiteral("huge.json"));
    QFile file(huge);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(65LL * 1024 * 1024)); // sparse: costs nothing on disk
    file.close();
    for (const QString &data : { QStringLiteral("@/dev/zero"), QStringLiteral("@") + fifo,
                                 QStringLiteral("@") + huge, QStringLiteral("@") + m_dir.path() }) {
        const Run run = zcrm({ QStringLiteral("--store"), spec, QStringLiteral("api"), QStringLiteral("POST"),
                               QStringLiteral("Leads"), QStringLiteral("--data"), data });
        QVERIFY2(run.exitCode == 2, qPrintable(data + QLatin1Char(' ') + QString::fromUtf8(run.err)));
        QVERIFY2(run.elapsedMs < 10000, qPrintable(data));
        QCOMPARE(run.err.count('\n'), 1);
    }
}

void HostileInputTest::timeoutsAreBounded()
{
    const QString spec = QStringLiteral("file:") + path(QStringLiteral("timeouts.csv"));
    for (const char *value : { "nan", "NaN", "inf", "-inf", "0.0001", "0", "-1", "1e300", "86401", "soon" }) {
        Run run =
            zcrm({ QStringLiteral("--store"), spec, QStringLiteral("login"), QStringLiteral("--client-id"),
                   QStringLiteral("c"), QStringLiteral("--client-secret"), QStringLiteral("s"),
                   QStringLiteral("--no-browser"), QStringLiteral("--timeout"), QString::fromLatin1(value) });
        QVERIFY2(run.exitCode == 2, value);
        QVERIFY2(run.elapsedMs < 10000, value);
        run = zcrm({ QStringLiteral("--store"), spec, QStringLiteral("api"), QStringLiteral("GET"),
                     QStringLiteral("Leads"), QStringLiteral("--timeout"), QString::fromLatin1(value) });
        QVERIFY2(run.exitCode == 2, value);
    }
}

void HostileInputTest::aLockedDatabaseWaitsWhatItSays_data()
{
    QTest::addColumn<QString>("lock");
    QTest::newRow("exclusive (a commit under way)") << QStringLiteral("BEGIN EXCLUSIVE");
    QTest::newRow("reserved (a write transaction)") << QStringLiteral("BEGIN IMMEDIATE");
}

void HostileInputTest::aLockedDatabaseWaitsWhatItSays()
{
    QFETCH(QString, lock);
    // An SDK file (rollback journal) that another program holds locked for writing.
    const QString file = path(QStringLiteral("locked-%1.db").arg(lock.section(QLatin1Char(' '), 1)));
    QVERIFY(sqlite(
        file,
        { QStringLiteral("CREATE TABLE oauthtoken (%1, primary key (id))").arg(kSdkColumns), sdkRow(1) }));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
    db.setDatabaseName(file);
    QVERIFY(db.open());
    {
        QSqlQuery holder(db);
        QVERIFY(holder.exec(lock));
        const Run run = zcrm({ QStringLiteral("--store"), QStringLiteral("sqlite:") + file,
                               QStringLiteral("tokens"), QStringLiteral("list") });
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains("1000 ms"), run.err.constData());
        // ZCRM_SQLITE_BUSY_TIMEOUT_MS=1000, and a process start: well below two waits.
        QVERIFY2(run.elapsedMs >= 900 && run.elapsedMs < 1900, qPrintable(QString::number(run.elapsedMs)));
        QVERIFY(holder.exec(QStringLiteral("ROLLBACK")));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
}

void HostileInputTest::aRefusedSqliteFileIsLeftByteForByte_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<int>("patchOffset"); // -1: none
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<QString>("named");
    QTest::newRow("virtual table") << QStringList {
        QStringLiteral("CREATE VIRTUAL TABLE oauthtoken USING fts5(id, user_name, "
                       "client_id, client_secret, refresh_token, access_token, "
                       "grant_token, expiry_time, redirect_url, api_domain)")
    } << -1 << QByteArray() << QStringLiteral("virtual table");
    QTest::newRow("without rowid") << QStringList {
        QStringLiteral("CREATE TABLE oauthtoken (%1, primary key (id)) WITHOUT ROWID").arg(kSdkColumns),
        sdkRow(1)
    } << -1 << QByteArray() << QStringLiteral("WITHOUT ROWID");
    QTest::newRow("a view") << QStringList { QStringLiteral("CREATE TABLE t (%1)").arg(kSdkColumns),
                                             QStringLiteral("CREATE VIEW oauthtoken AS SELECT * FROM t") }
                            << -1 << QByteArray() << QStringLiteral("is a view");
    QTest::newRow("reserved bytes") << QStringList {
        QStringLiteral("CREATE TABLE oauthtoken (%1, primary key (id))").arg(kSdkColumns), sdkRow(1)
    } << 20 << QByteArray(1, '\x08') << QStringLiteral("reserve 8 bytes");
    QStringList many { QStringLiteral("CREATE TABLE oauthtoken (%1, primary key (id))").arg(kSdkColumns) };
    for (int i = 1; i <= 300; ++i)
        many.append(sdkRow(i));
    // A leaf page of the table, its header and cell pointers overwritten.
    QTest::newRow("damaged page") << many << 4 * 4096 << QByteArray(64, '\xff') << QStringLiteral("damaged");
    QTest::newRow("duplicate id, no primary key")
        << QStringList { QStringLiteral("CREATE TABLE oauthtoken (%1)").arg(kSdkColumns), sdkRow(1),
                         sdkRow(1) }
        << -1 << QByteArray() << QStringLiteral("more than one row");
}

void HostileInputTest::aRefusedSqliteFileIsLeftByteForByte()
{
    QFETCH(QStringList, statements);
    QFETCH(int, patchOffset);
    QFETCH(QByteArray, patch);
    QFETCH(QString, named);
    const QString file = path(
        QStringLiteral("refused-%1.db")
            .arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'))));
    QVERIFY(sqlite(file, statements));
    if (patchOffset >= 0) {
        QFile bytes(file);
        QVERIFY(bytes.open(QIODevice::ReadWrite));
        QVERIFY(bytes.size() > patchOffset + patch.size());
        QVERIFY(bytes.seek(patchOffset));
        QCOMPARE(bytes.write(patch), patch.size());
    }
    const QByteArray before = TestTokens::fileChecksum(file);
    const QString spec = QStringLiteral("sqlite:") + file;
    for (const QStringList &arguments :
         { QStringList { QStringLiteral("tokens"), QStringLiteral("list") },
           QStringList { QStringLiteral("tokens"), QStringLiteral("save"), QStringLiteral("--user"),
                         QStringLiteral("a@b.c"), QStringLiteral("--refresh-token"),
                         QStringLiteral("1000.r") },
           QStringList { QStringLiteral("stores"), QStringLiteral("check"), spec } }) {
        const Run run = zcrm(QStringList { QStringLiteral("--store"), spec } + arguments);
        QVERIFY2(
            run.exitCode == 4,
            qPrintable(arguments.join(QLatin1Char(' ')) + QLatin1Char(' ') + QString::fromUtf8(run.err)));
        QVERIFY2(run.err.contains(named.toUtf8()), run.err.constData());
        QVERIFY(run.err.contains("left as it is"));
        QCOMPARE(TestTokens::fileChecksum(file), before);
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
    }
}

void HostileInputTest::damageIsReportedAsDamage()
{
    // A table without a primary key that gets a duplicate id after zcrm opened it: one deletion must not
    // take both rows.
    const QString file = path(QStringLiteral("no-key.db"));
    QVERIFY(sqlite(
        file, { QStringLiteral("CREATE TABLE oauthtoken (%1)").arg(kSdkColumns), sdkRow(1), sdkRow(2) }));
    const QString spec = QStringLiteral("sqlite:") + file;
    QCOMPARE(
        zcrm({ QStringLiteral("--store"), spec, QStringLiteral("tokens"), QStringLiteral("list") }).exitCode,
        0);
    QVERIFY(sqlite(file, { sdkRow(2) }));
    const Run removed = zcrm({ QStringLiteral("--store"), spec, QStringLiteral("tokens"),
                               QStringLiteral("delete"), QStringLiteral("2") });
    QCOMPARE(removed.exitCode, 4);
    QVERIFY2(removed.err.contains("more than one row") || removed.err.contains("rows"),
             removed.err.constData());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
    db.setDatabaseName(file);
    QVERIFY(db.open());
    {
        QSqlQuery count(db);
        QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM oauthtoken WHERE id = '2'")) && count.next());
        QCOMPARE(count.value(0).toInt(), 2);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
}

void HostileInputTest::aStoreThatCannotBeReadIsNotEmpty_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("kind");
    for (const char *scheme : { "file", "sqlite" }) {
        QTest::addRow("%s: link loop", scheme) << QString::fromLatin1(scheme) << QStringLiteral("loop");
        QTest::addRow("%s: self-link", scheme) << QString::fromLatin1(scheme) << QStringLiteral("self");
    }
}

void HostileInputTest::aStoreThatCannotBeReadIsNotEmpty()
{
    QFETCH(QString, scheme);
    QFETCH(QString, kind);
    const QString a = path(QStringLiteral("%1-%2-a").arg(scheme, kind));
    const QString b = path(QStringLiteral("%1-%2-b").arg(scheme, kind));
    if (kind == QLatin1String("loop")) {
        QVERIFY(QFile::link(b, a));
        QVERIFY(QFile::link(a, b));
    } else {
        QVERIFY(QFile::link(a, a));
    }
    const QString spec = scheme + QLatin1Char(':') + a;
    for (const QStringList &arguments :
         { QStringList { QStringLiteral("tokens"), QStringLiteral("list") },
           QStringList { QStringLiteral("stores"), QStringLiteral("check"), spec },
           QStringList { QStringLiteral("tokens"), QStringLiteral("save"), QStringLiteral("--user"),
                         QStringLiteral("a@b.c"), QStringLiteral("--refresh-token"),
                         QStringLiteral("1000.r") } }) {
        const Run run = zcrm(QStringList { QStringLiteral("--store"), spec } + arguments);
        QVERIFY2(
            run.exitCode == 4,
            qPrintable(arguments.join(QLatin1Char(' ')) + QLatin1Char(' ') + QString::fromUtf8(run.err)));
        QVERIFY2(run.err.contains("Too many levels of symbolic links"), run.err.constData());
        QVERIFY(run.out.isEmpty());
        QVERIFY(QFileInfo(a).isSymLink());
    }
    QVERIFY(!QFile::exists(a + QStringLiteral(".zcrm.csv")));
}

void HostileInputTest::aFolderWithoutSearchPermissionIsNamed_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::newRow("file") << QStringLiteral("file");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
}

void HostileInputTest::aFolderWithoutSearchPermissionIsNamed()
{
    QFETCH(QString, scheme);
    if (::geteuid() == 0 && QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
        QSKIP("running as root without setpriv: no other user to be");
    // Readable but not searchable: its files cannot even be looked at.
    const QString folder = path(QStringLiteral("closed-") + scheme);
    QVERIFY(QDir().mkpath(folder));
    QFile::setPermissions(folder,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                              | QFileDevice::ReadOther);
    const QString spec = scheme + QLatin1Char(':') + folder + QStringLiteral("/tokens");
    for (const QStringList &arguments :
         { QStringList { QStringLiteral("tokens"), QStringLiteral("list") },
           QStringList { QStringLiteral("stores"), QStringLiteral("check"), spec },
           QStringList { QStringLiteral("tokens"), QStringLiteral("save"), QStringLiteral("--user"),
                         QStringLiteral("a@b.c"), QStringLiteral("--refresh-token"),
                         QStringLiteral("1000.r") } }) {
        const Run run = zcrm(QStringList { QStringLiteral("--store"), spec } + arguments, true);
        QVERIFY2(
            run.exitCode == 4,
            qPrintable(arguments.join(QLatin1Char(' ')) + QLatin1Char(' ') + QString::fromUtf8(run.err)));
        QVERIFY2(run.err.contains("Permission denied"), run.err.constData());
    }
    // A folder the other user may search but not write: the reason is the folder, not a missing file.
    const QString readOnly = path(QStringLiteral("readonly-") + scheme);
    QVERIFY(QDir().mkpath(readOnly));
    QFile::setPermissions(readOnly, QFileDevice::Permissions::fromInt(0x7755));
    const Run run =
        zcrm({ QStringLiteral("--store"), scheme + QLatin1Char(':') + readOnly + QStringLiteral("/tokens"),
               QStringLiteral("tokens"), QStringLiteral("save"), QStringLiteral("--user"),
               QStringLiteral("a@b.c"), QStringLiteral("--refresh-token"), QStringLiteral("1000.r") },
             true);
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains("Permission denied") && run.err.contains(readOnly.toUtf8())
                 && !run.err.contains("No such file"),
             run.err.constData());
}

void HostileInputTest::headersCannotSmuggleLines()
{
    const QString spec = QStringLiteral("file:") + path(QStringLiteral("headers.csv"));
    for (const QString &header :
         { QStringLiteral("X-A: b\r\nX-Evil: 1"), QStringLiteral("X-A: b\nX-Evil: 1"),
           QStringLiteral("X\r\nEvil: 1"), QStringLiteral("Authorization: Zoho-oauthtoken SECRET\r\n1") }) {
        const Run run = zcrm({ QStringLiteral("--store"), spec, QStringLiteral("api"), QStringLiteral("GET"),
                               QStringLiteral("Leads"), QStringLiteral("--header"), header });
        QVERIFY2(run.exitCode == 2, run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY(!run.err.contains("SECRET")); // a value may be a secret: never quoted
    }
}

void HostileInputTest::exitCodesSayWhatKindOfMistake()
{
    const QString spec = QStringLiteral("file:") + path(QStringLiteral("exit-codes.csv"));
    const QList<QStringList> cases {
        { QStringLiteral("--store"), QStringLiteral("bogus:x"), QStringLiteral("tokens"),
          QStringLiteral("list") },
        { QStringLiteral("--store"), QStringLiteral("no-colon"), QStringLiteral("tokens"),
          QStringLiteral("list") },
        { QStringLiteral("--store"), QStringLiteral("file:"), QStringLiteral("tokens"),
          QStringLiteral("list") },
        { QStringLiteral("stores"), QStringLiteral("check"), QString() },
        { QStringLiteral("stores"), QStringLiteral("check"), QStringLiteral("bogus:") },
        { QStringLiteral("--store"), spec, QStringLiteral("login"), QStringLiteral("--client-id"),
          QStringLiteral("c"), QStringLiteral("--client-secret"), QStringLiteral("s"),
          QStringLiteral("--no-browser"), QStringLiteral("--redirect-uri"),
          QStringLiteral("http://localhost:99999/callback") },
        { QStringLiteral("--store"), spec, QStringLiteral("login"), QStringLiteral("--client-id"),
          QStringLiteral("c"), QStringLiteral("--client-secret"), QStringLiteral("s"),
          QStringLiteral("--no-browser"), QStringLiteral("--redirect-uri"), QStringLiteral("not a uri") },
        { QStringLiteral("--store"), spec, QStringLiteral("tokens"), QStringLiteral("find"),
          QStringLiteral("--user=") },
        { QStringLiteral("--store"), spec, QStringLiteral("tokens"), QStringLiteral("save"),
          QStringLiteral("--user="), QStringLiteral("--refresh-token"), QStringLiteral("r") },
        { QStringLiteral("--store"), spec, QStringLiteral("tokens"), QStringLiteral("save"),
          QStringLiteral("--user"), QStringLiteral("a@b.c"), QStringLiteral("--refresh-token=") },
        { QStringLiteral("--store"), spec, QStringLiteral("tokens"), QStringLiteral("save"),
          QStringLiteral("--id"), QStringLiteral("abc"), QStringLiteral("--refresh-token"),
          QStringLiteral("r") },
        { QStringLiteral("--store"), spec, QStringLiteral("tokens"), QStringLiteral("show"), QString() },
        { QStringLiteral("--store"), spec, QStringLiteral("tokens"), QStringLiteral("delete"), QString() },
    };
    for (const QStringList &arguments : cases) {
        const Run run = zcrm(arguments);
        QVERIFY2(
            run.exitCode == 2,
            qPrintable(arguments.join(QLatin1Char('|')) + QLatin1Char(' ') + QString::fromUtf8(run.err)));
        QCOMPARE(run.err.count('\n'), 1);
    }
    const Run port = zcrm(cases.at(5));
    QVERIFY2(port.err.contains("99999"), port.err.constData());
    QVERIFY(!QFile::exists(path(QStringLiteral("exit-codes.csv"))));
}

void HostileInputTest::messagesQuoteInputEscapedAndCut()
{
    const QString spec = QStringLiteral("file:") + path(QStringLiteral("messages.csv"));
    const QString escape = QStringLiteral("\x1b]0;pwned\x07");
    const QString longWord = QString(500, QLatin1Char('w'));
    for (const QStringList &arguments :
         { QStringList { escape }, QStringList { longWord },
           QStringList { QStringLiteral("tokens"), escape + longWord },
           QStringList { QStringLiteral("--store"), spec, QStringLiteral("tokens"), QStringLiteral("show"),
                         escape },
           QStringList { QStringLiteral("--store"), spec, QStringLiteral("api"), escape,
                         QStringLiteral("Leads") },
           QStringList { QStringLiteral("--store"), spec, QStringLiteral("tokens"), QStringLiteral("save"),
                         QStringLiteral("--id"), escape + longWord, QStringLiteral("--refresh-token"),
                         QStringLiteral("r") } }) {
        const Run run = zcrm(arguments);
        QVERIFY(run.exitCode == 2 || run.exitCode == 3);
        QVERIFY2(!run.err.contains('\x1b') && !run.err.contains('\x07'), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY2(run.err.size() < 400, run.err.constData()); // the input is cut near 80 characters
        if (arguments.contains(escape) || arguments.last().startsWith(escape))
            QVERIFY2(run.err.contains("\\x1b"), run.err.constData());
    }
    // A secret given where an id was expected is not quoted back.
    const Run secret = zcrm({ QStringLiteral("--store"), spec, QStringLiteral("tokens"),
                              QStringLiteral("save"), QStringLiteral("--id"), QStringLiteral("7"),
                              QStringLiteral("--refresh-token"), QStringLiteral("1000.SECRETSECRET"),
                              QStringLiteral("--expiry-time"), QStringLiteral("99999999999999999") });
    QCOMPARE(secret.exitCode, 2);
    QVERIFY(!secret.err.contains("SECRETSECRET"));
}

void HostileInputTest::tablesEscapeControlCharacters()
{
    const QString spec = QStringLiteral("file:") + path(QStringLiteral("table.csv"));
    Run run = zcrm({ QStringLiteral("--store"), spec, QStringLiteral("tokens"), QStringLiteral("save"),
                     QStringLiteral("--user"), QStringLiteral("a\x1b]0;retitled\x07@b.c"),
                     QStringLiteral("--api-domain"), QStringLiteral("https://x\x1b[2J"),
                     QStringLiteral("--refresh-token"), QStringLiteral("1000.r") });
    QCOMPARE(run.exitCode, 0);
    for (const QString &sub : { QStringLiteral("list"), QStringLiteral("show") }) {
        run = zcrm(QStringList { QStringLiteral("--store"), spec, QStringLiteral("tokens"), sub }
                   + (sub == QLatin1String("show") ? QStringList { QStringLiteral("1") } : QStringList()));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!run.out.contains('\x1b') && !run.out.contains('\x07'), run.out.constData());
        QVERIFY(run.out.contains("a\\x1b]0;retitled\\x07@b.c"));
    }
    // JSON keeps the exact text, escaped the JSON way.
    run = zcrm({ QStringLiteral("--store"), spec, QStringLiteral("tokens"), QStringLiteral("list"),
                 QStringLiteral("--json") });
    QVERIFY(!run.out.contains('\x1b'));
    QCOMPARE(QJsonDocument::fromJson(run.out)
                 .array()
                 .first()
                 .toObject()
                 .value(QStringLiteral("user_name"))
                 .toString(),
             QStringLiteral("a\x1b]0;retitled\x07@b.c"));
}

void HostileInputTest::filesystemOdditiesGetTheRealReason()
{
    QFile regular(path(QStringLiteral("regular")));
    QVERIFY(regular.open(QIODevice::WriteOnly));
    regular.close();
    QVERIFY(QFile::link(path(QStringLiteral("no-such-folder/t.csv")), path(QStringLiteral("dangling"))));
    QVERIFY(QDir().mkpath(path(QStringLiteral("wal-folder.db-wal"))));
    const struct
    {
        QString spec;
        const char *reason;
    } cases[] = {
        { QStringLiteral("file:") + path(QStringLiteral("regular/t.csv")), "regular is not a folder" },
        { QStringLiteral("sqlite:") + path(QStringLiteral("regular/t.db")), "regular is not a folder" },
        { QStringLiteral("file:") + path(QStringLiteral("dangling")), "symbolic link" },
        { QStringLiteral("sqlite:") + path(QStringLiteral("dangling")), "symbolic link" },
        { QStringLiteral("sqlite:") + path(QStringLiteral("wal-folder.db")), "-wal is a folder" },
    };
    for (const auto &c : cases) {
        for (const QStringList &arguments :
             { QStringList { QStringLiteral("tokens"), QStringLiteral("list") },
               QStringList { QStringLiteral("tokens"), QStringLiteral("save"), QStringLiteral("--user"),
                             QStringLiteral("a@b.c"), QStringLiteral("--refresh-token"),
                             QStringLiteral("1000.r") } }) {
            const Run run = zcrm(QStringList { QStringLiteral("--store"), c.spec } + arguments);
            QVERIFY2(run.exitCode == 4, qPrintable(c.spec + QLatin1Char(' ') + QString::fromUtf8(run.err)));
            QVERIFY2(run.err.contains(c.reason), run.err.constData());
        }
    }
    QVERIFY(!QFile::exists(path(QStringLiteral("wal-folder.db"))));
    QVERIFY(QFileInfo(path(QStringLiteral("dangling"))).isSymLink());
}

QTEST_GUILESS_MAIN(HostileInputTest)
#include "tst_hostileinput.moc"
