#include "tokencommand.h"

#include "clicontext.h"
#include "refreshcommand.h"
#include "tokenendpointclient.h"
#include "tokenservice.h"
#include "tokenstore.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

QStringList TokenCommand::usage() const
{
    return { QStringLiteral(
        "zcrm [--store SPEC] token (ID | --user EMAIL) [--json]   (a valid access token)") };
}

int TokenCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(QCommandLineOption(QStringLiteral("user"), QStringLiteral("a token of this user"),
                                        QStringLiteral("EMAIL")));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), QStringLiteral("print JSON")));
    QStringList words = arguments;
    words.prepend(QStringLiteral("zcrm token"));
    if (!parser.parse(words))
        return context.fail(ExitCode::Usage, QStringLiteral("token: %1").arg(parser.errorText()));
    const QStringList ids = parser.positionalArguments();
    if (const int refused =
            context.refuseEmptySelectors(QStringLiteral("token"), ids, parser, { QStringLiteral("user") });
        refused >= 0)
        return refused;
    if (ids.size() + int(parser.isSet(QStringLiteral("user"))) != 1)
        return context.fail(ExitCode::Usage, QStringLiteral("token needs exactly one of ID, --user EMAIL"));

    auto store = context.openStore();
    if (!store)
        return context.openFailure();
    QString id;
    if (!ids.isEmpty()) {
        id = ids.first();
    } else {
        TokenList tokens;
        const int code =
            RefreshCommand::tokensOfUser(context, *store, parser.value(QStringLiteral("user")), &tokens);
        if (code != toInt(ExitCode::Success))
            return code;
        // The user's first token that can still be used; else the first, whose error then explains.
        id = tokens.first().id;
        for (const Token &token : std::as_const(tokens)) {
            if (token.state != Token::RefreshOutcome::NeedsReauthorization) {
                id = token.id;
                break;
            }
        }
    }

    QNetworkAccessManager network;
    TokenEndpointClient endpoint(&network);
    TokenService service(store.get(), &endpoint);
    QEventLoop loop;
    AccessTokenResult result;
    service.requestAccessToken(id, false, QString(), [&](const AccessTokenResult &answer) {
        result = answer;
        loop.quit();
    });
    loop.exec();
    if (!result.ok())
        return context.fail(ExitCode(RefreshCommand::exitCodeFor(result)), result.message);
    if (parser.isSet(QStringLiteral("json"))) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QJsonObject object { { QStringLiteral("id"), result.tokenId },
                             { QStringLiteral("access_token"), result.accessToken },
                             { QStringLiteral("api_domain"), result.apiDomain },
                             { QStringLiteral("expiry_time"), QString::number(result.expiryTime) },
                             { QStringLiteral("expires_in"),
                               result.expiryTime > 0 ? (result.expiryTime - now) / 1000 : -1 } };
        if (auto row = store->findTokenById(result.tokenId); row && row.value())
            object.insert(QStringLiteral("user_name"), row.value()->userName);
        context.out() << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        context.out() << result.accessToken << Qt::endl;
    }
    return toInt(ExitCode::Success);
}
