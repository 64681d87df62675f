// Times paging through every record of one CRM module: `zcrm api … --all-pages` against curl in a shell
// loop asking for the same pages (curl-pages.sh), both against a `zcrm-sandbox --records N` process.
// Not a test: prints wall times, the ratio, and the commands that reproduce them.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>
#include <optional>

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

struct Sandbox
{
    QString clientId;
    QString clientSecret;
    QUrl accounts;
    QUrl api;
};

struct Token
{
    QString accessToken;
    QString refreshToken;
    QString apiDomain;
    qint64 expiresIn = 0;
};

[[noreturn]] void die(const QString &message)
{
    err << "bench_apipaging: " << message << Qt::endl;
    std::exit(1);
}

QString shellQuote(const QString &word)
{
    if (!word.isEmpty() && word.indexOf(QRegularExpression(QStringLiteral("[^A-Za-z0-9_./:=,@+-]"))) < 0)
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString commandLine(const QString &program, const QStringList &arguments)
{
    QStringList words { shellQuote(program) };
    for (const QString &argument : arguments)
        words << shellQuote(argument);
    return words.join(QLatin1Char(' '));
}

Sandbox readSandbox(QProcess &process)
{
    QElapsedTimer timer;
    timer.start();
    QByteArray buffer;
    while (timer.elapsed() < 60000) {
        if (!process.waitForReadyRead(1000) && process.state() != QProcess::Running)
            die(QStringLiteral("zcrm-sandbox exited: %1")
                    .arg(QString::fromLocal8Bit(process.readAllStandardError())));
        buffer += process.readAllStandardOutput();
        const auto start = buffer.indexOf("SANDBOX ");
        const auto end = start < 0 ? -1 : buffer.indexOf('\n', start);
        if (end < 0)
            continue;
        const QJsonObject description =
            QJsonDocument::fromJson(buffer.mid(start + 8, end - start - 8)).object();
        const QJsonObject us =
            description.value(QLatin1String("dcs")).toObject().value(QLatin1String("us")).toObject();
        Sandbox sandbox { description.value(QLatin1String("client_id")).toString(),
                          description.value(QLatin1String("client_secret")).toString(),
                          QUrl(us.value(QLatin1String("accounts")).toString()),
                          QUrl(us.value(QLatin1String("api")).toString()) };
        if (sandbox.clientId.isEmpty() || !sandbox.api.isValid())
            die(QStringLiteral("cannot read the SANDBOX line"));
        return sandbox;
    }
    die(QStringLiteral("zcrm-sandbox did not start within 60 s"));
}

QNetworkReply *wait(QNetworkReply *reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    return reply;
}

// The browser flow with the sandbox's auto-approve, then the code exchange: real HTTP both times.
Token mintToken(QNetworkAccessManager &network, const Sandbox &sandbox)
{
    const QString redirect = QStringLiteral("http://localhost:1/callback");
    QUrl authorize = sandbox.accounts;
    authorize.setPath(QStringLiteral("/oauth/v2/auth"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client_id"), sandbox.clientId);
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("redirect_uri"), redirect);
    query.addQueryItem(QStringLiteral("scope"), QStringLiteral("ZohoCRM.modules.ALL"));
    query.addQueryItem(QStringLiteral("access_type"), QStringLiteral("offline"));
    query.addQueryItem(QStringLiteral("prompt"), QStringLiteral("consent"));
    authorize.setQuery(query);
    QNetworkRequest request(authorize);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *consent = wait(network.get(request));
    const QUrl location = consent->header(QNetworkRequest::LocationHeader).toUrl();
    consent->deleteLater();
    const QString code = QUrlQuery(location).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty())
        die(QStringLiteral("no code in the consent redirect %1").arg(location.toString()));

    QUrl tokenUrl = sandbox.accounts;
    tokenUrl.setPath(QStringLiteral("/oauth/v2/token"));
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("client_id"), sandbox.clientId);
    form.addQueryItem(QStringLiteral("client_secret"), sandbox.clientSecret);
    form.addQueryItem(QStringLiteral("redirect_uri"), redirect);
    form.addQueryItem(QStringLiteral("code"), code);
    QNetworkRequest post(tokenUrl);
    post.setHeader(QNetworkRequest::ContentTypeHeader,
                   QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply = wait(network.post(post, form.toString(QUrl::FullyEncoded).toUtf8()));
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    Token token { answer.value(QLatin1String("access_token")).toString(),
                  answer.value(QLatin1String("refresh_token")).toString(),
                  answer.value(QLatin1String("api_domain")).toString(),
                  qint64(answer.value(QLatin1String("expires_in")).toDouble()) };
    if (token.accessToken.isEmpty())
        die(QStringLiteral("the token endpoint refused: %1")
                .arg(QString::fromUtf8(QJsonDocument(answer).toJson())));
    return token;
}

int runProcess(const QString &program, const QStringList &arguments, const QString &stdoutFile,
               QByteArray *output = nullptr)
{
    QProcess process;
    if (!stdoutFile.isEmpty())
        process.setStandardOutputFile(stdoutFile);
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        die(QStringLiteral("cannot start %1").arg(program));
    process.closeWriteChannel();
    process.waitForFinished(-1);
    if (output)
        *output = process.readAllStandardOutput();
    const QByteArray errors = process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        die(QStringLiteral("%1 failed (exit %2): %3")
                .arg(commandLine(program, arguments))
                .arg(process.exitCode())
                .arg(QString::fromLocal8Bit(errors)));
    return process.exitCode();
}

// Records in zcrm's one JSON array.
qint64 countArray(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return QJsonDocument::fromJson(file.readAll()).array().size();
}

// Records in curl's bodies, one page per line.
qint64 countPages(const QString &path, int *pages)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    qint64 records = 0;
    *pages = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        ++*pages;
        records += QJsonDocument::fromJson(line).object().value(QLatin1String("data")).toArray().size();
    }
    return records;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const auto n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times `zcrm api GET MODULE --all-pages` against curl fetching the same pages in a shell loop "
        "(per_page=200, page then page_token), both against zcrm-sandbox --records N."));
    parser.addHelpOption();
    const QCommandLineOption records(QStringLiteral("records"), QStringLiteral("Records per module."),
                                     QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Timed runs of each."),
                                  QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption module(QStringLiteral("module"), QStringLiteral("Module to page through."),
                                    QStringLiteral("NAME"), QStringLiteral("Leads"));
    const QCommandLineOption fields(QStringLiteral("fields"), QStringLiteral("fields parameter."),
                                    QStringLiteral("LIST"), QStringLiteral("Last_Name,Email,Company,Phone"));
    const QCommandLineOption zcrm(QStringLiteral("zcrm"), QStringLiteral("zcrm executable."),
                                  QStringLiteral("PATH"), QStringLiteral(ZCRM_BENCH_ZCRM));
    const QCommandLineOption sandboxProgram(QStringLiteral("sandbox"),
                                            QStringLiteral("zcrm-sandbox executable."),
                                            QStringLiteral("PATH"), QStringLiteral(ZCRM_BENCH_SANDBOX));
    const QCommandLineOption curlScript(QStringLiteral("curl-script"), QStringLiteral("The curl loop."),
                                        QStringLiteral("PATH"), QStringLiteral(ZCRM_BENCH_CURL_SCRIPT));
    parser.addOptions({ records, runs, module, fields, zcrm, sandboxProgram, curlScript });
    parser.process(app);

    const int recordCount = parser.value(records).toInt();
    const int runCount = std::max(1, parser.value(runs).toInt());
    const qint64 expected = std::min(recordCount, 100000); // page_token reaches 100,000 records
    QTemporaryDir dir;
    if (!dir.isValid())
        die(QStringLiteral("no temporary folder"));

    QProcess sandboxProcess;
    sandboxProcess.start(
        parser.value(sandboxProgram),
        { QStringLiteral("--records"), QString::number(recordCount), QStringLiteral("--auto-approve") });
    if (!sandboxProcess.waitForStarted(10000))
        die(QStringLiteral("cannot start %1").arg(parser.value(sandboxProgram)));
    const Sandbox sandbox = readSandbox(sandboxProcess);
    QNetworkAccessManager network;
    const Token token = mintToken(network, sandbox);

    QByteArray help;
    runProcess(parser.value(zcrm), { QStringLiteral("--help") }, QString(), &help);
    const QString store = help.contains("sqlite:PATH")
        ? QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("tokens.db"))
        : QStringLiteral("file:") + dir.filePath(QStringLiteral("tokens.csv"));
    const qint64 expiry = QDateTime::currentMSecsSinceEpoch() + token.expiresIn * 1000;
    runProcess(parser.value(zcrm),
               { QStringLiteral("--store"), store, QStringLiteral("tokens"), QStringLiteral("save"),
                 QStringLiteral("--user"), QStringLiteral("bench@sandbox.test"),
                 QStringLiteral("--client-id"), sandbox.clientId, QStringLiteral("--client-secret"),
                 sandbox.clientSecret, QStringLiteral("--refresh-token"), token.refreshToken,
                 QStringLiteral("--access-token"), token.accessToken, QStringLiteral("--expiry-time"),
                 QString::number(expiry), QStringLiteral("--api-domain"), token.apiDomain },
               QString());

    const QStringList zcrmArguments { QStringLiteral("--store"),
                                      store,
                                      QStringLiteral("api"),
                                      QStringLiteral("GET"),
                                      parser.value(module),
                                      QStringLiteral("--param"),
                                      QStringLiteral("fields=") + parser.value(fields),
                                      QStringLiteral("--param"),
                                      QStringLiteral("per_page=200"),
                                      QStringLiteral("--all-pages") };
    const QString zcrmOut = dir.filePath(QStringLiteral("zcrm.json"));
    const QString curlOut = dir.filePath(QStringLiteral("curl.jsonl"));
    const QStringList curlArguments { parser.value(curlScript), token.apiDomain,      token.accessToken,
                                      parser.value(module),     parser.value(fields), curlOut };

    // The sandbox seeds a module on first use: not part of either measurement.
    runProcess(parser.value(zcrm),
               { QStringLiteral("--store"), store, QStringLiteral("api"), QStringLiteral("GET"),
                 parser.value(module), QStringLiteral("--param"),
                 QStringLiteral("fields=") + parser.value(fields) },
               QString());

    QList<double> zcrmTimes;
    QList<double> curlTimes;
    for (int run = 0; run < runCount; ++run) {
        // Alternate who goes first, so neither always meets a warmer server.
        for (int which = 0; which < 2; ++which) {
            const bool zcrmTurn = (which == 0) == (run % 2 == 0);
            QElapsedTimer timer;
            timer.start();
            if (zcrmTurn)
                runProcess(parser.value(zcrm), zcrmArguments, zcrmOut);
            else
                runProcess(QStringLiteral("sh"), curlArguments, QString());
            const double seconds = timer.nsecsElapsed() / 1e9;
            (zcrmTurn ? zcrmTimes : curlTimes).append(seconds);
        }
        const qint64 zcrmRecords = countArray(zcrmOut);
        int pages = 0;
        const qint64 curlRecords = countPages(curlOut, &pages);
        if (zcrmRecords != expected || curlRecords != expected)
            die(QStringLiteral("record counts differ: zcrm %1, curl %2, expected %3")
                    .arg(zcrmRecords)
                    .arg(curlRecords)
                    .arg(expected));
        err << QStringLiteral("run %1: zcrm %2 s, curl %3 s (%4 records, %5 pages)")
                   .arg(run + 1)
                   .arg(zcrmTimes.last(), 0, 'f', 3)
                   .arg(curlTimes.last(), 0, 'f', 3)
                   .arg(expected)
                   .arg(pages)
            << Qt::endl;
    }
    sandboxProcess.kill();
    sandboxProcess.waitForFinished(5000);

    const double zcrmBest = *std::min_element(zcrmTimes.begin(), zcrmTimes.end());
    const double curlBest = *std::min_element(curlTimes.begin(), curlTimes.end());
    const double zcrmMedian = median(zcrmTimes);
    const double curlMedian = median(curlTimes);
    out << QStringLiteral("records: %1 of module %2, per_page 200, %3 runs each\n")
               .arg(expected)
               .arg(parser.value(module))
               .arg(runCount);
    out << QStringLiteral("zcrm api --all-pages: best %1 s, median %2 s\n")
               .arg(zcrmBest, 0, 'f', 3)
               .arg(zcrmMedian, 0, 'f', 3);
    out << QStringLiteral("curl shell loop:      best %1 s, median %2 s\n")
               .arg(curlBest, 0, 'f', 3)
               .arg(curlMedian, 0, 'f', 3);
    out << QStringLiteral("ratio zcrm/curl:      best %1, median %2 (target <= 1.2)\n")
               .arg(zcrmBest / curlBest, 0, 'f', 2)
               .arg(zcrmMedian / curlMedian, 0, 'f', 2);
    out << "reproduce: "
        << commandLine(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1)) << "\n";
    out << "  zcrm: " << commandLine(parser.value(zcrm), zcrmArguments) << "\n";
    out << "  curl: "
        << commandLine(QStringLiteral("sh"), curlArguments)
               .replace(token.accessToken, QStringLiteral("$ACCESS_TOKEN"))
        << "\n";
    out.flush();
    return zcrmMedian / curlMedian <= 1.2 ? 0 : 3;
}
