#include "sqlserverspec.h"
#include "sqlservertokenstore.h"
#include "storeregistry.h"

namespace {

// ZCRM_DB_PASSWORD, read when a store is made; never part of the spec, the description or a message.
QString databasePassword()
{
    return qEnvironmentVariable("ZCRM_DB_PASSWORD");
}

StoreResult<std::unique_ptr<TokenStore>> makeSqlServerStore(const QString &spec)
{
    auto parsed = SqlServerSpec::parse(spec);
    if (!parsed)
        return parsed.error();
    return std::unique_ptr<TokenStore>(
        std::make_unique<SqlServerTokenStore>(parsed.value(), databasePassword()));
}

} // namespace

void registerSqlServerStores(StoreRegistry &registry)
{
    const QString mysqlSummary =
        QStringLiteral("MySQL or MariaDB, the SDK DBStore's table (default root@localhost:3306, "
                       "database zohooauth, table oauthtoken); password from "
                       "ZCRM_DB_PASSWORD");
    const QString postgresSummary =
        QStringLiteral("PostgreSQL, the same table (default postgres@localhost:5432, "
                       "database zohooauth, table oauthtoken); password from "
                       "ZCRM_DB_PASSWORD");
    registry.registerScheme(QStringLiteral("mysql"), QStringLiteral("mysql://USER@HOST[:PORT]/DB[?table=T]"),
                            mysqlSummary, makeSqlServerStore);
    registry.registerScheme(QStringLiteral("mariadb"),
                            QStringLiteral("mariadb://USER@HOST[:PORT]/DB[?table=T]"),
                            QStringLiteral("same as mysql://"), makeSqlServerStore);
    registry.registerScheme(QStringLiteral("postgresql"),
                            QStringLiteral("postgresql://USER@HOST[:PORT]/DB[?table=T]"), postgresSummary,
                            makeSqlServerStore);
    registry.registerScheme(QStringLiteral("postgres"),
                            QStringLiteral("postgres://USER@HOST[:PORT]/DB[?table=T]"),
                            QStringLiteral("same as postgresql://"), makeSqlServerStore);
}
