#pragma once

#include "clicommand.h"

class QCommandLineParser;
class TokenStore;

// `zcrm tokens …`: the TokenStore's six operations, plus copying between stores.
class TokensCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("tokens"); }
    QStringList usage() const override;
    int run(CliContext &context, const QStringList &arguments) override;

private:
    int list(CliContext &context, QCommandLineParser &parser);
    int show(CliContext &context, QCommandLineParser &parser);
    int find(CliContext &context, QCommandLineParser &parser);
    int save(CliContext &context, QCommandLineParser &parser);
    int remove(CliContext &context, QCommandLineParser &parser);
    int purge(CliContext &context, QCommandLineParser &parser);
    int copy(CliContext &context, QCommandLineParser &parser);
};
