#pragma once

#include "accesstokenprovider.h"
#include "clicommand.h"
#include "token.h"

class QCommandLineParser;

class TokenStore;

// `zcrm refresh`: refreshes stored tokens through the TokenService, so that it takes the store's
// lease and counts Zoho's limit like every other refresher (two `zcrm refresh ID` at once: one
// refresh, the other reports the token it refreshed).
class RefreshCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("refresh"); }
    QStringList usage() const override;
    int run(CliContext &context, const QStringList &arguments) override;

    // The exit code for a token operation's result (shared with `zcrm revoke`).
    static int exitCodeFor(const AccessTokenResult &result);
    // Rows whose user_name is `email`, in id order; prints and returns an exit code on failure.
    static int tokensOfUser(CliContext &context, TokenStore &store, const QString &email, TokenList *tokens);

private:
    int runWatch(CliContext &context, const QCommandLineParser &parser);
};
