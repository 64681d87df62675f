#include "atomicfilewriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>
#endif

namespace {

AtomicFileWriter::Result failure(const QFileDevice &file, const QString &what, const QString &path)
{
    AtomicFileWriter::Result result;
    result.ok = false;
    result.permissionDenied = file.error() == QFileDevice::PermissionsError
        || (file.error() == QFileDevice::OpenError
            && !QFileInfo(QFileInfo(path).absolutePath()).isWritable());
    result.message = QStringLiteral("%1 %2: %3").arg(what, path, file.errorString());
    return result;
}

AtomicFileWriter::Result writeFlushed(const QString &path, const QByteArray &bytes)
{
    const bool isNew = !QFileInfo::exists(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(
            file, QCoreApplication::translate("AtomicFileWriter", "cannot create a temporary file beside"),
            path);
    // QSaveFile creates a new file with 0666 & ~umask; narrow it before the first byte.
    if (isNew && !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return failure(file, QCoreApplication::translate("AtomicFileWriter", "cannot make owner-only"), path);
    }
    if (file.write(bytes) != bytes.size()) {
        const AtomicFileWriter::Result result =
            failure(file, QCoreApplication::translate("AtomicFileWriter", "cannot write"), path);
        file.cancelWriting();
        return result;
    }
    if (!file.commit())
        return failure(file, QCoreApplication::translate("AtomicFileWriter", "cannot replace"), path);
    return {};
}

#ifdef Q_OS_UNIX
AtomicFileWriter::Result writeUnflushed(const QString &path, const QByteArray &bytes)
{
    // QTemporaryFile creates the file 0600; an existing target's mode is copied, as QSaveFile does.
    QTemporaryFile file(path + QStringLiteral(".XXXXXX"));
    if (!file.open())
        return failure(
            file, QCoreApplication::translate("AtomicFileWriter", "cannot create a temporary file beside"),
            path);
    struct stat existing;
    if (::stat(QFile::encodeName(path).constData(), &existing) == 0
        && ::fchmod(file.handle(), existing.st_mode & 07777) != 0) {
        AtomicFileWriter::Result result;
        result.ok = false;
        result.message =
            QCoreApplication::translate("AtomicFileWriter", "cannot copy the permissions of %1: %2")
                .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return result;
    }
    if (file.write(bytes) != bytes.size() || !file.flush())
        return failure(file, QCoreApplication::translate("AtomicFileWriter", "cannot write"), path);
    if (::rename(QFile::encodeName(file.fileName()).constData(), QFile::encodeName(path).constData()) != 0) {
        AtomicFileWriter::Result result;
        result.ok = false;
        result.permissionDenied = errno == EACCES || errno == EPERM || errno == EROFS;
        result.message = QCoreApplication::translate("AtomicFileWriter", "cannot replace %1: %2")
                             .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return result;
    }
    file.setAutoRemove(false); // it has become `path`
    return {};
}
#endif

} // namespace

AtomicFileWriter::Result AtomicFileWriter::write(const QString &path, const QByteArray &bytes,
                                                 Durability durability)
{
    // A symbolic link (a token file kept in a synced folder) stays a link: its target is replaced.
    const QFileInfo info(path);
    QString target = path;
    if (info.isSymLink()) {
        target = info.canonicalFilePath(); // through every link
        if (target.isEmpty())
            target = info.symLinkTarget(); // a link to a file not created yet
    }
#ifdef Q_OS_UNIX
    if (durability == Durability::Unflushed)
        return writeUnflushed(target, bytes);
#else
    Q_UNUSED(durability);
#endif
    return writeFlushed(target, bytes);
}
