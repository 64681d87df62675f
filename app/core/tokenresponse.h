#pragma once

#include "oautherror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

// One answer of POST {accounts}/oauth/v2/token, judged by its body whatever the HTTP status:
// Zoho answers errors with 200 and {"error":…} (Zoho Accounts "Access and refresh tokens",
// zoho.com/accounts/protocol/oauth/web-apps/access-token.html).
class TokenResponse
{
    Q_DECLARE_TR_FUNCTIONS(TokenResponse)

public:
    // `nowMs` turns expires_in into an absolute expiry. `expires_in` is seconds; with the legacy
    // `expires_in_sec` present, `expires_in` is milliseconds (the SDK's rule).
    // A lifetime above kMaxLifetimeMs (Zoho's access tokens live an hour) is refused as malformed.
    static TokenResponse parse(int httpStatus, const QByteArray &body, qint64 nowMs);
    static constexpr qint64 kMaxLifetimeMs = 366LL * 24 * 3600 * 1000;
    static TokenResponse failure(OAuthError error);

    bool ok() const { return m_error.isNone(); }
    const OAuthError &error() const { return m_error; }

    QString accessToken;
    QString refreshToken; // empty in a refresh answer: keep the old one
    QString apiDomain; // empty when the answer had none: keep the old one
    QString tokenType;
    QStringList scopes; // granted, from the space-separated `scope`; empty when absent
    qint64 expiresInMs = 0;
    qint64 expiryTime = 0; // ms since the epoch

private:
    OAuthError m_error;
};
