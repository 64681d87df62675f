#pragma once

#include "clicommand.h"

#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

// `zcrm`: global options, then one command. Every command of the build is listed here.
class CliApplication
{
public:
    CliApplication();
    ~CliApplication();

    // Sets the application's name, then runs `arguments` (argv, program name first) against
    // stdout and stderr.
    static int runMain(const QStringList &arguments);

    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    QString helpText() const;

private:
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};
