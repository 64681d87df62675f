#pragma once

#include "appsettings.h"

#include <QColor>
#include <QObject>
#include <QPalette>

// Light or dark, as the system says or as the user chose (Qt 6.4 has no colour-scheme API: Fusion
// with our palettes, the system's darkness judged by its palette's lightness). Semantic colours for
// states come in light and dark pairs, so status text stays readable on either.
class ThemeController : public QObject
{
    Q_OBJECT
public:
    enum class Role { Valid, Expiring, Expired, Failing, BannerWarning, BannerError, BannerInfo };

    explicit ThemeController(QObject *parent = nullptr);

    void apply(AppSettings::Theme theme);
    bool isDark() const { return m_dark; }
    QColor colour(Role role) const;

    static QPalette lightPalette();
    static QPalette darkPalette();
    // Whether a palette is a dark one (its window colour's lightness below the middle).
    static bool isDarkPalette(const QPalette &palette);

Q_SIGNALS:
    void changed();

private:
    QPalette m_systemPalette;
    bool m_dark = false;
};
