#pragma once

#include "clicommand.h"

// `zcrm token (ID | --user EMAIL) [--json]`: prints a valid access token, refreshing it first when it is
// due (as `gcloud auth print-access-token` does), so that
//   curl -H "Authorization: Zoho-oauthtoken $(zcrm token --user me@example.com)" …
// always works. The refresh goes through the TokenService: the store's lease, Zoho's limits, the saved
// answer. Exit codes as `zcrm refresh`.
class TokenCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("token"); }
    QStringList usage() const override;
    int run(CliContext &context, const QStringList &arguments) override;
};
