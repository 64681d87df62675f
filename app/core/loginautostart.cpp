#include "loginautostart.h"

#include "zcrmversion.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace {

#if defined(Q_OS_WIN)
const char *const kRunKey = "HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run";
#endif

#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
// One argument of an Exec line or a plist string: quoted when it holds anything but safe characters.
QString quotedExecArgument(const QString &word)
{
    static const QString safe =
        QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=:");
    bool plain = !word.isEmpty();
    for (const QChar c : word)
        plain = plain && safe.contains(c);
    if (plain)
        return word;
    QString escaped = word;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""))
        .replace(QLatin1Char('`'), QStringLiteral("\\`"))
        .replace(QLatin1Char('$'), QStringLiteral("\\$"));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}
#endif

#if defined(Q_OS_MACOS)
QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}
#endif

} // namespace

LoginAutostart::LoginAutostart(QString appId, QString program, QStringList arguments)
    : m_appId(std::move(appId))
    , m_program(std::move(program))
    , m_arguments(std::move(arguments))
{ }

LoginAutostart LoginAutostart::forThisApplication()
{
    return LoginAutostart(QStringLiteral(ZCRM_APP_ID), QCoreApplication::applicationFilePath(),
                          { QStringLiteral("--minimized") });
}

QString LoginAutostart::entryPath() const
{
#if defined(Q_OS_WIN)
    return QString::fromLatin1(kRunKey) + QLatin1Char('\\') + m_appId;
#elif defined(Q_OS_MACOS)
    const QString folder =
        m_folder.isEmpty() ? QDir::homePath() + QStringLiteral("/Library/LaunchAgents") : m_folder;
    return folder + QLatin1Char('/') + m_appId + QStringLiteral(".plist");
#else
    const QString folder = m_folder.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
            + QStringLiteral("/autostart")
        : m_folder;
    return folder + QLatin1Char('/') + m_appId + QStringLiteral(".desktop");
#endif
}

bool LoginAutostart::isEnabled() const
{
#if defined(Q_OS_WIN)
    QSettings run(QString::fromLatin1(kRunKey), QSettings::NativeFormat);
    return run.contains(m_appId);
#else
    return QFile::exists(entryPath());
#endif
}

bool LoginAutostart::setEnabled(bool enabled, QString *error)
{
#if defined(Q_OS_WIN)
    QSettings run(QString::fromLatin1(kRunKey), QSettings::NativeFormat);
    if (enabled) {
        QString command = QLatin1Char('"') + QDir::toNativeSeparators(m_program) + QLatin1Char('"');
        for (const QString &argument : m_arguments)
            command += QLatin1Char(' ') + argument;
        run.setValue(m_appId, command);
    } else {
        run.remove(m_appId);
    }
    run.sync();
    if (run.status() != QSettings::NoError) {
        if (error)
            *error = QCoreApplication::translate("LoginAutostart", "the Run key cannot be written");
        return false;
    }
    return true;
#else
    const QString path = entryPath();
    if (!enabled) {
        if (QFile::exists(path) && !QFile::remove(path)) {
            if (error)
                *error = QCoreApplication::translate("LoginAutostart", "%1 cannot be removed").arg(path);
            return false;
        }
        return true;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        if (error)
            *error =
                QCoreApplication::translate("LoginAutostart", "the folder of %1 cannot be created").arg(path);
        return false;
    }
    QByteArray text;
#if defined(Q_OS_MACOS)
    text += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
            "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
            "<plist version=\"1.0\">\n<dict>\n"
            "  <key>Label</key><string>"
        + xmlEscaped(m_appId).toUtf8()
        + "</string>\n"
          "  <key>ProgramArguments</key>\n  <array>\n";
    for (const QString &word : QStringList { m_program } + m_arguments)
        text += "    <string>" + xmlEscaped(word).toUtf8() + "</string>\n";
    text += "  </array>\n  <key>RunAtLoad</key><true/>\n</dict>\n</plist>\n";
#else
    QString exec = quotedExecArgument(m_program);
    for (const QString &argument : m_arguments)
        exec += QLatin1Char(' ') + quotedExecArgument(argument);
    text += "[Desktop Entry]\n"
            "Type=Application\n"
            "Name=ZCRM Explorer\n"
            "Comment="
        + QCoreApplication::translate("LoginAutostart", "Keeps your Zoho CRM tokens fresh from the tray")
              .toUtf8()
        + "\n"
          "Exec="
        + exec.toUtf8()
        + "\n"
          "Icon="
        + m_appId.toUtf8()
        + "\n"
          "Terminal=false\n"
          "X-GNOME-Autostart-enabled=true\n";
#endif
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("LoginAutostart", "%1 cannot be written: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
#endif
}
