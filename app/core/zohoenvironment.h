#pragma once

#include "datacenter.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

// Where a user signs in and where the CRM API answers: a Zoho data center in one of its
// environments, or custom URLs (the local sandbox, a private setup, a test double).
class ZohoEnvironment
{
    Q_DECLARE_TR_FUNCTIONS(ZohoEnvironment)

public:
    ZohoEnvironment() = default; // invalid

    static std::optional<ZohoEnvironment>
    forDataCenter(const QString &code, ApiEnvironment environment = ApiEnvironment::Production);
    // The accounts server (or the SDK's token URL) of a data center; production environment.
    static std::optional<ZohoEnvironment> fromAccountsUrl(const QUrl &accountsUrl);
    // An API domain of a data center; the environment follows from the host (www., sandbox., …).
    static std::optional<ZohoEnvironment> fromApiDomain(const QUrl &apiDomain);
    // Anything else. Both URLs must be absolute http(s) URLs; a trailing '/' is dropped. The API
    // domain may be empty: the token answer's api_domain then names it.
    static std::optional<ZohoEnvironment> custom(const QUrl &accountsUrl, const QUrl &apiDomain,
                                                 ApiEnvironment environment = ApiEnvironment::Production,
                                                 QString *error = nullptr);

    bool isValid() const { return m_accountsUrl.isValid() && !m_accountsUrl.isEmpty(); }
    bool isCustom() const { return m_dataCenterCode.isEmpty(); }
    const QString &dataCenterCode() const { return m_dataCenterCode; } // empty when custom
    ApiEnvironment environment() const { return m_environment; }
    const QUrl &accountsUrl() const { return m_accountsUrl; }
    const QUrl &apiDomain() const { return m_apiDomain; }

    QUrl authorizationUrl() const { return authorizationUrl(m_accountsUrl); }

    static QUrl authorizationUrl(const QUrl &accountsServer); // …/oauth/v2/auth
    static QUrl tokenUrl(const QUrl &accountsServer); // …/oauth/v2/token
    static QUrl revokeUrl(const QUrl &accountsServer); // …/oauth/v2/token/revoke

    // May a token request (client secret, code, refresh token) be sent to `server`, which an
    // authorization callback named? Yes for the bare origin of a known Zoho accounts server; yes
    // for a custom setup when `server` has the scheme and host of the configured accounts URL (the
    // port may differ: the sandbox and private setups run one accounts port per data center).
    // Everything else is refused, so that a forged callback cannot collect our secret.
    bool trustsAccountsServer(const QUrl &server, QString *reason = nullptr) const;

    // The API domain to keep for a token of this environment, given the `api_domain` Zoho answered:
    // a known DC's production domain becomes that DC's sandbox/developer domain when this is a
    // sandbox/developer environment (a sandbox token must never be sent to production); an empty
    // answer falls back to this environment's domain.
    QUrl resolveApiDomain(const QUrl &answered) const;

    // "us production", "custom http://127.0.0.1:4000 (sandbox)"
    QString describe() const;

private:
    QString m_dataCenterCode;
    ApiEnvironment m_environment = ApiEnvironment::Production;
    QUrl m_accountsUrl;
    QUrl m_apiDomain;
};
