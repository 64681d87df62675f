#include "sqlitetokenstore.h"
#include "storeregistry.h"

#include <QCoreApplication>

void registerSqliteStore(StoreRegistry &registry)
{
    registry.registerScheme(
        QStringLiteral("sqlite"), QStringLiteral("sqlite:PATH"),
        QCoreApplication::translate(
            "SqliteTokenStore",
            "SQLite file; table oauthtoken as the Zoho SDK samples create it (opens their zohooauth.db)"),
        [](const QString &spec) -> StoreResult<std::unique_ptr<TokenStore>> {
            SqliteTokenStore::Options options;
            options.path = StoreRegistry::remainderOf(spec);
            // Only the user's default store may create its folder; a mistyped path is an error.
            options.createFolder = spec == StoreRegistry::defaultSpec();
            bool ok = false;
            const int timeout = qEnvironmentVariableIntValue("ZCRM_SQLITE_BUSY_TIMEOUT_MS", &ok);
            if (ok && timeout >= 0)
                options.busyTimeoutMs = timeout;
            // For tests and measurements: the portable QSqlQuery path even where the faster one works.
            options.allowDriverHandle = qEnvironmentVariableIntValue("ZCRM_SQLITE_QTSQL_ONLY") == 0;
            return SqliteTokenStore::open(options);
        });
}
