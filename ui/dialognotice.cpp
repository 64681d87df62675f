#include "dialognotice.h"

#include "dialoghelpers.h"
#include "icons.h"
#include "themecontroller.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace {

// The banner tints of ThemeController (BannerInfo/Warning/Error), chosen by the palette in use so
// that a notice follows a theme change without a pointer to the controller.
QColor tint(DialogNotice::Kind kind, bool dark)
{
    switch (kind) {
    case DialogNotice::Kind::Info:
        return dark ? QColor(0x1d, 0x33, 0x57) : QColor(0xde, 0xeb, 0xff);
    case DialogNotice::Kind::Warning:
        return dark ? QColor(0x4a, 0x3b, 0x12) : QColor(0xff, 0xf1, 0xc7);
    case DialogNotice::Kind::Error:
        return dark ? QColor(0x5a, 0x1f, 0x22) : QColor(0xfd, 0xe2, 0xe2);
    }
    return {};
}

QColor border(DialogNotice::Kind kind, bool dark)
{
    switch (kind) {
    case DialogNotice::Kind::Info:
        return dark ? QColor(0x3b, 0x82, 0xf6) : QColor(0x93, 0xb4, 0xf0);
    case DialogNotice::Kind::Warning:
        return dark ? QColor(0xb8, 0x8a, 0x1f) : QColor(0xe0, 0xb8, 0x4a);
    case DialogNotice::Kind::Error:
        return dark ? QColor(0xc0, 0x4a, 0x50) : QColor(0xe8, 0x9a, 0x9a);
    }
    return {};
}

} // namespace

DialogNotice::DialogNotice(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("dialogNotice"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(8);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("noticeText"));
    setFrameShape(QFrame::NoFrame);
    QFrame::hide();
}

void DialogNotice::show(Kind kind, const QString &text)
{
    if (text.isEmpty()) {
        clear();
        return;
    }
    m_kind = kind;
    m_text->setText(text);
    m_text->setAccessibleName(text);
    setAccessibleName(kind == Kind::Error ? tr("Error") : kind == Kind::Warning ? tr("Warning") : tr("Note"));
    setAccessibleDescription(text);
    restyle();
    QFrame::show();
    DialogHelpers::growToFitLater(this);
    if (kind != Kind::Info) {
        QAccessibleEvent event(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

void DialogNotice::clear()
{
    m_text->clear();
    QFrame::hide();
}

QString DialogNotice::text() const
{
    return isVisibleTo(parentWidget()) ? m_text->text() : QString();
}

void DialogNotice::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_restyling)
        restyle();
}

void DialogNotice::restyle()
{
    m_restyling = true;
    const bool dark = ThemeController::isDarkPalette(parentWidget() ? parentWidget()->palette() : palette());
    setStyleSheet(
        QStringLiteral("DialogNotice { background-color: %1; border: 1px solid %2; border-radius: 4px; }")
            .arg(tint(m_kind, dark).name(), border(m_kind, dark).name()));
    const QStyle::StandardPixmap standard = m_kind == Kind::Error ? QStyle::SP_MessageBoxCritical
        : m_kind == Kind::Warning                                 ? QStyle::SP_MessageBoxWarning
                                                                  : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(standard, nullptr, this).pixmap(size, size));
    m_restyling = false;
}
