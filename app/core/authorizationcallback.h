#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

// What Zoho appends to the redirect URI (Zoho Accounts "Multi-DC: client authorization",
// zoho.com/accounts/protocol/oauth/multi-dc/client-authorization.html):
// ?code=…&location=eu&accounts-server=https%3A%2F%2Faccounts.zoho.eu&state=…   or   ?error=…&state=…
class AuthorizationCallback
{
public:
    static AuthorizationCallback fromUrl(const QUrl &url);

    QString code;
    QString state;
    bool hasState = false;
    QString location; // us, eu, in, …
    QUrl accountsServer; // empty when the callback did not name one
    QString accountsServerText; // as received, for messages
    QString error; // e.g. access_denied
    QString errorDescription;
    // A parameter that matters (code, state, error, accounts-server) appeared more than once:
    // such a callback is refused rather than guessed at.
    bool ambiguous = false;

    bool isError() const { return !error.isEmpty(); }
    bool hasCode() const { return !code.isEmpty(); }
};

Q_DECLARE_METATYPE(AuthorizationCallback)
