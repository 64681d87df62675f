#include "datacenter.h"

#include <QStringList>

namespace {

QUrl httpsOrigin(const QString &host)
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host);
    return url;
}

// https, default port, no user info: the parts of a URL that say which server it is.
bool isPlainHttpsServer(const QUrl &url)
{
    return url.isValid() && url.scheme() == QLatin1String("https") && (url.port() == -1 || url.port() == 443)
        && url.userInfo().isEmpty() && !url.host().isEmpty();
}

} // namespace

QString apiEnvironmentName(ApiEnvironment environment)
{
    switch (environment) {
    case ApiEnvironment::Production:
        return QStringLiteral("production");
    case ApiEnvironment::Sandbox:
        return QStringLiteral("sandbox");
    case ApiEnvironment::Developer:
        return QStringLiteral("developer");
    }
    return {};
}

std::optional<ApiEnvironment> apiEnvironmentFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("production"))
        return ApiEnvironment::Production;
    if (lower == QLatin1String("sandbox"))
        return ApiEnvironment::Sandbox;
    if (lower == QLatin1String("developer"))
        return ApiEnvironment::Developer;
    return std::nullopt;
}

DataCenter::DataCenter(const char *code, const char *name, const char *accountsHost, const char *apiSuffix,
                       const char *uploadHost)
    : m_code(QString::fromLatin1(code))
    , m_name(QString::fromLatin1(name))
    , m_accountsHost(QString::fromLatin1(accountsHost))
    , m_apiSuffix(QString::fromLatin1(apiSuffix))
    , m_uploadHost(QString::fromLatin1(uploadHost))
{ }

const QList<DataCenter> &DataCenter::all()
{
    static const QList<DataCenter> centers {
        DataCenter("us", "United States", "accounts.zoho.com", "zohoapis.com", "content.zohoapis.com"),
        DataCenter("eu", "Europe", "accounts.zoho.eu", "zohoapis.eu", "content.zohoapis.eu"),
        DataCenter("in", "India", "accounts.zoho.in", "zohoapis.in", "content.zohoapis.in"),
        DataCenter("au", "Australia", "accounts.zoho.com.au", "zohoapis.com.au", "content.zohoapis.com.au"),
        DataCenter("cn", "China", "accounts.zoho.com.cn", "zohoapis.com.cn", "content.zohoapis.com.cn"),
        DataCenter("jp", "Japan", "accounts.zoho.jp", "zohoapis.jp", "content.zohoapis.jp"),
        // The accounts host is zohocloud.ca, the API host zohoapis.ca.
        DataCenter("ca", "Canada", "accounts.zohocloud.ca", "zohoapis.ca", "upload.zohocloud.ca"),
        DataCenter("sa", "Saudi Arabia", "accounts.zoho.sa", "zohoapis.sa", "files.zoho.sa"),
    };
    return centers;
}

QStringList DataCenter::codes()
{
    QStringList result;
    for (const DataCenter &center : all())
        result.append(center.code());
    return result;
}

std::optional<DataCenter> DataCenter::byCode(const QString &code)
{
    const QString lower = code.trimmed().toLower();
    for (const DataCenter &center : all()) {
        if (center.m_code == lower)
            return center;
    }
    return std::nullopt;
}

std::optional<DataCenter> DataCenter::byAccountsUrl(const QUrl &url)
{
    if (!isPlainHttpsServer(url))
        return std::nullopt;
    const QString host = url.host().toLower();
    for (const DataCenter &center : all()) {
        if (center.m_accountsHost == host)
            return center;
    }
    return std::nullopt;
}

std::optional<DataCenter> DataCenter::byApiDomain(const QUrl &url, ApiEnvironment *environment)
{
    if (!isPlainHttpsServer(url))
        return std::nullopt;
    const QString host = url.host().toLower();
    for (const DataCenter &center : all()) {
        for (ApiEnvironment candidate :
             { ApiEnvironment::Production, ApiEnvironment::Sandbox, ApiEnvironment::Developer }) {
            if (center.apiDomain(candidate).host() == host) {
                if (environment)
                    *environment = candidate;
                return center;
            }
        }
    }
    return std::nullopt;
}

bool DataCenter::isZohoAccountsServer(const QUrl &url)
{
    if (!isPlainHttpsServer(url) || url.hasQuery() || url.hasFragment())
        return false;
    const QString path = url.path();
    if (!path.isEmpty() && path != QLatin1String("/"))
        return false;
    return byAccountsUrl(url).has_value();
}

QUrl DataCenter::accountsUrl() const
{
    return httpsOrigin(m_accountsHost);
}

QUrl DataCenter::apiDomain(ApiEnvironment environment) const
{
    switch (environment) {
    case ApiEnvironment::Production:
        return httpsOrigin(QStringLiteral("www.") + m_apiSuffix);
    case ApiEnvironment::Sandbox:
        return httpsOrigin(QStringLiteral("sandbox.") + m_apiSuffix);
    case ApiEnvironment::Developer:
        return httpsOrigin(QStringLiteral("developer.") + m_apiSuffix);
    }
    return {};
}

QUrl DataCenter::fileUploadUrl() const
{
    return httpsOrigin(m_uploadHost);
}
