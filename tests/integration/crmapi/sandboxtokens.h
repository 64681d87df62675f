#pragma once

#include "token.h"

#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class SandboxServer;

// A token the sandbox's accounts server issued over HTTP.
struct SandboxToken
{
    QString accessToken;
    QString refreshToken;
    QString apiDomain;
    qint64 expiryTime = 0; // ms since the epoch
    QString error; // set when the token endpoint refused
};

namespace SandboxTokens {

// The scopes the CRM tests need (records, COQL, settings, users, org).
QString allScopes();

// A Self Client grant code from the sandbox, exchanged at its token endpoint with a real HTTP POST
// (form body, as Zoho documents), waiting in a local event loop.
// `email` names the user who grants it (the sandbox's signed-in user when empty).
SandboxToken mint(SandboxServer &server, QNetworkAccessManager &network, const QString &scopes = allScopes(),
                  const QString &dc = QStringLiteral("us"), const QString &email = QString());

// The token as `zcrm` keeps it: the SDK fields plus the accounts server its refreshes go to.
Token toStoredToken(const SandboxServer &server, const SandboxToken &token, const QString &id,
                    const QString &dc = QStringLiteral("us"));

} // namespace SandboxTokens
