#pragma once

#include "tokentable.h"

#include <QString>

// The rows one SQLite connection read last (getTokens), kept in step with that connection's own
// commits, so that lookups are a hash lookup instead of two B-tree searches and a row decode. It
// holds what the file holds only while PRAGMA data_version, which changes when any other connection
// commits, is the one it was filled at; the store asks isCurrentAt() before each use.
//
// Within a write transaction the connection applies its rows to the cache as it writes them (a save
// finds its row and the next id there too); a rollback, or a commit whose outcome is unknown, drops it.
class SqliteRowsCache
{
public:
    // Whether the cache holds the file's rows, `dataVersion` being the connection's data_version now
    // (-1: unknown). Dropped when it does not.
    bool isCurrentAt(qint64 dataVersion);
    // Whether it held them at the last isCurrentAt() and nothing dropped it since.
    bool isValid() const { return m_valid; }
    const TokenTable &table() const { return m_table; }

    // Every row, read in one transaction at `dataVersion` (-1: unknown, the cache stays invalid).
    void fill(const TokenList &rows, qint64 dataVersion);
    void drop() { m_valid = false; }

    // This connection wrote `row` (with its id) in the open write transaction. `store` names errors.
    void written(const Token &row, const QString &store);
    // This connection committed the deletion of `id`, or of every row.
    void removed(const QString &id);
    void cleared() { m_table.clear(); }

    void committed() { m_ahead = false; }
    void rolledBack();
    // The commit failed: whether it reached the file is unknown.
    void commitFailed();

private:
    TokenTable m_table;
    bool m_valid = false;
    qint64 m_version = -1;
    bool m_ahead = false; // holds changes of the open write transaction: a rollback makes it wrong
};
