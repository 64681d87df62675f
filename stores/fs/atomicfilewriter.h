#pragma once

#include <QByteArray>
#include <QFileDevice>
#include <QString>

// Replaces a file's whole content or leaves it as it was: the bytes go to a temporary file in the
// same folder, which is then renamed over the target. Readers see the old file or the new one,
// never a torn one, and a failed write (full disk, no permission) or a crash of the program leaves
// the old file in place.
//
// Power cuts are the caller's choice, because the flush is most of the cost of a write (one
// fdatasync took 4-15 ms here, whatever the size; the rest of a 3 MB write about 2 ms):
// - Flushed (QSaveFile): the data reaches the disk before the rename; after a power cut the file
//   is the old or the new one. For the tokens.
// - Unflushed (Unix only, elsewhere Flushed): after a power cut the file may also be empty or
//   hold zeros, because the rename can reach the disk before the data (ext4 flushes only the first
//   megabyte or so of a file renamed over another; XFS nothing). For what can be lost.
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
    static Result write(const QString &path, const QByteArray &bytes, Durability durability);
};
