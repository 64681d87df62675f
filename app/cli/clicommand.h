#pragma once

#include <QString>
#include <QStringList>

class CliContext;

// One top-level command of `zcrm` (tokens, stores, login, …).
class CliCommand
{
public:
    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    // Usage lines for --help, each starting with "zcrm ".
    virtual QStringList usage() const = 0;
    // `arguments` are the words after the command name. Returns the exit code.
    virtual int run(CliContext &context, const QStringList &arguments) = 0;
};
