#include "welcomepage.h"

#include "icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QPushButton *bigButton(const QString &icon, const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(Icons::icon(icon), text, parent);
    button->setIconSize(QSize(24, 24));
    button->setMinimumHeight(48);
    button->setMinimumWidth(220);
    QFont font = button->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    button->setFont(font);
    return button;
}

} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_store(new QLabel(this))
    , m_sandboxStatus(new QLabel(this))
    , m_signIn(bigButton(QStringLiteral("sign-in"), tr("&Sign in to Zoho…"), this))
    , m_sandbox(bigButton(QStringLiteral("sandbox"), tr("Try the sand&box"), this))
{
    setObjectName(QStringLiteral("welcomePage"));
    setAccessibleName(tr("Welcome"));
    auto *title = new QLabel(tr("Welcome to ZCRM Explorer"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *intro = new QLabel(tr("There are no tokens in this store yet. Sign in with your Zoho account to "
                                "keep its OAuth token here, fresh and ready for your scripts, SDKs and API "
                                "calls, or try everything first against a local sandbox that behaves like "
                                "Zoho, without an account."),
                             this);
    intro->setWordWrap(true);
    // A wrapped label inside an aligned layout item gets no height for its width: give it both.
    intro->setFixedWidth(560);
    intro->setFixedHeight(intro->heightForWidth(560));
    intro->setAlignment(Qt::AlignHCenter);
    m_store->setAlignment(Qt::AlignHCenter);
    m_store->hide();
    m_store->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sandboxStatus->setWordWrap(true);
    m_sandboxStatus->setFixedWidth(560);
    m_sandboxStatus->setAlignment(Qt::AlignHCenter);
    m_sandboxStatus->hide();

    m_signIn->setAccessibleName(tr("Sign in to Zoho"));
    m_signIn->setAccessibleDescription(tr("Opens your browser on Zoho's consent page"));
    m_signIn->setDefault(true);
    m_sandbox->setAccessibleName(tr("Try the sandbox"));
    m_sandbox->setAccessibleDescription(
        tr("Starts a local look-alike of Zoho and signs in to it through your browser"));
    auto *grant = new QPushButton(tr("Add a Self Client &grant token…"), this);
    grant->setFlat(true);
    grant->setAccessibleName(tr("Add a Self Client grant token"));
    auto *store = new QPushButton(tr("Use another &store…"), this);
    store->setFlat(true);
    store->setAccessibleName(tr("Use another store"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_signIn);
    buttons->addSpacing(12);
    buttons->addWidget(m_sandbox);
    buttons->addStretch();
    auto *links = new QHBoxLayout;
    links->addStretch();
    links->addWidget(grant);
    links->addWidget(store);
    links->addStretch();

    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::icon(QStringLiteral("app")).pixmap(QSize(64, 64), devicePixelRatioF()));
    icon->setAccessibleName(tr("ZCRM Explorer"));

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(intro, 0, Qt::AlignHCenter);
    layout->addSpacing(20);
    layout->addLayout(buttons);
    layout->addSpacing(8);
    layout->addWidget(m_sandboxStatus, 0, Qt::AlignHCenter);
    layout->addLayout(links);
    layout->addSpacing(12);
    layout->addWidget(m_store, 0, Qt::AlignHCenter);
    layout->addStretch(3);

    connect(m_signIn, &QPushButton::clicked, this, &WelcomePage::signInRequested);
    connect(m_sandbox, &QPushButton::clicked, this, &WelcomePage::sandboxRequested);
    connect(grant, &QPushButton::clicked, this, &WelcomePage::grantTokenRequested);
    connect(store, &QPushButton::clicked, this, &WelcomePage::switchStoreRequested);
}

void WelcomePage::setStoreDescription(const QString &description)
{
    m_store->setText(tr("Tokens are kept in %1").arg(description));
    m_store->setVisible(!description.isEmpty());
}

void WelcomePage::setSandboxBusy(bool busy, const QString &message)
{
    m_sandbox->setEnabled(!busy);
    m_sandboxStatus->setText(message);
    m_sandboxStatus->setVisible(!message.isEmpty());
}
