#include "schedulerlogging.h"

Q_LOGGING_CATEGORY(lcScheduler, "zcrm.core.scheduler", QtInfoMsg)
