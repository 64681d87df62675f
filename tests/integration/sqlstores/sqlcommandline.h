#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The server's own command-line client (mariadb/mysql or psql) on the database of a store spec:
// what the tests use to look at tables from outside our code, and to play the Zoho SDK's DBStore by
// sending the statements it sends.
class SqlCommandLine
{
public:
    // `spec` is a mysql:// or postgresql:// store spec; the password comes from ZCRM_DB_PASSWORD.
    explicit SqlCommandLine(const QString &spec);

    bool isMySql() const { return m_mySql; }
    const QString &lastError() const { return m_lastError; }

    // Runs `sql`; the rows it prints, each a list of fields (NULL comes back as an empty field on
    // PostgreSQL and as "NULL" on MySQL). Values must not contain tabs or newlines; ask for hex
    // to compare bytes. Returns false on any failure (lastError() says why).
    bool query(const QString &sql, QList<QStringList> *rows = nullptr);

    // A string literal for the SQL text: the SDK builds its SQL this way, so its replay does too.
    static QString literal(const QString &value);

    // SQL giving the hex of a column's UTF-8 bytes.
    QString hexOf(const QString &column) const;

private:
    bool m_mySql = true;
    QString m_host;
    int m_port = 0;
    QString m_user;
    QString m_database;
    QString m_lastError;
};
