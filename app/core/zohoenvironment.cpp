#include "zohoenvironment.h"

#include "displaytext.h"

namespace {

QUrl withoutTrailingSlash(QUrl url)
{
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    return url;
}

QUrl appendPath(const QUrl &base, const QString &suffix)
{
    QUrl url = withoutTrailingSlash(base);
    url.setQuery(QString());
    url.setFragment(QString());
    url.setPath(url.path() + suffix);
    return url;
}

bool isHttpUrl(const QUrl &url)
{
    return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        && !url.host().isEmpty() && url.userInfo().isEmpty() && !url.hasQuery() && !url.hasFragment();
}

QUrl origin(const QUrl &url)
{
    QUrl result;
    result.setScheme(url.scheme());
    result.setHost(url.host());
    result.setPort(url.port());
    return result;
}

} // namespace

std::optional<ZohoEnvironment> ZohoEnvironment::forDataCenter(const QString &code, ApiEnvironment environment)
{
    const auto center = DataCenter::byCode(code);
    if (!center)
        return std::nullopt;
    ZohoEnvironment result;
    result.m_dataCenterCode = center->code();
    result.m_environment = environment;
    result.m_accountsUrl = center->accountsUrl();
    result.m_apiDomain = center->apiDomain(environment);
    return result;
}

std::optional<ZohoEnvironment> ZohoEnvironment::fromAccountsUrl(const QUrl &accountsUrl)
{
    const auto center = DataCenter::byAccountsUrl(accountsUrl);
    if (!center)
        return std::nullopt;
    return forDataCenter(center->code());
}

std::optional<ZohoEnvironment> ZohoEnvironment::fromApiDomain(const QUrl &apiDomain)
{
    ApiEnvironment environment = ApiEnvironment::Production;
    const auto center = DataCenter::byApiDomain(apiDomain, &environment);
    if (!center)
        return std::nullopt;
    return forDataCenter(center->code(), environment);
}

std::optional<ZohoEnvironment> ZohoEnvironment::custom(const QUrl &accountsUrl, const QUrl &apiDomain,
                                                       ApiEnvironment environment, QString *error)
{
    if (!isHttpUrl(accountsUrl)) {
        if (error)
            *error = ZohoEnvironment::tr("accounts URL %1 is not an http(s) URL without query")
                         .arg(DisplayText::quoted(accountsUrl.toString()));
        return std::nullopt;
    }
    if (!apiDomain.isEmpty() && !isHttpUrl(apiDomain)) {
        if (error)
            *error = ZohoEnvironment::tr("API domain %1 is not an http(s) URL without query")
                         .arg(DisplayText::quoted(apiDomain.toString()));
        return std::nullopt;
    }
    ZohoEnvironment result;
    result.m_environment = environment;
    result.m_accountsUrl = withoutTrailingSlash(accountsUrl);
    result.m_apiDomain = withoutTrailingSlash(apiDomain);
    return result;
}

QUrl ZohoEnvironment::authorizationUrl(const QUrl &accountsServer)
{
    return appendPath(accountsServer, QStringLiteral("/oauth/v2/auth"));
}

QUrl ZohoEnvironment::tokenUrl(const QUrl &accountsServer)
{
    return appendPath(accountsServer, QStringLiteral("/oauth/v2/token"));
}

QUrl ZohoEnvironment::revokeUrl(const QUrl &accountsServer)
{
    return appendPath(accountsServer, QStringLiteral("/oauth/v2/token/revoke"));
}

bool ZohoEnvironment::trustsAccountsServer(const QUrl &server, QString *reason) const
{
    auto refuse = [&](const QString &why) {
        if (reason)
            *reason = why;
        return false;
    };
    if (DataCenter::isZohoAccountsServer(server))
        return true;
    const QString shown = DisplayText::quoted(server.toString(QUrl::RemoveUserInfo));
    if (!isCustom())
        return refuse(ZohoEnvironment::tr("%1 is not a Zoho accounts server").arg(shown));
    if (!isHttpUrl(server))
        return refuse(ZohoEnvironment::tr("%1 is not a plain http(s) server address").arg(shown));
    if (withoutTrailingSlash(server).path() != m_accountsUrl.path())
        return refuse(ZohoEnvironment::tr("%1 has another path than the configured accounts URL").arg(shown));
    if (server.scheme() != m_accountsUrl.scheme() || server.host() != m_accountsUrl.host())
        return refuse(ZohoEnvironment::tr("%1 is neither a Zoho accounts server nor on the host of the "
                                          "configured accounts URL %2")
                          .arg(shown, origin(m_accountsUrl).toString()));
    return true;
}

QUrl ZohoEnvironment::resolveApiDomain(const QUrl &answered) const
{
    if (answered.isEmpty() || !answered.isValid())
        return m_apiDomain;
    ApiEnvironment answeredEnvironment = ApiEnvironment::Production;
    const auto center = DataCenter::byApiDomain(answered, &answeredEnvironment);
    if (center && answeredEnvironment != m_environment)
        return center->apiDomain(m_environment);
    return withoutTrailingSlash(answered);
}

QString ZohoEnvironment::describe() const
{
    if (!isCustom())
        return QStringLiteral("%1 %2").arg(m_dataCenterCode, apiEnvironmentName(m_environment));
    return ZohoEnvironment::tr("custom %1 (%2)")
        .arg(m_accountsUrl.toString(), apiEnvironmentName(m_environment));
}
