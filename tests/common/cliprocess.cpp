#include "cliprocess.h"

#include <QTest>

namespace CliProcess {

QProcessEnvironment Options::cleanEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("ZCRM_STORE"));
    return environment;
}

QString zcrmBinary()
{
    return qEnvironmentVariable("ZCRM_BINARY_DIR") + QStringLiteral("/app/cli/zcrm");
}

Run run(const QStringList &arguments, const Options &options)
{
    QProcess process;
    process.setProcessEnvironment(options.environment);
    process.start(zcrmBinary(), arguments);
    Run result;
    if (!process.waitForStarted(10000))
        return result;
    if (!options.stdinData.isEmpty())
        process.write(options.stdinData);
    process.closeWriteChannel();
    QByteArray out;
    if (options.whileRunning)
        options.whileRunning(process, out);
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, options.timeoutMs)) {
        qWarning("zcrm %s: still running after %d ms; killed", qPrintable(arguments.join(QLatin1Char(' '))),
                 options.timeoutMs);
        process.kill();
        process.waitForFinished(5000);
    }
    result.out = out + process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

} // namespace CliProcess
