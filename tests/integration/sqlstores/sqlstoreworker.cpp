// A second (third, fourth…) process on the same server table, for the multi-process tests of
// tst_sqlserverstores, and a small timing probe. Prints its results on stdout, one item a line.
//
//   sqlstore_worker lease-race SPEC OWNER ATTEMPTS TOKENS WINDOW_MS
//       ATTEMPTS tries to take the lease of tokens 1..TOKENS (random order) for WINDOW_MS; on each
//       first success it saves access_token "leased-by-OWNER" on that row; prints the ids it won.
//   sqlstore_worker hold-lease SPEC ID OWNER DURATION_MS
//       takes the lease, prints "held", then sleeps until killed.
//   sqlstore_worker save-users SPEC PREFIX COUNT
//       saves COUNT new users PREFIX-N@example.com, prints the ids it was given.
//   sqlstore_worker bench SPEC ROWS LOOKUPS
//       fills ROWS tokens (one batch), then prints the median and p95 of LOOKUPS findToken calls
//       by user name and by refresh token, and of findTokenById, in ms.
#include "storeregistry.h"
#include "tokenstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

int failWith(const StoreError &error)
{
    QTextStream(stderr) << "sqlstore_worker: " << error.toString() << Qt::endl;
    return 1;
}

Token userToken(const QString &user)
{
    Token token;
    token.userName = user;
    token.clientId = QStringLiteral("1000.CLIENT");
    token.clientSecret = QStringLiteral("secret");
    token.refreshToken = QStringLiteral("1000.refresh.") + user;
    token.accessToken = QStringLiteral("1000.access.") + user;
    token.expiryTime = 1795871772151;
    token.apiDomain = QStringLiteral("https://www.zohoapis.com");
    return token;
}

int leaseRace(TokenStore &store, const QStringList &args)
{
    const QString owner = args.value(0);
    const int attempts = args.value(1).toInt();
    const int tokens = args.value(2).toInt();
    const qint64 window = args.value(3).toLongLong();
    QSet<int> won;
    for (int i = 0; i < attempts; ++i) {
        const int id = int(QRandomGenerator::global()->bounded(tokens)) + 1;
        auto taken = store.tryAcquireLease(QString::number(id), owner, window);
        if (!taken)
            return failWith(taken.error());
        if (!taken.value() || won.contains(id))
            continue;
        won.insert(id);
        Token update;
        update.id = QString::number(id);
        update.accessToken = QStringLiteral("leased-by-") + owner;
        auto saved = store.saveToken(update);
        if (!saved)
            return failWith(saved.error());
    }
    QList<int> ids(won.begin(), won.end());
    std::sort(ids.begin(), ids.end());
    for (int id : ids)
        out() << id << '\n';
    out().flush();
    return 0;
}

int holdLease(TokenStore &store, const QStringList &args)
{
    auto taken = store.tryAcquireLease(args.value(0), args.value(1), args.value(2).toLongLong());
    if (!taken)
        return failWith(taken.error());
    out() << (taken.value() ? "held" : "refused") << Qt::endl;
    for (;;)
        QThread::sleep(1); // until the test kills us, lease and all
}

int saveUsers(TokenStore &store, const QStringList &args)
{
    const QString prefix = args.value(0);
    const int count = args.value(1).toInt();
    for (int i = 1; i <= count; ++i) {
        auto saved = store.saveToken(userToken(QStringLiteral("%1-%2@example.com").arg(prefix).arg(i)));
        if (!saved)
            return failWith(saved.error());
        out() << saved.value().id << '\n';
    }
    out().flush();
    return 0;
}

double percentile(std::vector<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min(values.size() - 1, size_t(fraction * double(values.size()))));
}

int bench(TokenStore &store, const QStringList &args)
{
    const int rows = args.value(0).toInt();
    const int lookups = args.value(1).toInt();
    TokenList batch;
    for (int i = 1; i <= rows; ++i)
        batch.append(userToken(QStringLiteral("bench-%1@example.com").arg(i)));
    QElapsedTimer fill;
    fill.start();
    auto saved = store.saveTokens(batch);
    if (!saved)
        return failWith(saved.error());
    out() << "fill " << rows << " tokens: " << fill.elapsed() << " ms\n";

    auto measure = [&](const char *name, const std::function<bool(int)> &call) {
        std::vector<double> times;
        for (int i = 0; i < lookups; ++i) {
            const int n = int(QRandomGenerator::global()->bounded(rows)) + 1;
            QElapsedTimer timer;
            timer.start();
            if (!call(n)) {
                out() << name << ": failed\n";
                return;
            }
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        out() << name << ": median " << percentile(times, 0.5) << " ms, p95 " << percentile(times, 0.95)
              << " ms\n";
    };
    measure("findToken by user_name", [&](int n) {
        Token partial;
        partial.userName = QStringLiteral("bench-%1@example.com").arg(n);
        auto found = store.findToken(partial);
        return found.ok() && found.value().has_value();
    });
    measure("findToken by refresh_token", [&](int n) {
        Token partial;
        partial.refreshToken = QStringLiteral("1000.refresh.bench-%1@example.com").arg(n);
        partial.clientId = QStringLiteral("1000.CLIENT");
        partial.clientSecret = QStringLiteral("secret");
        auto found = store.findToken(partial);
        return found.ok() && found.value().has_value();
    });
    measure("findTokenById", [&](int n) {
        auto found = store.findTokenById(saved.value().at(n - 1).id);
        return found.ok() && found.value().has_value();
    });
    measure("saveToken (update)", [&](int n) {
        Token update;
        update.userName = QStringLiteral("bench-%1@example.com").arg(n);
        update.accessToken = QStringLiteral("1000.access.again.%1").arg(n);
        return store.saveToken(update).ok();
    });
    QElapsedTimer all;
    all.start();
    auto tokens = store.getTokens();
    out() << "getTokens (" << (tokens ? tokens.value().size() : -1) << " rows): " << all.elapsed() << " ms\n";
    out().flush();
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        QTextStream(stderr) << "usage: sqlstore_worker lease-race|hold-lease|save-users|bench SPEC ARGS…"
                            << Qt::endl;
        return 2;
    }
    auto store = StoreRegistry::instance().create(args.at(2));
    if (!store)
        return failWith(store.error());
    const QString mode = args.at(1);
    const QStringList rest = args.mid(3);
    if (mode == QLatin1String("lease-race"))
        return leaseRace(*store.value(), rest);
    if (mode == QLatin1String("hold-lease"))
        return holdLease(*store.value(), rest);
    if (mode == QLatin1String("save-users"))
        return saveUsers(*store.value(), rest);
    if (mode == QLatin1String("bench"))
        return bench(*store.value(), rest);
    QTextStream(stderr) << "sqlstore_worker: unknown mode " << mode << Qt::endl;
    return 2;
}
