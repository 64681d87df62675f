#include "watcherlogging.h"

Q_LOGGING_CATEGORY(lcWatcher, "zcrm.core.watcher", QtInfoMsg)
