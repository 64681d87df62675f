#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

class QFile;

// What stat() says about a file: enough to tell, without reading it, that it has not changed since a
// previous look. Every write of ours is a rename of a new file (a new inode); the SDKs rewrite the file
// in place (same inode, new size or modification time).
//
// Timestamps have a granularity (a kernel tick for ext4, 1-2 s for some file systems), so two writes
// close together can leave the same size and time. A stamp is therefore trusted only once it has
// settled: when its modification time was already older than that granularity when we looked, any
// later write must show a newer time. Until then the caller compares contents.
class FileStamp
{
public:
    FileStamp() = default; // a file that does not exist
    FileStamp(quint64 device, quint64 inode, qint64 size, qint64 modifiedNs, qint64 changedNs);

    static FileStamp ofPath(const QString &path);
    // The stamp of the file behind an open QFile (fstat), so that it describes the bytes read from it.
    static FileStamp ofFile(const QFile &file);
    // The wall clock in ns, the clock file times come from.
    static qint64 wallClockNs();
    // Which file is at `path`, whatever its content: device and inode on Unix, the birth time elsewhere;
    // "gone" when there is none. A file renamed over another has another identity.
    static QByteArray identityOf(const QString &path);

    bool exists() const { return m_exists; }
    qint64 size() const { return m_size; }

    // True when any later change to the file is sure to change the stamp, given that the stamp was
    // taken after `checkedAtNs` (wallClockNs()).
    bool isSettledAt(qint64 checkedAtNs) const;

    // Every field, for a change stamp (TokenStore::changeStamp): equal bytes, equal stamps.
    QByteArray toBytes() const;

    bool operator==(const FileStamp &other) const;
    bool operator!=(const FileStamp &other) const { return !(*this == other); }

private:
    bool m_exists = false;
    quint64 m_device = 0;
    quint64 m_inode = 0;
    qint64 m_size = -1;
    qint64 m_modifiedNs = 0;
    qint64 m_changedNs = 0;
};
