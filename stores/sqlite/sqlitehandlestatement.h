#pragma once

#include "sqlitestatement.h"

#include <QByteArray>
#include <QList>

struct sqlite3;
struct sqlite3_stmt;

// A SqliteStatement on the SQLite handle of Qt's driver. A lookup through QSqlQuery costs about
// twice the lookup itself (QVariant binding, row caching, UTF-16 conversion); this one does not.
// Only used where SqliteDriverHandle found that the driver and this program share one SQLite.
class SqliteHandleStatement : public SqliteStatement
{
public:
    explicit SqliteHandleStatement(sqlite3 *database);
    ~SqliteHandleStatement() override;
    SqliteHandleStatement(const SqliteHandleStatement &) = delete;
    SqliteHandleStatement &operator=(const SqliteHandleStatement &) = delete;

    int prepare(const QString &sql);

    void bindText(int index, const QString &value) override;
    void bindInt64(int index, qint64 value) override;
    void bindNull(int index) override;
    int step() override;
    void reset() override;
    bool isNull(int column) const override;
    QString text(int column) const override;
    qint64 int64(int column) const override;
    int changes() const override;
    QString errorText() const override;

private:
    sqlite3 *m_database;
    sqlite3_stmt *m_statement = nullptr;
    // The UTF-8 of the bound texts, alive until the next bind so that SQLite need not copy them.
    QList<QByteArray> m_bound;
    int m_changes = 0;
    QString m_errorText;
};
