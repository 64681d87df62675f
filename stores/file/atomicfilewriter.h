#pragma once

#include <QByteArray>
#include <QFileDevice>
#include <QString>

// Replaces a file's whole content or leaves it as it was: the bytes go to a temporary file in the
// same folder, which is then renamed over the target. Readers see the old file or the new one,
// never a torn one, and a failed write (full disk, no permission) leaves the old file in place.
//
// Durability is the caller's choice, because flushing a 3 MB file to disk costs 10-15 ms here
// while the rest of the write costs 2-3:
// - Flushed (QSaveFile): the data reaches the disk before the rename, so after a power cut the file
//   is the old or the new one, and a completed write is not lost.
// - Unflushed (Unix only, elsewhere Flushed): no fsync. A crash of the program still leaves the old
//   or the new file; a power cut may undo the write. On ext4 (auto_da_alloc) and btrfs the kernel
//   writes the data of a file renamed over another before the rename, so the file is still the old
//   or the new one; file systems without that rule (XFS) may leave an empty file.
class AtomicFileWriter
{
public:
    enum class Durability { Flushed, Unflushed };

    struct Result
    {
        bool ok = true;
        bool permissionDenied = false;
        QString message;
    };

    // A new file is created with owner-only permissions (tokens are secrets) before any byte is
    // written; an existing file keeps its permissions. A symbolic link's target is written.
    static Result write(const QString &path, const QByteArray &bytes,
                        Durability durability = Durability::Flushed);
};
