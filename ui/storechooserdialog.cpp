#include "storechooserdialog.h"

#include "appsettings.h"
#include "dialoghelpers.h"
#include "dialognotice.h"
#include "errormessages.h"
#include "icons.h"
#include "secretfield.h"
#include "storespeceditor.h"
#include "tokenfacade.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

StoreChooserDialog::StoreChooserDialog(TokenFacade *facade, AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_facade(facade)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("storeChooserDialog"));
    setWindowIcon(Icons::icon(QStringLiteral("store")));

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Choose where ZCRM Explorer reads and keeps tokens. The Zoho SDKs and the "
                                "command line can share the same store."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_editor = new StoreSpecEditor(this);
    m_editor->setPasswordAllowed(m_facade != nullptr);
    m_editor->setPathPurpose(StoreSpecEditor::PathPurpose::Write);
    layout->addWidget(m_editor);

    m_makeDefault = new QCheckBox(tr("&Make this my default store"), this);
    m_makeDefault->setObjectName(QStringLiteral("makeDefaultCheck"));
    m_makeDefault->setAccessibleName(tr("Make this my default store"));
    m_makeDefault->setAccessibleDescription(tr("Opens this store when ZCRM Explorer starts"));
    m_makeDefault->setEnabled(m_settings != nullptr);
    layout->addWidget(m_makeDefault);

    m_notice = new DialogNotice(this);
    layout->addWidget(m_notice);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(this);
    m_choose = m_buttons->addButton(tr("&Open Store"), QDialogButtonBox::AcceptRole);
    m_choose->setObjectName(QStringLiteral("chooseButton"));
    m_choose->setDefault(true);
    QPushButton *cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_choose, &QPushButton::clicked, this, &StoreChooserDialog::choose);
    connect(cancel, &QPushButton::clicked, this, &StoreChooserDialog::reject);
    layout->addWidget(m_buttons);
    connect(m_editor, &StoreSpecEditor::specChanged, this, [this] {
        if (m_notice->kind() == DialogNotice::Kind::Error)
            m_notice->clear();
    });

    setTabOrder(m_editor, m_makeDefault);
    setTabOrder(m_makeDefault, m_choose);
    setTabOrder(m_choose, cancel);
    setPurpose(Purpose::SwitchStore);
    setMinimumWidth(DialogHelpers::textWidth(this, 80));
    m_editor->setFocus();
}

void StoreChooserDialog::setPurpose(Purpose purpose)
{
    m_purpose = purpose;
    const bool pick = purpose == Purpose::PickDefault;
    setWindowTitle(pick ? tr("Choose the Default Store") : tr("Switch Store"));
    setAccessibleName(pick ? tr("Choose the default store") : tr("Switch store"));
    setAccessibleDescription(tr("Choose a token store by its kind and details"));
    m_makeDefault->setVisible(!pick);
    m_choose->setText(pick ? tr("&Choose") : tr("&Open Store"));
    m_choose->setAccessibleDescription(pick ? tr("Uses this store as the default")
                                            : tr("Opens this store in the main window"));
}

void StoreChooserDialog::setSpec(const QString &spec)
{
    m_editor->setSpec(spec);
}

QString StoreChooserDialog::spec() const
{
    return m_editor->spec();
}

bool StoreChooserDialog::makesDefault() const
{
    return m_purpose == Purpose::SwitchStore && m_makeDefault->isChecked();
}

void StoreChooserDialog::setMakesDefault(bool makeDefault)
{
    m_makeDefault->setChecked(makeDefault);
}

QString StoreChooserDialog::message() const
{
    return m_notice->text();
}

void StoreChooserDialog::choose()
{
    if (m_saving)
        return;
    const QString error = m_editor->validationError();
    if (!error.isEmpty()) {
        m_notice->show(DialogNotice::Kind::Error, error);
        if (QWidget *field = m_editor->invalidField())
            field->setFocus();
        return;
    }
    const QString spec = m_editor->spec();
    const QString password = m_editor->password();
    if (m_facade && m_editor->takesPassword() && !password.isEmpty()) {
        m_saving = true;
        m_choose->setEnabled(false);
        m_notice->show(DialogNotice::Kind::Info, tr("Keeping the password in the OS keychain…"));
        m_facade->storeDatabasePassword(spec, password, this, [this, spec](const StoreResult<void> &result) {
            m_saving = false;
            m_choose->setEnabled(true);
            if (!result) {
                m_notice->show(DialogNotice::Kind::Error,
                               tr("The password could not be kept in the OS keychain, so the store was not "
                                  "opened. %1")
                                   .arg(ErrorMessages::store(result.error())));
                return;
            }
            m_editor->passwordField()->clear();
            finish(spec);
        });
        return;
    }
    finish(spec);
}

void StoreChooserDialog::finish(const QString &spec)
{
    m_notice->clear();
    if (m_settings && m_purpose == Purpose::SwitchStore && m_makeDefault->isChecked())
        m_settings->setDefaultStore(spec);
    Q_EMIT storeChosen(spec);
    accept();
}
