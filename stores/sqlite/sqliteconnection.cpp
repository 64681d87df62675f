#include "sqliteconnection.h"

#include "sqlitedriverhandle.h"
#include "sqlitequerystatement.h"

#ifdef ZCRM_SQLITE_DRIVER_HANDLE
#include "sqlitehandlestatement.h"
#endif

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <utility>

SqliteConnection::SqliteConnection(Settings settings)
    : m_settings(std::move(settings))
{
    static QAtomicInteger<quint64> counter;
    m_name = QStringLiteral("zcrm-sqlite-%1").arg(counter.fetchAndAddRelaxed(1));
}

SqliteConnection::~SqliteConnection()
{
    m_begin = m_commit = m_rollback = nullptr;
    m_statements.clear();
    if (m_database.isValid())
        m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

int SqliteConnection::open()
{
    m_database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    if (!m_database.isValid())
        return fail(
            kDriverMissing,
            QCoreApplication::translate("SqliteConnection",
                                        "Qt's SQLite driver is not installed (package libqt6sql6-sqlite)"));
    m_database.setDatabaseName(m_settings.path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_settings.busyTimeoutMs);
    if (m_settings.readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    m_database.setConnectOptions(options);
    if (!m_database.open()) {
        const QSqlError error = m_database.lastError();
        bool ok = false;
        const int code = error.nativeErrorCode().toInt(&ok);
        return fail(ok && code != SqliteCode::Ok ? code : SqliteCode::CantOpen, error.databaseText());
    }
    if (m_settings.allowDriverHandle)
        m_handle = SqliteDriverHandle::usableHandle(m_database, &m_whyNoHandle);
    else
        m_whyNoHandle = QCoreApplication::translate("SqliteConnection", "switched off");

    m_begin = prepare(QStringLiteral("BEGIN IMMEDIATE"));
    m_commit = m_begin ? prepare(QStringLiteral("COMMIT")) : nullptr;
    m_rollback = m_commit ? prepare(QStringLiteral("ROLLBACK")) : nullptr;
    return m_rollback ? SqliteCode::Ok : m_errorCode;
}

SqliteStatement *SqliteConnection::prepare(const QString &sql)
{
#ifdef ZCRM_SQLITE_DRIVER_HANDLE
    if (m_handle) {
        auto statement = std::make_unique<SqliteHandleStatement>(m_handle);
        if (const int code = statement->prepare(sql); code != SqliteCode::Ok) {
            fail(code, statement->errorText());
            return nullptr;
        }
        m_statements.push_back(std::move(statement));
        return m_statements.back().get();
    }
#endif
    auto statement = std::make_unique<SqliteQueryStatement>(m_database, sql);
    if (const int code = statement->prepare(); code != SqliteCode::Ok) {
        fail(code, statement->errorText());
        return nullptr;
    }
    m_statements.push_back(std::move(statement));
    return m_statements.back().get();
}

int SqliteConnection::exec(const QString &sql, QString *firstValue)
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        const QSqlError error = query.lastError();
        bool ok = false;
        const int code = error.nativeErrorCode().toInt(&ok);
        return fail(ok && code != SqliteCode::Ok ? code : SqliteCode::Error, error.databaseText());
    }
    if (firstValue)
        *firstValue = query.next() ? query.value(0).toString() : QString();
    return SqliteCode::Ok;
}

int SqliteConnection::run(SqliteStatement *statement)
{
    const int code = statement->step();
    statement->reset();
    if (code != SqliteCode::Done && code != SqliteCode::Row)
        return fail(code, statement->errorText());
    return SqliteCode::Ok;
}

int SqliteConnection::begin()
{
    return run(m_begin);
}

int SqliteConnection::commit()
{
    return run(m_commit);
}

void SqliteConnection::rollback()
{
    // After some errors (a full disk, an I/O error) SQLite has rolled back already and answers
    // "no transaction is active": nothing is left to undo then.
    const int code = m_errorCode;
    const QString text = m_errorText;
    m_rollback->step();
    m_rollback->reset();
    m_errorCode = code;
    m_errorText = text;
}

int SqliteConnection::fail(int code, const QString &text)
{
    m_errorCode = code;
    m_errorText = text;
    return code;
}
