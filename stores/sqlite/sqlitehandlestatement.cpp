#include "sqlitehandlestatement.h"

#include <sqlite3.h>

SqliteHandleStatement::SqliteHandleStatement(sqlite3 *database)
    : m_database(database)
{ }

SqliteHandleStatement::~SqliteHandleStatement()
{
    // Before the connection closes: SQLite does not close a connection with live statements.
    sqlite3_finalize(m_statement);
}

int SqliteHandleStatement::prepare(const QString &sql)
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int code = sqlite3_prepare_v3(m_database, utf8.constData(), int(utf8.size()),
                                        SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    if (code != SQLITE_OK) {
        m_errorText = QString::fromUtf8(sqlite3_errmsg(m_database));
        return code;
    }
    m_bound.resize(sqlite3_bind_parameter_count(m_statement));
    return SQLITE_OK;
}

void SqliteHandleStatement::bindText(int index, const QString &value)
{
    QByteArray &utf8 = m_bound[index - 1];
    utf8 = value.toUtf8();
    // A non-null pointer even for "": SQLite binds a null pointer as NULL.
    sqlite3_bind_text(m_statement, index, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()),
                      SQLITE_STATIC);
}

void SqliteHandleStatement::bindInt64(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteHandleStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

int SqliteHandleStatement::step()
{
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_DONE)
        m_changes = sqlite3_stmt_readonly(m_statement) ? 0 : sqlite3_changes(m_database);
    else if (code != SQLITE_ROW)
        m_errorText = QString::fromUtf8(sqlite3_errmsg(m_database));
    return code;
}

void SqliteHandleStatement::reset()
{
    sqlite3_reset(m_statement);
}

bool SqliteHandleStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QString SqliteHandleStatement::text(int column) const
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return bytes ? QString::fromUtf8(bytes, sqlite3_column_bytes(m_statement, column)) : QString();
}

qint64 SqliteHandleStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

int SqliteHandleStatement::changes() const
{
    return m_changes;
}

QString SqliteHandleStatement::errorText() const
{
    return m_errorText;
}
