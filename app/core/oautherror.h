#pragma once

#include <QCoreApplication>
#include <QString>

// Why an OAuth step failed, in terms a person and a program can act on. Never holds a secret.
class OAuthError
{
    Q_DECLARE_TR_FUNCTIONS(OAuthError)

public:
    enum class Kind {
        None,
        // Zoho's {"error": …} answers of the token endpoint, judged by the body whatever the HTTP status.
        InvalidCode, // code expired/used, wrong DC, or refresh token revoked
        InvalidClient, // wrong client id or secret, or the client is not enabled for that DC
        InvalidRedirectUri, // redirect URI differs from the registered one
        AccessDenied, // access_denied: the user denied consent, or the grant-code throttle
        Throttled, // "Access Denied": too many access tokens for this refresh token
        OtherServerError, // any other `error` in the body
        // Refused on our side.
        LocalThrottle, // we would exceed Zoho's 10 refreshes per 10 minutes: not sent
        UntrustedAccountsServer, // a callback named a server that may not receive our secret
        StateMismatch, // (the sign-in reports it when it ends without a valid callback)
        CallbackTimeout, // no valid callback within the sign-in timeout
        Cancelled,
        ListenFailed, // the redirect URI's port cannot be bound, or it is not a loopback URI
        InvalidInput, // a parameter we were given cannot be used
        // The network class (exit code 6): no usable answer at all.
        Network, // connection refused, DNS, TLS, reset
        Timeout, // no answer within the request timeout
        MalformedResponse, // not JSON, or JSON without access_token or error
    };

    OAuthError() = default;
    OAuthError(Kind kind, QString message, QString zohoCode = QString(), int httpStatus = 0);

    // The error of a Zoho body ({"error":…,"error_description":…}), mapped to a kind.
    static OAuthError fromZohoError(const QString &error, const QString &description, int httpStatus);

    Kind kind() const { return m_kind; }
    bool isNone() const { return m_kind == Kind::None; }
    // No usable answer from the server (as opposed to an answer that says no).
    bool isNetwork() const;
    const QString &message() const { return m_message; }
    const QString &zohoCode() const { return m_zohoCode; } // "invalid_code", "Access Denied", …
    int httpStatus() const { return m_httpStatus; }

    static QString kindName(Kind kind); // "invalid_code", "network", …

private:
    Kind m_kind = Kind::None;
    QString m_message;
    QString m_zohoCode;
    int m_httpStatus = 0;
};
