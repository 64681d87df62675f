#pragma once

#include "storeerror.h"

#include <QString>

#include <memory>
#include <optional>

class QLockFile;

// The lock that serialises the read-modify-write of a store's files across processes (and across
// store objects in one process), on a lock file of its own (the file store's PATH.lock, the keychain
// store's SERVICE.lock).
//
// On Unix it is a kernel lock (flock) on that file, which stays in place between uses. The kernel
// drops the lock of a process that dies, however it dies, so a lock never goes stale. QLockFile
// (a file created with O_EXCL and removed on unlock) was measured at 8 ms per lock and unlock on
// the project's machine, because it fdatasync()s the lock file: most of a 10 ms save budget.
// Elsewhere it is a QLockFile, whose stale-lock detection takes over the lock of a dead process.
//
// Waiting polls every 0.5-8 ms with jitter: writers hold the lock for a few ms.
class ProcessLock
{
public:
    enum class Outcome { Locked, TimedOut, Denied, Failed };

    explicit ProcessLock(const QString &lockFilePath);
    ~ProcessLock();
    ProcessLock(const ProcessLock &) = delete;
    ProcessLock &operator=(const ProcessLock &) = delete;

    Outcome lock(int timeoutMs);
    // lock(), with a failure as the StoreError of `store`'s `operation`: Busy after the timeout,
    // AccessDenied where the lock file cannot be made or opened (saying why), else Backend.
    std::optional<StoreError> lockFor(const QString &store, const QString &operation, int timeoutMs);
    void unlock();
    bool isLocked() const { return m_locked; }
    const QString &path() const { return m_path; }
    // Why the last lock() failed, for a message.
    const QString &errorString() const { return m_error; }

private:
    bool tryOnce(Outcome *failure);

    QString m_path;
    QString m_error;
    bool m_locked = false;
#ifdef Q_OS_UNIX
    int m_fd = -1;
#else
    std::unique_ptr<QLockFile> m_file;
#endif
};
