#include "uilogging.h"

Q_LOGGING_CATEGORY(lcUi, "zcrm.ui", QtInfoMsg)
