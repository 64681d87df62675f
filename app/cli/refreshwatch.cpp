#include "refreshwatch.h"

#include "clicontext.h"
#include "refreshscheduler.h"
#include "stopsignals.h"
#include "storewatcher.h"
#include "systemresumemonitor.h"
#include "tokenendpointclient.h"
#include "tokenprinter.h"
#include "tokenservice.h"
#include "tokenstore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTimer>

namespace {

constexpr int kWatchIntervalMs = 2000;
constexpr int kStopGraceMs = 15000;

QString stamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

int RefreshWatch::run(CliContext &context, TokenStore &store, qint64 leadMs)
{
    QNetworkAccessManager network;
    TokenEndpointClient endpoint(&network);
    TokenService service(&store, &endpoint);
    TokenService::Options options;
    if (leadMs > 0) {
        options.refreshLeadMs = leadMs;
        options.refreshJitterMs = std::min(options.refreshJitterMs, leadMs / 5);
    }
    service.setOptions(options);
    StoreWatcher watcher(&store);
    watcher.setInterval(kWatchIntervalMs);
    RefreshScheduler scheduler(&service);
    SystemResumeMonitor resume;
    QObject::connect(&resume, &SystemResumeMonitor::resumed, &scheduler, &RefreshScheduler::wake);

    auto who = [&watcher](const QString &id) {
        const std::optional<Token> row = watcher.snapshot().find(id);
        return row && !row->userName.isEmpty() ? QStringLiteral("%1 (%2)").arg(id, row->userName) : id;
    };
    QObject::connect(&watcher, &StoreWatcher::loaded, &scheduler, [&](const TokenList &rows) {
        scheduler.setTokens(rows);
        const qint64 next = scheduler.nextDueAt();
        context.out() << stamp() << " watching " << store.description() << ": " << rows.size() << " tokens, "
                      << scheduler.plannedCount() << " to keep fresh"
                      << (scheduler.plannedCount() > 0 ? QStringLiteral(", next refresh %1")
                                                             .arg(TokenPrinter::describeExpiry(
                                                                 next, QDateTime::currentMSecsSinceEpoch()))
                                                       : QString())
                      << Qt::endl;
    });
    QObject::connect(&watcher, &StoreWatcher::changed, &scheduler, &RefreshScheduler::applyChanges);
    QObject::connect(&watcher, &StoreWatcher::failed, &scheduler, [&](const StoreError &error) {
        context.err() << stamp() << " cannot read the store: " << error.toString() << Qt::endl;
    });
    QObject::connect(&watcher, &StoreWatcher::recovered, &scheduler,
                     [&] { context.err() << stamp() << " the store answers again" << Qt::endl; });
    // What the service writes goes to the scheduler now, not at the watcher's next poll.
    QObject::connect(&service, &TokenService::tokenChanged, &scheduler, [&](const QString &id) {
        auto row = store.findTokenById(id);
        if (row)
            scheduler.applyChanges(row.value() ? watcher.noteSaved(*row.value()) : watcher.noteRemoved(id));
    });
    QObject::connect(
        &scheduler, &RefreshScheduler::refreshed, &scheduler, [&](const QString &id, qint64 expiry) {
            context.out() << stamp() << " refreshed " << who(id) << ", expires "
                          << TokenPrinter::describeExpiry(expiry, QDateTime::currentMSecsSinceEpoch())
                          << Qt::endl;
        });
    QObject::connect(&scheduler, &RefreshScheduler::refreshFailed, &scheduler,
                     [&](const QString &id, const QString &message) {
                         context.err()
                             << stamp() << " refresh of " << who(id) << " failed: " << message << Qt::endl;
                     });
    QObject::connect(&scheduler, &RefreshScheduler::signInNeeded, &scheduler,
                     [&](const QString &id, const QString &message) {
                         context.err() << stamp() << " " << who(id)
                                       << " needs a new sign-in (zcrm login): " << message << Qt::endl;
                     });
    QObject::connect(&scheduler, &RefreshScheduler::clockJumped, &scheduler, [&](qint64 deltaMs) {
        context.out() << stamp() << " the clock moved " << (deltaMs > 0 ? "ahead" : "back") << " by "
                      << std::abs(deltaMs) / 1000 << " s (resume from suspend or a clock change); re-planned"
                      << Qt::endl;
    });

    QEventLoop loop;
    StopSignals stop;
    int stopSignal = 0;
    QObject::connect(&stop, &StopSignals::stopRequested, &loop, [&](int signal) {
        stopSignal = signal;
        loop.quit();
    });
    watcher.start();
    loop.exec();

    // Stop: no new refresh; the ones in flight finish, so that no lease is left to run out.
    scheduler.pause();
    watcher.stop();
    if (scheduler.inFlight() > 0) {
        context.out() << stamp() << " " << StopSignals::name(stopSignal) << ": waiting for "
                      << scheduler.inFlight() << " refreshes in flight" << Qt::endl;
        QTimer grace;
        grace.setSingleShot(true);
        QObject::connect(&grace, &QTimer::timeout, &loop, &QEventLoop::quit);
        QObject::connect(&scheduler, &RefreshScheduler::stateChanged, &loop, [&] {
            if (scheduler.inFlight() == 0)
                loop.quit();
        });
        QObject::connect(&stop, &StopSignals::stopRequested, &loop,
                         &QEventLoop::quit); // a second signal: now
        grace.start(kStopGraceMs);
        loop.exec();
    }
    context.out() << stamp() << " stopped (" << StopSignals::name(stopSignal) << "), "
                  << scheduler.refreshCount() << " refreshes, " << scheduler.failureCount() << " failures"
                  << Qt::endl;
    return toInt(ExitCode::Success);
}
