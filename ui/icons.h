#pragma once

#include <QIcon>
#include <QString>

// The application's SVG icons (resources/icons), sharp at any device pixel ratio. Monochrome ones
// draw in the palette's text colour at paint time, so they follow the light or dark theme.
namespace Icons {

// "refresh", "sign-in", "status-valid", … (the file name without .svg).
QIcon icon(const QString &name);

} // namespace Icons
