#pragma once

#include "clicommand.h"

class QCommandLineParser;

// `zcrm login`: signs a user in (browser flow or Self Client grant token) and saves the token.
// Prints the saved token's id on stdout; with --no-browser the authorization URL comes first, on
// its own line, flushed at once, so that a script (or a person) can open it anywhere.
class LoginCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("login"); }
    QStringList usage() const override;
    int run(CliContext &context, const QStringList &arguments) override;
};
