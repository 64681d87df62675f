#include "sqlserverspec.h"
#include "sqlservertokenstore.h"
#include "storeregistry.h"

#include <QCoreApplication>

namespace {

// ZCRM_DB_PASSWORD when it is set, else the server's password kept in the registry's vault (the OS
// keychain, `zcrm stores password`), else none. Read when a store is made; never part of the spec, the
// description or a message. Without a vault the server decides: it may need no password, or it names
// the failure.
QString databasePassword(const StoreRegistry &registry, const QString &spec)
{
    if (qEnvironmentVariableIsSet("ZCRM_DB_PASSWORD"))
        return qEnvironmentVariable("ZCRM_DB_PASSWORD");
    auto stored = registry.readPassword(spec);
    if (stored && stored.value())
        return *stored.value();
    return {};
}

StoreResult<QString> passwordKey(const QString &spec)
{
    auto parsed = SqlServerSpec::parse(spec);
    if (!parsed)
        return parsed.error();
    return parsed.value().passwordKey();
}

} // namespace

void registerSqlServerStores(StoreRegistry &registry)
{
    // The registry outlives its factories; it is asked for the vault when a store is made, so the
    // order in which backends register does not matter.
    const StoreRegistry *passwords = &registry;
    const auto makeSqlServerStore =
        [passwords](const QString &spec) -> StoreResult<std::unique_ptr<TokenStore>> {
        auto parsed = SqlServerSpec::parse(spec);
        if (!parsed)
            return parsed.error();
        return std::unique_ptr<TokenStore>(
            std::make_unique<SqlServerTokenStore>(parsed.value(), databasePassword(*passwords, spec)));
    };
    const QString mysqlSummary =
        QCoreApplication::translate("SqlServerTokenStore",
                                    "MySQL or MariaDB, the SDK DBStore's table (default root@localhost:3306, "
                                    "database zohooauth, table oauthtoken); password from "
                                    "ZCRM_DB_PASSWORD or the OS keychain");
    const QString postgresSummary =
        QCoreApplication::translate("SqlServerTokenStore",
                                    "PostgreSQL, the same table (default postgres@localhost:5432, "
                                    "database zohooauth, table oauthtoken); password from "
                                    "ZCRM_DB_PASSWORD or the OS keychain");
    registry.registerScheme(QStringLiteral("mysql"), QStringLiteral("mysql://USER@HOST[:PORT]/DB[?table=T]"),
                            mysqlSummary, makeSqlServerStore, passwordKey);
    registry.registerScheme(QStringLiteral("mariadb"),
                            QStringLiteral("mariadb://USER@HOST[:PORT]/DB[?table=T]"),
                            QCoreApplication::translate("SqlServerTokenStore", "same as mysql://"),
                            makeSqlServerStore, passwordKey);
    registry.registerScheme(QStringLiteral("postgresql"),
                            QStringLiteral("postgresql://USER@HOST[:PORT]/DB[?table=T]"), postgresSummary,
                            makeSqlServerStore, passwordKey);
    registry.registerScheme(QStringLiteral("postgres"),
                            QStringLiteral("postgres://USER@HOST[:PORT]/DB[?table=T]"),
                            QCoreApplication::translate("SqlServerTokenStore", "same as postgresql://"),
                            makeSqlServerStore, passwordKey);
}
