#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

// The application's language: its own catalogue (:/i18n/zcrm_<lang>.qm, compiled in by
// qt_add_translations) and Qt's (qtbase_<lang>.qm from Qt's translations folder), installed on an
// application. The language is the user's choice ("de", "ja"), else the system's.
class AppTranslations
{
public:
    // The locale for a saved language setting: empty (or "system") is the system's.
    static QLocale localeFor(const QString &language);

    // Installs both catalogues for the locale and makes it the default locale (numbers, dates). Returns
    // the files loaded; English, the source language, loads none of its own.
    static QStringList install(QCoreApplication *app, const QLocale &locale);

    // Installs one compiled catalogue by its path, e.g. the gallery's pseudo-locale. False when it
    // does not load.
    static bool installFile(QCoreApplication *app, const QString &qmPath);

    // Where the application's own catalogues are compiled in.
    static QString resourceFolder();
};
