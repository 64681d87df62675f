#pragma once

#include <QString>

// `--timeout SECONDS`, the one rule of every command that takes it: a finite decimal number of
// seconds from 1 ms to 24 h. NaN and infinity (which compare false with every bound) and values
// that round to 0 ms are usage errors, never a wait without end or a wait of nothing.
class TimeoutOption
{
public:
    static constexpr int kMaxMs = 24 * 3600 * 1000;

    // The milliseconds, or -1 with *error set to the reason.
    static int parseMs(const QString &text, QString *error);
};
