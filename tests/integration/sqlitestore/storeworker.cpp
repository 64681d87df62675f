// A second (third, fourth) process on one store, for the tests that need several.
//   zcrm_store_worker save SPEC PREFIX COUNT          saves COUNT distinct users, prints "saved N"
//   zcrm_store_worker lease SPEC OWNER ATTEMPTS TOKENS DURATION_MS
//                                                    tries ATTEMPTS times to take the lease of a random one
//                                                    of token ids 1..TOKENS; prints each id it took
//   zcrm_store_worker hold SPEC ID OWNER DURATION_MS  takes a lease, prints "held" and the time (ms since
//                                                    the epoch) before it asked, then sleeps until killed
#include "storeregistry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSet>
#include <QTextStream>
#include <QThread>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.size() < 3) {
        err << "usage: see storeworker.cpp" << Qt::endl;
        return 2;
    }
    auto opened = StoreRegistry::instance().create(args.at(2));
    if (!opened) {
        err << opened.error().toString() << Qt::endl;
        return 4;
    }
    TokenStore &store = *opened.value();
    const QString mode = args.at(1);
    if (mode == QLatin1String("save") && args.size() == 5) {
        const int count = args.at(4).toInt();
        for (int i = 0; i < count; ++i) {
            Token token;
            token.userName = QStringLiteral("%1-%2@example.com").arg(args.at(3)).arg(i);
            token.clientId = QStringLiteral("1000.WORKER");
            token.clientSecret = QStringLiteral("secret");
            token.refreshToken = QStringLiteral("1000.refresh.%1.%2").arg(args.at(3)).arg(i);
            auto saved = store.saveToken(token);
            if (!saved) {
                err << saved.error().toString() << Qt::endl;
                return 4;
            }
        }
        out << "saved " << count << Qt::endl;
        return 0;
    }
    if (mode == QLatin1String("lease") && args.size() == 7) {
        const int attempts = args.at(4).toInt();
        const int tokens = args.at(5).toInt();
        const qint64 duration = args.at(6).toLongLong();
        QSet<QString> taken;
        for (int i = 0; i < attempts; ++i) {
            const QString id = QString::number(1 + QRandomGenerator::global()->bounded(tokens));
            auto result = store.tryAcquireLease(id, args.at(3), duration);
            if (!result) {
                err << result.error().toString() << Qt::endl;
                return 4;
            }
            // A holder renewing its own lease is not a second take.
            if (result.value() && !taken.contains(id)) {
                taken.insert(id);
                out << "took " << id << '\n';
            }
        }
        out.flush();
        return 0;
    }
    if (mode == QLatin1String("hold") && args.size() == 6) {
        const qint64 before = QDateTime::currentMSecsSinceEpoch(); // the lease starts no earlier
        auto taken = store.tryAcquireLease(args.at(3), args.at(4), args.at(5).toLongLong());
        if (!taken || !taken.value()) {
            err << "could not take the lease" << Qt::endl;
            return 4;
        }
        out << "held " << before << Qt::endl;
        for (;;)
            QThread::sleep(1);
    }
    err << "usage: see storeworker.cpp" << Qt::endl;
    return 2;
}
