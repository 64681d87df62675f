#pragma once

#include <QProxyStyle>

// Fusion with outlines a person can see on a dark palette. Qt 6.4's Fusion draws the frames of text
// fields, spin boxes and check boxes in the window colour darkened, which on a dark window is about
// 1.1:1: empty fields and unchecked boxes vanish. On a dark palette this style draws those outlines
// again in a grey of at least 3:1 against the window (WCAG's contrast for controls); on a light palette it
// is Fusion, unchanged. A focused field keeps Fusion's highlight.
class OutlinedFusionStyle : public QProxyStyle
{
    Q_OBJECT
public:
    OutlinedFusionStyle();

    static QColor outlineColour();

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget = nullptr) const override;
};
