#include "sqliteschema.h"

#include "token.h"

#include <QSqlQuery>

namespace SqliteSchema {

namespace {

// The SDK's DDL (Python/Java READMEs, Kaizen sample): the types stay as they are for its readers.
const char kSdkTable[] = "CREATE TABLE oauthtoken (id varchar(10) NOT NULL, user_name varchar(255), "
                         "client_id varchar(255), client_secret varchar(255), refresh_token varchar(255), "
                         "access_token varchar(255), grant_token varchar(255), expiry_time varchar(20), "
                         "redirect_url varchar(255), api_domain varchar(255), primary key (id))";

struct ExtraColumn
{
    const char *name;
    const char *type;
};

const ExtraColumn kExtraColumns[] = {
    { "accounts_server", "TEXT" }, { "scopes", "TEXT" },        { "data_center", "TEXT" },
    { "environment", "TEXT" },     { "created_at", "INTEGER" }, { "updated_at", "INTEGER" },
    { "state", "TEXT" },           { "last_error", "TEXT" },    { "lease_owner", "TEXT" },
    { "lease_until", "INTEGER" },
};

const char *const kIndexedColumns[] = { "user_name", "refresh_token", "access_token", "grant_token" };

QStringList tableColumns(QSqlDatabase &database)
{
    QStringList names;
    QSqlQuery query(database);
    if (query.exec(QStringLiteral("PRAGMA table_info(oauthtoken)"))) {
        while (query.next())
            names.append(query.value(1).toString().toLower());
    }
    return names;
}

} // namespace

const QStringList &columns()
{
    static const QStringList names = [] {
        QStringList all = Token::sdkFieldNames() + Token::extraFieldNames();
        all << QStringLiteral("lease_owner") << QStringLiteral("lease_until");
        return all;
    }();
    return names;
}

Plan plan(QSqlDatabase &database)
{
    Plan result;
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        result.error = QStringLiteral("cannot read the schema version");
        return result;
    }
    result.fromVersion = query.value(0).toInt();
    if (result.fromVersion > kCurrentVersion) {
        result.error = QStringLiteral("written by a newer ZCRM Explorer (schema %1, this one knows %2)")
                           .arg(result.fromVersion)
                           .arg(kCurrentVersion);
        return result;
    }

    QStringList tables;
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
        result.error = QStringLiteral("cannot read the list of tables");
        return result;
    }
    while (query.next())
        tables.append(query.value(0).toString().toLower());

    QStringList present;
    if (tables.contains(QLatin1String("oauthtoken"))) {
        present = tableColumns(database);
        if (present.mid(0, Token::sdkFieldNames().size()) != Token::sdkFieldNames()) {
            result.error =
                QStringLiteral("its oauthtoken table does not start with the Zoho SDK's ten columns");
            return result;
        }
    } else if (!tables.isEmpty() && result.fromVersion == 0) {
        result.error = QStringLiteral("it holds other tables (%1) and no oauthtoken table; not a token store")
                           .arg(tables.join(QStringLiteral(", ")));
        return result;
    } else {
        result.statements.append(QString::fromLatin1(kSdkTable));
        present = Token::sdkFieldNames();
    }

    for (const ExtraColumn &column : kExtraColumns) {
        const QString name = QString::fromLatin1(column.name);
        if (!present.contains(name)) {
            result.statements.append(QStringLiteral("ALTER TABLE oauthtoken ADD COLUMN %1 %2")
                                         .arg(name, QString::fromLatin1(column.type)));
        }
    }
    if (result.fromVersion < kCurrentVersion) {
        for (const char *column : kIndexedColumns) {
            result.statements.append(
                QStringLiteral("CREATE INDEX IF NOT EXISTS oauthtoken_%1 ON oauthtoken (%1)")
                    .arg(QLatin1String(column)));
        }
        result.statements.append(
            QStringLiteral("CREATE TABLE IF NOT EXISTS zcrm_meta (key TEXT PRIMARY KEY, value INTEGER)"));
        // Ids of rows written before us, compared as numbers (never the SDK's text max).
        result.statements.append(QStringLiteral("INSERT OR REPLACE INTO zcrm_meta (key, value) SELECT "
                                                "'next_id', COALESCE(MAX(CAST(id AS INTEGER)), 0) + 1 "
                                                "FROM oauthtoken"));
        result.statements.append(QStringLiteral("PRAGMA user_version = %1").arg(kCurrentVersion));
    }
    return result;
}

} // namespace SqliteSchema
