#include "oauthlogging.h"

Q_LOGGING_CATEGORY(lcOAuth, "zcrm.core.oauth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTokenService, "zcrm.core.tokens", QtInfoMsg)
