#include "oautherror.h"

#include "displaytext.h"

#include <utility>

OAuthError::OAuthError(Kind kind, QString message, QString zohoCode, int httpStatus)
    : m_kind(kind)
    , m_message(std::move(message))
    , m_zohoCode(std::move(zohoCode))
    , m_httpStatus(httpStatus)
{ }

OAuthError OAuthError::fromZohoError(const QString &error, const QString &description, int httpStatus)
{
    // The server's words, quoted and cut: a hostile server must not write the terminal's next lines.
    const QString detail =
        description.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(DisplayText::quoted(description));
    if (error == QLatin1String("invalid_code"))
        return OAuthError(Kind::InvalidCode,
                          OAuthError::tr("Zoho answered invalid_code: the code or refresh token is "
                                         "expired, already used, revoked, or from another data center%1")
                              .arg(detail),
                          error, httpStatus);
    if (error == QLatin1String("invalid_client"))
        return OAuthError(Kind::InvalidClient,
                          OAuthError::tr("Zoho answered invalid_client: wrong client id or secret, or the "
                                         "client is not enabled for this data center%1")
                              .arg(detail),
                          error, httpStatus);
    if (error == QLatin1String("invalid_redirect_uri"))
        return OAuthError(Kind::InvalidRedirectUri,
                          OAuthError::tr("Zoho answered invalid_redirect_uri: the redirect URI differs "
                                         "from the one registered for the client%1")
                              .arg(detail),
                          error, httpStatus);
    if (error == QLatin1String("access_denied"))
        return OAuthError(Kind::AccessDenied,
                          OAuthError::tr("Zoho answered access_denied: access was refused, or too many "
                                         "grant codes were issued (10 per 10 minutes)%1")
                              .arg(detail),
                          error, httpStatus);
    // The access-token throttle says "Access Denied", with a space and capitals.
    if (error.compare(QLatin1String("Access Denied"), Qt::CaseInsensitive) == 0)
        return OAuthError(Kind::Throttled,
                          OAuthError::tr("Zoho answered %1, its token throttle: too many access tokens for "
                                         "this refresh token (10 per 10 minutes); try again later%2")
                              .arg(DisplayText::quoted(error), detail),
                          error, httpStatus);
    return OAuthError(Kind::OtherServerError,
                      OAuthError::tr("Zoho answered %1%2").arg(DisplayText::quoted(error), detail), error,
                      httpStatus);
}

bool OAuthError::isNetwork() const
{
    return m_kind == Kind::Network || m_kind == Kind::Timeout || m_kind == Kind::MalformedResponse;
}

QString OAuthError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::InvalidCode:
        return QStringLiteral("invalid_code");
    case Kind::InvalidClient:
        return QStringLiteral("invalid_client");
    case Kind::InvalidRedirectUri:
        return QStringLiteral("invalid_redirect_uri");
    case Kind::AccessDenied:
        return QStringLiteral("access_denied");
    case Kind::Throttled:
        return QStringLiteral("throttled");
    case Kind::OtherServerError:
        return QStringLiteral("server_error");
    case Kind::LocalThrottle:
        return QStringLiteral("local_throttle");
    case Kind::UntrustedAccountsServer:
        return QStringLiteral("untrusted_accounts_server");
    case Kind::StateMismatch:
        return QStringLiteral("state_mismatch");
    case Kind::CallbackTimeout:
        return QStringLiteral("callback_timeout");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::ListenFailed:
        return QStringLiteral("listen_failed");
    case Kind::InvalidInput:
        return QStringLiteral("invalid_input");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::MalformedResponse:
        return QStringLiteral("malformed_response");
    }
    return {};
}
