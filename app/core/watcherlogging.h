#pragma once

#include <QLoggingCategory>

// The store watcher: polls, re-reads, failures and recoveries. Logs ids and counts, never a token.
Q_DECLARE_LOGGING_CATEGORY(lcWatcher)
