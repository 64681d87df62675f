#pragma once

#include "clicommand.h"

// `zcrm revoke`: revokes a token at Zoho, then deletes its row (or keeps it, marked as needing a
// new sign-in, with --keep). A token Zoho did not confirm as revoked stays as it was.
class RevokeCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("revoke"); }
    QStringList usage() const override;
    int run(CliContext &context, const QStringList &arguments) override;
};
