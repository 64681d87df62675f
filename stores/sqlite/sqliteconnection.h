#pragma once

#include "sqlitestatement.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <vector>

struct sqlite3;

// One named QtSql connection to an SQLite file, for one thread, with the statements prepared on it.
// The statements belong to the connection and go before it closes, so that removeDatabase() never
// finds a query still in use.
class SqliteConnection
{
public:
    struct Settings
    {
        QString path;
        int busyTimeoutMs = 5000;
        bool readOnly = false;
        bool allowDriverHandle = true; // see SqliteDriverHandle
    };

    explicit SqliteConnection(Settings settings);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    // Opens the file; no statement runs yet, so nothing is read or written. SqliteCode::Ok, the
    // error code, or kDriverMissing; errorText() says more.
    static constexpr int kDriverMissing = -1;
    int open();

    QSqlDatabase &database() { return m_database; }
    const Settings &settings() const { return m_settings; }
    // Whether the statements run on the driver's SQLite handle, and if not, why not.
    bool usesDriverHandle() const { return m_handle != nullptr; }
    const QString &whyNoDriverHandle() const { return m_whyNoHandle; }

    // A statement prepared once, kept by the connection; nullptr on error (see errorCode()).
    SqliteStatement *prepare(const QString &sql);
    // Runs a statement that is not worth keeping (schema changes, settings). Returns an SQLite code;
    // `firstValue`, when given, receives the first column of the first row.
    int exec(const QString &sql, QString *firstValue = nullptr);

    // BEGIN IMMEDIATE: the write lock is taken at once, with the busy timeout, instead of failing
    // midway when a read turns into a write (plain BEGIN, which QSqlDatabase::transaction() sends).
    int begin();
    int commit();
    // Ends the transaction, if SQLite has not already rolled it back.
    void rollback();

    int errorCode() const { return m_errorCode; }
    const QString &errorText() const { return m_errorText; }

private:
    int fail(int code, const QString &text);
    int run(SqliteStatement *statement);

    Settings m_settings;
    QString m_name;
    QSqlDatabase m_database;
    sqlite3 *m_handle = nullptr;
    QString m_whyNoHandle;
    std::vector<std::unique_ptr<SqliteStatement>> m_statements;
    SqliteStatement *m_begin = nullptr;
    SqliteStatement *m_commit = nullptr;
    SqliteStatement *m_rollback = nullptr;
    int m_errorCode = SqliteCode::Ok;
    QString m_errorText;
};
