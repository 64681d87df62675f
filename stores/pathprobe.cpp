#include "pathprobe.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>
#endif

PathProbe PathProbe::of(const QString &path)
{
    PathProbe probe;
    probe.m_path = path;
#ifdef Q_OS_UNIX
    const QByteArray name = QFile::encodeName(path);
    struct stat info;
    if (::stat(name.constData(), &info) == 0) {
        probe.m_kind = S_ISREG(info.st_mode) ? Kind::File
            : S_ISDIR(info.st_mode)          ? Kind::Folder
                                             : Kind::Other;
        return probe;
    }
    const int error = errno;
    if (error == ENOENT) {
        struct stat link;
        if (::lstat(name.constData(), &link) == 0 && S_ISLNK(link.st_mode)) {
            // A link to a file not created yet (in a synced folder, say) is a store not created yet;
            // a link into a folder that is not there is a mistake.
            probe.m_linkTarget = QFileInfo(path).symLinkTarget();
            if (of(QFileInfo(probe.m_linkTarget).absolutePath()).kind() != Kind::Folder)
                probe.m_kind = Kind::DanglingLink;
        }
        return probe;
    }
    probe.m_kind = Kind::Unreachable;
    probe.m_permissionDenied = error == EACCES;
    probe.m_reason = QString::fromLocal8Bit(std::strerror(error));
#else
    const QFileInfo info(path);
    if (info.isSymLink() && !info.exists()) {
        probe.m_kind = Kind::DanglingLink;
        probe.m_linkTarget = info.symLinkTarget();
    } else if (info.exists()) {
        probe.m_kind = info.isFile() ? Kind::File : info.isDir() ? Kind::Folder : Kind::Other;
    }
#endif
    return probe;
}

QString PathProbe::problemForFile() const
{
    switch (m_kind) {
    case Kind::Missing:
    case Kind::File:
        return {};
    case Kind::Folder:
        return QCoreApplication::translate("PathProbe", "%1 is a folder, not a file").arg(m_path);
    case Kind::Other:
        return QCoreApplication::translate("PathProbe", "%1 is not a regular file").arg(m_path);
    case Kind::DanglingLink:
        return QCoreApplication::translate("PathProbe",
                                           "%1 is a symbolic link to %2, in a folder that does not exist")
            .arg(m_path, m_linkTarget);
    case Kind::Unreachable:
        return QCoreApplication::translate("PathProbe", "cannot look at %1: %2").arg(m_path, m_reason);
    }
    return {};
}

QString PathProbe::problemForFolder() const
{
    switch (m_kind) {
    case Kind::Folder:
        return {};
    case Kind::Missing:
        return QCoreApplication::translate("PathProbe", "the folder %1 does not exist").arg(m_path);
    case Kind::File:
    case Kind::Other:
        return QCoreApplication::translate("PathProbe", "%1 is not a folder").arg(m_path);
    case Kind::DanglingLink:
        return QCoreApplication::translate("PathProbe", "%1 is a symbolic link to %2, which does not exist")
            .arg(m_path, m_linkTarget);
    case Kind::Unreachable:
        return QCoreApplication::translate("PathProbe", "cannot look at the folder %1: %2")
            .arg(m_path, m_reason);
    }
    return {};
}

QString PathProbe::folderWriteProblem(const QString &folder)
{
    const PathProbe probe = of(folder);
    if (QString problem = probe.problemForFolder(); !problem.isEmpty())
        return problem;
#ifdef Q_OS_UNIX
    if (::access(QFile::encodeName(folder).constData(), W_OK | X_OK) != 0)
        return QCoreApplication::translate("PathProbe", "cannot create a file in the folder %1: %2")
            .arg(folder, QString::fromLocal8Bit(std::strerror(errno)));
#endif
    return {};
}
