#include "memorytokenstore.h"
#include "storeregistry.h"

#include <QCoreApplication>

// Each backend library defines its registration function; the build says which ones exist.
#ifdef ZCRM_HAVE_SQLITE_STORE
void registerSqliteStore(StoreRegistry &registry);
#endif
#ifdef ZCRM_HAVE_FILE_STORE
void registerFileStore(StoreRegistry &registry);
#endif
#ifdef ZCRM_HAVE_KEYCHAIN_STORE
void registerKeychainStore(StoreRegistry &registry);
#endif
#ifdef ZCRM_HAVE_SQL_SERVER_STORES
void registerSqlServerStores(StoreRegistry &registry);
#endif

void registerBuiltinStores(StoreRegistry &registry)
{
    registry.registerScheme(
        QStringLiteral("memory"), QStringLiteral("memory:"),
        QCoreApplication::translate("StoreRegistry", "in this process only, gone when it exits"),
        [](const QString &) -> StoreResult<std::unique_ptr<TokenStore>> {
            return std::unique_ptr<TokenStore>(std::make_unique<MemoryTokenStore>());
        });
#ifdef ZCRM_HAVE_SQLITE_STORE
    registerSqliteStore(registry);
#endif
#ifdef ZCRM_HAVE_FILE_STORE
    registerFileStore(registry);
#endif
#ifdef ZCRM_HAVE_KEYCHAIN_STORE
    registerKeychainStore(registry);
#endif
#ifdef ZCRM_HAVE_SQL_SERVER_STORES
    registerSqlServerStores(registry);
#endif
}

// Lives here, not in zcrm_stores_core, because it needs every backend of the build.
StoreRegistry &StoreRegistry::instance()
{
    static StoreRegistry *registry = [] {
        auto *created = new StoreRegistry;
        registerBuiltinStores(*created);
        return created;
    }();
    return *registry;
}
