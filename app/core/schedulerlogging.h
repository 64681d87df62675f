#pragma once

#include <QLoggingCategory>

// The refresh scheduler: plans, wakes, clock jumps. Token ids and times, never a secret.
Q_DECLARE_LOGGING_CATEGORY(lcScheduler)
