#pragma once

#include <QLoggingCategory>

// The API explorer: sessions, history, exports. Never logs a token or an Authorization header.
Q_DECLARE_LOGGING_CATEGORY(lcExplorer)
