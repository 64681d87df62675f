#pragma once

#include <QString>

// What the test command (tests/harness/run-tests.sh) started for this run. A test that needs a
// service calls requireService(): in CI a missing service fails the test, elsewhere it skips with
// the reason.
namespace TestEnvironment {

bool inCi();

// Value of an environment variable that the harness exports, e.g. ZCRM_TEST_MYSQL_SPEC.
QString value(const char *name);

// Returns an empty string when the service is there, else the reason it is not.
QString missingReason(const char *variable, const char *what);

} // namespace TestEnvironment

// Skips (outside CI) or fails (in CI) the current test function when `variable` is not set.
#define ZCRM_REQUIRE_SERVICE(variable, what)                                                                 \
    do {                                                                                                     \
        const QString reason_ = TestEnvironment::missingReason(variable, what);                              \
        if (!reason_.isEmpty()) {                                                                            \
            if (TestEnvironment::inCi())                                                                     \
                QFAIL(qPrintable(reason_));                                                                  \
            QSKIP(qPrintable(reason_));                                                                      \
        }                                                                                                    \
    } while (false)
