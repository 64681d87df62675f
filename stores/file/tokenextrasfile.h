#pragma once

#include "token.h"

#include <QByteArray>
#include <QString>

// Our fields that the SDK CSV has no column for (accounts server, scopes, data center, environment,
// created/updated times, state, last error; and api_domain for a legacy 9-column file), kept in a
// sidecar CSV beside the SDK file (PATH.zcrm.csv), keyed by id. The SDK file keeps exactly the SDK's
// columns, so the SDKs and any tool that reads sdk_tokens.txt see the file they expect.
//
// The SDK may rewrite or replace a row behind our back (a refresh, a new grant, delete and insert with
// the same id). Each sidecar row therefore carries a fingerprint of the row it describes (client id
// and refresh token, or the access token of a token without refresh token): a sidecar row whose
// fingerprint no longer matches is ignored rather than attached to another token.
class TokenExtrasFile
{
public:
    struct Problem
    {
        int line = 0;
        QString message; // empty: none
    };

    // Reads a sidecar and fills our fields of `tokens` from the rows whose id and fingerprint
    // match; `legacy` also takes api_domain from it. Rows of tokens that are gone are ignored.
    static Problem apply(const QByteArray &bytes, TokenList &tokens, bool legacy);

    static QByteArray serialize(const TokenList &tokens, bool legacy);
    // The parts of serialize(): the header line, and one token's line (empty when it has no extras).
    static QByteArray serializeHeader();
    static QByteArray serializeRow(const Token &token, bool legacy);

    // Not a secret: 64 bits of FNV-1a over the row's identity, to tell rows apart.
    static QString fingerprint(const Token &token);
};
