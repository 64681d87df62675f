#include "filestamp.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <time.h>
#endif

namespace {

// Kernel ticks are at most 10 ms (HZ=100); file systems with 1-2 s timestamps store whole seconds.
constexpr qint64 kFineGranularityNs = 20'000'000;
constexpr qint64 kCoarseGranularityNs = 2'100'000'000;

#ifdef Q_OS_UNIX
qint64 nanoseconds(const struct timespec &time)
{
    return qint64(time.tv_sec) * 1'000'000'000 + time.tv_nsec;
}
#endif

} // namespace

#ifdef Q_OS_UNIX

namespace {

FileStamp fromStat(const struct stat &info)
{
#ifdef Q_OS_DARWIN
    return FileStamp(quint64(info.st_dev), quint64(info.st_ino), qint64(info.st_size),
                     nanoseconds(info.st_mtimespec), nanoseconds(info.st_ctimespec));
#else
    return FileStamp(quint64(info.st_dev), quint64(info.st_ino), qint64(info.st_size),
                     nanoseconds(info.st_mtim), nanoseconds(info.st_ctim));
#endif
}

} // namespace

FileStamp FileStamp::ofPath(const QString &path)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    return fromStat(info);
}

FileStamp FileStamp::ofFile(const QFile &file)
{
    struct stat info;
    if (file.handle() < 0 || ::fstat(file.handle(), &info) != 0)
        return {};
    return fromStat(info);
}

QByteArray FileStamp::identityOf(const QString &path)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return QByteArrayLiteral("gone");
    return QByteArray::number(quint64(info.st_dev)) + ':' + QByteArray::number(quint64(info.st_ino));
}

qint64 FileStamp::wallClockNs()
{
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    return nanoseconds(now);
}

#else // no inode: size and times from QFileInfo

FileStamp FileStamp::ofPath(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    return FileStamp(0, 0, info.size(), info.lastModified().toMSecsSinceEpoch() * 1'000'000,
                     info.metadataChangeTime().toMSecsSinceEpoch() * 1'000'000);
}

FileStamp FileStamp::ofFile(const QFile &file)
{
    return ofPath(file.fileName());
}

QByteArray FileStamp::identityOf(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return QByteArrayLiteral("gone");
    return info.birthTime().toString(Qt::ISODateWithMs).toLatin1();
}

qint64 FileStamp::wallClockNs()
{
    return QDateTime::currentMSecsSinceEpoch() * 1'000'000;
}

#endif

FileStamp::FileStamp(quint64 device, quint64 inode, qint64 size, qint64 modifiedNs, qint64 changedNs)
    : m_exists(true)
    , m_device(device)
    , m_inode(inode)
    , m_size(size)
    , m_modifiedNs(modifiedNs)
    , m_changedNs(changedNs)
{ }

bool FileStamp::isSettledAt(qint64 checkedAtNs) const
{
    if (!m_exists)
        return true;
    // A time in whole seconds says the file system keeps no more than that.
    const qint64 granularity = m_modifiedNs % 1'000'000'000 == 0 ? kCoarseGranularityNs : kFineGranularityNs;
    return m_modifiedNs < checkedAtNs - granularity && m_changedNs < checkedAtNs - granularity;
}

QByteArray FileStamp::toBytes() const
{
    if (!m_exists)
        return QByteArrayLiteral("none");
    return QByteArray::number(m_device) + ':' + QByteArray::number(m_inode) + ':' + QByteArray::number(m_size)
        + ':' + QByteArray::number(m_modifiedNs) + ':' + QByteArray::number(m_changedNs);
}

bool FileStamp::operator==(const FileStamp &other) const
{
    return m_exists == other.m_exists && m_device == other.m_device && m_inode == other.m_inode
        && m_size == other.m_size && m_modifiedNs == other.m_modifiedNs && m_changedNs == other.m_changedNs;
}
