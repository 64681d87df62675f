#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QSettings;

// The desktop's preferences and window state over an injected QSettings. Never a secret: a store
// spec names no password, and database passwords live in the OS keychain.
class AppSettings : public QObject
{
    Q_OBJECT
public:
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)

    explicit AppSettings(QSettings *settings, QObject *parent = nullptr);

    int refreshLeadSeconds() const; // default 300
    void setRefreshLeadSeconds(int seconds);
    QString defaultStore() const; // empty: the keychain where one answers, else SQLite
    void setDefaultStore(const QString &spec);
    QString lastStore() const; // the store open when the application last closed
    void setLastStore(const QString &spec);
    QString language() const; // empty: the system's; else "en", "de", "ja"
    void setLanguage(const QString &language);
    Theme theme() const;
    void setTheme(Theme theme);

    // The "still running in the tray" notice was shown (once, the first time the window closed).
    bool trayNoticeShown() const;
    void setTrayNoticeShown(bool shown);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray tokenHeaderState() const;
    void setTokenHeaderState(const QByteArray &state);

    static QString themeName(Theme theme);
    static Theme themeFromName(const QString &name);

Q_SIGNALS:
    void changed(const QString &key);

private:
    void set(const QString &key, const QVariant &value);

    QSettings *m_settings;
};
