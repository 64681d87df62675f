// A second (third, fourth…) process for the file store tests. Each mode prints "ready", waits for a
// line on stdin so that all processes start together, does one thing to a `file:` store and
// reports on stdout; a store error goes to stderr with exit code 1.
//
//   save PATH PREFIX COUNT                          saves COUNT new users PREFIX-N@example.com,
//                                                   pausing up to 0.3 ms between saves
//   lease PATH OWNER ATTEMPTS TOKENS OFFSET MS      tries leases on ids 1..TOKENS in turn from
//                                                   OFFSET; prints "taken ID" the first time each
//   hold-lease PATH OWNER ID MS                     takes a lease, prints "held UNTIL", sleeps
//   hold-lock PATH                                  takes the store's lock, prints "locked", sleeps
#include "filetokenstore.h"
#include "processlock.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSet>
#include <QTextStream>
#include <QThread>

#include <cstdio>
#include <iostream>
#include <string>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

int fail(const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
    return 1;
}

void waitForGo()
{
    out() << "ready" << Qt::endl;
    std::string line;
    std::getline(std::cin, line);
}

[[noreturn]] void sleepUntilKilled()
{
    for (;;)
        QThread::sleep(60);
}

int save(FileTokenStore &store, const QString &prefix, int count)
{
    waitForGo();
    for (int n = 0; n < count; ++n) {
        Token token;
        token.userName = QStringLiteral("%1-%2@example.com").arg(prefix).arg(n);
        token.clientId = QStringLiteral("1000.CLIENT");
        token.clientSecret = QStringLiteral("secret");
        token.refreshToken = QStringLiteral("1000.refresh.%1-%2").arg(prefix).arg(n);
        token.accessToken = QStringLiteral("1000.access.%1-%2").arg(prefix).arg(n);
        token.expiryTime = 1795871772151;
        token.apiDomain = QStringLiteral("https://www.zohoapis.com");
        token.scopes = { QStringLiteral("ZohoCRM.modules.ALL") };
        const auto saved = store.saveToken(token);
        if (!saved)
            return fail(saved.error().toString());
        // A program does something between two saves; without this pause the process that holds
        // the lock takes it again before the other one polls, and the two rarely alternate.
        QThread::usleep(QRandomGenerator::global()->bounded(300));
    }
    out() << "saved " << count << Qt::endl;
    return 0;
}

int lease(FileTokenStore &store, const QString &owner, int attempts, int tokens, int offset,
          qint64 durationMs)
{
    waitForGo();
    QSet<int> taken;
    for (int i = 0; i < attempts; ++i) {
        const int id = (i + offset) % tokens + 1;
        const auto result = store.tryAcquireLease(QString::number(id), owner, durationMs);
        if (!result)
            return fail(result.error().toString());
        if (result.value() && !taken.contains(id)) {
            taken.insert(id);
            out() << "taken " << id << Qt::endl;
        }
    }
    out() << "done " << attempts << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments().mid(1);
    if (arguments.size() < 2)
        return fail(QStringLiteral("usage: filestore_helper save|lease|hold-lease|hold-lock PATH …"));
    const QString mode = arguments.at(0);
    FileTokenStore store(arguments.at(1));
    store.setLockTimeout(60'000);
    if (mode == QLatin1String("save") && arguments.size() == 4)
        return save(store, arguments.at(2), arguments.at(3).toInt());
    if (mode == QLatin1String("lease") && arguments.size() == 7)
        return lease(store, arguments.at(2), arguments.at(3).toInt(), arguments.at(4).toInt(),
                     arguments.at(5).toInt(), arguments.at(6).toLongLong());
    if (mode == QLatin1String("hold-lease") && arguments.size() == 5) {
        waitForGo();
        const auto taken =
            store.tryAcquireLease(arguments.at(3), arguments.at(2), arguments.at(4).toLongLong());
        if (!taken || !taken.value())
            return fail(QStringLiteral("lease not taken"));
        out() << "held " << store.now() + arguments.at(4).toLongLong() << Qt::endl;
        sleepUntilKilled();
    }
    if (mode == QLatin1String("hold-lock") && arguments.size() == 2) {
        waitForGo();
        ProcessLock lock(store.lockPath());
        if (lock.lock(10'000) != ProcessLock::Outcome::Locked)
            return fail(QStringLiteral("not locked: ") + lock.errorString());
        out() << "locked" << Qt::endl;
        sleepUntilKilled();
    }
    return fail(QStringLiteral("unknown mode or wrong arguments: ") + arguments.join(QLatin1Char(' ')));
}
