#include "themecontroller.h"

#include "outlinedfusionstyle.h"

#include <QApplication>
#include <QPixmapCache>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

ThemeController::ThemeController(QObject *parent)
    : QObject(parent)
    , m_systemPalette(QApplication::palette())
{ }

void ThemeController::apply(AppSettings::Theme theme)
{
    bool dark = false;
    switch (theme) {
    case AppSettings::Theme::Dark:
        dark = true;
        break;
    case AppSettings::Theme::Light:
        break;
    case AppSettings::Theme::System:
        // Dark when the system's window colour is dark (qBittorrent's test, works on every Qt 6).
        dark = isDarkPalette(m_systemPalette);
        break;
    }
    m_dark = dark;
    QApplication::setStyle(new OutlinedFusionStyle);
    QApplication::setPalette(dark ? darkPalette() : lightPalette());
    QPixmapCache::clear();
    Q_EMIT changed();
}

QColor ThemeController::colour(Role role) const
{
    switch (role) {
    case Role::Valid:
        return m_dark ? QColor(0x6e, 0xe0, 0x9a) : QColor(0x14, 0x7a, 0x3f);
    case Role::Expiring:
        return m_dark ? QColor(0xf5, 0xc2, 0x5b) : QColor(0x8a, 0x55, 0x00);
    case Role::Expired:
        return m_dark ? QColor(0xb4, 0xbb, 0xc6) : QColor(0x55, 0x5d, 0x69);
    case Role::Failing:
        return m_dark ? QColor(0xff, 0x8a, 0x8a) : QColor(0xb0, 0x1e, 0x25);
    case Role::BannerWarning:
        return m_dark ? QColor(0x4a, 0x3b, 0x12) : QColor(0xff, 0xf1, 0xc7);
    case Role::BannerError:
        return m_dark ? QColor(0x5a, 0x1f, 0x22) : QColor(0xfd, 0xe2, 0xe2);
    case Role::BannerInfo:
        return m_dark ? QColor(0x1d, 0x33, 0x57) : QColor(0xde, 0xeb, 0xff);
    }
    return {};
}

bool ThemeController::isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QPalette ThemeController::lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette palette = fusion->standardPalette();
    palette.setColor(QPalette::Highlight, QColor(0x25, 0x63, 0xeb));
    palette.setColor(QPalette::Link, QColor(0x1d, 0x4e, 0xd8));
    return palette;
}

QPalette ThemeController::darkPalette()
{
    QPalette palette;
    const QColor window(0x23, 0x26, 0x2b), base(0x1a, 0x1c, 0x20), text(0xe6, 0xe8, 0xeb);
    const QColor disabled(0x7a, 0x80, 0x89), button(0x2d, 0x31, 0x37);
    for (QPalette::ColorGroup group : { QPalette::Active, QPalette::Inactive, QPalette::Disabled }) {
        const bool off = group == QPalette::Disabled;
        palette.setColor(group, QPalette::Window, window);
        palette.setColor(group, QPalette::WindowText, off ? disabled : text);
        palette.setColor(group, QPalette::Base, base);
        palette.setColor(group, QPalette::AlternateBase, QColor(0x22, 0x25, 0x2a));
        palette.setColor(group, QPalette::ToolTipBase, QColor(0x30, 0x34, 0x3a));
        palette.setColor(group, QPalette::ToolTipText, text);
        palette.setColor(group, QPalette::PlaceholderText, disabled);
        palette.setColor(group, QPalette::Text, off ? disabled : text);
        palette.setColor(group, QPalette::Button, button);
        palette.setColor(group, QPalette::ButtonText, off ? disabled : text);
        palette.setColor(group, QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
        palette.setColor(group, QPalette::Light, QColor(0x3a, 0x3f, 0x46));
        palette.setColor(group, QPalette::Midlight, QColor(0x33, 0x37, 0x3d));
        palette.setColor(group, QPalette::Mid, QColor(0x2a, 0x2d, 0x33));
        palette.setColor(group, QPalette::Dark, QColor(0x14, 0x16, 0x19));
        palette.setColor(group, QPalette::Shadow, Qt::black);
        palette.setColor(group, QPalette::Highlight,
                         off ? QColor(0x3a, 0x3f, 0x46) : QColor(0x3b, 0x82, 0xf6));
        palette.setColor(group, QPalette::HighlightedText, Qt::white);
        palette.setColor(group, QPalette::Link, QColor(0x7a, 0xb4, 0xff));
        palette.setColor(group, QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xff));
    }
    return palette;
}
