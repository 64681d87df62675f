#include "paletteiconengine.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

PaletteIconEngine::PaletteIconEngine(QByteArray svg)
    : m_svg(std::move(svg))
{ }

QByteArray PaletteIconEngine::coloured(QIcon::Mode mode) const
{
    if (!m_svg.contains("currentColor"))
        return m_svg;
    const QPalette palette = QGuiApplication::palette();
    QColor colour = palette.color(QPalette::Active, QPalette::WindowText);
    if (mode == QIcon::Disabled)
        colour = palette.color(QPalette::Disabled, QPalette::WindowText);
    else if (mode == QIcon::Selected)
        colour = palette.color(QPalette::Active, QPalette::HighlightedText);
    QByteArray svg = m_svg;
    svg.replace("currentColor", colour.name().toLatin1());
    return svg;
}

void PaletteIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State)
{
    QSvgRenderer renderer(coloured(mode));
    renderer.render(painter, rect);
}

QPixmap PaletteIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale)
{
    const QSize device = size * scale;
    QImage image(device, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        paint(&painter, QRect(QPoint(0, 0), device), mode, state);
    }
    QPixmap pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(scale);
    return pixmap;
}

QPixmap PaletteIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QIconEngine *PaletteIconEngine::clone() const
{
    return new PaletteIconEngine(m_svg);
}
