#pragma once

#include "clicommand.h"

#include <optional>

class CrmError;
class CrmResponse;
class QCommandLineParser;
class Token;
class TokenStore;

// `zcrm api`: one CRM v8 call (or every page of a list) with a stored token, the answer's JSON on
// stdout, like curl with the token and paging taken care of.
class ApiCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("api"); }
    QStringList usage() const override;
    int run(CliContext &context, const QStringList &arguments) override;

private:
    // The token to sign with: --token, --user, or the only one in the store. Sets *exitCode on failure.
    std::optional<Token> chooseToken(CliContext &context, TokenStore &store, const QCommandLineParser &parser,
                                     int *exitCode);
};
