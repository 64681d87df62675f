#include "processlock.h"

#include "pathprobe.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRandomGenerator>
#include <QThread>

#include <algorithm>
#include <chrono>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace {

#ifndef Q_OS_UNIX
// Longer than any read-modify-write of a store. A dead holder on this host is detected by its pid
// without waiting for this.
constexpr std::chrono::seconds kStaleLockTime(30);
#endif

} // namespace

ProcessLock::ProcessLock(const QString &lockFilePath)
    : m_path(lockFilePath)
{ }

ProcessLock::~ProcessLock()
{
    unlock();
}

std::optional<StoreError> ProcessLock::lockFor(const QString &store, const QString &operation, int timeoutMs)
{
    const Outcome outcome = lock(timeoutMs);
    switch (outcome) {
    case Outcome::Locked:
        return std::nullopt;
    case Outcome::TimedOut:
        return StoreError(StoreError::Code::Busy, store, operation,
                          QCoreApplication::translate(
                              "ProcessLock", "another process has held the lock %1 for more than %2 ms")
                              .arg(m_path)
                              .arg(timeoutMs));
    case Outcome::Denied:
    case Outcome::Failed:
        break;
    }
    // A lock file that cannot be made in a folder we may not write: say that, not the error of the
    // open that failed ("No such file or directory").
    if (const QString problem = PathProbe::folderWriteProblem(QFileInfo(m_path).absolutePath());
        !problem.isEmpty() && !QFileInfo::exists(m_path))
        return StoreError(StoreError::Code::AccessDenied, store, operation,
                          problem + QCoreApplication::translate("ProcessLock", "; nothing was written"));
    return StoreError(outcome == Outcome::Denied ? StoreError::Code::AccessDenied : StoreError::Code::Backend,
                      store, operation,
                      QCoreApplication::translate("ProcessLock", "cannot lock %1: %2").arg(m_path, m_error));
}

ProcessLock::Outcome ProcessLock::lock(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    int pauseUs = 500;
    for (;;) {
        Outcome failure = Outcome::Failed;
        if (tryOnce(&failure))
            return Outcome::Locked;
        if (failure != Outcome::TimedOut)
            return failure;
        if (deadline.hasExpired()) {
            m_error = QCoreApplication::translate("ProcessLock", "held by another process");
            return Outcome::TimedOut;
        }
        // Jitter keeps processes that collided from colliding again in step.
        const int pause = pauseUs / 2 + int(QRandomGenerator::global()->bounded(pauseUs));
        const qint64 remainingUs = std::max<qint64>(deadline.remainingTime(), 0) * 1000 + 1;
        QThread::usleep(static_cast<unsigned long>(std::min<qint64>(pause, remainingUs)));
        pauseUs = std::min(pauseUs * 2, 8000);
    }
}

#ifdef Q_OS_UNIX

bool ProcessLock::tryOnce(Outcome *failure)
{
    if (m_locked)
        return true;
    if (m_fd < 0) {
        const QByteArray name = QFile::encodeName(m_path);
        m_fd = ::open(name.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (m_fd < 0 && (errno == EACCES || errno == EROFS))
            m_fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC); // flock needs no write access
        if (m_fd < 0) {
            m_error = QString::fromLocal8Bit(std::strerror(errno));
            *failure =
                errno == EACCES || errno == EROFS || errno == EPERM ? Outcome::Denied : Outcome::Failed;
            return false;
        }
    }
    for (;;) {
        if (::flock(m_fd, LOCK_EX | LOCK_NB) == 0) {
            m_locked = true;
            return true;
        }
        if (errno != EINTR)
            break;
    }
    if (errno == EWOULDBLOCK) {
        *failure = Outcome::TimedOut; // held: worth waiting for
    } else {
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        *failure = Outcome::Failed;
    }
    return false;
}

void ProcessLock::unlock()
{
    if (m_fd >= 0) {
        if (m_locked)
            ::flock(m_fd, LOCK_UN);
        ::close(m_fd);
        m_fd = -1;
    }
    m_locked = false;
}

#else

bool ProcessLock::tryOnce(Outcome *failure)
{
    if (m_locked)
        return true;
    if (!m_file) {
        m_file = std::make_unique<QLockFile>(m_path);
        m_file->setStaleLockTime(kStaleLockTime);
    }
    if (m_file->tryLock(0)) {
        m_locked = true;
        return true;
    }
    switch (m_file->error()) {
    case QLockFile::PermissionError:
        m_error = QCoreApplication::translate("ProcessLock", "permission denied");
        *failure = Outcome::Denied;
        break;
    case QLockFile::UnknownError:
        m_error = QCoreApplication::translate("ProcessLock", "cannot create the lock file");
        *failure = Outcome::Failed;
        break;
    case QLockFile::LockFailedError:
    case QLockFile::NoError:
        *failure = Outcome::TimedOut;
        break;
    }
    return false;
}

void ProcessLock::unlock()
{
    if (m_file && m_locked)
        m_file->unlock();
    m_locked = false;
}

#endif
