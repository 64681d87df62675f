#pragma once

#include <QString>

class QCoreApplication;

// The language a gallery runs in: ZCRM_GALLERY_LANG=de|ja (the application's own catalogues, loaded the
// way zcrm-explorer loads them) or pseudo (long, accented strings from tests/unit/translations); unset
// or "en": the source strings. The test command writes each language to build-test/gallery/<lang>/.
namespace GalleryLanguage {

// Installs the catalogues; returns the language, or an empty string (and a message on stderr) when a
// catalogue it asks for does not load.
QString install(QCoreApplication *app);

} // namespace GalleryLanguage
