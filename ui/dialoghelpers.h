#pragma once

#include <initializer_list>

class QWidget;

namespace DialogHelpers {

// The tab order through `widgets`, in order, skipping null ones (QWidget::setTabOrder takes a list
// only from Qt 6.6).
void setTabOrder(std::initializer_list<QWidget *> widgets);

} // namespace DialogHelpers

namespace DialogHelpers {

// Grows `window` (never shrinks it) so that its layout fits at its current width: a notice that
// appears or form rows that show must not squeeze the rest. Word-wrapped labels make the needed
// height depend on the width, which a top-level window's minimum size does not follow by itself.
void growToFit(QWidget *window);
// The same, once the layout has taken the change in (queued); nothing when `widget`'s window is hidden.
void growToFitLater(QWidget *widget);

// A width for dialogs that keeps their sentences on few lines: `characters` average characters of
// `widget`'s font.
int textWidth(const QWidget *widget, int characters);

} // namespace DialogHelpers
