#pragma once

#include <QList>
#include <QMutex>
#include <QString>
#include <QThread>

#include <functional>

class QObject;

// One keychain operation: read, write or delete the entry `key` of a service.
struct KeychainRequest
{
    enum class Kind { Read, Write, Delete };

    Kind kind = Kind::Read;
    QString key;
    QString text; // the value to write
};

// What one QtKeychain job answered.
struct KeychainReply
{
    enum class Status {
        Pending, // the job had not finished when the wait ended; it goes on in the background
        Ok,
        NotFound,
        AccessDenied, // locked keyring, or the user said no
        Unavailable, // no keychain backend
        Failed, // anything else; `message` has QtKeychain's text
    };

    Status status = Status::Pending;
    QString message;
    QString text; // the value read
};

// The answers to a list of requests, in request order.
struct KeychainBatch
{
    QList<KeychainReply> replies;
    bool timedOut = false; // no job finished within the stall timeout
    QString failure; // non-empty when nothing could be started at all
};

// Runs QtKeychain jobs on one dedicated thread for the whole process, and lets any other thread
// wait for them synchronously.
//
// Why: QtKeychain's jobs are asynchronous and serialised by a JobExecutor singleton that lives in
// the first thread that used it; its backends call back through raw pointers, so a running job must
// never be deleted, and waiting for one with a nested event loop stalls (qtkeychain#145). Here every
// job is created, started and finished in the keychain thread's own event loop; the caller waits on
// a condition variable. A wait that runs out leaves its jobs to finish and discards their answers.
//
// All keychain access of the process must go through this class, so that the JobExecutor singleton
// and libsecret's GLib context both belong to the keychain thread.
//
// The caller blocks, so it must not be the GUI thread: the app calls stores from its store worker
// thread. On macOS, QtKeychain delivers results through the Cocoa main loop, so the GUI thread must
// keep running and a QCoreApplication-only process gets a timeout (qtkeychain PR #308).
class KeychainExecutor
{
public:
    static KeychainExecutor &instance();

    // Empty, or why this process cannot reach any keychain, found without touching QtKeychain (whose
    // libsecret backend would otherwise try to autolaunch a D-Bus session).
    static QString environmentProblem();

    // Starts one job per request, queued back to back, and waits until all have finished or none
    // has finished for `stallTimeoutMs`.
    KeychainBatch run(const QString &service, const QList<KeychainRequest> &requests, int stallTimeoutMs);

    // Ends the keychain thread; called when the QCoreApplication is destroyed. Later runs fail.
    void stop();

private:
    KeychainExecutor() = default;
    ~KeychainExecutor() = default;
    bool postStart(const std::function<void()> &start);

    QMutex m_mutex;
    QThread m_thread;
    QObject *m_context = nullptr; // lives in m_thread; the jobs' starting point
    bool m_started = false;
    bool m_stopped = false;
};
