#include "sqliterowscache.h"

bool SqliteRowsCache::isCurrentAt(qint64 dataVersion)
{
    if (!m_valid)
        return false;
    m_valid = dataVersion == m_version;
    return m_valid;
}

void SqliteRowsCache::fill(const TokenList &rows, qint64 dataVersion)
{
    m_valid = dataVersion >= 0 && m_table.setRows(rows).isEmpty();
    m_version = dataVersion;
}

void SqliteRowsCache::written(const Token &row, const QString &store)
{
    // The row as written, with its id: TokenTable's save by id replaces or appends it as the table
    // did (an update keeps its rowid, an insert gets the next).
    if (!m_valid)
        return;
    m_ahead = true;
    if (!m_table.save(row, row.updatedAt, store).ok())
        m_valid = false;
}

void SqliteRowsCache::removed(const QString &id)
{
    if (m_valid && !m_table.remove(id))
        m_valid = false;
}

void SqliteRowsCache::rolledBack()
{
    if (m_ahead)
        m_valid = false;
    m_ahead = false;
}

void SqliteRowsCache::commitFailed()
{
    m_valid = false;
    m_ahead = false;
}
