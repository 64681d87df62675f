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

    struct Scheme
    {
        QString name; // "sqlite"
        QString usage; // "sqlite:PATH"
        QString summary; // one line for --help
        Factory factory;
    };

    // The process-wide registry with every built-in backend this build has.
    static StoreRegistry &instance();

    void registerScheme(const QString &name, const QString &usage, const QString &summary, Factory factory);
    bool hasScheme(const QString &name) const;
    const QList<Scheme> &schemes() const { return m_schemes; }

    StoreResult<std::unique_ptr<TokenStore>> create(const QString &spec) const;

    // "sqlite" for "sqlite:/x", "mysql" for "mysql://…"; empty when the spec has no scheme.
    static QString schemeOf(const QString &spec);
    // The text after "scheme:".
    static QString remainderOf(const QString &spec);

    // The store used when none is named: $ZCRM_STORE, else SQLite in the application data folder.
    static QString defaultSpec();

private:
    QList<Scheme> m_schemes;
};

// Registers the backends compiled into zcrm_stores (defined in builtinstores.cpp, as is instance()).
void registerBuiltinStores(StoreRegistry &registry);
