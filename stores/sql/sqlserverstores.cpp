#include "sqlserverspec.h"
#include "sqlservertokenstore.h"
#include "storeregistry.h"

#ifdef ZCRM_HAVE_KEYCHAIN_SECRETS
#include "keychainsecret.h"
#endif

namespace {

// ZCRM_DB_PASSWORD when it is set, else the server's entry in the OS keychain (`zcrm stores password`),
// else none. Read when a store is made; never part of the spec, the description or a message.
QString databasePassword(const SqlServerSpec &spec)
{
    if (qEnvironmentVariableIsSet("ZCRM_DB_PASSWORD"))
        return qEnvironmentVariable("ZCRM_DB_PASSWORD");
#ifdef ZCRM_HAVE_KEYCHAIN_SECRETS
    // Without a keychain the server decides: it may need no password, or it names the failure.
    auto stored = KeychainSecret::read(KeychainSecret::databaseService(), spec.passwordKey());
    if (stored && stored.value())
        return *stored.value();
#else
    Q_UNUSED(spec);
#endif
    return {};
}

StoreResult<std::unique_ptr<TokenStore>> makeSqlServerStore(const QString &spec)
{
    auto parsed = SqlServerSpec::parse(spec);
    if (!parsed)
        return parsed.error();
    return std::unique_ptr<TokenStore>(
        std::make_unique<SqlServerTokenStore>(parsed.value(), databasePassword(parsed.value())));
}

StoreResult<void> saveDatabasePassword(const QString &spec, const QString &password)
{
    auto parsed = SqlServerSpec::parse(spec);
    if (!parsed)
        return parsed.error();
#ifdef ZCRM_HAVE_KEYCHAIN_SECRETS
    return KeychainSecret::write(KeychainSecret::databaseService(), parsed.value().passwordKey(), password);
#else
    Q_UNUSED(password);
    return StoreError(StoreError::Code::Unavailable, spec, QStringLiteral("savePassword"),
                      QStringLiteral("this build has no keychain for database passwords"));
#endif
}

} // namespace

void registerSqlServerStores(StoreRegistry &registry)
{
    const QString mysqlSummary =
        QStringLiteral("MySQL or MariaDB, the SDK DBStore's table (default root@localhost:3306, "
                       "database zohooauth, table oauthtoken); password from "
                       "ZCRM_DB_PASSWORD or the OS keychain");
    const QString postgresSummary =
        QStringLiteral("PostgreSQL, the same table (default postgres@localhost:5432, "
                       "database zohooauth, table oauthtoken); password from "
                       "ZCRM_DB_PASSWORD or the OS keychain");
    registry.registerScheme(QStringLiteral("mysql"), QStringLiteral("mysql://USER@HOST[:PORT]/DB[?table=T]"),
                            mysqlSummary, makeSqlServerStore, saveDatabasePassword);
    registry.registerScheme(QStringLiteral("mariadb"),
                            QStringLiteral("mariadb://USER@HOST[:PORT]/DB[?table=T]"),
                            QStringLiteral("same as mysql://"), makeSqlServerStore, saveDatabasePassword);
    registry.registerScheme(QStringLiteral("postgresql"),
                            QStringLiteral("postgresql://USER@HOST[:PORT]/DB[?table=T]"), postgresSummary,
                            makeSqlServerStore, saveDatabasePassword);
    registry.registerScheme(
        QStringLiteral("postgres"), QStringLiteral("postgres://USER@HOST[:PORT]/DB[?table=T]"),
        QStringLiteral("same as postgresql://"), makeSqlServerStore, saveDatabasePassword);
}
