#include "storeregistry.h"

#include <QDir>
#include <QStandardPaths>

void StoreRegistry::registerScheme(const QString &name, const QString &usage, const QString &summary,
                                   Factory factory)
{
    for (Scheme &scheme : m_schemes) {
        if (scheme.name == name) {
            scheme = Scheme { name, usage, summary, std::move(factory) };
            return;
        }
    }
    m_schemes.append(Scheme { name, usage, summary, std::move(factory) });
}

bool StoreRegistry::hasScheme(const QString &name) const
{
    return std::any_of(m_schemes.cbegin(), m_schemes.cend(),
                       [&name](const Scheme &scheme) { return scheme.name == name; });
}

StoreResult<std::unique_ptr<TokenStore>> StoreRegistry::create(const QString &spec) const
{
    const QString name = schemeOf(spec);
    for (const Scheme &scheme : m_schemes) {
        if (scheme.name == name)
            return scheme.factory(spec);
    }
    QStringList known;
    for (const Scheme &scheme : m_schemes)
        known.append(scheme.usage);
    return StoreError(
        StoreError::Code::InvalidInput, spec, QStringLiteral("open"),
        QStringLiteral("unknown store spec; use one of: %1").arg(known.join(QStringLiteral(", "))));
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
