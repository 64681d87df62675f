#pragma once

#include "storeerror.h"

#include <QString>

#include <optional>

// How far an import or export of the token facade is.
struct TransferProgress
{
    int done = 0;
    int total = 0;
};

// How an import or export ended.
struct TransferReport
{
    QString otherStore; // the description of the store read from or written to
    int total = 0; // rows there were to copy
    int copied = 0; // rows saved before the end
    bool cancelled = false;
    bool withSecrets = true; // an export without secrets writes them masked
    std::optional<StoreError> error;

    bool ok() const { return !error && !cancelled; }
};
