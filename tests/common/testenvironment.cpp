#include "testenvironment.h"

#include <QtGlobal>

namespace TestEnvironment {

bool inCi()
{
    return !qEnvironmentVariableIsEmpty("CI");
}

QString value(const char *name)
{
    return qEnvironmentVariable(name);
}

QString missingReason(const char *variable, const char *what)
{
    if (!qEnvironmentVariableIsEmpty(variable))
        return {};
    return QStringLiteral("%1 is not available (%2 is not set); run the tests through "
                          "tests/harness/run-tests.sh, which starts it")
        .arg(QString::fromUtf8(what), QString::fromUtf8(variable));
}

} // namespace TestEnvironment
