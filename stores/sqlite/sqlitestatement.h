#pragma once

#include <QString>

struct sqlite3;
struct sqlite3_stmt;

// One prepared statement on the raw SQLite handle of a QtSql connection. The store's calls run
// thousands of times a second; QSqlQuery's QVariant binding and row caching cost several times the
// lookup itself, so the hot statements use the SQLite API directly (values are always bound).
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Returns an SQLite result code (SQLITE_OK on success).
    int prepare(sqlite3 *database, const QString &sql);
    void finalize();

    void bindText(int index, const QString &value); // 1-based; an empty string binds NULL
    void bindInt64(int index, qint64 value); // 0 binds NULL
    void bindNull(int index);

    // SQLITE_ROW, SQLITE_DONE or an error code. reset() before the next run.
    int step();
    void reset();

    bool isNull(int column) const;
    QString text(int column) const;
    qint64 int64(int column) const;

private:
    sqlite3_stmt *m_statement = nullptr;
};
