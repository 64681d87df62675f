#include "refreshcommand.h"

#include "clicontext.h"
#include "refreshwatch.h"
#include "tokenendpointclient.h"
#include "tokenprinter.h"
#include "tokenservice.h"
#include "tokenstore.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QEventLoop>
#include <QNetworkAccessManager>

#include <algorithm>

QStringList RefreshCommand::usage() const
{
    return { QStringLiteral("zcrm [--store SPEC] refresh (ID | --user EMAIL | --all | --due)"),
             QStringLiteral(
                 "zcrm [--store SPEC] refresh --watch [--lead SECONDS]   (until SIGTERM or SIGINT)") };
}

int RefreshCommand::exitCodeFor(const AccessTokenResult &result)
{
    switch (result.failure) {
    case AccessTokenResult::Failure::None:
        return toInt(ExitCode::Success);
    case AccessTokenResult::Failure::NotFound:
        return toInt(ExitCode::NotFound);
    case AccessTokenResult::Failure::Store:
        return toInt(ExitCode::Store);
    case AccessTokenResult::Failure::OAuth:
    case AccessTokenResult::Failure::NeedsReauthorization:
        return toInt(ExitCode::OAuth);
    case AccessTokenResult::Failure::Network:
        return toInt(ExitCode::Network);
    }
    return toInt(ExitCode::OAuth);
}

int RefreshCommand::tokensOfUser(CliContext &context, TokenStore &store, const QString &email,
                                 TokenList *tokens)
{
    auto all = store.getTokens();
    if (!all)
        return context.failStore(all.error());
    tokens->clear();
    for (const Token &token : all.value()) {
        if (token.userName == email)
            tokens->append(token);
    }
    std::sort(tokens->begin(), tokens->end(),
              [](const Token &a, const Token &b) { return a.id.toLongLong() < b.id.toLongLong(); });
    if (tokens->isEmpty())
        return context.fail(ExitCode::NotFound,
                            QStringLiteral("%1: no token for user %2").arg(store.description(), email));
    return toInt(ExitCode::Success);
}

int RefreshCommand::runWatch(CliContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty() || parser.isSet(QStringLiteral("user"))
        || parser.isSet(QStringLiteral("all")) || parser.isSet(QStringLiteral("due")))
        return context.fail(ExitCode::Usage,
                            QStringLiteral("refresh --watch keeps every token fresh; it takes no "
                                           "ID, --user, --all or --due"));
    qint64 leadMs = 0;
    if (parser.isSet(QStringLiteral("lead"))) {
        bool ok = false;
        const qint64 seconds = parser.value(QStringLiteral("lead")).toLongLong(&ok);
        // At least the SDK's own margin; less than a day (Zoho's access tokens live an hour).
        if (!ok || seconds < 5 || seconds > 86400)
            return context.fail(ExitCode::Usage,
                                QStringLiteral("refresh: --lead needs a number of seconds from 5 to 86400"));
        leadMs = seconds * 1000;
    }
    auto store = context.openStore();
    if (!store)
        return context.openFailure();
    return RefreshWatch::run(context, *store, leadMs);
}

int RefreshCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(QCommandLineOption(QStringLiteral("user"), QStringLiteral("every token of this user"),
                                        QStringLiteral("EMAIL")));
    parser.addOption(QCommandLineOption(QStringLiteral("all"), QStringLiteral("every token")));
    parser.addOption(QCommandLineOption(QStringLiteral("due"), QStringLiteral("tokens expiring soon")));
    parser.addOption(QCommandLineOption(QStringLiteral("watch"), QStringLiteral("keep every token fresh")));
    parser.addOption(QCommandLineOption(QStringLiteral("lead"),
                                        QStringLiteral("refresh this long before expiry"),
                                        QStringLiteral("SECONDS")));
    QStringList words = arguments;
    words.prepend(QStringLiteral("zcrm refresh"));
    if (!parser.parse(words))
        return context.fail(ExitCode::Usage, QStringLiteral("refresh: %1").arg(parser.errorText()));
    const QStringList ids = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("watch")))
        return runWatch(context, parser);
    if (parser.isSet(QStringLiteral("lead")))
        return context.fail(ExitCode::Usage, QStringLiteral("refresh: --lead goes with --watch"));
    if (const int refused =
            context.refuseEmptySelectors(QStringLiteral("refresh"), ids, parser, { QStringLiteral("user") });
        refused >= 0)
        return refused;
    const int selectors = int(ids.size()) + int(parser.isSet(QStringLiteral("user")))
        + int(parser.isSet(QStringLiteral("all"))) + int(parser.isSet(QStringLiteral("due")));
    if (selectors != 1)
        return context.fail(ExitCode::Usage,
                            QStringLiteral("refresh needs exactly one of ID, --user EMAIL, --all, --due"));

    auto store = context.openStore();
    if (!store)
        return context.openFailure();
    QNetworkAccessManager network;
    TokenEndpointClient endpoint(&network);
    TokenService service(store.get(), &endpoint);
    QEventLoop loop;
    QList<AccessTokenResult> results;

    if (parser.isSet(QStringLiteral("due"))) {
        service.refreshDue([&](const QList<AccessTokenResult> &done) {
            results = done;
            loop.quit();
        });
        loop.exec();
        if (results.isEmpty())
            context.err() << "no token is due for a refresh" << Qt::endl;
    } else {
        QStringList targets;
        if (!ids.isEmpty()) {
            targets = ids;
        } else {
            TokenList tokens;
            if (parser.isSet(QStringLiteral("user"))) {
                const int code = tokensOfUser(context, *store, parser.value(QStringLiteral("user")), &tokens);
                if (code != toInt(ExitCode::Success))
                    return code;
            } else {
                auto all = store->getTokens();
                if (!all)
                    return context.failStore(all.error());
                tokens = all.value();
            }
            for (const Token &token : std::as_const(tokens))
                targets.append(token.id);
            if (targets.isEmpty()) {
                context.err() << "the store has no token" << Qt::endl;
                return toInt(ExitCode::Success);
            }
        }
        qsizetype remaining = targets.size();
        results.resize(targets.size());
        for (qsizetype i = 0; i < targets.size(); ++i) {
            service.refreshNow(targets.at(i), [&, i](const AccessTokenResult &result) {
                results[i] = result;
                if (--remaining == 0)
                    loop.quit();
            });
        }
        loop.exec();
    }

    int exitCode = toInt(ExitCode::Success);
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    for (const AccessTokenResult &result : std::as_const(results)) {
        if (result.ok()) {
            context.out() << result.tokenId << " refreshed, expires "
                          << TokenPrinter::describeExpiry(result.expiryTime, nowMs) << Qt::endl;
        } else {
            const int code = exitCodeFor(result);
            context.fail(ExitCode(code), result.message);
            if (exitCode == toInt(ExitCode::Success))
                exitCode = code;
        }
    }
    return exitCode;
}
