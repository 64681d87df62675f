#include "storelogging.h"

Q_LOGGING_CATEGORY(lcStore, "zcrm.stores", QtInfoMsg)
