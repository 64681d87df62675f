#pragma once

#include "explorerrequest.h"

#include <QString>
#include <QUrl>

// A request as a command line to paste in a shell: curl (with the Authorization header) or
// `zcrm api` (which signs with the stored token itself). The access token is written only when
// given: otherwise the curl line reads it from $ZCRM_ACCESS_TOKEN, so the line still works and
// shows no secret.
namespace RequestExport {

inline constexpr const char *tokenVariable = "ZCRM_ACCESS_TOKEN";

// POSIX shell quoting: 'it'\''s'.
QString shellQuote(const QString &word);

// `apiDomain` e.g. https://www.zohoapis.com; `accessToken` empty = redacted.
QString toCurl(const ExplorerRequest &request, const QUrl &apiDomain, const QString &accessToken = QString());

// zcrm [--store SPEC] api --token ID METHOD PATH --param K=V… --data JSON
QString toZcrmCommand(const ExplorerRequest &request, const QString &storeSpec = QString());

} // namespace RequestExport
