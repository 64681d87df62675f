#pragma once

#include <QLoggingCategory>

// Sign-in, token endpoint, callback listener. Never given a secret: hosts, grant types, outcomes.
Q_DECLARE_LOGGING_CATEGORY(lcOAuth)
// The token service: refresh decisions, leases, throttling.
Q_DECLARE_LOGGING_CATEGORY(lcTokenService)
