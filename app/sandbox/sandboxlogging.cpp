#include "sandboxlogging.h"

Q_LOGGING_CATEGORY(lcSandbox, "zcrm.sandbox", QtInfoMsg)
