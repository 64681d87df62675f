#include "sqliteschema.h"

#include "displaytext.h"
#include "token.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace SqliteSchema {

namespace {

// The SDK's DDL (Python/Java READMEs, the Kaizen sample): its readers expect these types.
const char kSdkTable[] = "CREATE TABLE oauthtoken (id varchar(10) NOT NULL, user_name varchar(255), "
                         "client_id varchar(255), client_secret varchar(255), refresh_token varchar(255), "
                         "access_token varchar(255), grant_token varchar(255), expiry_time varchar(20), "
                         "redirect_url varchar(255), api_domain varchar(255), primary key (id))";

struct Column
{
    const char *name;
    const char *type;
};

// Ours, in Token::extraFieldNames() order, then the lease.
const Column kOurColumns[] = {
    { "accounts_server", "TEXT" }, { "scopes", "TEXT" },        { "data_center", "TEXT" },
    { "environment", "TEXT" },     { "created_at", "INTEGER" }, { "updated_at", "INTEGER" },
    { "state", "TEXT" },           { "last_error", "TEXT" },    { "lease_owner", "TEXT" },
    { "lease_until", "INTEGER" },
};

// One index per lookup, each ordered by idRank() within a key; the id itself is the primary key.
const char *const kLookupColumns[] = { "user_name", "refresh_token", "access_token", "grant_token" };

const QString kSchemaTable = QStringLiteral("zcrm_schema");
const QString kVersion1Counter = QStringLiteral("zcrm_meta");

// Reads the first column of every row of `sql`; false (with the plan's error set) on failure.
bool readColumn(QSqlDatabase &database, const QString &sql, int column, QStringList *values, Plan *plan)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        const QSqlError error = query.lastError();
        bool ok = false;
        plan->errorCode = error.nativeErrorCode().toInt(&ok);
        if (!ok || plan->errorCode == SqliteCode::Ok)
            plan->errorCode = SqliteCode::Error;
        plan->error = QCoreApplication::translate("SqliteSchema", "cannot read the schema (%1)")
                          .arg(error.databaseText());
        return false;
    }
    while (query.next())
        values->append(query.value(column).toString());
    return true;
}

} // namespace

const QStringList &tokenColumns()
{
    static const QStringList names = Token::sdkFieldNames() + Token::extraFieldNames();
    return names;
}

QString idRank()
{
    const QString trimmed = QStringLiteral("trim(id, ' ' || char(9, 10, 11, 12, 13))");
    return QStringLiteral("(CASE WHEN ltrim(%1, '+-') NOT GLOB '*[^0-9]*' AND CAST(%1 AS INTEGER) > 0 "
                          "THEN CAST(%1 AS INTEGER) ELSE %2 END)")
        .arg(trimmed)
        .arg(kNotANumber);
}

// What only reading can tell about the table we are to use, before anything is written: a damaged file,
// or an oauthtoken that is not a plain table the store can read and write row by row.
bool checkShape(QSqlDatabase &database, const QStringList &tables, Plan *plan)
{
    QStringList integrity;
    if (!readColumn(database, QStringLiteral("PRAGMA quick_check(3)"), 0, &integrity, plan))
        return false;
    if (integrity != QStringList { QStringLiteral("ok") }) {
        plan->error =
            QCoreApplication::translate("SqliteSchema", "the database is damaged (PRAGMA quick_check: %1)")
                .arg(integrity.join(QStringLiteral("; ")).left(300));
        return false;
    }
    QStringList kinds;
    QStringList definitions;
    const QString ofToken = QStringLiteral(
        "SELECT %1 FROM sqlite_master WHERE lower(name) = 'oauthtoken' AND type IN ('table', 'view')");
    if (!readColumn(database, ofToken.arg(QLatin1String("type")), 0, &kinds, plan)
        || !readColumn(database, ofToken.arg(QLatin1String("coalesce(sql, '')")), 0, &definitions, plan))
        return false;
    if (!kinds.isEmpty() && kinds.first() != QLatin1String("table")) {
        plan->error = QCoreApplication::translate("SqliteSchema",
                                                  "its oauthtoken is a %1, not a table: not a token store")
                          .arg(kinds.first());
        return false;
    }
    if (!tables.contains(QLatin1String("oauthtoken")))
        return true;
    if (definitions.value(0).simplified().startsWith(QLatin1String("CREATE VIRTUAL TABLE"),
                                                     Qt::CaseInsensitive)) {
        plan->error = QCoreApplication::translate(
            "SqliteSchema", "its oauthtoken is a virtual table, not a plain table: not a token store");
        return false;
    }
    // The store keeps rows in insertion (rowid) order; a WITHOUT ROWID table has none.
    QStringList ignored;
    Plan probe;
    if (!readColumn(database, QStringLiteral("SELECT rowid FROM oauthtoken LIMIT 0"), 0, &ignored, &probe)) {
        plan->error = QCoreApplication::translate(
            "SqliteSchema", "its oauthtoken table has no rowid (WITHOUT ROWID): not a token store");
        return false;
    }
    // The SDK's table makes id its primary key; without one, two rows may share an id, and an update
    // or a deletion by id would hit both.
    // A table without the SDK's columns is refused by plan() itself, naming what it has.
    QStringList columns;
    if (!readColumn(database, QStringLiteral("SELECT lower(name) FROM pragma_table_info('oauthtoken')"), 0,
                    &columns, plan))
        return false;
    if (!columns.contains(QLatin1String("id")))
        return true;
    QStringList keys;
    if (!readColumn(database,
                    QStringLiteral("SELECT lower(name) FROM pragma_table_info('oauthtoken') WHERE pk > 0"), 0,
                    &keys, plan))
        return false;
    if (keys != QStringList { QStringLiteral("id") }) {
        QStringList duplicate;
        if (!readColumn(database,
                        QStringLiteral("SELECT id FROM oauthtoken GROUP BY id HAVING COUNT(*) > 1 LIMIT 1"),
                        0, &duplicate, plan))
            return false;
        if (!duplicate.isEmpty()) {
            plan->error = QCoreApplication::translate(
                              "SqliteSchema",
                              "its oauthtoken table has no primary key and id %1 is on more than one "
                              "row")
                              .arg(DisplayText::quoted(duplicate.first()));
            return false;
        }
    }
    return true;
}

Plan plan(QSqlDatabase &database)
{
    Plan result;
    QStringList tables;
    QStringList indexes;
    QStringList userVersion;
    if (!readColumn(database, QStringLiteral("SELECT lower(name) FROM sqlite_master WHERE type = 'table'"), 0,
                    &tables, &result)
        || !readColumn(database, QStringLiteral("SELECT lower(name) FROM sqlite_master WHERE type = 'index'"),
                       0, &indexes, &result)
        || !readColumn(database, QStringLiteral("PRAGMA user_version"), 0, &userVersion, &result))
        return result;
    if (!checkShape(database, tables, &result))
        return result;
    const bool ourFirstFormat =
        tables.contains(kVersion1Counter) && userVersion.value(0) == QLatin1String("1");

    if (tables.contains(kSchemaTable)) {
        QStringList version;
        if (!readColumn(database, QStringLiteral("SELECT version FROM zcrm_schema WHERE name = 'oauthtoken'"),
                        0, &version, &result))
            return result;
        result.fromVersion = version.value(0).toInt();
    } else if (ourFirstFormat) {
        result.fromVersion = 1;
    }
    if (result.fromVersion > kCurrentVersion) {
        result.error =
            QCoreApplication::translate(
                "SqliteSchema", "written by a newer ZCRM Explorer (schema %1; this one knows up to %2)")
                .arg(result.fromVersion)
                .arg(kCurrentVersion);
        return result;
    }

    QStringList present;
    if (tables.contains(QLatin1String("oauthtoken"))) {
        if (!readColumn(database, QStringLiteral("SELECT lower(name) FROM pragma_table_info('oauthtoken')"),
                        0, &present, &result))
            return result;
        if (present.mid(0, Token::sdkFieldNames().size()) != Token::sdkFieldNames()) {
            result.error = QCoreApplication::translate(
                               "SqliteSchema",
                               "its oauthtoken table does not start with the Zoho SDK's ten columns "
                               "(it has %1)")
                               .arg(present.join(QStringLiteral(", ")));
            return result;
        }
    } else {
        QStringList foreign;
        for (const QString &table : std::as_const(tables)) {
            if (!table.startsWith(QLatin1String("sqlite_")) && table != kSchemaTable
                && table != kVersion1Counter)
                foreign.append(table);
        }
        if (!foreign.isEmpty()) {
            result.error =
                QCoreApplication::translate(
                    "SqliteSchema", "it holds other tables (%1) and no oauthtoken table: not a token store")
                    .arg(foreign.join(QStringLiteral(", ")));
            return result;
        }
        result.createsTable = true;
        result.statements.append(QString::fromLatin1(kSdkTable));
        present = Token::sdkFieldNames();
    }

    for (const Column &column : kOurColumns) {
        const QString name = QString::fromLatin1(column.name);
        if (!present.contains(name))
            result.statements.append(QStringLiteral("ALTER TABLE oauthtoken ADD COLUMN %1 %2")
                                         .arg(name, QLatin1String(column.type)));
    }
    for (const char *column : kLookupColumns) {
        // Partial: a row without this key (no grant token, say) costs the index nothing, and a
        // lookup `column = ?` still uses it.
        const QString name = QStringLiteral("oauthtoken_by_%1").arg(QLatin1String(column));
        if (!indexes.contains(name))
            result.statements.append(
                QStringLiteral("CREATE INDEX %1 ON oauthtoken (%2, %3) WHERE %2 IS NOT NULL")
                    .arg(name, QLatin1String(column), idRank()));
        // Ours from before (first format; schema 2 as first committed).
        for (const QString &old : { QStringLiteral("oauthtoken_%1").arg(QLatin1String(column)),
                                    QStringLiteral("oauthtoken_%1_id").arg(QLatin1String(column)) }) {
            if (indexes.contains(old))
                result.statements.append(QStringLiteral("DROP INDEX %1").arg(old));
        }
    }
    if (!indexes.contains(QLatin1String("oauthtoken_id_rank")))
        result.statements.append(
            QStringLiteral("CREATE INDEX oauthtoken_id_rank ON oauthtoken (%1)").arg(idRank()));
    if (tables.contains(kVersion1Counter)) {
        result.statements.append(QStringLiteral("DROP TABLE zcrm_meta"));
        if (ourFirstFormat)
            result.statements.append(QStringLiteral("PRAGMA user_version = 0"));
    }
    if (result.fromVersion != kCurrentVersion || !result.statements.isEmpty()) {
        result.statements.append(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS zcrm_schema (name TEXT PRIMARY KEY, version INTEGER NOT NULL)"));
        result.statements.append(
            QStringLiteral("INSERT OR REPLACE INTO zcrm_schema (name, version) VALUES ('oauthtoken', %1)")
                .arg(kCurrentVersion));
    }
    return result;
}

} // namespace SqliteSchema
