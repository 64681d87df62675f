#include "icons.h"

#include "paletteiconengine.h"

#include <QFile>
#include <QHash>

// zcrm_ui is a static library: its resources are linked in only when something asks for them.
static void initResources()
{
    static const bool done = [] {
        Q_INIT_RESOURCE(zcrm_explorer);
        return true;
    }();
    Q_UNUSED(done);
}

namespace Icons {

QIcon icon(const QString &name)
{
    initResources();
    static QHash<QString, QByteArray> cache;
    auto it = cache.find(name);
    if (it == cache.end()) {
        QFile file(QStringLiteral(":/zcrm/icons/%1.svg").arg(name));
        QByteArray svg;
        if (file.open(QIODevice::ReadOnly))
            svg = file.readAll();
        it = cache.insert(name, svg);
    }
    if (it.value().isEmpty())
        return QIcon();
    // One icon (and so one pixmap cache) per name.
    static QHash<QString, QIcon> icons;
    auto icon = icons.find(name);
    if (icon == icons.end())
        icon = icons.insert(name, QIcon(new PaletteIconEngine(it.value())));
    return icon.value();
}

} // namespace Icons
