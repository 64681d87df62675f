// What watching a store costs: TokenStore::changeStamp() (one StoreWatcher poll while nothing
// changed) against a full re-read and diff (getTokens + TokenSnapshot::replaceAll), per backend.
// Usage: zcrm-stampbench [--backends memory,sqlite,file,mysql,postgresql,keychain] [--size 100000]
//                        [--keychain-size 200] [--samples 2000] [--folder DIR]
// MySQL/PostgreSQL specs come from ZCRM_TEST_MYSQL_SPEC / ZCRM_TEST_PGSQL_SPEC: run it through
// tests/harness/run-tests.sh BUILD --exec, which starts the servers and a keyring.
#include "storeregistry.h"
#include "storewatcher.h"
#include "tokensnapshot.h"
#include "tokenstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <functional>
#include <vector>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

Token benchToken(int n)
{
    Token token;
    token.userName = QStringLiteral("user%1@example.com").arg(n);
    token.clientId = QStringLiteral("1000.BENCHCLIENTID0000000000000000");
    token.clientSecret = QStringLiteral("bench0secret0000000000000000000000000000");
    token.refreshToken = QStringLiteral("1000.%1.refresh0000000000000000000000000000000000000000")
                             .arg(n, 8, 10, QLatin1Char('0'));
    token.accessToken = QStringLiteral("1000.%1.access00000000000000000000000000000000000000000")
                            .arg(n, 8, 10, QLatin1Char('0'));
    token.expiryTime = 1795871772151;
    token.redirectUrl = QStringLiteral("http://localhost:8400/callback");
    token.apiDomain = QStringLiteral("https://www.zohoapis.com");
    return token;
}

struct Figures
{
    double median = -1;
    double p90 = -1;
};

Figures measure(int samples, qint64 budgetMs, const std::function<bool()> &call)
{
    std::vector<double> times;
    QElapsedTimer budget;
    budget.start();
    for (int i = 0; i < samples; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!call())
            return {};
        times.push_back(double(timer.nsecsElapsed()) / 1000.0);
        if (budget.elapsed() > budgetMs && times.size() >= 5)
            break;
    }
    std::sort(times.begin(), times.end());
    return { times[times.size() / 2], times[std::min(times.size() - 1, times.size() * 9 / 10)] };
}

QString format(double micros)
{
    if (micros < 0)
        return QStringLiteral("error");
    if (micros < 1000)
        return QString::number(micros, 'f', micros < 10 ? 2 : 1) + QStringLiteral(" µs");
    return QString::number(micros / 1000.0, 'f', 1) + QStringLiteral(" ms");
}

QString specFor(const QString &backend, const QString &folder)
{
    const QString name = QStringLiteral("stamp_%1").arg(QRandomGenerator::global()->bounded(1000000));
    if (backend == QLatin1String("memory"))
        return QStringLiteral("memory:");
    if (backend == QLatin1String("sqlite"))
        return QStringLiteral("sqlite:%1/%2.db").arg(folder, name);
    if (backend == QLatin1String("file"))
        return QStringLiteral("file:%1/%2.csv").arg(folder, name);
    if (backend == QLatin1String("keychain"))
        return QStringLiteral("keychain:zcrm-stampbench-%1").arg(name);
    const QString base = qEnvironmentVariable(backend == QLatin1String("mysql") ? "ZCRM_TEST_MYSQL_SPEC"
                                                                                : "ZCRM_TEST_PGSQL_SPEC");
    if (base.isEmpty())
        return {};
    return base + (base.contains(QLatin1Char('?')) ? QStringLiteral("&table=") : QStringLiteral("?table="))
        + name;
}

bool fill(TokenStore &store, int size)
{
    for (int start = 0; start < size; start += 1000) {
        TokenList batch;
        for (int n = start; n < std::min(size, start + 1000); ++n)
            batch.append(benchToken(n));
        if (auto saved = store.saveTokens(batch); !saved) {
            out() << saved.error().toString() << Qt::endl;
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("backends"), QStringLiteral("comma-separated backends"),
                       QStringLiteral("LIST"),
                       QStringLiteral("memory,sqlite,file,mysql,postgresql,keychain") });
    parser.addOption({ QStringLiteral("size"), QStringLiteral("tokens per store"), QStringLiteral("N"),
                       QStringLiteral("100000") });
    parser.addOption({ QStringLiteral("keychain-size"),
                       QStringLiteral("tokens in the keychain store (one keyring entry each)"),
                       QStringLiteral("N"), QStringLiteral("200") });
    parser.addOption({ QStringLiteral("samples"), QStringLiteral("changeStamp calls per backend"),
                       QStringLiteral("N"), QStringLiteral("2000") });
    parser.addOption({ QStringLiteral("folder"),
                       QStringLiteral("where file stores go (default: a temporary folder)"),
                       QStringLiteral("DIR") });
    parser.process(app);
    QTemporaryDir temporary;
    const QString folder =
        parser.isSet(QStringLiteral("folder")) ? parser.value(QStringLiteral("folder")) : temporary.path();
    const int samples = parser.value(QStringLiteral("samples")).toInt();

    out() << "Reproduce: tests/harness/run-tests.sh build-test --exec "
          << QCoreApplication::arguments().join(QLatin1Char(' ')) << "\n\n"
          << "| backend | tokens | changeStamp median | p90 | poll, nothing changed | full re-read + diff |\n"
          << "|---|---|---|---|---|---|" << Qt::endl;
    bool ok = true;
    for (const QString &backend : parser.value(QStringLiteral("backends")).split(QLatin1Char(','))) {
        const int size = parser
                             .value(backend == QLatin1String("keychain") ? QStringLiteral("keychain-size")
                                                                         : QStringLiteral("size"))
                             .toInt();
        const QString spec = specFor(backend, folder);
        if (spec.isEmpty()) {
            out() << "| " << backend << " | not configured (run under tests/harness/run-tests.sh) |"
                  << Qt::endl;
            continue;
        }
        auto created = StoreRegistry::instance().create(spec);
        if (!created) {
            out() << "| " << backend << " | " << created.error().toString() << " |" << Qt::endl;
            ok = false;
            continue;
        }
        TokenStore &store = *created.value();
        if (!fill(store, size)) {
            ok = false;
            continue;
        }
        QThread::msleep(100); // file stamps settle
        // As the watcher runs: everything read once, then polls.
        StoreWatcher watcher(&store);
        watcher.start();
        const Figures stamp = measure(samples, 5000, [&] { return store.changeStamp().ok(); });
        const Figures poll = measure(samples, 5000, [&] {
            watcher.poll();
            return !watcher.isFailing();
        });
        const int readsBefore = watcher.fullReadCount();
        TokenSnapshot snapshot;
        snapshot.replaceAll(store.getTokens().value());
        const Figures reread = measure(5, 20000, [&] {
            auto rows = store.getTokens();
            return rows.ok() && snapshot.replaceAll(rows.value()).isEmpty();
        });
        out() << "| " << backend << " | " << size << " | " << format(stamp.median) << " | "
              << format(stamp.p90) << " | " << format(poll.median) << " | " << format(reread.median) << " |"
              << Qt::endl;
        if (watcher.fullReadCount() != readsBefore) {
            out() << "  (the watcher re-read " << (watcher.fullReadCount() - readsBefore)
                  << " times while nothing changed)" << Qt::endl;
            ok = false;
        }
        if (backend != QLatin1String("memory"))
            store.deleteTokens();
    }
    out() << "\nchangeStamp and poll: medians over up to " << samples
          << " calls; full re-read: median of 5 getTokens() + diffs, what a poll costs when the stamp moved."
          << Qt::endl;
    return ok ? 0 : 1;
}
