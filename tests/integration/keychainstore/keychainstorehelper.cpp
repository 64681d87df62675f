// Another process on the same keychain store, for tst_keychainstore:
//   keychainstorehelper SPEC save PREFIX COUNT   saves COUNT tokens for PREFIX-1@example.com …
//   keychainstorehelper SPEC lease ID OWNER MS   tries to take a lease
//   keychainstorehelper SPEC list                 counts the tokens
//   keychainstorehelper SPEC stall PID exit|recover
//       stops the Secret Service process PID (SIGSTOP) during a save, then either exits with the job
//       still pending, or lets the service go on (SIGCONT) and saves and lists again
// Prints "ok …", "busy", or "error CODE: MESSAGE" (exit code 4).
#include "keychaintokenstore.h"
#include "storeregistry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <csignal>
#include <sys/types.h>

namespace {

Token helperToken(const QString &prefix, int i)
{
    Token token;
    token.userName = QStringLiteral("%1-%2@example.com").arg(prefix).arg(i);
    token.clientId = QStringLiteral("1000.HELPER");
    token.clientSecret = QStringLiteral("helper-secret-%1-%2").arg(prefix).arg(i);
    token.refreshToken = QStringLiteral("1000.helper-refresh.%1.%2").arg(prefix).arg(i);
    return token;
}

int fail(QTextStream &out, const StoreError &error)
{
    out << "error " << StoreError::codeName(error.code()) << ": " << error.toString() << Qt::endl;
    return 4;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 2;
    StoreRegistry registry; // the keychain backend only, as the other backends are not under test here
    registerKeychainStore(registry);
    auto opened = registry.create(args.at(1));
    if (!opened)
        return fail(out, opened.error());
    TokenStore &store = *opened.value();

    if (args.at(2) == QLatin1String("save") && args.size() == 5) {
        QStringList ids;
        for (int i = 1; i <= args.at(4).toInt(); ++i) {
            auto saved = store.saveToken(helperToken(args.at(3), i));
            if (!saved)
                return fail(out, saved.error());
            ids.append(saved.value().id);
        }
        out << "ok " << ids.join(QLatin1Char(',')) << Qt::endl;
        return 0;
    }
    if (args.at(2) == QLatin1String("lease") && args.size() == 6) {
        auto taken = store.tryAcquireLease(args.at(3), args.at(4), args.at(5).toLongLong());
        if (!taken)
            return fail(out, taken.error());
        out << (taken.value() ? "ok" : "busy") << Qt::endl;
        return 0;
    }
    if (args.at(2) == QLatin1String("list")) {
        auto tokens = store.getTokens();
        if (!tokens)
            return fail(out, tokens.error());
        out << "ok " << tokens.value().size() << Qt::endl;
        return 0;
    }
    if (args.at(2) == QLatin1String("stall") && args.size() == 5) {
        const pid_t service = pid_t(args.at(3).toLongLong());
        auto tokens = store.getTokens();
        if (!tokens)
            return fail(out, tokens.error());
        out << "before " << tokens.value().size() << Qt::endl;
        ::kill(service, SIGSTOP);
        QElapsedTimer timer;
        timer.start();
        auto stalled = store.saveToken(helperToken(QStringLiteral("stalled"), 1));
        out << "stalled after " << timer.elapsed() << " ms: "
            << (stalled ? QStringLiteral("ok")
                        : StoreError::codeName(stalled.error().code()) + QStringLiteral(": ")
                        + stalled.error().message())
            << Qt::endl;
        if (args.at(4) == QLatin1String("exit"))
            return 4; // with the keychain job still waiting for the stopped service
        ::kill(service, SIGCONT);
        auto after = store.saveToken(helperToken(QStringLiteral("after"), 1));
        if (!after)
            return fail(out, after.error());
        out << "after " << after.value().id << Qt::endl;
        tokens = store.getTokens();
        if (!tokens)
            return fail(out, tokens.error());
        out << "rows " << tokens.value().size() << Qt::endl;
        return 0;
    }
    return 2;
}
