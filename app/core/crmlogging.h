#pragma once

#include <QLoggingCategory>

// The CRM client: requests, retries, paging. Never logs a token or an Authorization header.
Q_DECLARE_LOGGING_CATEGORY(lcCrm)
