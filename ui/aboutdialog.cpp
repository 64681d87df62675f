#include "aboutdialog.h"

#include "dialoghelpers.h"
#include "icons.h"
#include "zcrmversion.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About ZCRM Explorer"));
    setAccessibleName(tr("About ZCRM Explorer"));
    setAccessibleDescription(tr("The version and licence of ZCRM Explorer"));
    setWindowIcon(Icons::icon(QStringLiteral("app")));

    auto *icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("appIcon"));
    icon->setPixmap(Icons::icon(QStringLiteral("app")).pixmap(72, 72));
    icon->setAccessibleName(tr("ZCRM Explorer icon"));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    auto *name = new QLabel(QStringLiteral("ZCRM Explorer"), this);
    name->setObjectName(QStringLiteral("appName"));
    QFont big = name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    name->setFont(big);

    auto *version = new QLabel(versionText(), this);
    version->setObjectName(QStringLiteral("versionLabel"));
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *qt =
        new QLabel(tr("Built with Qt %1, running on %2").arg(QStringLiteral(QT_VERSION_STR), qtText()), this);
    qt->setObjectName(QStringLiteral("qtVersionLabel"));
    qt->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *description = new QLabel(tr("Keeps your Zoho CRM OAuth tokens fresh and at hand, for you, the Zoho "
                                      "SDKs and your scripts."),
                                   this);
    description->setObjectName(QStringLiteral("descriptionLabel"));
    description->setWordWrap(true);
    auto *licence = new QLabel(tr("Free software; see the licence that came with it for the terms."), this);
    licence->setObjectName(QStringLiteral("licenceLabel"));
    licence->setWordWrap(true);
    QPalette muted = licence->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    licence->setPalette(muted);

    auto *text = new QVBoxLayout;
    text->setSpacing(4);
    text->addWidget(name);
    text->addWidget(version);
    text->addWidget(qt);
    text->addSpacing(8);
    text->addWidget(description);
    text->addWidget(licence);
    text->addStretch(1);

    auto *top = new QHBoxLayout;
    top->setSpacing(16);
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &AboutDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    setMinimumWidth(DialogHelpers::textWidth(this, 70));
}

QString AboutDialog::versionText()
{
    return tr("Version %1").arg(QStringLiteral(ZCRM_VERSION_STRING));
}

QString AboutDialog::qtText()
{
    return tr("Qt %1").arg(QString::fromLatin1(qVersion()));
}
