#pragma once

#include "clicommand.h"

// `zcrm stores …`: what a store spec points at. `check` opens the store and reports whether it is
// reachable and writable, its row count and schema version; scripts use its exit code. `password`
// keeps a database server's password in the OS keychain, read from standard input.
class StoresCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("stores"); }
    QStringList usage() const override;
    int run(CliContext &context, const QStringList &arguments) override;

private:
    int check(CliContext &context, const QString &spec, bool json);
    int storePassword(CliContext &context, const QString &spec);
};
