#pragma once

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

// Which CRM environment of an org a token belongs to. Refresh tokens are tied to one of them.
enum class ApiEnvironment { Production, Sandbox, Developer };

QString apiEnvironmentName(ApiEnvironment environment); // "production", "sandbox", "developer"
std::optional<ApiEnvironment> apiEnvironmentFromName(const QString &name);

// One of Zoho's data centers, with the hosts the official SDK uses (`crm/dc/*_data_center.py` of
// zoho/zohocrm-python-sdk-8.0; Zoho Accounts "Multi-DC", zoho.com/accounts/protocol/oauth/multi-dc.html). UK
// and AE are left out: CRM there is unconfirmed and the SDK has no class for them.
class DataCenter
{
public:
    static const QList<DataCenter> &all(); // us, eu, in, au, cn, jp, ca, sa
    static QStringList codes();

    // "us", "EU", … (case-insensitive).
    static std::optional<DataCenter> byCode(const QString &code);
    // The accounts server, with or without a path (so the SDK's token URL works too): https only,
    // default port, the exact host.
    static std::optional<DataCenter> byAccountsUrl(const QUrl &url);
    // Any of the DC's API domains; `environment` (if given) receives which one it was.
    static std::optional<DataCenter> byApiDomain(const QUrl &url, ApiEnvironment *environment = nullptr);

    // True only for the bare origin of a Zoho accounts server (https, the exact host, default port,
    // no user info, no path beyond "/", no query). The allow-list for where a client secret may go.
    static bool isZohoAccountsServer(const QUrl &url);

    const QString &code() const { return m_code; }
    const QString &name() const { return m_name; }
    QUrl accountsUrl() const;
    QUrl apiDomain(ApiEnvironment environment) const;
    QUrl fileUploadUrl() const;

private:
    DataCenter(const char *code, const char *name, const char *accountsHost, const char *apiSuffix,
               const char *uploadHost);

    QString m_code;
    QString m_name;
    QString m_accountsHost; // accounts.zoho.com
    QString m_apiSuffix; // zohoapis.com  (www., sandbox., developer. in front)
    QString m_uploadHost; // content.zohoapis.com
};
