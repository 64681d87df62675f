#include "storeregistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

void StoreRegistry::registerScheme(const QString &name, const QString &usage, const QString &summary,
                                   Factory factory, PasswordKey passwordKey)
{
    Scheme added { name, usage, summary, std::move(factory), std::move(passwordKey) };
    for (Scheme &scheme : m_schemes) {
        if (scheme.name == name) {
            scheme = std::move(added);
            return;
        }
    }
    m_schemes.append(std::move(added));
}

const StoreRegistry::Scheme *StoreRegistry::find(const QString &spec) const
{
    const QString name = schemeOf(spec);
    for (const Scheme &scheme : m_schemes) {
        if (scheme.name == name)
            return &scheme;
    }
    return nullptr;
}

void StoreRegistry::registerPasswordVault(PasswordVault vault)
{
    m_vault = std::move(vault);
}

bool StoreRegistry::takesPassword(const QString &spec) const
{
    const Scheme *scheme = find(spec);
    return scheme && scheme->passwordKey;
}

StoreResult<QString> StoreRegistry::passwordKey(const QString &spec) const
{
    const Scheme *scheme = find(spec);
    if (!scheme || !scheme->passwordKey)
        return StoreError(
            StoreError::Code::InvalidInput, spec, QStringLiteral("savePassword"),
            QCoreApplication::translate("StoreRegistry", "this kind of store takes no password"));
    return scheme->passwordKey(spec);
}

StoreResult<void> StoreRegistry::savePassword(const QString &spec, const QString &password) const
{
    auto key = passwordKey(spec);
    if (!key)
        return key.error();
    if (!m_vault)
        return StoreError(StoreError::Code::Unavailable, spec, QStringLiteral("savePassword"),
                          QCoreApplication::translate("StoreRegistry",
                                                      "this build has no keychain for database passwords"));
    return m_vault->write(key.value(), password);
}

StoreResult<std::optional<QString>> StoreRegistry::readPassword(const QString &spec) const
{
    auto key = passwordKey(spec);
    if (!key)
        return key.error();
    if (!m_vault)
        return std::optional<QString>();
    return m_vault->read(key.value());
}

bool StoreRegistry::hasScheme(const QString &name) const
{
    return std::any_of(m_schemes.cbegin(), m_schemes.cend(),
                       [&name](const Scheme &scheme) { return scheme.name == name; });
}

StoreResult<std::unique_ptr<TokenStore>> StoreRegistry::create(const QString &spec) const
{
    if (const Scheme *scheme = find(spec))
        return scheme->factory(spec);
    QStringList known;
    for (const Scheme &scheme : m_schemes)
        known.append(scheme.usage);
    return StoreError(StoreError::Code::InvalidInput, spec, QStringLiteral("open"),
                      QCoreApplication::translate("StoreRegistry", "unknown store spec; use one of: %1")
                          .arg(known.join(QStringLiteral(", "))));
}

QString StoreRegistry::schemeOf(const QString &spec)
{
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return {};
    const QString scheme = spec.left(colon).toLower();
    for (QChar c : scheme) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('+') || c == QLatin1Char('-')))
            return {};
    }
    return scheme;
}

QString StoreRegistry::remainderOf(const QString &spec)
{
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    return colon < 0 ? QString() : spec.mid(colon + 1);
}

QString StoreRegistry::defaultSpec()
{
    const QString fromEnvironment = qEnvironmentVariable("ZCRM_STORE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (folder.isEmpty())
        folder = QDir::homePath() + QStringLiteral("/.local/share");
    return QStringLiteral("sqlite:") + folder + QStringLiteral("/zcrm-explorer/tokens.db");
}
