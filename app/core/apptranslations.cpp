#include "apptranslations.h"

#include "corelogging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

QLocale AppTranslations::localeFor(const QString &language)
{
    if (language.isEmpty() || language == QLatin1String("system"))
        return QLocale::system();
    return QLocale(language);
}

QStringList AppTranslations::install(QCoreApplication *app, const QLocale &locale)
{
    QLocale::setDefault(locale);
    QStringList loaded;
    const auto load = [&](const QString &name, const QString &folder) {
        auto *translator = new QTranslator(app);
        if (!translator->load(locale, name, QStringLiteral("_"), folder)) {
            delete translator;
            return;
        }
        // installTranslator() says false for a catalogue with no message yet, but installs it all the same.
        QCoreApplication::installTranslator(translator);
        loaded.append(translator->filePath());
    };
    load(QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // The English plural forms first, so that a language without its own catalogue still reads
    // "1 token" and "2 tokens"; the user's language, installed later, is asked first.
    if (locale.language() != QLocale::English)
        installFile(app, resourceFolder() + QStringLiteral("/zcrm_en.qm"));
    load(QStringLiteral("zcrm"), resourceFolder());
    qCDebug(lcCore).noquote() << "language" << locale.name() << "catalogues:"
                              << (loaded.isEmpty() ? QStringLiteral("none")
                                                   : loaded.join(QStringLiteral(", ")));
    return loaded;
}

bool AppTranslations::installFile(QCoreApplication *app, const QString &qmPath)
{
    auto *translator = new QTranslator(app);
    if (!translator->load(qmPath)) {
        qCWarning(lcCore).noquote() << "cannot load the catalogue" << qmPath;
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

QString AppTranslations::resourceFolder()
{
    return QStringLiteral(":/i18n");
}
