#pragma once

#include <QByteArray>
#include <QHash>
#include <QIconEngine>
#include <QPixmap>

// Draws one SVG with "currentColor" replaced by the application palette's text colour for the icon's
// mode (normal, disabled, selected), so a monochrome icon stays readable in the light and dark theme.
class PaletteIconEngine : public QIconEngine
{
public:
    explicit PaletteIconEngine(QByteArray svg);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QIconEngine *clone() const override;
    QString key() const override { return QStringLiteral("zcrm-palette"); }

private:
    QByteArray coloured(QIcon::Mode mode) const;
    void render(QImage *image, QIcon::Mode mode) const;

    QByteArray m_svg;
    // Rendered pixmaps by size, mode, scale and colour: a table repaints the same icons each second.
    QHash<QString, QPixmap> m_pixmaps;
};
