#pragma once

// The exit codes of `zcrm`: a contract that scripts rely on, listed in --help.
enum class ExitCode : int {
    Success = 0,
    Usage = 2,
    NotFound = 3,
    Store = 4,
    OAuth = 5,
    Network = 6,
    Api = 7,
};

inline int toInt(ExitCode code)
{
    return static_cast<int>(code);
}
