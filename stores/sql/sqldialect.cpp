#include "sqldialect.h"

#include "token.h"

namespace {

bool isMySql(SqlServerSpec::Kind kind)
{
    return kind == SqlServerSpec::Kind::MySql;
}

int mysqlCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code : 0;
}

// Errors of a failed connection attempt: the QPSQL driver reports them without an SQLSTATE.
bool textSaysAccessDenied(const QString &text)
{
    return text.contains(QLatin1String("password authentication failed"))
        || (text.contains(QLatin1String("role \"")) && text.contains(QLatin1String("does not exist")))
        || text.contains(QLatin1String("no pg_hba.conf entry"))
        || text.contains(QLatin1String("password is required"))
        || text.contains(QLatin1String("permission denied"));
}

} // namespace

SqlDialect::SqlDialect(SqlServerSpec::Kind kind)
    : m_kind(kind)
{ }

QString SqlDialect::quote(const QString &identifier) const
{
    return isMySql(m_kind) ? QLatin1Char('`') + identifier + QLatin1Char('`')
                           : QLatin1Char('"') + identifier + QLatin1Char('"');
}

QString SqlDialect::createIdSequenceTable() const
{
    QString sql =
        QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (table_name varchar(64) NOT NULL PRIMARY KEY, "
                       "next_id bigint NOT NULL)")
            .arg(quote(idSequenceTableName()));
    if (isMySql(m_kind))
        sql += QStringLiteral(" ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin");
    return sql;
}

QString SqlDialect::storeNextId() const
{
    if (isMySql(m_kind))
        return QStringLiteral("INSERT INTO %1 (table_name, next_id) VALUES (?, ?) "
                              "ON DUPLICATE KEY UPDATE next_id = VALUES(next_id)")
            .arg(quote(idSequenceTableName()));
    return QStringLiteral("INSERT INTO %1 (table_name, next_id) VALUES (?, ?) "
                          "ON CONFLICT (table_name) DO UPDATE SET next_id = EXCLUDED.next_id")
        .arg(quote(idSequenceTableName()));
}

QString SqlDialect::createSchemaTable() const
{
    QString sql =
        QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (table_name varchar(64) NOT NULL PRIMARY KEY, "
                       "version integer NOT NULL)")
            .arg(quote(schemaTableName()));
    if (isMySql(m_kind))
        sql += QStringLiteral(" ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin");
    return sql;
}

QString SqlDialect::createChangeTable() const
{
    QString sql =
        QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (table_name varchar(64) NOT NULL PRIMARY KEY, "
                       "version bigint NOT NULL)")
            .arg(quote(changeTableName()));
    if (isMySql(m_kind))
        sql += QStringLiteral(" ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin");
    return sql;
}

QString SqlDialect::seedChangeRow() const
{
    if (isMySql(m_kind))
        return QStringLiteral("INSERT INTO %1 (table_name, version) VALUES (?, 0) "
                              "ON DUPLICATE KEY UPDATE version = version")
            .arg(quote(changeTableName()));
    return QStringLiteral(
               "INSERT INTO %1 (table_name, version) VALUES (?, 0) ON CONFLICT (table_name) DO NOTHING")
        .arg(quote(changeTableName()));
}

QString SqlDialect::bumpChangeRow() const
{
    return QStringLiteral("UPDATE %1 SET version = version + 1 WHERE table_name = ?")
        .arg(quote(changeTableName()));
}

QString SqlDialect::readChangeRow() const
{
    return QStringLiteral("SELECT version FROM %1 WHERE table_name = ?").arg(quote(changeTableName()));
}

QString SqlDialect::triggersOfTable() const
{
    if (isMySql(m_kind)) {
        return QStringLiteral("SELECT trigger_name FROM information_schema.triggers "
                              "WHERE event_object_schema = DATABASE() AND event_object_table = ?");
    }
    return QStringLiteral("SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                          "JOIN pg_namespace n ON n.oid = c.relnamespace "
                          "WHERE n.nspname = current_schema() AND c.relname = ? AND NOT t.tgisinternal");
}

QList<std::pair<QString, QStringList>> SqlDialect::changeTriggers(const QString &table) const
{
    // Trigger bodies cannot take bound values: the table name (a plain identifier, checked by
    // SqlServerSpec) is written as a literal.
    const QString literal = QLatin1Char('\'') + table + QLatin1Char('\'');
    const QStringList tokenColumns = Token::sdkFieldNames() + Token::extraFieldNames();
    QList<std::pair<QString, QStringList>> triggers;
    if (isMySql(m_kind)) {
        const QString bump = QStringLiteral("UPDATE %1 SET version = version + 1 WHERE table_name = %2")
                                 .arg(quote(changeTableName()), literal);
        // A lease (lease_owner, lease_until) is no change a user sees: an update moves the counter
        // only when a token column differs, byte for byte (the collation may ignore case).
        QStringList same;
        for (const QString &column : tokenColumns)
            same.append(QStringLiteral("CAST(OLD.%1 AS BINARY) <=> CAST(NEW.%1 AS BINARY)").arg(column));
        const struct
        {
            const char *suffix;
            const char *event;
            QString condition;
        } events[] = {
            { "ins", "INSERT", QString() },
            { "upd", "UPDATE", QStringLiteral(" AND NOT (%1)").arg(same.join(QStringLiteral(" AND "))) },
            { "del", "DELETE", QString() },
        };
        for (const auto &event : events) {
            const QString name = QStringLiteral("zcrm_%1_%2").arg(table, QLatin1String(event.suffix));
            triggers.append({ name,
                              { QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON %3 FOR EACH ROW %4%5")
                                    .arg(quote(name), QLatin1String(event.event), quote(table), bump,
                                         event.condition) } });
        }
        return triggers;
    }
    // One function for every token table of the schema. SECURITY DEFINER: an SDK whose role may
    // write the token table but not zcrm_token_changes still can; hence the fixed search_path and
    // the qualified name.
    const QString function = QStringLiteral("zcrm_token_changed");
    const QString createFunction =
        QStringLiteral("CREATE OR REPLACE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
                       "SET search_path = pg_catalog, pg_temp AS $zcrm$ BEGIN "
                       "EXECUTE format('UPDATE %I.%I SET version = version + 1 WHERE table_name = $1', "
                       "TG_TABLE_SCHEMA, '%2') USING TG_TABLE_NAME; RETURN NULL; END $zcrm$")
            .arg(quote(function), changeTableName());
    // Statement level, so that a bulk write moves it once; UPDATE OF the token columns, so that a
    // lease (which sets only lease_owner and lease_until) does not move it.
    const QString name = QStringLiteral("zcrm_%1_changed").arg(table);
    triggers.append(
        { name,
          { createFunction,
            QStringLiteral("CREATE TRIGGER %1 AFTER INSERT OR UPDATE OF %2 OR DELETE OR TRUNCATE ON %3 "
                           "FOR EACH STATEMENT EXECUTE FUNCTION %4()")
                .arg(quote(name), tokenColumns.join(QStringLiteral(", ")), quote(table),
                     quote(function)) } });
    return triggers;
}

QString SqlDialect::columnType(const QString &column) const
{
    if (column == QLatin1String("id"))
        return QStringLiteral("varchar(20) NOT NULL PRIMARY KEY"); // the SDK's varchar, room for any qint64
    if (column == QLatin1String("expiry_time"))
        return QStringLiteral("varchar(20)"); // the SDK's decimal ms string
    if (column == QLatin1String("created_at") || column == QLatin1String("updated_at")
        || column == QLatin1String("lease_until"))
        return QStringLiteral("bigint");
    if (column == QLatin1String("state"))
        return QStringLiteral("varchar(32)");
    if (column == QLatin1String("lease_owner"))
        return QStringLiteral("varchar(255)");
    // Tokens, secrets and URLs: the SDK's varchar(255) is too small for some tokens.
    return QStringLiteral("text");
}

QString SqlDialect::createTokenTable(const QString &table) const
{
    QStringList columns;
    const QStringList names = Token::sdkFieldNames() + Token::extraFieldNames()
        + QStringList { QStringLiteral("lease_owner"), QStringLiteral("lease_until") };
    for (const QString &name : names)
        columns.append(name + QLatin1Char(' ') + columnType(name));
    QString sql =
        QStringLiteral("CREATE TABLE %1 (%2)").arg(quote(table), columns.join(QStringLiteral(", ")));
    if (isMySql(m_kind))
        sql += QStringLiteral(" ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin");
    return sql;
}

QString SqlDialect::addColumn(const QString &table, const QString &column) const
{
    return QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3").arg(quote(table), column, columnType(column));
}

QString SqlDialect::indexName(const QString &table, const QString &column)
{
    return QStringLiteral("zcrm_%1_%2").arg(table, column);
}

QString SqlDialect::createIndex(const QString &table, const QString &column) const
{
    // MySQL indexes a prefix of a text column (191 characters fit InnoDB's key size in utf8mb4);
    // PostgreSQL's b-tree refuses entries over ~2.7 kB, a hash index has no such limit and
    // serves the equality lookups we make.
    if (isMySql(m_kind)) {
        return QStringLiteral("CREATE INDEX %1 ON %2 (%3(191))")
            .arg(quote(indexName(table, column)), quote(table), column);
    }
    return QStringLiteral("CREATE INDEX %1 ON %2 USING hash (%3)")
        .arg(quote(indexName(table, column)), quote(table), column);
}

QString SqlDialect::connectOptions() const
{
    if (isMySql(m_kind)) {
        // CLIENT_FOUND_ROWS: an UPDATE that matches a row but changes nothing still counts it,
        // which the lease relies on.
        return QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=5;MYSQL_OPT_READ_TIMEOUT=60;"
                              "MYSQL_OPT_WRITE_TIMEOUT=60;CLIENT_FOUND_ROWS");
    }
    return QStringLiteral("connect_timeout=5;application_name=zcrm");
}

QString SqlDialect::serverVersion() const
{
    return isMySql(m_kind) ? QStringLiteral("SELECT VERSION()") : QStringLiteral("SHOW server_version");
}

QStringList SqlDialect::sessionSetup() const
{
    if (isMySql(m_kind)) {
        return {
            // Every statement sees the latest committed rows; writers serialise on lockTokenTable().
            QStringLiteral("SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED"),
            // Too long a value is an error, never a silent truncation of a token.
            QStringLiteral("SET SESSION sql_mode = 'STRICT_ALL_TABLES,NO_ENGINE_SUBSTITUTION'"),
            QStringLiteral("SET SESSION innodb_lock_wait_timeout = 10"),
        };
    }
    return {
        QStringLiteral("SET lock_timeout = '10s'"),
        QStringLiteral("SET client_min_messages = warning"),
    };
}

QString SqlDialect::columnsOfTable() const
{
    if (isMySql(m_kind)) {
        return QStringLiteral("SELECT column_name FROM information_schema.columns "
                              "WHERE table_schema = DATABASE() AND table_name = ?");
    }
    return QStringLiteral("SELECT column_name FROM information_schema.columns "
                          "WHERE table_schema = current_schema() AND table_name = ?");
}

QString SqlDialect::indexesOfTable() const
{
    if (isMySql(m_kind)) {
        return QStringLiteral("SELECT DISTINCT index_name FROM information_schema.statistics "
                              "WHERE table_schema = DATABASE() AND table_name = ?");
    }
    return QStringLiteral(
        "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND tablename = ?");
}

QString SqlDialect::lockSchemaChanges() const
{
    if (isMySql(m_kind))
        return QStringLiteral("SELECT GET_LOCK(?, 30)");
    return QStringLiteral("SELECT pg_advisory_xact_lock(hashtext(?))");
}

QString SqlDialect::unlockSchemaChanges() const
{
    return isMySql(m_kind) ? QStringLiteral("SELECT RELEASE_LOCK(?)") : QString();
}

QString SqlDialect::lockTokenTable() const
{
    // MySQL: the table's row in zcrm_schema, locked until commit. PostgreSQL: an advisory
    // transaction lock named after the table, which leaves the table itself unlocked for readers.
    if (isMySql(m_kind))
        return QStringLiteral("SELECT version FROM %1 WHERE table_name = ? FOR UPDATE")
            .arg(quote(schemaTableName()));
    return QStringLiteral("SELECT pg_advisory_xact_lock(hashtext(?))");
}

QString SqlDialect::tokenTableLockKey(const QString &table) const
{
    return isMySql(m_kind) ? table : QStringLiteral("zcrm:") + table;
}

QString SqlDialect::numericId() const
{
    if (isMySql(m_kind))
        return QStringLiteral("(CASE WHEN id REGEXP '^[0-9]{1,18}$' THEN CAST(id AS UNSIGNED) END)");
    return QStringLiteral("(CASE WHEN id ~ '^[0-9]{1,18}$' THEN CAST(id AS BIGINT) END)");
}

QString SqlDialect::orderById() const
{
    const QString number = numericId();
    return QStringLiteral("ORDER BY %1 IS NULL, %1, id").arg(number);
}

StoreError::Code SqlDialect::codeFor(const QSqlError &error) const
{
    if (isMySql(m_kind)) {
        switch (mysqlCode(error)) {
        case 1044: // database access denied
        case 1045: // wrong user or password
        case 1142: // table command denied
        case 1143: // column command denied
        case 1227: // needs a privilege
        case 1698: // no password given where one is needed
        case 1370: // routine access denied
            return StoreError::Code::AccessDenied;
        case 1205: // lock wait timeout
        case 1213: // deadlock
            return StoreError::Code::Busy;
        case 1406: // data too long for the column
            return StoreError::Code::InvalidInput;
        case 1040: // too many connections
        case 1049: // unknown database
        case 1053: // server shutdown
        case 1927: // connection killed
        case 2002:
        case 2003: // cannot connect
        case 2005: // unknown host
        case 2006: // server gone away
        case 2013: // lost connection
        case 2055:
        case 4031: // disconnected for inactivity
            return StoreError::Code::Unavailable;
        default:
            break;
        }
        if (error.type() == QSqlError::ConnectionError)
            return StoreError::Code::Unavailable;
        return StoreError::Code::Backend;
    }

    const QString state = error.nativeErrorCode();
    if (state.startsWith(QLatin1String("28")) || state == QLatin1String("42501"))
        return StoreError::Code::AccessDenied;
    if (state == QLatin1String("40P01") || state == QLatin1String("55P03") || state == QLatin1String("40001"))
        return StoreError::Code::Busy;
    if (state == QLatin1String("22001"))
        return StoreError::Code::InvalidInput;
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P"))
        || state == QLatin1String("3D000") || state == QLatin1String("53300"))
        return StoreError::Code::Unavailable;
    if (state.isEmpty() && textSaysAccessDenied(error.databaseText() + error.driverText()))
        return StoreError::Code::AccessDenied;
    if (error.type() == QSqlError::ConnectionError || state.isEmpty())
        return StoreError::Code::Unavailable;
    return StoreError::Code::Backend;
}

bool SqlDialect::isConnectionLost(const QSqlError &error) const
{
    if (isMySql(m_kind)) {
        switch (mysqlCode(error)) {
        case 1053:
        case 1927:
        case 2006:
        case 2013:
        case 2055:
        case 4031:
            return true;
        default:
            return false;
        }
    }
    const QString state = error.nativeErrorCode();
    return state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01")
        || state == QLatin1String("57P02") || state == QLatin1String("57P03");
}

bool SqlDialect::isMissingTable(const QSqlError &error) const
{
    if (isMySql(m_kind))
        return mysqlCode(error) == 1146;
    return error.nativeErrorCode() == QLatin1String("42P01");
}
