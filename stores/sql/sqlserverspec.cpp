#include "sqlserverspec.h"

#include "displaytext.h"
#include "storeregistry.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace {

const QString kOpen = QStringLiteral("open");

// The table name is part of the SQL text (it cannot be bound), so only plain identifiers pass.
// 40 characters leave room for the index names derived from it within MySQL's and PostgreSQL's 63.
bool isPlainIdentifier(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,39}$"));
    return pattern.match(name).hasMatch();
}

// The user part of "scheme://user:pw@host/…", or empty. It runs to the last '@': a password may
// hold '/', '?' or '#', and cutting it there would leave the rest of it in a message.
QString userInfoOf(const QString &spec)
{
    const qsizetype start = spec.indexOf(QLatin1String("//"));
    if (start < 0)
        return {};
    const qsizetype at = spec.lastIndexOf(QLatin1Char('@'));
    return at < start + 2 ? QString() : spec.mid(start + 2, at - start - 2);
}

} // namespace

QString SqlServerSpec::withoutPassword(const QString &spec)
{
    QString cleaned = spec;
    const QString userInfo = userInfoOf(spec);
    const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
    if (colon >= 0) {
        const qsizetype start = spec.indexOf(QLatin1String("//")) + 2;
        cleaned.replace(start, userInfo.size(), userInfo.left(colon));
    }
    // "?password=…" is refused too; its value goes with the whole query.
    const qsizetype question = cleaned.indexOf(QLatin1Char('?'));
    if (question >= 0 && cleaned.mid(question).contains(QLatin1String("password"), Qt::CaseInsensitive))
        cleaned.truncate(question);
    return cleaned;
}

StoreResult<SqlServerSpec> SqlServerSpec::parse(const QString &spec)
{
    const QString safeSpec = withoutPassword(spec);
    auto invalid = [&safeSpec](const QString &message) {
        return StoreError(StoreError::Code::InvalidInput, safeSpec, kOpen, message);
    };

    SqlServerSpec result;
    const QString scheme = StoreRegistry::schemeOf(spec);
    if (scheme == QLatin1String("mysql") || scheme == QLatin1String("mariadb")) {
        result.m_kind = Kind::MySql;
        result.m_user = QStringLiteral("root");
        result.m_port = 3306;
    } else if (scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres")) {
        result.m_kind = Kind::PostgreSql;
        result.m_user = QStringLiteral("postgres");
        result.m_port = 5432;
    } else {
        return invalid(QCoreApplication::translate("SqlServerSpec", "not a MySQL or PostgreSQL store spec"));
    }
    const QString usage = result.m_kind == Kind::MySql
        ? QStringLiteral("mysql://USER@HOST[:PORT]/DB[?table=T]")
        : QStringLiteral("postgresql://USER@HOST[:PORT]/DB[?table=T]");
    result.m_host = QStringLiteral("localhost");
    result.m_database = QStringLiteral("zohooauth");
    result.m_table = QStringLiteral("oauthtoken");

    if (userInfoOf(spec).contains(QLatin1Char(':'))) {
        return invalid(
            QCoreApplication::translate("SqlServerSpec",
                                        "a password in the store spec is refused, because specs are saved in "
                                        "settings and shown in logs; set ZCRM_DB_PASSWORD instead"));
    }

    const QString remainder = StoreRegistry::remainderOf(spec);
    if (remainder.isEmpty())
        return result; // "mysql:": every default
    if (!remainder.startsWith(QLatin1String("//")))
        return invalid(QCoreApplication::translate("SqlServerSpec", "expected %1").arg(usage));

    const QUrl url(spec, QUrl::StrictMode);
    if (!url.isValid())
        return invalid(
            QCoreApplication::translate("SqlServerSpec", "not a valid URL; expected %1").arg(usage));
    if (!url.fragment().isEmpty())
        return invalid(
            QCoreApplication::translate("SqlServerSpec", "unexpected \"#\" part; expected %1").arg(usage));
    if (!url.userName().isEmpty())
        result.m_user = url.userName();
    if (!url.host().isEmpty())
        result.m_host = url.host();
    if (url.port() == 0)
        return invalid(QCoreApplication::translate("SqlServerSpec", "port 0 is not a valid port"));
    if (url.port() > 0)
        result.m_port = url.port();

    QString path = url.path();
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    if (path.contains(QLatin1Char('/')))
        return invalid(
            QCoreApplication::translate("SqlServerSpec", "the path must be one database name; expected %1")
                .arg(usage));
    if (!path.isEmpty())
        result.m_database = path;

    const QUrlQuery query(url);
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        if (item.first == QLatin1String("table")) {
            if (!isPlainIdentifier(item.second)) {
                return invalid(QCoreApplication::translate(
                                   "SqlServerSpec",
                                   "table name %1 is not allowed: use letters, digits and \"_\", "
                                   "not starting with a digit, at most 40 characters")
                                   .arg(DisplayText::quoted(item.second)));
            }
            result.m_table = item.second;
        } else if (item.first.compare(QLatin1String("password"), Qt::CaseInsensitive) == 0) {
            // Not echoed: the value is the password.
            return invalid(QCoreApplication::translate(
                "SqlServerSpec", "a password in the store spec is refused; set ZCRM_DB_PASSWORD instead"));
        } else {
            return invalid(QCoreApplication::translate("SqlServerSpec",
                                                       "unknown option %1; the only option is table=NAME")
                               .arg(DisplayText::quoted(item.first)));
        }
    }
    return result;
}

QString SqlServerSpec::passwordKey() const
{
    return QStringLiteral("%1://%2@%3:%4")
        .arg(m_kind == Kind::MySql ? QStringLiteral("mysql") : QStringLiteral("postgresql"), m_user, m_host)
        .arg(m_port);
}

QString SqlServerSpec::description() const
{
    QUrl url;
    url.setScheme(m_kind == Kind::MySql ? QStringLiteral("mysql") : QStringLiteral("postgresql"));
    url.setUserName(m_user);
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_database);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("table"), m_table);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString SqlServerSpec::driverName() const
{
    return m_kind == Kind::MySql ? QStringLiteral("QMYSQL") : QStringLiteral("QPSQL");
}

QString SqlServerSpec::serverName() const
{
    return m_kind == Kind::MySql ? QStringLiteral("MySQL/MariaDB") : QStringLiteral("PostgreSQL");
}
