#include "sqlstorelogging.h"

Q_LOGGING_CATEGORY(lcSqlStore, "zcrm.stores.sql", QtInfoMsg)
