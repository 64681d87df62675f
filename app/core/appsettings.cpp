#include "appsettings.h"

#include <QSettings>

namespace {
const QString kRefreshLead = QStringLiteral("tokens/refreshLeadSeconds");
const QString kDefaultStore = QStringLiteral("stores/default");
const QString kLastStore = QStringLiteral("stores/last");
const QString kLanguage = QStringLiteral("ui/language");
const QString kTheme = QStringLiteral("ui/theme");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kTokenHeader = QStringLiteral("window/tokenHeader");
const QString kTrayNotice = QStringLiteral("tray/noticeShown");
} // namespace

AppSettings::AppSettings(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{ }

void AppSettings::set(const QString &key, const QVariant &value)
{
    if (m_settings->value(key) == value)
        return;
    m_settings->setValue(key, value);
    Q_EMIT changed(key);
}

int AppSettings::refreshLeadSeconds() const
{
    const int seconds = m_settings->value(kRefreshLead, 300).toInt();
    return seconds >= 5 ? seconds : 300;
}

void AppSettings::setRefreshLeadSeconds(int seconds)
{
    set(kRefreshLead, seconds);
}

bool AppSettings::trayNoticeShown() const
{
    return m_settings->value(kTrayNotice, false).toBool();
}

void AppSettings::setTrayNoticeShown(bool shown)
{
    set(kTrayNotice, shown);
}

QString AppSettings::defaultStore() const
{
    return m_settings->value(kDefaultStore).toString();
}

void AppSettings::setDefaultStore(const QString &spec)
{
    set(kDefaultStore, spec);
}

QString AppSettings::lastStore() const
{
    return m_settings->value(kLastStore).toString();
}

void AppSettings::setLastStore(const QString &spec)
{
    set(kLastStore, spec);
}

QString AppSettings::language() const
{
    return m_settings->value(kLanguage).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    set(kLanguage, language);
}

AppSettings::Theme AppSettings::theme() const
{
    return themeFromName(m_settings->value(kTheme).toString());
}

void AppSettings::setTheme(Theme theme)
{
    set(kTheme, themeName(theme));
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    set(kGeometry, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(kState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    set(kState, state);
}

QByteArray AppSettings::tokenHeaderState() const
{
    return m_settings->value(kTokenHeader).toByteArray();
}

void AppSettings::setTokenHeaderState(const QByteArray &state)
{
    set(kTokenHeader, state);
}

QString AppSettings::themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

AppSettings::Theme AppSettings::themeFromName(const QString &name)
{
    if (name == QLatin1String("light"))
        return Theme::Light;
    if (name == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}
