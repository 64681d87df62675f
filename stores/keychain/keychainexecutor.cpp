#include "keychainexecutor.h"

#include "keychainlogging.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMutexLocker>
#include <QWaitCondition>
#include <qt6keychain/keychain.h>

#include <atomic>
#include <memory>

namespace {

// Shared between the waiting caller and the jobs' finished handlers, which may outlive the wait.
struct BatchState
{
    QMutex mutex;
    QWaitCondition progressed;
    QList<KeychainReply> replies;
    int remaining = 0;
};

KeychainReply::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return KeychainReply::Status::Ok;
    case QKeychain::EntryNotFound:
        return KeychainReply::Status::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return KeychainReply::Status::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return KeychainReply::Status::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return KeychainReply::Status::Failed;
}

QKeychain::Job *makeJob(const QString &service, const KeychainRequest &request)
{
    QKeychain::Job *job = nullptr;
    switch (request.kind) {
    case KeychainRequest::Kind::Read:
        job = new QKeychain::ReadPasswordJob(service);
        break;
    case KeychainRequest::Kind::Write: {
        auto *write = new QKeychain::WritePasswordJob(service);
        write->setTextData(request.text);
        job = write;
        break;
    }
    case KeychainRequest::Kind::Delete:
        job = new QKeychain::DeletePasswordJob(service);
        break;
    }
    job->setKey(request.key);
    job->setInsecureFallback(false); // never plaintext behind the user's back
    job->setAutoDelete(true); // deleted after `finished`, never while it runs
    return job;
}

// Runs in the keychain thread. No parent: nothing may delete a job before it has finished.
void startJobs(const std::shared_ptr<BatchState> &state, const QString &service,
               const QList<KeychainRequest> &requests)
{
    for (int i = 0; i < requests.size(); ++i) {
        QKeychain::Job *job = makeJob(service, requests.at(i));
        QObject::connect(job, &QKeychain::Job::finished, job, [state, i](QKeychain::Job *done) {
            KeychainReply reply;
            reply.status = statusOf(done->error());
            reply.message = done->errorString();
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done);
                read && reply.status == KeychainReply::Status::Ok)
                reply.text = read->textData();
            QMutexLocker lock(&state->mutex);
            state->replies[i] = std::move(reply);
            --state->remaining;
            state->progressed.wakeAll();
        });
        // QtKeychain's JobExecutor runs them one after another, the next one as soon as one finishes.
        job->start();
    }
}

void warnIfGuiThread()
{
    const QCoreApplication *app = QCoreApplication::instance();
    if (!app || QThread::currentThread() != app->thread() || !app->inherits("QGuiApplication"))
        return;
    static std::atomic<bool> warned { false };
    if (!warned.exchange(true)) {
        qCWarning(lcKeychainStore)
            << "a keychain store was called from the GUI thread, which now waits for the"
               " keychain; call stores from the store worker thread";
    }
}

void stopKeychainExecutor()
{
    KeychainExecutor::instance().stop();
}

} // namespace

KeychainExecutor &KeychainExecutor::instance()
{
    // Never destroyed: a QThread must not be destroyed while it runs, and stop() ends it in time.
    static KeychainExecutor *executor = new KeychainExecutor;
    return *executor;
}

QString KeychainExecutor::environmentProblem()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        // GLib's D-Bus, which libsecret uses, also finds the bus of a systemd user session here.
        const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
        if (runtimeDir.isEmpty() || !QFileInfo::exists(runtimeDir + QStringLiteral("/bus"))) {
            return QCoreApplication::translate(
                "KeychainExecutor",
                "no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set), so no Secret "
                "Service; use a desktop session with gnome-keyring or KWallet, or another "
                "store such as sqlite:");
        }
    }
    // libsecret answers through GLib's main loop, which Qt's event loop runs unless QT_NO_GLIB is set
    // (QtKeychain uses KWallet over QtDBus instead on KDE).
    if (!qEnvironmentVariableIsEmpty("QT_NO_GLIB")
        && !qEnvironmentVariable("XDG_CURRENT_DESKTOP").contains(QLatin1String("KDE"), Qt::CaseInsensitive)) {
        return QCoreApplication::translate(
            "KeychainExecutor",
            "QT_NO_GLIB is set, but the Secret Service backend of QtKeychain (libsecret) "
            "needs Qt's GLib event loop; unset QT_NO_GLIB");
    }
#endif
    if (!QCoreApplication::instance())
        return QCoreApplication::translate("KeychainExecutor",
                                           "the keychain needs a QCoreApplication, and there is none");
    return {};
}

bool KeychainExecutor::postStart(const std::function<void()> &start)
{
    QMutexLocker lock(&m_mutex);
    if (m_stopped)
        return false;
    if (!m_started) {
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
        m_thread.setObjectName(QStringLiteral("zcrm-keychain"));
        m_thread.start();
        qAddPostRoutine(stopKeychainExecutor);
        m_started = true;
    }
    // Under the mutex, so that stop() cannot delete the context in between.
    return QMetaObject::invokeMethod(m_context, start, Qt::QueuedConnection);
}

KeychainBatch KeychainExecutor::run(const QString &service, const QList<KeychainRequest> &requests,
                                    int stallTimeoutMs)
{
    KeychainBatch batch;
    if (requests.isEmpty())
        return batch;
    if (!QCoreApplication::instance()) {
        batch.failure = QCoreApplication::translate(
            "KeychainExecutor", "the keychain needs a QCoreApplication, and there is none");
        return batch;
    }
    warnIfGuiThread();

    auto state = std::make_shared<BatchState>();
    state->replies.resize(requests.size());
    state->remaining = int(requests.size());
    QElapsedTimer elapsed;
    elapsed.start();
    if (!postStart([state, service, requests] { startJobs(state, service, requests); })) {
        batch.failure = QCoreApplication::translate(
            "KeychainExecutor", "the keychain thread has stopped: the application is shutting down");
        return batch;
    }

    QMutexLocker lock(&state->mutex);
    QDeadlineTimer deadline(stallTimeoutMs);
    int seen = state->remaining;
    while (state->remaining > 0) {
        state->progressed.wait(&state->mutex, deadline);
        if (state->remaining < seen) {
            seen = state->remaining;
            deadline.setRemainingTime(stallTimeoutMs);
        } else if (deadline.hasExpired()) {
            break;
        }
    }
    batch.timedOut = state->remaining > 0;
    batch.replies = state->replies;
    if (batch.timedOut) {
        qCWarning(lcKeychainStore).nospace()
            << "the keychain did not answer within " << stallTimeoutMs << " ms; " << state->remaining
            << " of " << requests.size() << " jobs are left to finish in the background";
    } else {
        qCDebug(lcKeychainStore).nospace()
            << requests.size() << " keychain jobs for " << service << " in " << elapsed.elapsed() << " ms";
    }
    return batch;
}

void KeychainExecutor::stop()
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_stopped)
            return;
        m_stopped = true;
        if (!m_started)
            return;
    }
    // Jobs still running are left alone (and leak): deleting one is a use-after-free in QtKeychain.
    m_thread.quit();
    if (!m_thread.wait(QDeadlineTimer(3000)))
        qCWarning(lcKeychainStore) << "the keychain thread did not stop within 3 s";
}
