#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

#include <functional>

// The zcrm command line as the tests run it: the build's binary (ZCRM_BINARY_DIR/app/cli/zcrm), ZCRM_STORE
// out of the environment unless the test puts it in, its standard input written and closed, and the event
// loop running while it runs, so that a sandbox served from the test's thread keeps answering.
namespace CliProcess {

struct Run
{
    int exitCode = -1; // -1 when it did not start, crashed or was killed at the timeout
    QByteArray out;
    QByteArray err;
};

struct Options
{
    QProcessEnvironment environment = cleanEnvironment();
    QByteArray stdinData;
    // Called once it has started, to talk to it; what it reads of stdout goes into `out`.
    std::function<void(QProcess &, QByteArray &out)> whileRunning;
    int timeoutMs = 60000;

    static QProcessEnvironment cleanEnvironment();
};

QString zcrmBinary();
Run run(const QStringList &arguments, const Options &options = Options());

} // namespace CliProcess
