#include "corelogging.h"

Q_LOGGING_CATEGORY(lcCore, "zcrm.core", QtInfoMsg)
