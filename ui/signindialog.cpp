#include "signindialog.h"

#include "datacenterfields.h"
#include "dialoghelpers.h"
#include "dialognotice.h"
#include "errormessages.h"
#include "icons.h"
#include "secretfield.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

struct KnownScope
{
    const char *name;
    const char *description;
};

// The CRM scopes a person is likely to want, with what each one allows.
const KnownScope kKnownScopes[] = {
    { "ZohoCRM.modules.ALL",
      QT_TRANSLATE_NOOP("SignInDialog", "Read and write the records of every module") },
    { "ZohoCRM.modules.READ", QT_TRANSLATE_NOOP("SignInDialog", "Read the records of every module") },
    { "ZohoCRM.modules.leads.READ", QT_TRANSLATE_NOOP("SignInDialog", "Read leads") },
    { "ZohoCRM.modules.contacts.READ", QT_TRANSLATE_NOOP("SignInDialog", "Read contacts") },
    { "ZohoCRM.modules.accounts.READ", QT_TRANSLATE_NOOP("SignInDialog", "Read accounts") },
    { "ZohoCRM.modules.deals.READ", QT_TRANSLATE_NOOP("SignInDialog", "Read deals") },
    { "ZohoCRM.settings.ALL",
      QT_TRANSLATE_NOOP("SignInDialog", "Read and change the CRM's settings and metadata") },
    { "ZohoCRM.settings.modules.READ", QT_TRANSLATE_NOOP("SignInDialog", "Read the list of modules") },
    { "ZohoCRM.settings.fields.READ", QT_TRANSLATE_NOOP("SignInDialog", "Read the fields of modules") },
    { "ZohoCRM.settings.layouts.READ", QT_TRANSLATE_NOOP("SignInDialog", "Read the layouts of modules") },
    { "ZohoCRM.users.READ", QT_TRANSLATE_NOOP("SignInDialog", "Read the CRM's users") },
    { "ZohoCRM.users.ALL", QT_TRANSLATE_NOOP("SignInDialog", "Read and manage the CRM's users") },
    { "ZohoCRM.org.READ", QT_TRANSLATE_NOOP("SignInDialog", "Read the organization's details") },
    { "ZohoCRM.coql.READ", QT_TRANSLATE_NOOP("SignInDialog", "Run COQL queries") },
    { "ZohoCRM.bulk.ALL", QT_TRANSLATE_NOOP("SignInDialog", "Bulk read and write jobs") },
    { "ZohoCRM.notifications.ALL", QT_TRANSLATE_NOOP("SignInDialog", "Subscribe to change notifications") },
    { "ZohoCRM.Files.READ", QT_TRANSLATE_NOOP("SignInDialog", "Download attached files") },
    { "AaaServer.profile.READ", QT_TRANSLATE_NOOP("SignInDialog", "Read your Zoho profile (name, e-mail)") },
};

int portOf(const QString &redirectUri)
{
    const QUrl url(redirectUri);
    return url.port(-1);
}

} // namespace

SignInDialog::SignInDialog(TokenFacade *facade, SandboxProcess *sandbox, QWidget *parent)
    : QDialog(parent)
    , m_facade(facade)
    , m_sandbox(sandbox)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign In to Zoho CRM"));
    setAccessibleName(tr("Sign in to Zoho CRM"));
    setAccessibleDescription(tr("Choose where and with which client to sign in; your browser then asks "
                                "you to approve access"));
    setWindowIcon(Icons::icon(QStringLiteral("sign-in")));

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildForm());
    m_pages->addWidget(buildProgressPage());

    m_buttons = new QDialogButtonBox(this);
    m_signIn = m_buttons->addButton(tr("&Sign In"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setIcon(Icons::icon(QStringLiteral("sign-in")));
    m_signIn->setAccessibleDescription(tr("Opens your browser to approve access"));
    m_signIn->setDefault(true);
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::startSignIn);
    connect(m_cancel, &QPushButton::clicked, this, &SignInDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_buttons);

    if (m_sandbox) {
        connect(m_sandbox, &SandboxProcess::ready, this, [this](const SandboxProcess::Endpoints &endpoints) {
            if (m_where->choice() != DataCenterFields::Choice::Sandbox)
                return;
            fillFromSandbox(endpoints);
            if (m_startWhenSandboxReady) {
                m_startWhenSandboxReady = false;
                startSignIn();
            }
        });
        connect(m_sandbox, &SandboxProcess::failed, this, [this](const QString &message) {
            if (m_where->choice() != DataCenterFields::Choice::Sandbox)
                return;
            m_startWhenSandboxReady = false;
            if (m_waiting)
                cancelSignIn();
            m_notice->show(DialogNotice::Kind::Error, message);
        });
    }

    DialogHelpers::setTabOrder({ m_where->dataCenterCombo(), m_where->environmentCombo(),
                                 m_where->accountsUrlEdit(), m_where->apiDomainEdit(), m_clientId,
                                 m_clientSecret->lineEdit(), m_clientSecret->revealButton(), m_scopes,
                                 m_otherScopes, m_port, m_signIn, m_cancel });
    showForm();
    setMinimumWidth(DialogHelpers::textWidth(this, 100));
    m_where->dataCenterCombo()->setFocus();
}

SignInDialog::~SignInDialog()
{
    // A dialog that goes away takes its sign-in along (the facade would drop the answer anyway).
    if (m_waiting)
        m_operation.cancel();
}

QWidget *SignInDialog::buildForm()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("formPage"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *intro = new QLabel(tr("ZCRM Explorer opens your browser, where you approve access to Zoho CRM. "
                                "The token is then kept in the current store and refreshed before it "
                                "expires. No Zoho account? Choose “Sandbox (offline demo)”."),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_where = new DataCenterFields(true, page);
    m_where->addRows(form);
    connect(m_where, &DataCenterFields::choiceChanged, this, &SignInDialog::choiceChanged);

    m_clientId = new QLineEdit(page);
    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_clientId->setPlaceholderText(tr("1000.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"));
    m_clientId->setAccessibleName(tr("Client ID"));
    m_clientId->setAccessibleDescription(tr("The client ID from the Zoho API console"));
    form->addRow(tr("C&lient ID:"), m_clientId);

    m_clientSecret = new SecretField(tr("client secret"), page);
    m_clientSecret->setObjectName(QStringLiteral("clientSecretField"));
    m_clientSecret->lineEdit()->setObjectName(QStringLiteral("clientSecretEdit"));
    m_clientSecret->lineEdit()->setAccessibleName(tr("Client secret"));
    m_clientSecret->lineEdit()->setAccessibleDescription(tr("The client secret from the Zoho API console; "
                                                            "masked until you choose Show"));
    form->addRow(tr("Client secre&t:"), m_clientSecret);

    m_scopes = new QListWidget(page);
    m_scopes->setObjectName(QStringLiteral("scopeList"));
    m_scopes->setAccessibleName(tr("Scopes"));
    m_scopes->setAccessibleDescription(tr("The permissions to ask for; check or uncheck with Space"));
    m_scopes->setUniformItemSizes(true);
    for (const KnownScope &scope : kKnownScopes) {
        auto *item = new QListWidgetItem(QString::fromLatin1(scope.name), m_scopes);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(tr(scope.description));
        item->setData(Qt::AccessibleDescriptionRole, tr(scope.description));
    }
    // Seven whole rows show, each of one set height (so none is cut by the frame); the rest scroll.
    m_scopes->ensurePolished();
    const int row = qMax(m_scopes->sizeHintForRow(0), m_scopes->fontMetrics().height() + 6);
    for (int i = 0; i < m_scopes->count(); ++i)
        m_scopes->item(i)->setSizeHint(QSize(0, row));
    const int height = row * 7 + 2 * m_scopes->frameWidth();
    m_scopes->setMinimumHeight(height);
    m_scopes->setMaximumHeight(height);
    form->addRow(tr("S&copes:"), m_scopes);

    m_otherScopes = new QLineEdit(page);
    m_otherScopes->setObjectName(QStringLiteral("otherScopesEdit"));
    m_otherScopes->setPlaceholderText(tr("e.g. ZohoCRM.modules.custom.READ, ZohoCRM.Files.CREATE"));
    m_otherScopes->setAccessibleName(tr("Other scopes"));
    m_otherScopes->setAccessibleDescription(tr("More scopes to ask for, separated by commas or spaces"));
    form->addRow(tr("&Other scopes:"), m_otherScopes);

    m_port = new QSpinBox(page);
    m_port->setObjectName(QStringLiteral("redirectPortSpin"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("Any free port"));
    m_port->setValue(portOf(OAuthSignIn::defaultRedirectUri()));
    m_port->setAccessibleName(tr("Redirect port"));
    m_port->setAccessibleDescription(
        tr("The port of the redirect URI on this computer; 0 picks any free port"));
    m_redirectHint = new QLabel(page);
    m_redirectHint->setObjectName(QStringLiteral("redirectHint"));
    m_redirectHint->setWordWrap(true);
    m_redirectHint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The hint wraps: it sits below the form, where a wrapped label cannot squeeze the rows above it.
    auto *portLine = new QHBoxLayout;
    portLine->addWidget(m_port);
    portLine->addStretch(1);
    auto *portLabel = new QLabel(tr("&Redirect port:"), page);
    portLabel->setBuddy(m_port);
    form->addRow(portLabel, portLine);
    connect(m_port, &QSpinBox::valueChanged, this, &SignInDialog::updateRedirectHint);
    updateRedirectHint();

    layout->addLayout(form);
    layout->addWidget(m_redirectHint);
    m_notice = new DialogNotice(page);
    m_notice->setObjectName(QStringLiteral("formNotice"));
    layout->addWidget(m_notice);
    layout->addStretch(1);

    setScopes(OAuthSignIn::defaultScopes());
    return page;
}

QWidget *SignInDialog::buildProgressPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("progressPage"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addSpacing(12); // at the top, where the form was, not floating in the middle

    m_waitingTitle = new QLabel(tr("Waiting for you to approve access in your browser…"), page);
    m_waitingTitle->setObjectName(QStringLiteral("waitingTitle"));
    m_waitingTitle->setWordWrap(true);
    QFont title = m_waitingTitle->font();
    title.setPointSizeF(title.pointSizeF() * 1.2);
    title.setBold(true);
    m_waitingTitle->setFont(title);
    layout->addWidget(m_waitingTitle);

    m_busy = new QProgressBar(page);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Waiting for the browser"));
    layout->addWidget(m_busy);

    auto *explain = new QLabel(tr("Your browser shows Zoho's consent page. Approve access there; this window "
                                  "continues by itself. If no browser opened, copy this address into one:"),
                               page);
    explain->setWordWrap(true);
    layout->addSpacing(6);
    layout->addWidget(explain);

    auto *urlRow = new QHBoxLayout;
    m_url = new QLineEdit(page);
    m_url->setObjectName(QStringLiteral("authorizationUrlEdit"));
    m_url->setReadOnly(true);
    m_url->setPlaceholderText(tr("Preparing the sign-in…"));
    m_url->setAccessibleName(tr("Authorization address"));
    m_url->setAccessibleDescription(tr("The address of Zoho's consent page for this sign-in"));
    m_copy = new QToolButton(page);
    m_copy->setObjectName(QStringLiteral("copyUrlButton"));
    m_copy->setText(tr("Co&py"));
    m_copy->setIcon(Icons::icon(QStringLiteral("copy")));
    m_copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copy->setFocusPolicy(Qt::StrongFocus);
    m_copy->setAccessibleName(tr("Copy the authorization address"));
    m_copy->setEnabled(false);
    connect(m_copy, &QToolButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_url->text());
        m_progressNotice->show(DialogNotice::Kind::Info,
                               tr("The address was copied. Paste it into your browser."));
    });
    auto *urlLabel = new QLabel(tr("&Address:"), page);
    urlLabel->setBuddy(m_url);
    urlRow->addWidget(urlLabel);
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_copy);
    layout->addLayout(urlRow);

    m_progressNotice = new DialogNotice(page);
    m_progressNotice->setObjectName(QStringLiteral("progressNotice"));
    layout->addWidget(m_progressNotice);
    layout->addStretch(1);
    return page;
}

void SignInDialog::updateRedirectHint()
{
    if (m_where && m_where->choice() == DataCenterFields::Choice::Sandbox)
        m_redirectHint->setText(
            m_port->value() == 0 ? tr("A free port is picked for each sign-in; the sandbox accepts any port.")
                                 : tr("The sandbox accepts %1, and any other port.").arg(redirectUri()));
    else if (m_port->value() == 0)
        m_redirectHint->setText(tr("A free port is picked for each sign-in; only works with clients that "
                                   "accept any port (as the sandbox does)."));
    else
        m_redirectHint->setText(tr("Register %1 as the client's redirect URI.").arg(redirectUri()));
}

QString SignInDialog::redirectUri() const
{
    return QStringLiteral("http://localhost:%1/callback").arg(m_port->value());
}

QStringList SignInDialog::chosenScopes() const
{
    QStringList scopes;
    for (int i = 0; i < m_scopes->count(); ++i) {
        if (m_scopes->item(i)->checkState() == Qt::Checked)
            scopes.append(m_scopes->item(i)->text());
    }
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    for (const QString &scope : m_otherScopes->text().split(separators, Qt::SkipEmptyParts)) {
        if (!scopes.contains(scope))
            scopes.append(scope);
    }
    return scopes;
}

void SignInDialog::setScopes(const QStringList &scopes)
{
    QStringList other;
    for (int i = 0; i < m_scopes->count(); ++i)
        m_scopes->item(i)->setCheckState(Qt::Unchecked);
    for (const QString &scope : scopes) {
        const auto found = m_scopes->findItems(scope, Qt::MatchFixedString | Qt::MatchCaseSensitive);
        if (found.isEmpty())
            other.append(scope);
        else
            found.first()->setCheckState(Qt::Checked);
    }
    m_otherScopes->setText(other.join(QStringLiteral(", ")));
}

void SignInDialog::setOptions(const OAuthSignIn::Options &options)
{
    if (options.environment.isValid())
        m_where->setZohoEnvironment(options.environment);
    m_clientId->setText(options.clientId);
    m_clientSecret->setText(options.clientSecret);
    setScopes(options.scopes.isEmpty() ? OAuthSignIn::defaultScopes() : options.scopes);
    const int port =
        portOf(options.redirectUri.isEmpty() ? OAuthSignIn::defaultRedirectUri() : options.redirectUri);
    if (port >= 0)
        m_port->setValue(port);
    if (options.timeoutMs > 0 && options.timeoutMs != OAuthSignIn::Options().timeoutMs)
        m_timeoutMs = options.timeoutMs;
}

OAuthSignIn::Options SignInDialog::options() const
{
    OAuthSignIn::Options options;
    if (auto environment = m_where->zohoEnvironment(nullptr))
        options.environment = *environment;
    options.clientId = m_clientId->text().trimmed();
    options.clientSecret = m_clientSecret->text().trimmed();
    options.scopes = chosenScopes();
    options.redirectUri = redirectUri();
    if (m_timeoutMs > 0)
        options.timeoutMs = m_timeoutMs;
    return options;
}

std::optional<OAuthSignIn::Options> SignInDialog::validated()
{
    auto fail = [this](const QString &why, QWidget *field) -> std::optional<OAuthSignIn::Options> {
        m_notice->show(DialogNotice::Kind::Error, why);
        if (field)
            field->setFocus();
        return std::nullopt;
    };
    QString why;
    QWidget *field = nullptr;
    if (m_where->choice() == DataCenterFields::Choice::Sandbox && !m_filledFromSandbox)
        return fail(m_sandbox ? tr("The sandbox is still starting. Sign in again in a moment.")
                              : tr("The sandbox is not part of this installation."),
                    m_where->dataCenterCombo());
    if (!m_where->zohoEnvironment(&why, &field))
        return fail(why, field);
    if (m_clientId->text().trimmed().isEmpty())
        return fail(
            tr("Enter the client ID. You find it in the Zoho API console (api-console.zoho.com) under "
               "your client."),
            m_clientId);
    if (m_clientSecret->text().trimmed().isEmpty())
        return fail(tr("Enter the client secret. It is shown in the Zoho API console next to the client ID."),
                    m_clientSecret->lineEdit());
    static const QRegularExpression scopeName(QStringLiteral("^[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z0-9_]+)+$"));
    const QStringList scopes = chosenScopes();
    for (const QString &scope : scopes) {
        if (!scopeName.match(scope).hasMatch())
            return fail(tr("“%1” is not a scope. Scopes look like ZohoCRM.modules.ALL.").arg(scope),
                        m_otherScopes);
    }
    if (scopes.isEmpty())
        return fail(tr("Choose at least one scope, for example ZohoCRM.modules.ALL."), m_scopes);
    return options();
}

void SignInDialog::startSignIn()
{
    if (m_waiting)
        return;
    const auto checked = validated();
    if (!checked)
        return;
    m_notice->clear();
    m_url->clear();
    m_copy->setEnabled(false);
    m_progressNotice->clear();
    m_waiting = true;
    showProgress();

    const quint64 generation = ++m_generation;
    const QString redirect = checked->redirectUri;
    TokenFacade::SignInProgress progress;
    progress.authorizationUrl = [this, generation](const QUrl &url) {
        if (generation != m_generation)
            return;
        m_url->setText(url.toString(QUrl::FullyEncoded));
        m_url->setCursorPosition(0);
        m_copy->setEnabled(true);
    };
    progress.callbackRejected = [this, generation](const QString &reason) {
        if (generation != m_generation)
            return;
        m_progressNotice->show(DialogNotice::Kind::Warning, ErrorMessages::rejectedCallback(reason));
        m_progressNotice->setToolTip(reason);
    };
    m_operation = m_facade->signIn(*checked, this, progress,
                                   [this, generation, redirect](const TokenFacade::SignInOutcome &outcome) {
                                       if (generation == m_generation)
                                           finished(outcome, redirect);
                                   });
}

void SignInDialog::cancelSignIn()
{
    if (!m_waiting)
        return;
    m_operation.cancel();
    m_operation = TokenOperation();
    ++m_generation; // its "cancelled" answer is not news
    m_waiting = false;
    showForm();
    m_notice->show(DialogNotice::Kind::Info, tr("The sign-in was cancelled. Nothing was saved."));
}

void SignInDialog::finished(const TokenFacade::SignInOutcome &outcome, const QString &redirectUri)
{
    m_waiting = false;
    m_operation = TokenOperation();
    if (outcome.ok()) {
        Q_EMIT signedIn(outcome.token);
        accept();
        return;
    }
    showForm();
    if (!outcome.error.isNone()) {
        m_notice->show(DialogNotice::Kind::Error,
                       ErrorMessages::signIn(outcome.error, ErrorMessages::Flow::Browser, redirectUri));
        m_notice->setToolTip(outcome.error.message());
    } else if (outcome.storeError) {
        m_notice->show(DialogNotice::Kind::Error,
                       tr("You are signed in, but the token could not be saved. %1")
                           .arg(ErrorMessages::store(*outcome.storeError)));
    }
}

void SignInDialog::showForm()
{
    m_pages->setCurrentIndex(0);
    m_signIn->show();
    m_signIn->setDefault(true);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleDescription(tr("Closes this window without signing in"));
}

void SignInDialog::showProgress()
{
    m_pages->setCurrentIndex(1);
    m_signIn->hide();
    m_cancel->setText(tr("&Cancel Sign-In"));
    m_cancel->setAccessibleDescription(tr("Stops waiting for the browser"));
    m_cancel->setDefault(true);
    m_cancel->setFocus();
}

QString SignInDialog::authorizationUrl() const
{
    return m_url->text();
}

QString SignInDialog::message() const
{
    return m_notice->text();
}

void SignInDialog::reject()
{
    if (m_waiting) {
        cancelSignIn();
        return;
    }
    QDialog::reject();
}

void SignInDialog::closeEvent(QCloseEvent *event)
{
    if (m_waiting) {
        m_operation.cancel();
        ++m_generation;
        m_waiting = false;
        showForm();
    }
    QDialog::closeEvent(event);
}

void SignInDialog::selectSandbox()
{
    if (m_where->choice() == DataCenterFields::Choice::Sandbox)
        useSandbox();
    else
        m_where->selectSandbox();
}

void SignInDialog::startSandboxSignIn()
{
    m_startWhenSandboxReady = true;
    selectSandbox();
    if (m_filledFromSandbox) {
        m_startWhenSandboxReady = false;
        startSignIn();
    }
}

void SignInDialog::choiceChanged()
{
    updateRedirectHint();
    if (m_where->choice() == DataCenterFields::Choice::Sandbox)
        useSandbox();
    else
        leaveSandbox();
}

void SignInDialog::useSandbox()
{
    m_notice->clear();
    if (!m_sandbox) {
        m_notice->show(DialogNotice::Kind::Error, tr("The sandbox is not part of this installation."));
        return;
    }
    if (m_sandbox->isReady()) {
        fillFromSandbox(m_sandbox->endpoints());
        return;
    }
    m_where->setCustomUrls(QUrl(), QUrl(), true);
    m_clientId->setReadOnly(true);
    m_clientSecret->setReadOnly(true);
    m_notice->show(DialogNotice::Kind::Info, tr("Starting the sandbox on this computer…"));
    if (!m_sandbox->isRunning())
        m_sandbox->start();
}

void SignInDialog::fillFromSandbox(const SandboxProcess::Endpoints &endpoints)
{
    m_where->setCustomUrls(endpoints.accountsUrl, endpoints.apiDomain, true);
    m_clientId->setText(endpoints.clientId);
    m_clientSecret->setText(endpoints.clientSecret);
    m_clientId->setReadOnly(true);
    m_clientSecret->setReadOnly(true);
    m_filledFromSandbox = true;
    m_notice->show(
        DialogNotice::Kind::Info,
        tr("The sandbox runs on this computer and plays Zoho with made-up data: sign in to see the "
           "whole product without a Zoho account."));
}

void SignInDialog::leaveSandbox()
{
    m_startWhenSandboxReady = false;
    m_clientId->setReadOnly(false);
    m_clientSecret->setReadOnly(false);
    if (m_filledFromSandbox || m_where->accountsUrlEdit()->isReadOnly()) {
        m_where->setCustomUrls(QUrl(), QUrl(), false);
        m_clientId->clear();
        m_clientSecret->clear();
    }
    m_filledFromSandbox = false;
    m_notice->clear();
}
