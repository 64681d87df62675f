#include "revokecommand.h"

#include "clicontext.h"
#include "refreshcommand.h"
#include "tokenendpointclient.h"
#include "tokenservice.h"
#include "tokenstore.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QNetworkAccessManager>

QStringList RevokeCommand::usage() const
{
    return { QStringLiteral("zcrm [--store SPEC] revoke (ID | --user EMAIL) [--keep]") };
}

int RevokeCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(QCommandLineOption(QStringLiteral("user"), QStringLiteral("the token of this user"),
                                        QStringLiteral("EMAIL")));
    parser.addOption(QCommandLineOption(QStringLiteral("keep"),
                                        QStringLiteral("keep the row, marked as needing a new sign-in")));
    QStringList words = arguments;
    words.prepend(QStringLiteral("zcrm revoke"));
    if (!parser.parse(words))
        return context.fail(ExitCode::Usage, QStringLiteral("revoke: %1").arg(parser.errorText()));
    const QStringList ids = parser.positionalArguments();
    if (const int refused =
            context.refuseEmptySelectors(QStringLiteral("revoke"), ids, parser, { QStringLiteral("user") });
        refused >= 0)
        return refused;
    if (ids.size() + int(parser.isSet(QStringLiteral("user"))) != 1)
        return context.fail(ExitCode::Usage,
                            QStringLiteral("revoke needs exactly one of ID or --user EMAIL"));

    auto store = context.openStore();
    if (!store)
        return context.openFailure();
    QString id = ids.isEmpty() ? QString() : ids.first();
    if (id.isEmpty()) {
        TokenList tokens;
        const QString email = parser.value(QStringLiteral("user"));
        const int code = RefreshCommand::tokensOfUser(context, *store, email, &tokens);
        if (code != toInt(ExitCode::Success))
            return code;
        if (tokens.size() > 1) {
            QStringList several;
            for (const Token &token : std::as_const(tokens))
                several.append(token.id);
            return context.fail(ExitCode::Usage,
                                QStringLiteral("%1 has several tokens (%2); give the ID to revoke")
                                    .arg(email, several.join(QStringLiteral(", "))));
        }
        id = tokens.first().id;
    }

    QNetworkAccessManager network;
    TokenEndpointClient endpoint(&network);
    TokenService service(store.get(), &endpoint);
    QEventLoop loop;
    AccessTokenResult result;
    const bool keep = parser.isSet(QStringLiteral("keep"));
    service.revoke(id, keep, [&](const AccessTokenResult &done) {
        result = done;
        loop.quit();
    });
    loop.exec();
    if (!result.ok()) {
        // Zoho did not confirm: the row stays, and the CLI says how to forget it all the same.
        const bool stays = result.failure != AccessTokenResult::Failure::NotFound
            && result.failure != AccessTokenResult::Failure::Store;
        return context.fail(
            ExitCode(RefreshCommand::exitCodeFor(result)),
            stays ? QStringLiteral("%1 (to forget it anyway: zcrm tokens delete %2)").arg(result.message, id)
                  : result.message);
    }
    context.out() << id
                  << (keep ? " revoked; the row is kept, marked as needing a new sign-in"
                           : " revoked and deleted")
                  << Qt::endl;
    return toInt(ExitCode::Success);
}
