#pragma once

#include <initializer_list>

class QWidget;

namespace DialogHelpers {

// The tab order through `widgets`, in order, skipping null ones (QWidget::setTabOrder takes a list
// only from Qt 6.6).
void setTabOrder(std::initializer_list<QWidget *> widgets);

} // namespace DialogHelpers
