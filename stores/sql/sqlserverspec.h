#pragma once

#include "storeresult.h"

#include <QString>

// A `mysql://USER@HOST[:PORT]/DB[?table=T]` or `postgresql://…` store spec, with the SDK DBStore's
// defaults for every part left out. A password is never part of a spec: specs end up in saved
// settings, shell history and logs, so the password comes from ZCRM_DB_PASSWORD instead.
class SqlServerSpec
{
public:
    enum class Kind { MySql, PostgreSql };

    static StoreResult<SqlServerSpec> parse(const QString &spec);

    // `spec` with any password in its user part removed: what an error about it may show.
    static QString withoutPassword(const QString &spec);

    Kind kind() const { return m_kind; }
    const QString &user() const { return m_user; }
    const QString &host() const { return m_host; }
    int port() const { return m_port; }
    const QString &database() const { return m_database; }
    const QString &table() const { return m_table; }

    // The canonical spec, e.g. "mysql://root@localhost:3306/zohooauth?table=oauthtoken".
    QString description() const;
    // Which password this is: "mysql://USER@HOST:PORT" (database and table share the server's login).
    QString passwordKey() const;
    // "QMYSQL" or "QPSQL".
    QString driverName() const;
    // "MySQL/MariaDB" or "PostgreSQL", for messages.
    QString serverName() const;

private:
    Kind m_kind = Kind::MySql;
    QString m_user;
    QString m_host;
    int m_port = 0;
    QString m_database;
    QString m_table;
};
