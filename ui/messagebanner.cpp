#include "messagebanner.h"

#include "icons.h"
#include "themecontroller.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

MessageBanner::MessageBanner(const ThemeController *theme, QWidget *parent)
    : QFrame(parent)
    , m_theme(theme)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setAccessibleName(tr("Message"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry);
    layout->addWidget(m_close);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setAccessibleName(tr("Message text"));
    m_retry->setAccessibleName(tr("Retry"));
    m_retry->setAccessibleDescription(tr("Try the failed operation again"));
    m_close->setText(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    m_close->setFlat(true);
    connect(m_retry, &QPushButton::clicked, this, &MessageBanner::retryRequested);
    connect(m_close, &QPushButton::clicked, this, &MessageBanner::clear);
    if (m_theme)
        connect(m_theme, &ThemeController::changed, this, &MessageBanner::restyle);
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString &text, const QString &retryText)
{
    m_kind = kind;
    m_text->setText(text);
    m_retry->setVisible(!retryText.isEmpty());
    if (!retryText.isEmpty())
        m_retry->setText(retryText);
    const QString icon = kind == Kind::Error ? QStringLiteral("status-refresh-failing")
        : kind == Kind::Warning              ? QStringLiteral("status-expiring")
                                             : QStringLiteral("status-valid");
    m_icon->setPixmap(Icons::icon(icon).pixmap(QSize(18, 18), devicePixelRatioF()));
    setAccessibleDescription(text);
    restyle();
    show();
}

void MessageBanner::clear()
{
    m_text->clear();
    hide();
}

QString MessageBanner::text() const
{
    return isVisible() ? m_text->text() : QString();
}

void MessageBanner::restyle()
{
    if (!m_theme)
        return;
    const ThemeController::Role role = m_kind == Kind::Error ? ThemeController::Role::BannerError
        : m_kind == Kind::Warning                            ? ThemeController::Role::BannerWarning
                                                             : ThemeController::Role::BannerInfo;
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, m_theme->colour(role));
    setPalette(palette);
    setAutoFillBackground(true);
}
