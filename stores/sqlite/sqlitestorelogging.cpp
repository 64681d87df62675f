#include "sqlitestorelogging.h"

Q_LOGGING_CATEGORY(lcSqliteStore, "zcrm.stores.sqlite", QtInfoMsg)
