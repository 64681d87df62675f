#include "apicommand.h"

#include "clicontext.h"
#include "crmclient.h"
#include "crmpager.h"
#include "crmreply.h"
#include "displaytext.h"
#include "timeoutoption.h"
#include "tokenendpointclient.h"
#include "tokenservice.h"
#include "tokenstore.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>

#include <sys/stat.h>

namespace {

const QStringList kMethods { QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
                             QStringLiteral("PATCH"), QStringLiteral("DELETE") };

void writeBytes(QTextStream &out, const QByteArray &bytes)
{
    out << QString::fromUtf8(bytes);
}

void writeBody(QTextStream &out, const QByteArray &body)
{
    if (body.isEmpty())
        return;
    writeBytes(out, body);
    if (!body.endsWith('\n'))
        out << '\n';
}

ExitCode exitCodeFor(const CrmError &error)
{
    switch (error.kind()) {
    case CrmError::Kind::None:
        return ExitCode::Success;
    case CrmError::Kind::Token:
        switch (error.tokenFailure()) {
        case AccessTokenResult::Failure::NotFound:
            return ExitCode::NotFound;
        case AccessTokenResult::Failure::Store:
            return ExitCode::Store;
        case AccessTokenResult::Failure::Network:
            return ExitCode::Network;
        case AccessTokenResult::Failure::None:
        case AccessTokenResult::Failure::OAuth:
        case AccessTokenResult::Failure::NeedsReauthorization:
            return ExitCode::OAuth;
        }
        return ExitCode::OAuth;
    case CrmError::Kind::Network:
    case CrmError::Kind::Timeout:
    case CrmError::Kind::MalformedResponse:
    case CrmError::Kind::Cancelled:
        return ExitCode::Network;
    case CrmError::Kind::Api:
        return ExitCode::Api;
    }
    return ExitCode::Api;
}

QString describeFailure(const CrmResponse &response)
{
    QString text = response.error().toString();
    const QString limits = response.rateLimit().toString();
    if (response.httpStatus() == 429 && !limits.isEmpty())
        text += QStringLiteral(" (%1)").arg(limits);
    return text;
}

QStringList tokenChoices(const TokenList &tokens)
{
    QStringList lines;
    for (const Token &token : tokens)
        lines << QStringLiteral("  %1  %2  %3")
                     .arg(token.id, token.userName.isEmpty() ? QStringLiteral("-") : token.userName,
                          token.apiDomain.isEmpty() ? QStringLiteral("-") : token.apiDomain);
    return lines;
}

// Far above what CRM takes in one call (100 records), and still bounded: @/dev/zero must not read forever.
constexpr qint64 kMaxDataBytes = 64 * 1024 * 1024;

// Reads --data: inline JSON, @FILE (a regular file) or @- for stdin, at most kMaxDataBytes. Empty
// optional and *error set on failure.
std::optional<QByteArray> readData(const QString &value, QString *error)
{
    QByteArray data;
    if (value.startsWith(QLatin1Char('@'))) {
        const QString path = value.mid(1);
        QFile file;
        const bool fromStdin = path == QLatin1String("-");
        // Before opening too: opening a named pipe waits for a writer that may never come.
        struct stat info;
        if (!fromStdin && ::stat(QFile::encodeName(path).constData(), &info) == 0 && !S_ISREG(info.st_mode)) {
            *error = QStringLiteral("--data file %1 is not a regular file").arg(DisplayText::quoted(path));
            return std::nullopt;
        }
        const bool opened = fromStdin ? file.open(stdin, QIODevice::ReadOnly)
                                      : (file.setFileName(path), file.open(QIODevice::ReadOnly));
        if (!opened) {
            *error = QStringLiteral("cannot read --data file %1: %2")
                         .arg(DisplayText::quoted(path), file.errorString());
            return std::nullopt;
        }
        // And on the open file, which may not be the one looked at: a device has no end to wait for.
        if (!fromStdin && (::fstat(file.handle(), &info) != 0 || !S_ISREG(info.st_mode))) {
            *error = QStringLiteral("--data file %1 is not a regular file").arg(DisplayText::quoted(path));
            return std::nullopt;
        }
        data = file.read(kMaxDataBytes + 1);
        if (data.size() > kMaxDataBytes) {
            *error = QStringLiteral("--data %1 is larger than %2 MiB")
                         .arg(DisplayText::quoted(value))
                         .arg(kMaxDataBytes / (1024 * 1024));
            return std::nullopt;
        }
    } else {
        data = value.toUtf8();
    }
    QJsonParseError parseError;
    QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("--data is not valid JSON: %1 at byte %2")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    return data;
}

} // namespace

QStringList ApiCommand::usage() const
{
    return {
        QStringLiteral("zcrm [--store SPEC] api [--token ID | --user EMAIL] METHOD PATH [--param K=V]... "
                       "[--data JSON|@FILE|@-] [--header 'NAME: VALUE']... [--all-pages] [--include] "
                       "[--timeout SECONDS]"),
    };
}

std::optional<Token> ApiCommand::chooseToken(CliContext &context, TokenStore &store,
                                             const QCommandLineParser &parser, int *exitCode)
{
    const QString id = parser.value(QStringLiteral("token"));
    const QString user = parser.value(QStringLiteral("user"));
    if (!id.isEmpty() && !user.isEmpty()) {
        *exitCode = context.fail(ExitCode::Usage, QStringLiteral("api: give --token or --user, not both"));
        return std::nullopt;
    }
    if (!id.isEmpty() || !user.isEmpty()) {
        Token partial;
        partial.userName = user;
        auto found = id.isEmpty() ? store.findToken(partial) : store.findTokenById(id);
        if (!found) {
            *exitCode = context.failStore(found.error());
            return std::nullopt;
        }
        if (!found.value()) {
            *exitCode = context.fail(ExitCode::NotFound,
                                     id.isEmpty() ? QStringLiteral("%1: no token for user %2")
                                                        .arg(store.description(), DisplayText::quoted(user))
                                                  : QStringLiteral("%1: no token with id %2")
                                                        .arg(store.description(), DisplayText::quoted(id)));
            return std::nullopt;
        }
        return *found.value();
    }
    auto tokens = store.getTokens();
    if (!tokens) {
        *exitCode = context.failStore(tokens.error());
        return std::nullopt;
    }
    if (tokens.value().size() == 1)
        return tokens.value().first();
    if (tokens.value().isEmpty()) {
        *exitCode = context.fail(
            ExitCode::NotFound,
            QStringLiteral("%1 holds no token; add one with zcrm tokens save").arg(store.description()));
        return std::nullopt;
    }
    *exitCode =
        context.fail(ExitCode::Usage,
                     QStringLiteral("api: %1 holds %2 tokens; choose one with --token ID or --user EMAIL:")
                         .arg(store.description())
                         .arg(tokens.value().size()));
    for (const QString &line : tokenChoices(tokens.value()))
        context.err() << line << Qt::endl;
    return std::nullopt;
}

int ApiCommand::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(
        QCommandLineOption(QStringLiteral("token"), QStringLiteral("stored token id"), QStringLiteral("ID")));
    parser.addOption(QCommandLineOption(QStringLiteral("user"), QStringLiteral("the token of this CRM user"),
                                        QStringLiteral("EMAIL")));
    parser.addOption(QCommandLineOption(QStringLiteral("param"), QStringLiteral("query parameter"),
                                        QStringLiteral("K=V")));
    parser.addOption(QCommandLineOption({ QStringLiteral("d"), QStringLiteral("data") },
                                        QStringLiteral("JSON body, @FILE or @- for stdin"),
                                        QStringLiteral("JSON")));
    parser.addOption(QCommandLineOption({ QStringLiteral("H"), QStringLiteral("header") },
                                        QStringLiteral("extra request header"),
                                        QStringLiteral("NAME: VALUE")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("all-pages"),
        QStringLiteral(
            "fetch every page (GET lists; POST coql by LIMIT/OFFSET); print one JSON array of all records")));
    parser.addOption(QCommandLineOption({ QStringLiteral("i"), QStringLiteral("include") },
                                        QStringLiteral("print the status line and headers first")));
    parser.addOption(QCommandLineOption(QStringLiteral("timeout"), QStringLiteral("per request, in seconds"),
                                        QStringLiteral("SECONDS")));
    QStringList words = arguments;
    words.prepend(QStringLiteral("zcrm api"));
    if (!parser.parse(words))
        return context.fail(ExitCode::Usage, QStringLiteral("api: %1").arg(parser.errorText()));

    const QStringList positional = parser.positionalArguments();
    if (const int refused = context.refuseEmptySelectors(QStringLiteral("api"), {}, parser,
                                                         { QStringLiteral("token"), QStringLiteral("user") });
        refused >= 0)
        return refused;
    if (positional.size() != 2)
        return context.fail(ExitCode::Usage,
                            QStringLiteral("api needs METHOD and PATH, e.g. zcrm api GET Leads "
                                           "--param fields=Last_Name"));
    const QString method = positional.at(0).toUpper();
    if (!kMethods.contains(method))
        return context.fail(
            ExitCode::Usage,
            QStringLiteral("api: unknown method %1; use one of %2")
                .arg(DisplayText::quoted(positional.at(0)), kMethods.join(QStringLiteral(", "))));
    const bool allPages = parser.isSet(QStringLiteral("all-pages"));
    const bool include = parser.isSet(QStringLiteral("include"));

    CrmRequest request(method.toLatin1(), positional.at(1));
    // A list pages with page/page_token, a COQL query with LIMIT/OFFSET.
    if (allPages && method != QLatin1String("GET") && !CrmPager::isCoql(request))
        return context.fail(ExitCode::Usage,
                            QStringLiteral("api: --all-pages works with GET lists and POST coql only"));
    for (const QString &param : parser.values(QStringLiteral("param"))) {
        const auto equals = param.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return context.fail(
                ExitCode::Usage,
                QStringLiteral("api: --param needs KEY=VALUE, not %1").arg(DisplayText::quoted(param)));
        request.addQueryItem(param.left(equals), param.mid(equals + 1));
    }
    for (const QString &header : parser.values(QStringLiteral("header"))) {
        const auto colon = header.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return context.fail(ExitCode::Usage,
                                QStringLiteral("api: --header needs \"NAME: VALUE\", not %1")
                                    .arg(DisplayText::quoted(header)));
        const QString problem = request.setHeader(header.left(colon).trimmed().toUtf8(),
                                                  header.mid(colon + 1).trimmed().toUtf8());
        if (!problem.isEmpty())
            return context.fail(ExitCode::Usage, QStringLiteral("api: --header: ") + problem);
    }
    if (parser.isSet(QStringLiteral("data"))) {
        QString error;
        const auto data = readData(parser.value(QStringLiteral("data")), &error);
        if (!data)
            return context.fail(ExitCode::Usage, QStringLiteral("api: ") + error);
        request.setBody(*data);
    }
    int timeoutMs = CrmClient::defaultTimeoutMs;
    if (parser.isSet(QStringLiteral("timeout"))) {
        QString error;
        timeoutMs = TimeoutOption::parseMs(parser.value(QStringLiteral("timeout")), &error);
        if (timeoutMs < 0)
            return context.fail(ExitCode::Usage, QStringLiteral("api: ") + error);
    }

    auto store = context.openStore();
    if (!store)
        return context.openFailure();
    int exitCode = 0;
    const auto token = chooseToken(context, *store, parser, &exitCode);
    if (!token)
        return exitCode;
    request.setTokenId(token->id);

    // One manager for the token endpoint and CRM: pages reuse one connection.
    QNetworkAccessManager network;
    TokenEndpointClient endpoint(&network);
    endpoint.setTimeout(timeoutMs);
    TokenService tokens(store.get(), &endpoint);
    CrmClient client(&network, &tokens);
    client.setTimeoutMs(timeoutMs);
    QEventLoop loop;

    if (!allPages) {
        CrmReply *reply = client.send(request);
        QObject::connect(reply, &CrmReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const CrmResponse &response = reply->response();
        if (response.httpStatus() > 0) {
            if (include)
                writeBytes(context.out(), response.statusAndHeaders());
            if (response.error().kind() == CrmError::Kind::Api || response.ok())
                writeBody(context.out(), response.body());
        }
        context.out().flush();
        if (!response.ok())
            return context.fail(exitCodeFor(response.error()),
                                QStringLiteral("api: ") + describeFailure(response));
        if (!response.recordErrors().isEmpty()) {
            const CrmError &first = response.recordErrors().first();
            return context.fail(ExitCode::Api,
                                QStringLiteral("api: %1 of %2 records failed; first: %3")
                                    .arg(response.recordErrors().size())
                                    .arg(response.recordErrors().size() + response.recordSuccessCount())
                                    .arg(first.toString()));
        }
        return toInt(ExitCode::Success);
    }

    // Every page: the records go out as they come, as one array, in the server's own bytes.
    CrmPager *pager = client.fetchAllPages(request);
    bool arrayOpen = false;
    bool anyRecord = false;
    QObject::connect(pager, &CrmPager::pageReceived, pager, [&](const CrmResponse &page) {
        if (!arrayOpen) {
            if (include)
                writeBytes(context.out(), page.statusAndHeaders());
            context.out() << '[';
            arrayOpen = true;
        }
        QByteArray records = page.rawRecords().trimmed();
        if (records.size() < 2)
            return;
        records.chop(1);
        records.remove(0, 1);
        if (records.trimmed().isEmpty())
            return;
        if (anyRecord)
            context.out() << ',';
        writeBytes(context.out(), records);
        anyRecord = true;
    });
    QObject::connect(pager, &CrmPager::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (arrayOpen)
        context.out() << "]\n";
    const CrmResponse &last = pager->lastResponse();
    if (!pager->error().isError()) {
        context.out().flush();
        return toInt(ExitCode::Success);
    }
    if (!arrayOpen && last.httpStatus() > 0) {
        // The first page failed: show it as a single call would.
        if (include)
            writeBytes(context.out(), last.statusAndHeaders());
        if (pager->error().kind() == CrmError::Kind::Api)
            writeBody(context.out(), last.body());
    }
    context.out().flush();
    QString message = last.error().isError() ? describeFailure(last) : pager->error().toString();
    if (arrayOpen)
        message = QStringLiteral("stopped after %1 records on %2 pages: %3")
                      .arg(pager->recordCount())
                      .arg(pager->pageCount())
                      .arg(message);
    return context.fail(exitCodeFor(pager->error()), QStringLiteral("api: ") + message);
}
