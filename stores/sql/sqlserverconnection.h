#pragma once

#include "sqldialect.h"
#include "sqlserverspec.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <map>
#include <memory>

// One QtSql connection to the server, owned by one thread, with its prepared statements: each
// statement text is prepared once per connection and then only re-bound and executed, which is
// what makes a lookup a single round trip.
class SqlServerConnection
{
public:
    SqlServerConnection(const SqlServerSpec &spec, const QString &password, const SqlDialect &dialect);
    ~SqlServerConnection();
    SqlServerConnection(const SqlServerConnection &) = delete;
    SqlServerConnection &operator=(const SqlServerConnection &) = delete;

    bool open();
    void close();
    bool isOpen() const;

    // Runs the statement `sql` with `values` bound to its `?`s in order. Returns the query, ready
    // for next()/value() (call finish() when done), or nullptr with lastError() set.
    QSqlQuery *exec(const QString &sql, const QVariantList &values = {});
    // A statement without values (DDL, session settings): not worth preparing.
    bool execDirect(const QString &sql);

    bool begin();
    bool commit();
    void rollback();
    bool inTransaction() const { return m_inTransaction; }

    // A cheap round trip: false when the connection is gone.
    bool ping();

    const QSqlError &lastError() const { return m_lastError; }
    // Whether a statement failed since clearFailure(): tells a server error from a refusal of ours.
    bool failedSinceClear() const { return m_failed; }
    void clearFailure() { m_failed = false; }
    QString serverVersion() const { return m_serverVersion; }

    // Null of the type a column expects: empty strings and zero times are stored as NULL, as the
    // SDK stores None.
    static QVariant textValue(const QString &text);
    static QVariant numberValue(qint64 number);

private:
    bool fail(const QSqlError &error);

    const SqlServerSpec &m_spec;
    const SqlDialect &m_dialect;
    QString m_password;
    QString m_name;
    QSqlDatabase m_database;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    QSqlError m_lastError;
    QString m_serverVersion;
    bool m_inTransaction = false;
    bool m_failed = false;
};
