#pragma once

#include "storeresult.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

// The refresh leases of a store that keeps them in a file of their own (the file store's
// PATH.zcrm-leases.json, the keychain store's SERVICE.leases.json):
// {"leases": {"ID": {"owner": "…", "until": ms}}}. The caller holds the store's ProcessLock across
// read() and write(), so that a read-modify-write loses no other process's lease.
//
// Written atomically, not flushed (AtomicFileWriter::Durability::Unflushed): a lease lost to a power
// cut lets one more process refresh, once. A file that is not a leases file is Corrupt and left as it
// is; it never stops a token from being saved.
class LeaseFile
{
public:
    struct Lease
    {
        QString owner;
        qint64 until = 0; // ms since the epoch; 0: none
    };
    using Leases = QHash<QString, Lease>;

    // `store` and the operation name every error (StoreError). When `tokenExists` is given, a write
    // drops the leases of tokens that are gone.
    LeaseFile(QString path, QString store, std::function<bool(const QString &id)> tokenExists = {});

    const QString &path() const { return m_path; }
    bool exists() const;

    // The leases in the file; none when there is no file.
    StoreResult<Leases> read(const QString &operation) const;
    // Whether `owner` may take the lease of `tokenId` at `nowMs`: nobody holds it, it ran out, or it is
    // the owner's own.
    static bool isFree(const Leases &leases, const QString &tokenId, const QString &owner, qint64 nowMs);
    // Writes the leases that have not run out at `nowMs` (and whose token is still there).
    StoreResult<void> write(const QString &operation, const Leases &leases, qint64 nowMs) const;

    // read(), isFree(), then write() with the new lease: false when another owner holds it.
    StoreResult<bool> tryAcquire(const QString &operation, const QString &tokenId, const QString &owner,
                                 qint64 nowMs, qint64 durationMs) const;
    // Gives back `owner`'s lease of `tokenId`; nothing happens when it holds none.
    StoreResult<void> release(const QString &operation, const QString &tokenId, const QString &owner,
                              qint64 nowMs) const;
    // Drops the leases of deleted tokens (a new token may get the id again and must not inherit the
    // lease); writes only when one was there.
    StoreResult<void> remove(const QString &operation, const QStringList &tokenIds, qint64 nowMs) const;

private:
    QString m_path;
    QString m_store;
    std::function<bool(const QString &id)> m_tokenExists;
};
