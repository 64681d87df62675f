// Per-call medians of the TokenStore operations at 1k, 10k and 100k stored tokens, per backend.
// Usage: zcrm-storebench [--backends memory,sqlite,file,mysql,postgresql,keychain] [--sizes
// 1000,10000,100000]
//                        [--samples N] [--folder DIR]
// MySQL/PostgreSQL specs come from ZCRM_TEST_MYSQL_SPEC / ZCRM_TEST_PGSQL_SPEC (the test harness sets them).
#include "storeregistry.h"
#include "tokenstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
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

// Median of `samples` runs of `call`, in microseconds; stops early after `budgetMs` of work.
double medianMicros(int samples, qint64 budgetMs, const std::function<bool(int)> &call)
{
    std::vector<double> times;
    QElapsedTimer budget;
    budget.start();
    for (int i = 0; i < samples; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!call(i))
            return -1;
        times.push_back(double(timer.nsecsElapsed()) / 1000.0);
        if (budget.elapsed() > budgetMs && times.size() >= 5)
            break;
    }
    std::sort(times.begin(), times.end());
    return times.empty() ? -1 : times[times.size() / 2];
}

QString format(double micros)
{
    if (micros < 0)
        return QStringLiteral("error");
    if (micros < 1000)
        return QString::number(micros, 'f', micros < 10 ? 2 : 1) + QStringLiteral(" µs");
    return QString::number(micros / 1000.0, 'f', 2) + QStringLiteral(" ms");
}

struct Row
{
    QString backend;
    int size = 0;
    double fillSeconds = 0;
    double findUser = 0, findRefresh = 0, findMiss = 0, findById = 0, saveInsert = 0, saveUpdate = 0,
           getAll = 0;
};

bool fill(TokenStore &store, int size)
{
    const int chunk = 1000;
    for (int start = 0; start < size; start += chunk) {
        TokenList batch;
        for (int n = start; n < std::min(size, start + chunk); ++n)
            batch.append(benchToken(n));
        auto saved = store.saveTokens(batch);
        if (!saved) {
            QTextStream(stderr) << saved.error().toString() << Qt::endl;
            return false;
        }
    }
    return true;
}

QString specFor(const QString &backend, const QString &folder, int size)
{
    const QString name =
        QStringLiteral("bench_%1_%2").arg(size).arg(QRandomGenerator::global()->bounded(1000000));
    if (backend == QLatin1String("memory"))
        return QStringLiteral("memory:");
    if (backend == QLatin1String("sqlite"))
        return QStringLiteral("sqlite:%1/%2.db").arg(folder, name);
    if (backend == QLatin1String("file"))
        return QStringLiteral("file:%1/%2.csv").arg(folder, name);
    if (backend == QLatin1String("keychain"))
        return QStringLiteral("keychain:zcrm-bench-%1").arg(name);
    const QString base = qEnvironmentVariable(backend == QLatin1String("mysql") ? "ZCRM_TEST_MYSQL_SPEC"
                                                                                : "ZCRM_TEST_PGSQL_SPEC");
    if (base.isEmpty())
        return {};
    return base + (base.contains(QLatin1Char('?')) ? QStringLiteral("&table=") : QStringLiteral("?table="))
        + name;
}

bool benchKeychain(const QString &folder)
{
    const QString spec = specFor(QStringLiteral("keychain"), folder, 100);
    {
        auto store = StoreRegistry::instance().create(spec);
        if (!store || !fill(*store.value(), 100)) {
            out() << "keychain: " << (store ? QStringLiteral("fill failed") : store.error().toString())
                  << Qt::endl;
            return false;
        }
    }
    auto store = StoreRegistry::instance().create(spec);
    if (!store)
        return false;
    QElapsedTimer timer;
    timer.start();
    auto cold = store.value()->getTokens();
    const double coldMs = double(timer.nsecsElapsed()) / 1e6;
    const double warm = medianMicros(50, 2000, [&](int) { return store.value()->getTokens().ok(); });
    out() << "\n| keychain, 100 tokens | getTokens cold (first read from the keyring) | getTokens warm "
             "(median) |\n"
          << "|---|---|---|\n"
          << "| " << spec << " | " << QString::number(coldMs, 'f', 1) << " ms | " << format(warm) << " |"
          << Qt::endl;
    store.value()->deleteTokens();
    return cold.ok();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("backends"), QStringLiteral("comma-separated backends"),
                       QStringLiteral("LIST"), QStringLiteral("memory,sqlite,file") });
    parser.addOption({ QStringLiteral("sizes"), QStringLiteral("comma-separated store sizes"),
                       QStringLiteral("LIST"), QStringLiteral("1000,10000,100000") });
    parser.addOption({ QStringLiteral("samples"), QStringLiteral("calls per operation"), QStringLiteral("N"),
                       QStringLiteral("200") });
    parser.addOption({ QStringLiteral("folder"),
                       QStringLiteral("where file stores go (default: a temporary folder)"),
                       QStringLiteral("DIR") });
    parser.process(app);

    QTemporaryDir temporary;
    const QString folder =
        parser.isSet(QStringLiteral("folder")) ? parser.value(QStringLiteral("folder")) : temporary.path();
    const int samples = parser.value(QStringLiteral("samples")).toInt();
    QList<int> sizes;
    for (const QString &size : parser.value(QStringLiteral("sizes")).split(QLatin1Char(',')))
        sizes.append(size.toInt());

    out() << "Reproduce: " << QCoreApplication::arguments().join(QLatin1Char(' ')) << "\n\n"
          << "| backend | tokens | fill | find by user | find by refresh | find miss | findTokenById | "
             "save insert | save update | getTokens |\n"
          << "|---|---|---|---|---|---|---|---|---|---|" << Qt::endl;

    bool ok = true;
    bool keychainAsked = false;
    for (const QString &backend : parser.value(QStringLiteral("backends")).split(QLatin1Char(','))) {
        if (backend == QLatin1String("keychain")) {
            keychainAsked = true;
            continue;
        }
        for (int size : sizes) {
            const QString spec = specFor(backend, folder, size);
            if (spec.isEmpty()) {
                out() << "| " << backend << " | not configured (run under tests/harness/run-tests.sh) |"
                      << Qt::endl;
                break;
            }
            auto created = StoreRegistry::instance().create(spec);
            if (!created) {
                out() << "| " << backend << " | " << created.error().toString() << " |" << Qt::endl;
                ok = false;
                break;
            }
            TokenStore &store = *created.value();
            Row row;
            row.backend = backend;
            row.size = size;
            QElapsedTimer fillTimer;
            fillTimer.start();
            if (!fill(store, size)) {
                ok = false;
                break;
            }
            row.fillSeconds = double(fillTimer.elapsed()) / 1000.0;
            // Steady state, as in a running application: every row read once before measuring.
            if (!store.getTokens().ok()) {
                ok = false;
                break;
            }
            auto *random = QRandomGenerator::global();
            const qint64 budget = 3000;
            row.findUser = medianMicros(samples, budget, [&](int) {
                Token partial;
                partial.userName = QStringLiteral("user%1@example.com").arg(random->bounded(size));
                auto found = store.findToken(partial);
                return found.ok() && found.value().has_value();
            });
            row.findRefresh = medianMicros(samples, budget, [&](int) {
                const Token wanted = benchToken(random->bounded(size));
                Token partial;
                partial.refreshToken = wanted.refreshToken;
                partial.clientId = wanted.clientId;
                partial.clientSecret = wanted.clientSecret;
                auto found = store.findToken(partial);
                return found.ok() && found.value().has_value();
            });
            row.findMiss = medianMicros(samples, budget, [&](int i) {
                Token partial;
                partial.userName = QStringLiteral("nobody%1@example.com").arg(i);
                auto found = store.findToken(partial);
                return found.ok() && !found.value().has_value();
            });
            row.findById = medianMicros(samples, budget, [&](int) {
                auto found = store.findTokenById(QString::number(1 + random->bounded(size)));
                return found.ok() && found.value().has_value();
            });
            row.saveUpdate = medianMicros(samples, budget, [&](int i) {
                Token token = benchToken(random->bounded(size));
                token.accessToken = QStringLiteral("1000.updated.%1").arg(i);
                return store.saveToken(token).ok();
            });
            row.saveInsert = medianMicros(samples, budget,
                                          [&](int i) { return store.saveToken(benchToken(size + i)).ok(); });
            row.getAll =
                medianMicros(std::max(3, samples / 20), budget, [&](int) { return store.getTokens().ok(); });
            out() << "| " << row.backend << " | " << row.size << " | "
                  << QString::number(row.fillSeconds, 'f', 2) << " s | " << format(row.findUser) << " | "
                  << format(row.findRefresh) << " | " << format(row.findMiss) << " | " << format(row.findById)
                  << " | " << format(row.saveInsert) << " | " << format(row.saveUpdate) << " | "
                  << format(row.getAll) << " |" << Qt::endl;
            if (!spec.startsWith(QLatin1String("memory:")))
                store.deleteTokens();
        }
    }
    if (keychainAsked)
        ok = benchKeychain(folder) && ok;
    out() << "\nMedians of per-call wall time after one getTokens() pass; fill = saveTokens in batches of "
             "1,000."
          << Qt::endl;
    return ok ? 0 : 1;
}
