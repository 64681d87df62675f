#include "explorerlogging.h"

Q_LOGGING_CATEGORY(lcExplorer, "zcrm.explorer", QtInfoMsg)
