#include "outlinedfusionstyle.h"

#include "themecontroller.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace {

void outline(QPainter *painter, const QRect &rect, qreal radius)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, radius > 0);
    painter->setPen(QPen(OutlinedFusionStyle::outlineColour(), 1));
    painter->setBrush(Qt::NoBrush);
    const QRectF frame = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5);
    if (radius > 0)
        painter->drawRoundedRect(frame, radius, radius);
    else
        painter->drawRect(frame);
    painter->restore();
}

} // namespace

OutlinedFusionStyle::OutlinedFusionStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
{ }

QColor OutlinedFusionStyle::outlineColour()
{
    return QColor(0x6b, 0x72, 0x7c); // 3.1:1 against the dark window colour
}

void OutlinedFusionStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                        QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (!ThemeController::isDarkPalette(option->palette))
        return;
    switch (element) {
    case PE_FrameLineEdit:
        if (!(option->state & State_HasFocus))
            outline(painter, option->rect, 2);
        break;
    case PE_IndicatorCheckBox: {
        // Fusion's box: a square of the indicator's size, centred in the rect it is given.
        const int side = qMin(option->rect.width(), option->rect.height());
        QRect box(0, 0, side, side);
        box.moveCenter(option->rect.center());
        outline(painter, box, 0);
        break;
    }
    default:
        break;
    }
}

void OutlinedFusionStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                                             QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if (control != CC_SpinBox || !ThemeController::isDarkPalette(option->palette)
        || (option->state & State_HasFocus))
        return;
    const auto *spin = qstyleoption_cast<const QStyleOptionSpinBox *>(option);
    if (spin && spin->frame)
        outline(painter, option->rect, 2);
}
