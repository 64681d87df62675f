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

void PaletteIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    painter->drawPixmap(rect, scaledPixmap(rect.size(), mode, state, scale));
}

void PaletteIconEngine::render(QImage *image, QIcon::Mode mode) const
{
    QPainter painter(image);
    QSvgRenderer renderer(coloured(mode));
    renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(image->size())));
}

QPixmap PaletteIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale)
{
    const QPalette palette = QGuiApplication::palette();
    const QString key = QStringLiteral("%1x%2@%3/%4/%5%6")
                            .arg(size.width())
                            .arg(size.height())
                            .arg(scale)
                            .arg(int(mode))
                            .arg(palette.color(QPalette::Active, QPalette::WindowText).rgba())
                            .arg(palette.color(QPalette::Active, QPalette::HighlightedText).rgba());
    if (const auto cached = m_pixmaps.constFind(key); cached != m_pixmaps.cend())
        return cached.value();
    const QSize device = size * scale;
    QImage image(device, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    render(&image, mode);
    QPixmap pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(scale);
    if (m_pixmaps.size() > 64)
        m_pixmaps.clear();
    m_pixmaps.insert(key, pixmap);
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
