#include "crmlogging.h"

Q_LOGGING_CATEGORY(lcCrm, "zcrm.core.crm", QtInfoMsg)
