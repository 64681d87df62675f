#pragma once

#include <QString>
#include <QStringList>

// "Start at login" for the desktop application, the way each OS does it: an XDG autostart entry on
// Linux ($XDG_CONFIG_HOME/autostart/<app id>.desktop), the Run key on Windows
// (HKCU\Software\Microsoft\Windows\CurrentVersion\Run), a LaunchAgent on macOS
// (~/Library/LaunchAgents/<app id>.plist). The program starts with `arguments` (--minimized: into the tray).
// The entry itself is the setting: isEnabled() reads it back, so a user who deletes it by hand sees that.
class LoginAutostart
{
public:
    LoginAutostart(QString appId, QString program, QStringList arguments);
    // This program, started with --minimized.
    static LoginAutostart forThisApplication();

    // Linux and macOS: the folder the entry goes to, instead of the user's (tests).
    void setFolder(const QString &folder) { m_folder = folder; }
    QString entryPath() const;

    bool isEnabled() const;
    // False with `error` set when the entry cannot be written or removed.
    bool setEnabled(bool enabled, QString *error = nullptr);

private:
    QString m_appId;
    QString m_program;
    QStringList m_arguments;
    QString m_folder;
};
