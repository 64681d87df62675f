#include "tokenscommand.h"

#include "clicontext.h"
#include "displaytext.h"
#include "tokenprinter.h"
#include "tokenstore.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QSet>

namespace {

struct TokenOption
{
    const char *name;
    const char *field; // SDK field name
    const char *valueName;
    const char *description;
};

// The options that fill a token's SDK fields, shared by find and save.
const TokenOption kTokenOptions[] = {
    { "user", "user_name", "EMAIL", "CRM user e-mail (user_name)" },
    { "client-id", "client_id", "ID", "OAuth client id" },
    { "client-secret", "client_secret", "S", "OAuth client secret" },
    { "refresh-token", "refresh_token", "T", "refresh token" },
    { "access-token", "access_token", "T", "access token" },
    { "grant-token", "grant_token", "T", "grant token (authorization code)" },
    { "expiry-time", "expiry_time", "MS", "access token expiry, ms since the epoch" },
    { "redirect-url", "redirect_url", "URL", "redirect URL registered for the client" },
    { "api-domain", "api_domain", "URL", "API domain, e.g. https://www.zohoapis.com" },
    // Ours: where refreshes go when the API domain is not one of Zoho's (a sandbox, a private setup).
    { "accounts-server", "accounts_server", "URL", "accounts server, e.g. https://accounts.zoho.eu" },
};

const QStringList kFindOptions { QStringLiteral("user"),          QStringLiteral("access-token"),
                                 QStringLiteral("refresh-token"), QStringLiteral("grant-token"),
                                 QStringLiteral("client-id"),     QStringLiteral("client-secret") };

// Adds the options and their names to `valueOptions`.
void addTokenOptions(QCommandLineParser &parser, const QStringList &only, QStringList *valueOptions)
{
    for (const TokenOption &option : kTokenOptions) {
        const QString name = QString::fromLatin1(option.name);
        if (only.isEmpty() || only.contains(name)) {
            parser.addOption(QCommandLineOption(name, QString::fromLatin1(option.description),
                                                QString::fromLatin1(option.valueName)));
            valueOptions->append(name);
        }
    }
}

Token tokenFromOptions(const QCommandLineParser &parser)
{
    Token token;
    for (const TokenOption &option : kTokenOptions) {
        const QString name = QString::fromLatin1(option.name);
        if (parser.optionNames().contains(name) && parser.isSet(name))
            token.setField(QString::fromLatin1(option.field), parser.value(name));
    }
    return token;
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), QStringLiteral("print JSON"));
}

QCommandLineOption revealOption()
{
    return QCommandLineOption(QStringLiteral("reveal"), QStringLiteral("print secrets unmasked"));
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

QStringList TokensCommand::usage() const
{
    return {
        QStringLiteral("zcrm [--store SPEC] tokens list [--json]"),
        QStringLiteral("zcrm [--store SPEC] tokens show ID [--json] [--reveal]"),
        QStringLiteral(
            "zcrm [--store SPEC] tokens find [--user EMAIL] [--access-token T] [--refresh-token T] "
            "[--grant-token T] [--client-id ID] [--client-secret S] [--json] [--reveal]"),
        QStringLiteral(
            "zcrm [--store SPEC] tokens save [--id ID] [--user EMAIL] [--client-id ID] "
            "[--client-secret S] [--refresh-token T] [--access-token T] [--grant-token T] "
            "[--expiry-time MS] [--redirect-url URL] [--api-domain URL] [--accounts-server URL] [--json]"),
        QStringLiteral("zcrm [--store SPEC] tokens delete ID"),
        QStringLiteral("zcrm [--store SPEC] tokens purge --yes"),
        QStringLiteral("zcrm tokens copy --from SPEC --to SPEC"),
    };
}

int TokensCommand::run(CliContext &context, const QStringList &arguments)
{
    if (arguments.isEmpty())
        return context.fail(ExitCode::Usage,
                            QStringLiteral("tokens needs a subcommand: list, show, find, save, "
                                           "delete, purge or copy"));
    const QString subcommand = arguments.first();
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    int (TokensCommand::*handler)(CliContext &, QCommandLineParser &) = nullptr;
    QStringList valueOptions; // options that take a value; an empty value is refused
    if (subcommand == QLatin1String("list")) {
        parser.addOption(jsonOption());
        parser.addOption(revealOption());
        handler = &TokensCommand::list;
    } else if (subcommand == QLatin1String("show")) {
        parser.addOption(jsonOption());
        parser.addOption(revealOption());
        parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("token id"));
        handler = &TokensCommand::show;
    } else if (subcommand == QLatin1String("find")) {
        addTokenOptions(parser, kFindOptions, &valueOptions);
        parser.addOption(jsonOption());
        parser.addOption(revealOption());
        handler = &TokensCommand::find;
    } else if (subcommand == QLatin1String("save")) {
        parser.addOption(
            QCommandLineOption(QStringLiteral("id"), QStringLiteral("row to update"), QStringLiteral("ID")));
        valueOptions.append(QStringLiteral("id"));
        addTokenOptions(parser, {}, &valueOptions);
        parser.addOption(jsonOption());
        parser.addOption(revealOption());
        handler = &TokensCommand::save;
    } else if (subcommand == QLatin1String("delete")) {
        parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("token id"));
        handler = &TokensCommand::remove;
    } else if (subcommand == QLatin1String("purge")) {
        parser.addOption(
            QCommandLineOption(QStringLiteral("yes"), QStringLiteral("really delete every token")));
        handler = &TokensCommand::purge;
    } else if (subcommand == QLatin1String("copy")) {
        parser.addOption(QCommandLineOption(QStringLiteral("from"), QStringLiteral("source store"),
                                            QStringLiteral("SPEC")));
        valueOptions << QStringLiteral("from") << QStringLiteral("to");
        parser.addOption(
            QCommandLineOption(QStringLiteral("to"), QStringLiteral("target store"), QStringLiteral("SPEC")));
        handler = &TokensCommand::copy;
    } else {
        return context.fail(
            ExitCode::Usage,
            QStringLiteral("unknown tokens subcommand %1").arg(DisplayText::quoted(subcommand)));
    }

    // QCommandLineParser expects the program name first.
    QStringList words = arguments;
    words[0] = QStringLiteral("zcrm tokens ") + subcommand;
    if (!parser.parse(words))
        return context.fail(ExitCode::Usage,
                            QStringLiteral("tokens %1: %2").arg(subcommand, parser.errorText()));
    // `--user=` or an unset "$ID" names nothing: a usage error, never a match on the empty field.
    if (const int refused = context.refuseEmptySelectors(QStringLiteral("tokens ") + subcommand,
                                                         parser.positionalArguments(), parser, valueOptions);
        refused >= 0)
        return refused;
    return (this->*handler)(context, parser);
}

int TokensCommand::list(CliContext &context, QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.fail(ExitCode::Usage, QStringLiteral("tokens list takes no arguments"));
    auto store = context.openStore();
    if (!store)
        return context.openFailure();
    auto tokens = store->getTokens();
    if (!tokens)
        return context.failStore(tokens.error());
    if (parser.isSet(QStringLiteral("json")))
        TokenPrinter::printJsonArray(context.out(), tokens.value(), parser.isSet(QStringLiteral("reveal")),
                                     nowMs());
    else
        TokenPrinter::printTable(context.out(), tokens.value(), nowMs());
    return toInt(ExitCode::Success);
}

int TokensCommand::show(CliContext &context, QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return context.fail(ExitCode::Usage, QStringLiteral("tokens show needs exactly one ID"));
    const QString id = parser.positionalArguments().first();
    auto store = context.openStore();
    if (!store)
        return context.openFailure();
    auto token = store->findTokenById(id);
    if (!token)
        return context.failStore(token.error());
    if (!token.value())
        return context.fail(
            ExitCode::NotFound,
            QStringLiteral("%1: no token with id %2").arg(store->description(), DisplayText::quoted(id)));
    const bool reveal = parser.isSet(QStringLiteral("reveal"));
    if (parser.isSet(QStringLiteral("json")))
        TokenPrinter::printJson(context.out(), *token.value(), reveal, nowMs());
    else
        TokenPrinter::printDetails(context.out(), *token.value(), reveal, nowMs());
    return toInt(ExitCode::Success);
}

int TokensCommand::find(CliContext &context, QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.fail(ExitCode::Usage, QStringLiteral("tokens find takes options only"));
    const Token partial = tokenFromOptions(parser);
    auto store = context.openStore();
    if (!store)
        return context.openFailure();
    auto token = store->findToken(partial);
    if (!token)
        return context.failStore(token.error());
    if (!token.value())
        return context.fail(ExitCode::NotFound,
                            QStringLiteral("%1: no token matches").arg(store->description()));
    const bool reveal = parser.isSet(QStringLiteral("reveal"));
    if (parser.isSet(QStringLiteral("json")))
        TokenPrinter::printJson(context.out(), *token.value(), reveal, nowMs());
    else
        TokenPrinter::printDetails(context.out(), *token.value(), reveal, nowMs());
    return toInt(ExitCode::Success);
}

int TokensCommand::save(CliContext &context, QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.fail(ExitCode::Usage, QStringLiteral("tokens save takes options only"));
    Token token = tokenFromOptions(parser);
    if (parser.isSet(QStringLiteral("expiry-time")) && token.expiryTime <= 0)
        return context.fail(ExitCode::Usage,
                            QStringLiteral("--expiry-time must be a positive number of ms since the epoch"));
    token.id = parser.value(QStringLiteral("id"));
    auto store = context.openStore();
    if (!store)
        return context.openFailure();
    auto saved = store->saveToken(token);
    if (!saved)
        return context.failStore(saved.error());
    if (parser.isSet(QStringLiteral("json")))
        TokenPrinter::printJson(context.out(), saved.value(), parser.isSet(QStringLiteral("reveal")),
                                nowMs());
    else
        context.out() << saved.value().id << Qt::endl;
    return toInt(ExitCode::Success);
}

int TokensCommand::remove(CliContext &context, QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return context.fail(ExitCode::Usage, QStringLiteral("tokens delete needs exactly one ID"));
    auto store = context.openStore();
    if (!store)
        return context.openFailure();
    auto result = store->deleteToken(parser.positionalArguments().first());
    if (!result)
        return context.failStore(result.error());
    return toInt(ExitCode::Success);
}

int TokensCommand::purge(CliContext &context, QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("yes")))
        return context.fail(ExitCode::Usage,
                            QStringLiteral("tokens purge deletes every token; add --yes to confirm"));
    auto store = context.openStore();
    if (!store)
        return context.openFailure();
    auto result = store->deleteTokens();
    if (!result)
        return context.failStore(result.error());
    return toInt(ExitCode::Success);
}

int TokensCommand::copy(CliContext &context, QCommandLineParser &parser)
{
    const QString from = parser.value(QStringLiteral("from"));
    const QString to = parser.value(QStringLiteral("to"));
    if (from.isEmpty() || to.isEmpty())
        return context.fail(ExitCode::Usage, QStringLiteral("tokens copy needs --from SPEC and --to SPEC"));
    auto source = context.openStore(from);
    if (!source)
        return context.openFailure();
    auto target = context.openStore(to);
    if (!target)
        return context.openFailure();
    auto tokens = source->getTokens();
    if (!tokens)
        return context.failStore(tokens.error());
    TokenList batch = tokens.value();
    // The target's own rules decide the row: an id of the source may belong to another user there.
    for (Token &token : batch)
        token.id.clear();
    auto saved = target->saveTokens(batch);
    if (!saved)
        return context.failStore(saved.error());
    const auto copied = saved.value().size();
    QSet<QString> rows;
    for (const Token &token : saved.value())
        rows.insert(token.id);
    context.out() << QStringLiteral("copied %1 tokens from %2 to %3")
                         .arg(copied)
                         .arg(source->description(), target->description());
    // The SDK's rules make one row of one user, client and API domain: say so rather than hide it.
    if (rows.size() < copied)
        context.out() << QStringLiteral(
                             " into %1 rows: %2 had the same user, client and API domain as another "
                             "and updated it")
                             .arg(rows.size())
                             .arg(copied - rows.size());
    context.out() << Qt::endl;
    return toInt(ExitCode::Success);
}
