#include "requesteditor.h"

#include "coqleditor.h"
#include "endpointcatalogue.h"
#include "jsonbodyeditor.h"
#include "queryparameterdelegate.h"
#include "tokenchoicemodel.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

const QStringList kMethods { QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
                             QStringLiteral("PATCH"), QStringLiteral("DELETE") };
const QStringList kNotModules { QStringLiteral("settings"), QStringLiteral("coql"), QStringLiteral("users"),
                                QStringLiteral("org"), QStringLiteral("__sandbox") };

} // namespace

RequestEditor::RequestEditor(QWidget *parent)
    : QWidget(parent)
    , m_method(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_pathWords(new QStringListModel(this))
    , m_pathCompleter(new QCompleter(m_pathWords, this))
    , m_token(new QComboBox(this))
    , m_timeout(new QSpinBox(this))
    , m_send(new QPushButton(tr("&Send"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_endpoint(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_params(new QTableWidget(0, 2, this))
    , m_body(new JsonBodyEditor(this))
    , m_coql(new CoqlEditor(this))
{
    setObjectName(QStringLiteral("requestEditor"));
    m_method->setObjectName(QStringLiteral("methodBox"));
    m_method->addItems(kMethods);
    m_method->setAccessibleName(tr("Method"));
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_path->setAccessibleName(tr("Path"));
    m_path->setAccessibleDescription(tr("Below /crm/v8/, e.g. Leads or settings/fields; completes CRM v8 "
                                        "endpoints and the org's modules"));
    m_path->setPlaceholderText(tr("Leads, settings/modules, coql …"));
    m_path->setClearButtonEnabled(true);
    m_pathCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_pathCompleter->setFilterMode(Qt::MatchContains);
    m_pathCompleter->setMaxVisibleItems(14);
    m_path->setCompleter(m_pathCompleter);
    m_token->setObjectName(QStringLiteral("tokenBox"));
    m_token->setAccessibleName(tr("Token"));
    m_token->setAccessibleDescription(
        tr("The stored token that signs the request: its user and data center"));
    // Sized by a typical entry, not by measuring every one of up to 100,000 tokens.
    m_token->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_token->setMinimumContentsLength(30);
    m_timeout->setObjectName(QStringLiteral("timeoutBox"));
    m_timeout->setRange(1, 600);
    m_timeout->setValue(30);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setAccessibleName(tr("Timeout"));
    m_timeout->setToolTip(tr("Timeout per attempt"));
    if (auto *edit = m_timeout->findChild<QLineEdit *>())
        edit->setAccessibleName(tr("Timeout in seconds"));
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setAccessibleName(tr("Send"));
    m_send->setToolTip(tr("Send the request (Ctrl+Return)"));
    m_send->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAccessibleName(tr("Cancel the request"));
    m_cancel->setEnabled(false);
    m_endpoint->setObjectName(QStringLiteral("endpointInfo"));
    m_endpoint->setAccessibleName(tr("Endpoint"));
    m_endpoint->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_params->setObjectName(QStringLiteral("parameterTable"));
    m_params->setAccessibleName(tr("Query parameters"));
    m_params->setAccessibleDescription(tr("Name and value per row; names and values complete as you type"));
    m_params->setHorizontalHeaderLabels({ tr("Parameter"), tr("Value") });
    m_params->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_params->horizontalHeader()->setStretchLastSection(true);
    m_params->horizontalHeader()->resizeSection(0, 160);
    m_params->verticalHeader()->hide();
    m_params->setTabKeyNavigation(false);
    m_params->setItemDelegate(new QueryParameterDelegate(
        [this](int column, const QString &name) { return parameterSuggestions(column, name); }, m_params));
    m_params->setEditTriggers(QAbstractItemView::AllEditTriggers);
    ensureEmptyRow();

    m_tabs->setObjectName(QStringLiteral("requestTabs"));
    m_tabs->setAccessibleName(tr("Request parts"));
    m_tabs->addTab(m_params, tr("&Parameters"));
    m_tabs->addTab(m_body, tr("&Body"));
    m_tabs->addTab(m_coql, tr("C&OQL"));

    auto *line = new QHBoxLayout;
    line->addWidget(m_method);
    line->addWidget(m_path, 1);
    line->addWidget(m_token);
    line->addWidget(m_timeout);
    line->addWidget(m_send);
    line->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(line);
    layout->addWidget(m_endpoint);
    layout->addWidget(m_tabs, 1);

    connect(m_method, &QComboBox::currentTextChanged, this, [this] {
        updatePathCompletion();
        updateEndpointInfo();
    });
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        updateEndpointInfo();
        moduleMaybeChanged();
    });
    connect(m_path, &QLineEdit::returnPressed, this, &RequestEditor::sendRequested);
    connect(m_send, &QPushButton::clicked, this, &RequestEditor::sendRequested);
    connect(m_cancel, &QPushButton::clicked, this, &RequestEditor::cancelRequested);
    connect(m_token, &QComboBox::currentIndexChanged, this, &RequestEditor::noteTokenChange);
    connect(m_params, &QTableWidget::itemChanged, this, [this] {
        ensureEmptyRow();
        moduleMaybeChanged();
    });
    connect(m_coql, &CoqlEditor::moduleMentioned, this, &RequestEditor::fieldsWanted);
    updatePathCompletion();
    updateEndpointInfo();
}

void RequestEditor::ensureEmptyRow()
{
    const int rows = m_params->rowCount();
    const auto empty = [this](int row) {
        for (int c = 0; c < 2; ++c)
            if (m_params->item(row, c) && !m_params->item(row, c)->text().trimmed().isEmpty())
                return false;
        return true;
    };
    if (rows == 0 || !empty(rows - 1)) {
        const QSignalBlocker block(m_params);
        m_params->insertRow(rows);
        m_params->setItem(rows, 0, new QTableWidgetItem);
        m_params->setItem(rows, 1, new QTableWidgetItem);
    }
}

QStringList RequestEditor::pathSuggestions() const
{
    return EndpointCatalogue::builtIn().paths(m_modules, m_method->currentText());
}

void RequestEditor::updatePathCompletion()
{
    m_pathWords->setStringList(pathSuggestions());
}

void RequestEditor::updateEndpointInfo()
{
    const auto *endpoint = EndpointCatalogue::builtIn().match(m_method->currentText(), m_path->text());
    if (m_path->text().trimmed().isEmpty())
        m_endpoint->setText(tr("Type a path; Ctrl+Return sends."));
    else if (endpoint)
        m_endpoint->setText(tr("%1 — /crm/v8/%2").arg(endpoint->name, endpoint->path));
    else
        m_endpoint->setText(tr("Not a CRM v8 endpoint the explorer knows; it is sent as written."));
    if (ExplorerRequest::fromPathLine(m_method->currentText(), m_path->text()).isCoql())
        m_tabs->setCurrentWidget(m_coql);
}

QStringList RequestEditor::parameterSuggestions(int column, const QString &name) const
{
    const QString method = m_method->currentText();
    const QString path = m_path->text().section(QLatin1Char('?'), 0, 0);
    if (column == 0) {
        QStringList names = EndpointCatalogue::builtIn().parameterNames(method, path);
        if (names.isEmpty())
            names = { QStringLiteral("fields"),     QStringLiteral("per_page"), QStringLiteral("page"),
                      QStringLiteral("page_token"), QStringLiteral("sort_by"),  QStringLiteral("sort_order"),
                      QStringLiteral("criteria") };
        return names;
    }
    if (name == QLatin1String("fields") || name == QLatin1String("sort_by"))
        return m_fields.value(currentModule());
    if (name == QLatin1String("module"))
        return m_modules;
    if (name == QLatin1String("per_page"))
        return { QStringLiteral("200"), QStringLiteral("100"), QStringLiteral("50"), QStringLiteral("10") };
    if (const auto *parameter = EndpointCatalogue::builtIn().parameter(method, path, name))
        return parameter->values;
    return {};
}

QString RequestEditor::currentModule() const
{
    const ExplorerRequest request = this->request();
    if (request.isCoql())
        return m_coql->module();
    const QString moduleParameter = request.queryValue(QStringLiteral("module"));
    if (!moduleParameter.isEmpty())
        return moduleParameter;
    const QString head = request.path.section(QLatin1Char('/'), 0, 0);
    if (head.isEmpty() || kNotModules.contains(head))
        return QString();
    return head;
}

void RequestEditor::moduleMaybeChanged()
{
    const QString module = currentModule();
    if (module == m_lastModule)
        return;
    m_lastModule = module;
    if (!module.isEmpty() && m_modules.contains(module) && !m_fields.contains(module))
        Q_EMIT fieldsWanted(module);
}

ExplorerRequest RequestEditor::request() const
{
    ExplorerRequest request =
        ExplorerRequest::fromPathLine(m_method->currentText(), m_path->text().trimmed());
    for (int row = 0; row < m_params->rowCount(); ++row) {
        const QTableWidgetItem *key = m_params->item(row, 0);
        const QTableWidgetItem *value = m_params->item(row, 1);
        if (key && !key->text().trimmed().isEmpty())
            request.query.append({ key->text().trimmed(), value ? value->text() : QString() });
    }
    if (request.isCoql() && !m_coql->toPlainText().trimmed().isEmpty())
        request.setCoqlQuery(m_coql->toPlainText().trimmed());
    else
        request.body = m_body->body();
    const TokenChoice token = currentToken();
    request.tokenId = token.id;
    request.userName = token.user;
    request.dataCenter = token.dataCenter;
    request.timeoutSeconds = m_timeout->value();
    return request;
}

void RequestEditor::setRequest(const ExplorerRequest &request)
{
    m_method->setCurrentText(request.method);
    m_path->setText(request.path);
    {
        const QSignalBlocker block(m_params);
        m_params->setRowCount(0);
        for (const auto &item : request.query) {
            const int row = m_params->rowCount();
            m_params->insertRow(row);
            m_params->setItem(row, 0, new QTableWidgetItem(item.first));
            m_params->setItem(row, 1, new QTableWidgetItem(item.second));
        }
    }
    ensureEmptyRow();
    if (request.isCoql()) {
        m_coql->setPlainText(request.coqlQuery());
        m_body->setBody(QByteArray());
        m_tabs->setCurrentWidget(m_coql);
    } else {
        m_body->setBody(request.body);
        m_tabs->setCurrentWidget(request.body.isEmpty() ? static_cast<QWidget *>(m_params) : m_body);
    }
    if (m_tokenChoices) {
        int row = m_tokenChoices->rowOfId(request.tokenId);
        if (row < 0 && !request.userName.isEmpty())
            row = m_tokenChoices->rowOfUser(request.userName);
        if (row >= 0)
            m_token->setCurrentIndex(row);
    }
    if (request.timeoutSeconds > 0)
        m_timeout->setValue(request.timeoutSeconds);
    moduleMaybeChanged();
}

QString RequestEditor::problem() const
{
    const ExplorerRequest request = this->request();
    if (request.path.isEmpty())
        return tr("Give a path, e.g. Leads.");
    if (request.tokenId.isEmpty())
        return tr("Choose the token to sign the request with.");
    if (!request.isCoql() && !m_body->isValid())
        return m_body->problem();
    if (request.isCoql() && request.coqlQuery().trimmed().isEmpty())
        return tr("Write the COQL query (select … from …).");
    return QString();
}

void RequestEditor::setTokenModel(TokenChoiceModel *tokens)
{
    {
        const QSignalBlocker block(m_token);
        m_tokenChoices = tokens;
        m_token->setModel(tokens);
        m_token->setModelColumn(TokenChoiceModel::choiceColumn());
    }
    // The combo box falls back to the first row when its model resets (a reload, a store switch);
    // the chosen token stays chosen when it is still there.
    connect(tokens, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_tokensResetting = true; });
    connect(tokens, &QAbstractItemModel::modelReset, this, &RequestEditor::restoreTokenAfterReset);
    noteTokenChange();
}

void RequestEditor::restoreTokenAfterReset()
{
    const int row = m_tokenChoices->rowOfId(m_lastTokenId);
    if (row >= 0)
        m_token->setCurrentIndex(row);
    m_tokensResetting = false;
    noteTokenChange();
}

void RequestEditor::noteTokenChange()
{
    if (m_tokensResetting)
        return;
    const QString id = currentTokenId();
    if (id == m_lastTokenId)
        return;
    m_lastTokenId = id;
    Q_EMIT tokenChanged(id);
}

QString RequestEditor::currentTokenId() const
{
    return m_token->currentData(TokenChoiceModel::TokenIdRole).toString();
}

RequestEditor::TokenChoice RequestEditor::currentToken() const
{
    if (m_token->currentIndex() < 0)
        return {};
    return { currentTokenId(), m_token->currentData(TokenChoiceModel::UserNameRole).toString(),
             m_token->currentData(TokenChoiceModel::DataCenterRole).toString(),
             m_token->currentData(TokenChoiceModel::ApiDomainRole).toString() };
}

void RequestEditor::setCurrentToken(const QString &id)
{
    const int row = m_tokenChoices ? m_tokenChoices->rowOfId(id) : -1;
    if (row >= 0)
        m_token->setCurrentIndex(row);
}

void RequestEditor::setModules(const QStringList &modules)
{
    m_modules = modules;
    m_coql->setModules(modules);
    m_fields.clear();
    m_lastModule.clear();
    updatePathCompletion();
    moduleMaybeChanged();
}

void RequestEditor::setFields(const QString &module, const QStringList &fields)
{
    m_fields.insert(module, fields);
    m_coql->setFields(module, fields);
}

void RequestEditor::setSending(bool sending)
{
    m_send->setEnabled(!sending);
    m_cancel->setEnabled(sending);
}
