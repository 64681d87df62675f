#include "sqlitequerystatement.h"

#include <QSqlError>
#include <QVariant>

#include <utility>

SqliteQueryStatement::SqliteQueryStatement(const QSqlDatabase &database, QString sql)
    : m_query(database)
    , m_sql(std::move(sql))
{
    m_query.setForwardOnly(true);
}

int SqliteQueryStatement::prepare()
{
    m_prepared = m_query.prepare(m_sql);
    return m_prepared ? SqliteCode::Ok : fail();
}

void SqliteQueryStatement::bindText(int index, const QString &value)
{
    // The driver binds a null QString as NULL; "" must stay "".
    m_query.bindValue(index - 1, value.isNull() ? QStringLiteral("") : value);
}

void SqliteQueryStatement::bindInt64(int index, qint64 value)
{
    m_query.bindValue(index - 1, QVariant(qlonglong(value)));
}

void SqliteQueryStatement::bindNull(int index)
{
    m_query.bindValue(index - 1, QVariant());
}

int SqliteQueryStatement::step()
{
    if (!m_prepared)
        return SqliteCode::Error; // the last prepare() failed; fail() kept its message
    if (!m_executed) {
        m_executed = true;
        if (!m_query.exec())
            return fail();
        m_changes = m_query.isSelect() ? 0 : m_query.numRowsAffected();
    }
    if (m_query.next())
        return SqliteCode::Row;
    return m_query.lastError().isValid() ? fail() : SqliteCode::Done;
}

void SqliteQueryStatement::reset()
{
    m_query.finish();
    m_executed = false;
    // Some versions of the driver drop the SQLite statement after an error: prepare it again.
    if (!m_prepared)
        prepare();
}

bool SqliteQueryStatement::isNull(int column) const
{
    return m_query.isNull(column);
}

QString SqliteQueryStatement::text(int column) const
{
    return m_query.isNull(column) ? QString() : m_query.value(column).toString();
}

qint64 SqliteQueryStatement::int64(int column) const
{
    return m_query.value(column).toLongLong();
}

int SqliteQueryStatement::changes() const
{
    return m_changes;
}

QString SqliteQueryStatement::errorText() const
{
    return m_errorText;
}

int SqliteQueryStatement::fail()
{
    const QSqlError error = m_query.lastError();
    m_errorText = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    m_prepared = false;
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && code != SqliteCode::Ok ? code : SqliteCode::Error;
}
