#pragma once

#include <QtGlobal>

class CliContext;
class TokenStore;

// `zcrm refresh --watch`: the desktop's RefreshScheduler without a GUI, for servers. It watches the
// store (changes by the CLI, the SDKs or other machines re-plan it), logs one line per refresh or failure,
// and stops cleanly on SIGTERM or SIGINT: it lets the refreshes in flight finish (their leases released),
// then exits 0.
namespace RefreshWatch {

int run(CliContext &context, TokenStore &store, qint64 leadMs);

} // namespace RefreshWatch
