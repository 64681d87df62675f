#include "granttokendialog.h"

#include "datacenterfields.h"
#include "dialoghelpers.h"
#include "dialognotice.h"
#include "errormessages.h"
#include "icons.h"
#include "secretfield.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

GrantTokenDialog::GrantTokenDialog(TokenFacade *facade, QWidget *parent)
    : QDialog(parent)
    , m_facade(facade)
{
    setObjectName(QStringLiteral("grantTokenDialog"));
    setWindowTitle(tr("Add Self Client Grant Token"));
    setAccessibleName(tr("Add Self Client grant token"));
    setAccessibleDescription(tr("Exchanges a grant code from the Zoho API console's Self Client for a "
                                "token that ZCRM Explorer keeps and refreshes"));
    setWindowIcon(Icons::icon(QStringLiteral("grant-token")));

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("For a server or a script without a browser: in the Zoho API console, open "
                                "your Self Client, choose “Generate Code”, pick the scopes and a duration, "
                                "and paste the code here before it expires. ZCRM Explorer exchanges it for a "
                                "refresh token and keeps it in the current store."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_form = new QWidget(this);
    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_where = new DataCenterFields(false, m_form);
    m_where->addRows(form);

    m_clientId = new QLineEdit(m_form);
    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_clientId->setPlaceholderText(tr("1000.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"));
    m_clientId->setAccessibleName(tr("Client ID"));
    m_clientId->setAccessibleDescription(tr("The Self Client's client ID"));
    form->addRow(tr("C&lient ID:"), m_clientId);

    m_clientSecret = new SecretField(tr("client secret"), m_form);
    m_clientSecret->setObjectName(QStringLiteral("clientSecretField"));
    m_clientSecret->lineEdit()->setObjectName(QStringLiteral("clientSecretEdit"));
    m_clientSecret->lineEdit()->setAccessibleName(tr("Client secret"));
    m_clientSecret->lineEdit()->setAccessibleDescription(tr("The Self Client's client secret; masked until "
                                                            "you choose Show"));
    form->addRow(tr("Client secre&t:"), m_clientSecret);

    m_grantCode = new SecretField(tr("grant code"), m_form);
    m_grantCode->setObjectName(QStringLiteral("grantCodeField"));
    m_grantCode->lineEdit()->setObjectName(QStringLiteral("grantCodeEdit"));
    m_grantCode->lineEdit()->setAccessibleName(tr("Grant code"));
    m_grantCode->lineEdit()->setAccessibleDescription(tr("The code the Self Client generated; it works "
                                                         "once, within its lifetime"));
    m_grantCode->setPlaceholderText(tr("1000.xxxxxxxx.xxxxxxxx"));
    form->addRow(tr("&Grant code:"), m_grantCode);
    layout->addWidget(m_form);

    m_busyLabel = new QLabel(tr("Exchanging the grant code with Zoho…"), this);
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Exchanging the grant code"));
    layout->addWidget(m_busyLabel);
    layout->addWidget(m_busy);
    m_busyLabel->hide();
    m_busy->hide();

    m_notice = new DialogNotice(this);
    m_notice->setObjectName(QStringLiteral("notice"));
    layout->addWidget(m_notice);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(this);
    m_add = m_buttons->addButton(tr("&Add Token"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("addButton"));
    m_add->setIcon(Icons::icon(QStringLiteral("grant-token")));
    m_add->setAccessibleDescription(tr("Exchanges the grant code and saves the token"));
    m_add->setDefault(true);
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_add, &QPushButton::clicked, this, &GrantTokenDialog::startExchange);
    connect(m_cancel, &QPushButton::clicked, this, &GrantTokenDialog::reject);
    layout->addWidget(m_buttons);

    DialogHelpers::setTabOrder({ m_where->dataCenterCombo(), m_where->environmentCombo(),
                                 m_where->accountsUrlEdit(), m_where->apiDomainEdit(), m_clientId,
                                 m_clientSecret->lineEdit(), m_clientSecret->revealButton(),
                                 m_grantCode->lineEdit(), m_grantCode->revealButton(), m_add, m_cancel });
    setMinimumWidth(DialogHelpers::textWidth(this, 80));
    m_where->dataCenterCombo()->setFocus();
}

GrantTokenDialog::~GrantTokenDialog()
{
    if (m_working)
        m_operation.cancel();
}

void GrantTokenDialog::setOptions(const OAuthSignIn::Options &options)
{
    if (options.environment.isValid())
        m_where->setZohoEnvironment(options.environment);
    m_clientId->setText(options.clientId);
    m_clientSecret->setText(options.clientSecret);
}

void GrantTokenDialog::setGrantCode(const QString &code)
{
    m_grantCode->setText(code);
}

QString GrantTokenDialog::message() const
{
    return m_notice->text();
}

void GrantTokenDialog::startExchange()
{
    if (m_working)
        return;
    auto fail = [this](const QString &why, QWidget *field) {
        m_notice->show(DialogNotice::Kind::Error, why);
        if (field)
            field->setFocus();
    };
    QString why;
    QWidget *field = nullptr;
    const auto environment = m_where->zohoEnvironment(&why, &field);
    if (!environment)
        return fail(why, field);
    if (m_clientId->text().trimmed().isEmpty())
        return fail(tr("Enter the Self Client's client ID (in the Zoho API console, under “Client Secret”)."),
                    m_clientId);
    if (m_clientSecret->text().trimmed().isEmpty())
        return fail(tr("Enter the Self Client's client secret."), m_clientSecret->lineEdit());
    const QString code = m_grantCode->text().trimmed();
    if (code.isEmpty())
        return fail(tr("Paste the grant code the Self Client generated."), m_grantCode->lineEdit());

    OAuthSignIn::Options options;
    options.environment = *environment;
    options.clientId = m_clientId->text().trimmed();
    options.clientSecret = m_clientSecret->text().trimmed();
    m_notice->clear();
    setWorking(true);
    const quint64 generation = ++m_generation;
    m_operation = m_facade->signInWithGrantToken(options, code, this,
                                                 [this, generation](const TokenFacade::SignInOutcome &o) {
                                                     if (generation == m_generation)
                                                         finished(o);
                                                 });
}

void GrantTokenDialog::cancelExchange()
{
    if (!m_working)
        return;
    m_operation.cancel();
    m_operation = TokenOperation();
    ++m_generation;
    setWorking(false);
    m_notice->show(DialogNotice::Kind::Info,
                   tr("Cancelled. The grant code may already have been used; "
                      "generate a new one if the next try says it expired."));
}

void GrantTokenDialog::finished(const TokenFacade::SignInOutcome &outcome)
{
    setWorking(false);
    m_operation = TokenOperation();
    if (outcome.ok()) {
        Q_EMIT signedIn(outcome.token);
        accept();
        return;
    }
    if (!outcome.error.isNone()) {
        m_notice->show(DialogNotice::Kind::Error,
                       ErrorMessages::signIn(outcome.error, ErrorMessages::Flow::GrantToken));
        m_notice->setToolTip(outcome.error.message());
    } else if (outcome.storeError) {
        m_notice->show(DialogNotice::Kind::Error,
                       tr("The code was exchanged, but the token could not be saved. %1")
                           .arg(ErrorMessages::store(*outcome.storeError)));
    }
}

void GrantTokenDialog::setWorking(bool working)
{
    m_working = working;
    m_form->setEnabled(!working);
    m_busy->setVisible(working);
    m_busyLabel->setVisible(working);
    m_add->setEnabled(!working);
    m_cancel->setText(working ? tr("&Stop") : tr("Cancel"));
    if (working)
        m_cancel->setFocus();
}

void GrantTokenDialog::reject()
{
    if (m_working) {
        cancelExchange();
        return;
    }
    QDialog::reject();
}
