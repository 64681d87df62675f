#include "dialoghelpers.h"

#include <QLayout>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace DialogHelpers {

void setTabOrder(std::initializer_list<QWidget *> widgets)
{
    QWidget *previous = nullptr;
    for (QWidget *widget : widgets) {
        if (!widget)
            continue;
        if (previous)
            QWidget::setTabOrder(previous, widget);
        previous = widget;
    }
}

} // namespace DialogHelpers

namespace DialogHelpers {

void growToFit(QWidget *window)
{
    if (!window || !window->isWindow() || !window->layout())
        return;
    QLayout *layout = window->layout();
    layout->activate();
    const int width = window->width();
    // The size hint too: the height for the width alone comes out a line short where a label wraps.
    int height = layout->totalSizeHint().height();
    if (layout->hasHeightForWidth())
        height = qMax(height, layout->totalHeightForWidth(width));
    height = qMax(height, layout->totalMinimumSize().height());
    if (window->height() < height)
        window->resize(width, height);
}

void growToFitLater(QWidget *widget)
{
    if (!widget)
        return;
    QPointer<QWidget> window(widget->window());
    if (!window->isVisible())
        return;
    QTimer::singleShot(0, window, [window] { growToFit(window); });
}

int textWidth(const QWidget *widget, int characters)
{
    return widget->fontMetrics().averageCharWidth() * characters;
}

} // namespace DialogHelpers
