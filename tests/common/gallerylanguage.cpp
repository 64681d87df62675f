#include "gallerylanguage.h"

#include "apptranslations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>

namespace GalleryLanguage {

QString install(QCoreApplication *app)
{
    const QString language = qEnvironmentVariable("ZCRM_GALLERY_LANG", QStringLiteral("en"));
    QTextStream err(stderr);
    if (language == QLatin1String("pseudo")) {
        AppTranslations::install(app, QLocale(QLocale::English, QLocale::UnitedStates));
        const QString qm = AppTranslations::resourceFolder() + QStringLiteral("/zcrm_pseudo.qm");
        if (!AppTranslations::installFile(app, qm)) {
            err << "gallery: the pseudo-locale " << qm << " is not compiled in" << Qt::endl;
            return {};
        }
        return language;
    }
    const QStringList loaded = AppTranslations::install(app, QLocale(language));
    const bool own = std::any_of(loaded.cbegin(), loaded.cend(),
                                 [](const QString &path) { return path.contains(QLatin1String("/zcrm_")); });
    if (language != QLatin1String("en") && !own) {
        err << "gallery: no catalogue zcrm_" << language << ".qm in " << AppTranslations::resourceFolder()
            << Qt::endl;
        return {};
    }
    err << "gallery: language " << language << ", catalogues: " << loaded.join(QStringLiteral(", "))
        << Qt::endl;
    return language;
}

} // namespace GalleryLanguage
