#pragma once

#include "storeresult.h"
#include "tokenstore.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

// Makes stores from spec strings: `scheme:rest`, e.g. `sqlite:/path/tokens.db`, `memory:`,
// `mysql://user@host/db`. Backends and custom stores register their scheme here.
class StoreRegistry
{
public:
    using Factory = std::function<StoreResult<std::unique_ptr<TokenStore>>(const QString &spec)>;
    // Keeps the password of a spec where the backend's factory will find it (the OS keychain).
    using PasswordSaver = std::function<StoreResult<void>(const QString &spec, const QString &password)>;

    struct Scheme
    {
        QString name; // "sqlite"
        QString usage; // "sqlite:PATH"
        QString summary; // one line for --help
        Factory factory;
        PasswordSaver savePassword; // empty: the backend takes no password
    };

    // The process-wide registry with every built-in backend this build has.
    static StoreRegistry &instance();

    void registerScheme(const QString &name, const QString &usage, const QString &summary, Factory factory,
                        PasswordSaver savePassword = {});
    bool hasScheme(const QString &name) const;
    const QList<Scheme> &schemes() const { return m_schemes; }

    StoreResult<std::unique_ptr<TokenStore>> create(const QString &spec) const;

    // Whether stores of this spec's scheme take a password, and keeping it (InvalidInput when not).
    bool takesPassword(const QString &spec) const;
    StoreResult<void> savePassword(const QString &spec, const QString &password) const;

    // "sqlite" for "sqlite:/x", "mysql" for "mysql://…"; empty when the spec has no scheme.
    static QString schemeOf(const QString &spec);
    // The text after "scheme:".
    static QString remainderOf(const QString &spec);

    // The store used when none is named: $ZCRM_STORE, else SQLite in the application data folder.
    static QString defaultSpec();

private:
    const Scheme *find(const QString &spec) const;

    QList<Scheme> m_schemes;
};

// Registers the backends compiled into zcrm_stores (defined in builtinstores.cpp, as is instance()).
void registerBuiltinStores(StoreRegistry &registry);
