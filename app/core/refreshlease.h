#pragma once

#include "storeerror.h"
#include "storeresult.h"
#include "token.h"

#include <QString>

#include <functional>
#include <optional>

class QObject;
class TokenStore;

// The store's lease (DESIGN "Threads and processes"): before a refresh, a process takes the token's lease
// in the store; another process or machine that finds it taken waits, polling the row, until the token
// changed or the lease ran out. This class speaks that protocol for the token service; the service
// decides what a re-read row means (refreshed by the other: done; still due: try again).
class RefreshLease
{
public:
    struct Options
    {
        qint64 durationMs = 45 * 1000; // longer than a token request's timeout
        qint64 pollMs = 200;
    };
    enum class Outcome { Acquired, HeldElsewhere, GaveUp, Failed };

    RefreshLease(TokenStore *store, QString owner);

    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }
    void setOwner(const QString &owner) { m_owner = owner; }
    const QString &owner() const { return m_owner; }

    // Tries to take the lease of `tokenId`, after `waitedMs` of waiting for it: GaveUp once the other
    // holder's lease should long have ended; Failed with `error` when the store fails.
    Outcome tryAcquire(const QString &tokenId, qint64 waitedMs, StoreError *error);
    void release(const QString &tokenId);
    // After one poll interval, re-reads the row and hands it to `reread` (on `context`'s thread).
    void pollLater(QObject *context, const QString &tokenId,
                   std::function<void(const StoreResult<std::optional<Token>> &)> reread);

private:
    TokenStore *m_store;
    QString m_owner;
    Options m_options;
};
