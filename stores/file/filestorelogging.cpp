#include "filestorelogging.h"

Q_LOGGING_CATEGORY(lcFileStore, "zcrm.stores.file", QtInfoMsg)
