#pragma once

#include <QByteArray>
#include <QIconEngine>

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

    QByteArray m_svg;
};
