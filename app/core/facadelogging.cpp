#include "facadelogging.h"

Q_LOGGING_CATEGORY(lcFacade, "zcrm.facade", QtInfoMsg)
