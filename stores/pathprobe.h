#pragma once

#include <QString>

// What the file system says about a path, with the reason when it cannot say: QFileInfo answers
// "does not exist" for a folder we may not search, a symbolic link loop and a dangling link alike,
// and a store that took that answer would show an empty store and then write over the link.
class PathProbe
{
public:
    enum class Kind {
        Missing, // nothing there, or a link to a file not created yet in a folder that exists
        File, // a regular file, or a link to one
        Folder, // a folder, or a link to one
        Other, // a pipe, a device, a socket
        DanglingLink, // a symbolic link into a folder that does not exist
        Unreachable, // cannot be looked at: permission denied, a link loop, a parent that is a file
    };

    static PathProbe of(const QString &path);

    Kind kind() const { return m_kind; }
    const QString &path() const { return m_path; }
    // The system's reason for Unreachable ("Permission denied", "Too many levels of symbolic links").
    const QString &reason() const { return m_reason; }
    // Unreachable because a folder on the way may not be searched (EACCES).
    bool permissionDenied() const { return m_permissionDenied; }

    // Empty for Missing and File; else one sentence naming the path and what it is, for an error.
    QString problemForFile() const;
    // Empty for Folder; else one sentence naming the path and what is wrong.
    QString problemForFolder() const;
    // Empty when a new file can be made in the folder `folder` (a Folder we may write and search).
    static QString folderWriteProblem(const QString &folder);

private:
    Kind m_kind = Kind::Missing;
    QString m_path;
    QString m_reason;
    QString m_linkTarget;
    bool m_permissionDenied = false;
};
