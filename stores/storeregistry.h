#pragma once

#include "storeresult.h"
#include "tokenstore.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

// Makes stores from spec strings: `scheme:rest`, e.g. `sqlite:/path/tokens.db`, `memory:`,
// `mysql://user@host/db`. Backends and custom stores register their scheme here.
class StoreRegistry
{
public:
    using Factory = std::function<StoreResult<std::unique_ptr<TokenStore>>(const QString &spec)>;
    // Which password a spec logs in with, e.g. "mysql://root@localhost:3306" (stores on one server share
    // it); never the password itself. An error when the spec is not valid.
    using PasswordKey = std::function<StoreResult<QString>(const QString &spec)>;

    struct Scheme
    {
        QString name; // "sqlite"
        QString usage; // "sqlite:PATH"
        QString summary; // one line for --help
        Factory factory;
        PasswordKey passwordKey; // empty: the backend takes no password
    };

    // Where passwords of stores are kept outside any spec, settings file or environment: the OS
    // keychain, registered by the keychain backend where the build has one.
    struct PasswordVault
    {
        QString name; // "the keychain", for messages
        // nullopt when no password is kept under `key`; an error when the vault cannot be reached.
        std::function<StoreResult<std::optional<QString>>(const QString &key)> read;
        std::function<StoreResult<void>(const QString &key, const QString &password)> write;
    };

    // The process-wide registry with every built-in backend this build has.
    static StoreRegistry &instance();

    void registerScheme(const QString &name, const QString &usage, const QString &summary, Factory factory,
                        PasswordKey passwordKey = {});
    void registerPasswordVault(PasswordVault vault);
    // nullptr when this build has no vault.
    const PasswordVault *passwordVault() const { return m_vault ? &*m_vault : nullptr; }
    bool hasScheme(const QString &name) const;
    const QList<Scheme> &schemes() const { return m_schemes; }

    StoreResult<std::unique_ptr<TokenStore>> create(const QString &spec) const;

    // Whether stores of this spec's scheme take a password.
    bool takesPassword(const QString &spec) const;
    // The password's home: which password the spec uses (see PasswordKey). InvalidInput when the
    // scheme takes none or the spec is not valid.
    StoreResult<QString> passwordKey(const QString &spec) const;
    // Keeps the spec's password in the vault, where readPassword() finds it (Unavailable without one).
    StoreResult<void> savePassword(const QString &spec, const QString &password) const;
    // The kept password of a spec; nullopt when none is kept or the build has no vault.
    StoreResult<std::optional<QString>> readPassword(const QString &spec) const;

    // "sqlite" for "sqlite:/x", "mysql" for "mysql://…"; empty when the spec has no scheme.
    static QString schemeOf(const QString &spec);
    // The text after "scheme:".
    static QString remainderOf(const QString &spec);

    // The store used when none is named: $ZCRM_STORE, else SQLite in the application data folder.
    static QString defaultSpec();

private:
    const Scheme *find(const QString &spec) const;

    QList<Scheme> m_schemes;
    std::optional<PasswordVault> m_vault;
};

// Registers the backends compiled into zcrm_stores (defined in builtinstores.cpp, as is instance()).
void registerBuiltinStores(StoreRegistry &registry);
