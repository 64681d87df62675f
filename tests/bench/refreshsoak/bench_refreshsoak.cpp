// The refresher's soak: N tokens (default 300) in one SQLite store, each a different user, whose access
// tokens live `--lifetime` seconds (default 120) on the sandbox (in this process, real loopback HTTP).
// `zcrm refresh --watch --lead L` (a child process: the same RefreshScheduler as the tray) keeps them fresh
// while a client here calls the CRM API, one call after the other, each with a random token read from the
// store as an SDK would. At the end it checks that
//   - no call met an expired or invalidated access token (the sandbox's 401 INVALID_TOKEN),
//   - no refresh token minted more than 10 access tokens in any 10 minutes, no refresh was refused
//     ("Access Denied"), and none had more than 15 live access tokens,
// and reports the refresher's CPU time (user + system, from /proc) over the soak.
// Exit 0 when every check holds. Not a unit test: the suite runs its 2-minute variant.
#include "sandboxserver.h"
#include "storeregistry.h"
#include "tokenendpointclient.h"
#include "tokenresponse.h"
#include "tokenstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdlib>
#include <unistd.h>

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

[[noreturn]] void die(const QString &message)
{
    err << "bench_refreshsoak: " << message << Qt::endl;
    std::exit(2);
}

// user + system CPU of a process, in ms (Linux /proc/PID/stat fields 14 and 15).
qint64 cpuMs(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const long ticks = ::sysconf(_SC_CLK_TCK);
    return (fields.at(11).toLongLong() + fields.at(12).toLongLong()) * 1000 / ticks;
}

void waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start(5);
    if (!done())
        loop.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("zcrm.*.info=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Soak of zcrm refresh --watch against the sandbox."));
    parser.addHelpOption();
    const QCommandLineOption minutesOption(QStringLiteral("minutes"),
                                           QStringLiteral("Soak length (default 10)."), QStringLiteral("N"),
                                           QStringLiteral("10"));
    const QCommandLineOption tokensOption(QStringLiteral("tokens"), QStringLiteral("Tokens (default 300)."),
                                          QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption lifetimeOption(QStringLiteral("lifetime"),
                                            QStringLiteral("Access token lifetime, s (default 120)."),
                                            QStringLiteral("S"), QStringLiteral("120"));
    const QCommandLineOption leadOption(QStringLiteral("lead"),
                                        QStringLiteral("Refresh lead, s (default 30)."), QStringLiteral("S"),
                                        QStringLiteral("30"));
    parser.addOptions({ minutesOption, tokensOption, lifetimeOption, leadOption });
    parser.process(app);
    const int minutes = parser.value(minutesOption).toInt();
    const int tokenCount = parser.value(tokensOption).toInt();
    const int lifetime = parser.value(lifetimeOption).toInt();
    const int lead = parser.value(leadOption).toInt();
    if (minutes <= 0 || tokenCount <= 0 || lifetime <= lead || lead < 5)
        die(QStringLiteral("bad options (need minutes > 0, tokens > 0, lifetime > lead >= 5)"));

    QTemporaryDir dir;
    const QString spec = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("soak.db"));
    SandboxServer sandbox;
    sandbox.setRecordsPerModule(20);
    sandbox.setTokenLifetime(lifetime);
    sandbox.setConcurrencyLimit(50);
    if (!sandbox.start(0))
        die(QStringLiteral("the sandbox did not start"));
    int refusedRefreshes = 0;
    QObject::connect(&sandbox, &SandboxServer::tokenRequestServed, &app,
                     [&](const QString &grant, bool success) {
                         if (grant == QLatin1String("refresh_token") && !success)
                             ++refusedRefreshes;
                     });

    // Seed: one user per token (Zoho keeps 20 refresh tokens per user and client), real code exchanges.
    QNetworkAccessManager network;
    TokenEndpointClient endpoint(&network);
    auto created = StoreRegistry::instance().create(spec);
    if (!created)
        die(created.error().toString());
    std::unique_ptr<TokenStore> store = std::move(created.value());
    TokenList seeded;
    int pending = tokenCount;
    for (int i = 0; i < tokenCount; ++i) {
        const QString email = QStringLiteral("soak%1@example.com").arg(i);
        endpoint.exchangeGrantToken(sandbox.accountsUrl(), sandbox.clientId(), sandbox.clientSecret(),
                                    sandbox.createGrantCode(QStringLiteral("ZohoCRM.modules.ALL"), email),
                                    QString(), [&, email](const TokenResponse &r) {
                                        --pending;
                                        if (!r.ok())
                                            return;
                                        Token token;
                                        token.userName = email;
                                        token.clientId = sandbox.clientId();
                                        token.clientSecret = sandbox.clientSecret();
                                        token.refreshToken = r.refreshToken;
                                        token.accessToken = r.accessToken;
                                        token.expiryTime =
                                            QDateTime::currentMSecsSinceEpoch() + r.expiresInMs;
                                        token.apiDomain = r.apiDomain;
                                        token.accountsServer = sandbox.accountsUrl().toString();
                                        token.environment = QStringLiteral("production");
                                        seeded.append(token);
                                    });
    }
    waitUntil([&] { return pending == 0; }, 120000);
    if (seeded.size() != tokenCount)
        die(QStringLiteral("seeded %1 of %2 tokens").arg(seeded.size()).arg(tokenCount));
    auto saved = store->saveTokens(seeded);
    if (!saved)
        die(saved.error().toString());
    TokenList rows = saved.value();
    QStringList refreshTokens;
    for (const Token &row : rows)
        refreshTokens.append(row.refreshToken);

    // The refresher.
    QProcess refresher;
    refresher.setProcessChannelMode(QProcess::SeparateChannels);
    QByteArray refresherOut;
    QByteArray refresherErr;
    QObject::connect(&refresher, &QProcess::readyReadStandardOutput, &app,
                     [&] { refresherOut += refresher.readAllStandardOutput(); });
    QObject::connect(&refresher, &QProcess::readyReadStandardError, &app,
                     [&] { refresherErr += refresher.readAllStandardError(); });
    refresher.start(QStringLiteral(ZCRM_BENCH_ZCRM),
                    { QStringLiteral("--store"), spec, QStringLiteral("refresh"), QStringLiteral("--watch"),
                      QStringLiteral("--lead"), QString::number(lead) });
    if (!refresher.waitForStarted(10000))
        die(QStringLiteral("zcrm refresh --watch did not start"));
    waitUntil([&] { return refresherOut.contains("watching"); }, 30000);
    if (!refresherOut.contains("watching"))
        die(QStringLiteral("zcrm refresh --watch did not start watching: %1")
                .arg(QString::fromUtf8(refresherErr)));
    const qint64 cpuAtStart = cpuMs(refresher.processId());

    // The client: one call after the other, each with a random token as the store has it now.
    qint64 calls = 0;
    qint64 expiredCalls = 0;
    qint64 otherFailures = 0;
    qint64 staleReads = 0; // the store held a token past its expiry when it was read
    QRandomGenerator random(20261202);
    const qint64 endAt = QDateTime::currentMSecsSinceEpoch() + qint64(minutes) * 60 * 1000;
    // Zoho's limits, sampled every 5 s: mints per refresh token in any 10 minutes, live access tokens.
    QList<QPair<qint64, QList<int>>> samples;
    int peakLive = 0;
    auto sample = [&] {
        QList<int> counts;
        counts.reserve(refreshTokens.size());
        for (const QString &rt : std::as_const(refreshTokens)) {
            counts.append(sandbox.refreshCount(rt));
            peakLive = std::max(peakLive, sandbox.liveAccessTokenCount(rt));
        }
        samples.append({ QDateTime::currentMSecsSinceEpoch(), counts });
    };
    sample();
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, &app, sample);
    sampler.start(5000);

    QEventLoop soak;
    std::function<void()> callOnce = [&] {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (now >= endAt) {
            soak.quit();
            return;
        }
        const Token &pick = rows.at(int(random.bounded(quint32(rows.size()))));
        auto row = store->findTokenById(pick.id);
        if (!row || !row.value()) {
            ++otherFailures;
            QTimer::singleShot(0, &app, callOnce);
            return;
        }
        const Token token = *row.value();
        if (token.expiryTime <= now)
            ++staleReads;
        QNetworkRequest request(
            QUrl(token.apiDomain + QStringLiteral("/crm/v8/Leads?fields=Last_Name&per_page=1")));
        request.setRawHeader("Authorization", "Zoho-oauthtoken " + token.accessToken.toUtf8());
        QNetworkReply *reply = network.get(request);
        QObject::connect(reply, &QNetworkReply::finished, &app, [&, reply] {
            reply->deleteLater();
            ++calls;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 401)
                ++expiredCalls;
            else if (status != 200)
                ++otherFailures;
            callOnce();
        });
    };
    QElapsedTimer wall;
    wall.start();
    QTimer::singleShot(0, &app, callOnce);
    soak.exec();
    sampler.stop();
    sample();
    const qint64 cpuAtEnd = cpuMs(refresher.processId());
    refresher.terminate();
    waitUntil([&] { return refresher.state() == QProcess::NotRunning; }, 30000);
    refresherOut += refresher.readAllStandardOutput();
    const bool stoppedCleanly = refresher.state() == QProcess::NotRunning
        && refresher.exitStatus() == QProcess::NormalExit && refresher.exitCode() == 0
        && refresherOut.contains("stopped (SIGTERM)");

    // The most access tokens one refresh token minted in any 10 minutes (over the samples).
    int peakWindow = 0;
    for (qsizetype later = 0; later < samples.size(); ++later) {
        for (qsizetype earlier = 0; earlier <= later; ++earlier) {
            if (samples.at(later).first - samples.at(earlier).first > 10 * 60 * 1000)
                continue;
            // `earlier` is the oldest sample inside the window ending at `later`.
            for (qsizetype t = 0; t < refreshTokens.size(); ++t)
                peakWindow =
                    std::max(peakWindow, samples.at(later).second.at(t) - samples.at(earlier).second.at(t));
            break;
        }
    }
    const qint64 refreshes = refresherOut.count(" refreshed ");
    const qint64 cpu = cpuAtEnd - cpuAtStart;
    const double seconds = wall.elapsed() / 1000.0;

    out << "refresh soak: " << tokenCount << " tokens, access tokens live " << lifetime << " s, lead " << lead
        << " s, " << minutes << " min" << Qt::endl;
    out << "  client calls:              " << calls << " (" << qRound(calls / seconds) << " per s)"
        << Qt::endl;
    out << "  calls with an expired token: " << expiredCalls << Qt::endl;
    out << "  tokens read past expiry:   " << staleReads << Qt::endl;
    out << "  other failed calls:        " << otherFailures << Qt::endl;
    out << "  refreshes:                 " << refreshes << " (sandbox: " << sandbox.refreshCount() << ")"
        << Qt::endl;
    out << "  refused refreshes:         " << refusedRefreshes << Qt::endl;
    out << "  most mints per refresh token in 10 min: " << peakWindow << " (Zoho allows 10)" << Qt::endl;
    out << "  most live access tokens per refresh token: " << peakLive << " (Zoho allows 15)" << Qt::endl;
    out << "  refresher CPU time:        " << cpu << " ms over " << qRound(seconds) << " s ("
        << QString::number(100.0 * double(cpu) / (seconds * 1000.0), 'f', 2) << " % of one core, "
        << QString::number(refreshes > 0 ? double(cpu) / double(refreshes) : 0.0, 'f', 2)
        << " ms per refresh)" << Qt::endl;
    out << "  stopped cleanly on SIGTERM: " << (stoppedCleanly ? "yes" : "no") << Qt::endl;
    out << "reproduce: build-test/tests/bench/refreshsoak/bench_refreshsoak --minutes " << minutes
        << " --tokens " << tokenCount << " --lifetime " << lifetime << " --lead " << lead << Qt::endl;

    const bool ok = expiredCalls == 0 && staleReads == 0 && refusedRefreshes == 0 && peakWindow <= 10
        && peakLive <= 15 && stoppedCleanly && calls > 0 && otherFailures == 0
        && refreshes
            >= qint64(tokenCount) * std::max(1, (minutes * 60 - (lifetime - lead)) / (lifetime - lead));
    if (!ok) {
        err << "bench_refreshsoak: a check failed" << Qt::endl;
        err << refresherErr.right(2000) << Qt::endl;
    }
    return ok ? 0 : 1;
}
