// The API explorer's benchmark (figures in the README's Performance section):
//  1. a 50 MB CRM list answer over loopback HTTP, received and parsed on the explorer's thread and
//     shown as a tree (JsonTreeModel in a QTreeView): time, resident memory over the payload, and the
//     GUI thread's longest event-loop gap;
//  2. fetch all pages of N (100,000) sandbox records with a streamed CSV export, against
//     `zcrm api --all-pages` on the same sandbox: wall time and the ratio, and resident memory as the
//     record count grows.
// Not a test: prints its figures and the command that reproduces them.

#include "bigbodyserver.h"
#include "explorersession.h"
#include "gapmeter.h"
#include "jsontreemodel.h"
#include "sandboxthread.h"
#include "storeregistry.h"
#include "tokenfacade.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTreeView>

#include <algorithm>

namespace {

QTextStream out(stdout);

qint64 residentKiB(const char *field = "VmRSS:")
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toLongLong();
    return 0;
}

double mb(qint64 kib)
{
    return double(kib) / 1024.0;
}

void bigAnswer(qint64 bytes, int runs)
{
    out << "== a " << bytes / 1000000 << " MB list answer as a tree (" << runs << " runs) ==" << Qt::endl;
    int records = 0;
    BigBodyServer server;
    server.startWith(BigBodyServer::makeListBody(bytes, &records));
    QTreeView view;
    JsonTreeModel model;
    view.setModel(&model);
    view.setUniformRowHeights(true);
    view.resize(900, 700);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        out << "  the tree view was not exposed" << Qt::endl;
    ExplorerSession::Options options; // no history file: the figure is the answer's
    ExplorerSession session(
        [&server](const QString &id, bool, const QString &, QObject *context,
                  ExplorerSession::Reply<AccessTokenResult> reply) {
            AccessTokenResult result;
            result.tokenId = id;
            result.accessToken = QStringLiteral("1000.bench");
            result.apiDomain = server.url().toString();
            QMetaObject::invokeMethod(
                context, [reply, result] { reply(result); }, Qt::QueuedConnection);
        },
        options);
    ExplorerRequest request =
        ExplorerRequest::fromPathLine(QStringLiteral("GET"), QStringLiteral("Leads?fields=Last_Name"));
    request.tokenId = QStringLiteral("1");
    request.timeoutSeconds = 120;
    QList<qint64> times, gaps, memory;
    for (int run = 0; run < runs; ++run) {
        model.clear();
        QTest::qWait(300);
        const qint64 before = residentKiB();
        GapMeter meter;
        meter.start();
        QElapsedTimer clock;
        clock.start();
        bool shown = false;
        qint64 receivedMs = 0;
        session.send(request, &view, [&](const ExplorerSession::Result &result) {
            receivedMs = clock.elapsed();
            model.setRoot(result.root, result.records);
            view.expandToDepth(0);
            shown = true;
        });
        if (!QTest::qWaitFor([&] { return shown; }, 120000))
            out << "  no answer within 120 s" << Qt::endl;
        QTest::qWait(1); // one paint of the tree
        view.repaint();
        const qint64 ms = clock.elapsed();
        QTest::qWait(200);
        const qint64 after = residentKiB();
        times << ms;
        gaps << meter.longest();
        memory << after - before;
        out << "  run " << run + 1 << ": shown after " << ms << " ms (answer parsed and here at "
            << receivedMs << " ms), longest GUI gap " << meter.summary() << ", resident +"
            << mb(after - before) << " MB" << Qt::endl;
    }
    std::sort(times.begin(), times.end());
    std::sort(gaps.begin(), gaps.end());
    std::sort(memory.begin(), memory.end());
    const double payload = double(server.body().size()) / (1024.0 * 1024.0);
    out << "  " << records << " records, " << payload << " MiB; median: shown " << times.at(times.size() / 2)
        << " ms, longest gap " << gaps.at(gaps.size() / 2) << " ms, memory "
        << mb(memory.at(memory.size() / 2)) / payload << "x the payload (+"
        << mb(memory.at(memory.size() / 2)) << " MB)" << Qt::endl;
}

void fetchAll(int records, int runs)
{
    out << "== fetch all of " << records << " sandbox records, CSV export vs zcrm api --all-pages (" << runs
        << " runs) ==" << Qt::endl;
    QTemporaryDir dir;
    SandboxThread sandbox(records);
    if (!sandbox.startAndWait()) {
        out << "  the sandbox did not start" << Qt::endl;
        return;
    }
    const QString spec = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("tokens.db"));
    QString tokenId;
    {
        auto store = StoreRegistry::instance().create(spec);
        auto saved = store.value()->saveToken(sandbox.storedToken());
        tokenId = saved.value().id;
    }
    const QString fields = QStringLiteral("Last_Name,First_Name,Email,Company,Lead_Source");
    TokenFacade facade;
    QSignalSpy opened(&facade, &TokenFacade::storeOpened);
    facade.open(spec);
    opened.wait(20000);
    ExplorerSession::Options options;
    options.databasePath = dir.filePath(QStringLiteral("explorer.db"));
    ExplorerSession session(
        [&facade](const QString &id, bool force, const QString &rejected, QObject *context,
                  ExplorerSession::Reply<AccessTokenResult> reply) {
            facade.accessToken(id, force, rejected, context, std::move(reply));
        },
        options);
    ExplorerRequest request = ExplorerRequest::fromPathLine(QStringLiteral("GET"), QStringLiteral("Leads"));
    request.query = { { QStringLiteral("fields"), fields } };
    request.tokenId = tokenId;
    const QStringList cli { QStringLiteral("--store"),
                            spec,
                            QStringLiteral("api"),
                            QStringLiteral("--token"),
                            tokenId,
                            QStringLiteral("GET"),
                            QStringLiteral("Leads"),
                            QStringLiteral("--param"),
                            QStringLiteral("fields=") + fields,
                            QStringLiteral("--all-pages") };
    QList<qint64> cliTimes, explorerTimes;
    for (int run = 0; run < runs; ++run) {
        QProcess zcrm;
        zcrm.setStandardOutputFile(dir.filePath(QStringLiteral("cli.json")));
        QElapsedTimer clock;
        clock.start();
        zcrm.start(QStringLiteral(ZCRM_BENCH_ZCRM), cli);
        // A benchmark may wait: this is not application code, and the sandbox serves from its own thread.
        zcrm.waitForFinished(600000);
        cliTimes << clock.elapsed();

        const QString csv = dir.filePath(QStringLiteral("leads.csv"));
        const qint64 before = residentKiB();
        QList<QPair<qint64, qint64>> samples; // records, resident KiB
        bool done = false;
        ExplorerSession::FetchReport report;
        GapMeter meter;
        meter.start();
        clock.restart();
        session.fetchAll(
            request, csv, &facade,
            [&](const ExplorerSession::FetchProgress &p) {
                if (samples.isEmpty() || p.records - samples.last().first >= records / 4)
                    samples.append({ p.records, residentKiB() });
            },
            [&](const ExplorerSession::FetchReport &r) {
                report = r;
                done = true;
            });
        if (!QTest::qWaitFor([&] { return done; }, 600000))
            out << "  fetch all did not end within 600 s" << Qt::endl;
        explorerTimes << clock.elapsed();
        QFile file(csv);
        file.open(QIODevice::ReadOnly);
        qint64 lines = 0;
        while (!file.atEnd())
            lines += file.readLine().endsWith('\n');
        out << "  run " << run + 1 << ": zcrm api --all-pages " << cliTimes.last() << " ms (exit "
            << zcrm.exitCode() << "); explorer fetch all + CSV " << explorerTimes.last() << " ms, "
            << report.records << " records, " << lines - 1 << " CSV rows, " << report.pages
            << " pages; GUI gap " << meter.summary() << "; resident +";
        for (const auto &s : samples)
            out << mb(s.second - before) << " MB at " << s.first << " ";
        out << Qt::endl;
    }
    std::sort(cliTimes.begin(), cliTimes.end());
    std::sort(explorerTimes.begin(), explorerTimes.end());
    const qint64 c = cliTimes.at(cliTimes.size() / 2);
    const qint64 e = explorerTimes.at(explorerTimes.size() / 2);
    out << "  median: zcrm api --all-pages " << c << " ms, explorer " << e << " ms, ratio "
        << double(e) / double(c) << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("mb"), QStringLiteral("size of the big answer"), QStringLiteral("MB"),
                       QStringLiteral("50") });
    parser.addOption({ QStringLiteral("records"), QStringLiteral("sandbox records to fetch"),
                       QStringLiteral("N"), QStringLiteral("100000") });
    parser.addOption(
        { QStringLiteral("runs"), QStringLiteral("runs of each"), QStringLiteral("N"), QStringLiteral("3") });
    parser.addOption({ QStringLiteral("only"), QStringLiteral("tree or fetch"), QStringLiteral("PART") });
    parser.process(app);
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    const QString only = parser.value(QStringLiteral("only"));
    out << "reproduce: tests/harness/run-tests.sh build-test --exec "
           "build-test/tests/bench/explorer/zcrm-explorerbench"
        << " --mb " << parser.value(QStringLiteral("mb")) << " --records "
        << parser.value(QStringLiteral("records")) << " --runs " << runs << Qt::endl;
    if (only.isEmpty() || only == QLatin1String("tree"))
        bigAnswer(parser.value(QStringLiteral("mb")).toLongLong() * 1000 * 1000, runs);
    if (only.isEmpty() || only == QLatin1String("fetch"))
        fetchAll(parser.value(QStringLiteral("records")).toInt(), runs);
    return 0;
}
