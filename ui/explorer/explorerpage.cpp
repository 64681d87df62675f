#include "explorerpage.h"

#include "collectionspanel.h"
#include "explorerfiledialog.h"
#include "fieldtablemodel.h"
#include "historypanel.h"
#include "orgbrowser.h"
#include "requesteditor.h"
#include "requestexport.h"
#include "responseview.h"
#include "tokenchoicemodel.h"
#include "tokenfacade.h"
#include "tokentablemodel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

constexpr int kMaxListFields = 50; // CRM takes at most 50 api names in `fields`

} // namespace

ExplorerPage::ExplorerPage(TokenFacade *facade, TokenTableModel *tokens, QWidget *parent)
    : QWidget(parent)
    , m_facade(facade)
    , m_tokens(tokens)
    , m_editor(new RequestEditor(this))
    , m_response(new ResponseView(this))
    , m_browser(new OrgBrowser(this))
    , m_history(new HistoryPanel(this))
    , m_collections(new CollectionsPanel(this))
    , m_side(new QTabWidget(this))
    , m_copyCurl(new QPushButton(tr("Copy as c&URL"), this))
    , m_copyZcrm(new QPushButton(tr("Copy as &zcrm"), this))
    , m_withToken(new QCheckBox(tr("with the access token"), this))
    , m_sendAction(new QAction(tr("Send Request"), this))
{
    setObjectName(QStringLiteral("explorerPage"));
    setAccessibleName(tr("API explorer"));
    m_options.databasePath = defaultDatabasePath();

    m_side->setObjectName(QStringLiteral("explorerSideTabs"));
    m_side->setAccessibleName(tr("Org, history and saved requests"));
    m_side->addTab(m_browser, tr("&Modules && fields"));
    m_side->addTab(m_history, tr("Histor&y"));
    m_side->addTab(m_collections, tr("Co&llections"));

    m_copyCurl->setObjectName(QStringLiteral("copyCurlButton"));
    m_copyCurl->setAccessibleName(tr("Copy as cURL"));
    m_copyZcrm->setObjectName(QStringLiteral("copyZcrmButton"));
    m_copyZcrm->setAccessibleName(tr("Copy as zcrm command"));
    m_withToken->setObjectName(QStringLiteral("withTokenCheck"));
    m_withToken->setAccessibleName(tr("Copy with the access token"));
    m_withToken->setToolTip(
        tr("Off: the cURL line reads the token from $%1").arg(QLatin1String(RequestExport::tokenVariable)));

    m_sendAction->setObjectName(QStringLiteral("sendRequest"));
    m_sendAction->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) });
    m_sendAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_sendAction);
    connect(m_sendAction, &QAction::triggered, this, &ExplorerPage::send);

    auto *exportRow = new QHBoxLayout;
    exportRow->addStretch(1);
    exportRow->addWidget(m_withToken);
    exportRow->addWidget(m_copyCurl);
    exportRow->addWidget(m_copyZcrm);
    auto *requestBox = new QWidget(this);
    auto *requestLayout = new QVBoxLayout(requestBox);
    requestLayout->setContentsMargins(0, 0, 0, 0);
    requestLayout->addWidget(m_editor, 1);
    requestLayout->addLayout(exportRow);
    auto *work = new QSplitter(Qt::Vertical, this);
    work->setObjectName(QStringLiteral("explorerWorkSplitter"));
    work->addWidget(requestBox);
    work->addWidget(m_response);
    work->setStretchFactor(0, 2);
    work->setStretchFactor(1, 5);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("explorerSplitter"));
    split->addWidget(m_side);
    split->addWidget(work);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    split->setSizes({ 330, 800 });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(split);

    connect(m_editor, &RequestEditor::sendRequested, this, &ExplorerPage::send);
    connect(m_editor, &RequestEditor::cancelRequested, this, &ExplorerPage::cancel);
    connect(m_editor, &RequestEditor::tokenChanged, this, [this] { loadModules(false); });
    connect(m_editor, &RequestEditor::fieldsWanted, this,
            [this](const QString &module) { loadFields(module, false, false); });
    connect(m_response, &ResponseView::nextRequested, this, &ExplorerPage::nextPage);
    connect(m_response, &ResponseView::previousRequested, this, &ExplorerPage::previousPage);
    connect(m_response, &ResponseView::fetchAllRequested, this, [this] { fetchAll(); });
    connect(m_response, &ResponseView::cancelFetchRequested, this, &ExplorerPage::cancelFetch);
    connect(m_browser, &OrgBrowser::moduleChosen, this,
            [this](const QString &module) { loadFields(module, false, true); });
    connect(m_browser, &OrgBrowser::listRequested, this, &ExplorerPage::listModule);
    connect(m_browser, &OrgBrowser::refreshRequested, this, [this] {
        loadModules(true);
        if (!m_browser->currentModule().isEmpty())
            loadFields(m_browser->currentModule(), true, true);
    });
    connect(m_history, &HistoryPanel::searchChanged, this, &ExplorerPage::reloadHistory);
    connect(m_history, &HistoryPanel::replayRequested, this, &ExplorerPage::openRequest);
    connect(m_history, &HistoryPanel::clearRequested, this,
            [this] { session()->clearHistory(this, [](const QString &) {}); });
    connect(m_collections, &CollectionsPanel::saveRequested, this,
            [this](const QString &collection, const QString &name) {
                CollectionStore::Saved saved { collection, m_editor->request() };
                saved.request.name = name;
                session()->saveRequest(saved, this, [this, name](const QString &error) {
                    Q_EMIT statusMessage(error.isEmpty()
                                             ? tr("Saved “%1”.").arg(name)
                                             : tr("The request could not be saved: %1").arg(error));
                });
            });
    connect(m_collections, &CollectionsPanel::openRequested, this, &ExplorerPage::openRequest);
    connect(m_collections, &CollectionsPanel::removeRequested, this,
            [this](const QString &collection, const QString &name) {
                session()->removeSaved(collection, name, this, [](const QString &) {});
            });
    connect(m_collections, &CollectionsPanel::exportRequested, this, [this] {
        ExplorerFileDialog::ask(
            this, QStringLiteral("exportCollectionsDialog"), tr("Export the Saved Requests"), true,
            { tr("JSON files (*.json)") }, QStringLiteral("zcrm-collections.json"),
            [this](const QString &path) {
                session()->exportCollections(path, this, [this, path](const QString &error) {
                    Q_EMIT statusMessage(error.isEmpty() ? tr("Saved requests exported to %1.").arg(path)
                                                         : tr("Export failed: %1").arg(error));
                });
            });
    });
    connect(m_collections, &CollectionsPanel::importRequested, this, [this] {
        ExplorerFileDialog::ask(
            this, QStringLiteral("importCollectionsDialog"), tr("Import Saved Requests"), false,
            { tr("JSON files (*.json)"), tr("All files (*)") }, QString(), [this](const QString &path) {
                session()->importCollections(path, this, [this](const ExplorerSession::ImportResult &r) {
                    Q_EMIT statusMessage(r.error.isEmpty()
                                             ? tr("Saved requests imported: %1.").arg(r.imported)
                                             : tr("Import stopped: %1").arg(r.error));
                });
            });
    });
    connect(m_copyCurl, &QPushButton::clicked, this, &ExplorerPage::copyCurl);
    connect(m_copyZcrm, &QPushButton::clicked, this, &ExplorerPage::copyZcrm);

    if (m_tokens)
        m_editor->setTokenModel(new TokenChoiceModel(m_tokens, this));
}

ExplorerPage::~ExplorerPage() = default;

QString ExplorerPage::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/explorer.db");
}

void ExplorerPage::setSessionOptions(const ExplorerSession::Options &options)
{
    m_options = options;
}

ExplorerSession *ExplorerPage::session()
{
    if (!m_session) {
        QPointer<TokenFacade> facade(m_facade);
        m_session = std::make_unique<ExplorerSession>(
            [facade](const QString &id, bool force, const QString &rejected, QObject *context,
                     ExplorerSession::Reply<AccessTokenResult> reply) {
                if (facade) {
                    facade->accessToken(id, force, rejected, context, std::move(reply));
                    return;
                }
                AccessTokenResult none;
                none.failure = AccessTokenResult::Failure::Store;
                none.tokenId = id;
                none.message = tr("no token store is open");
                reply(none);
            },
            m_options);
        connect(m_session.get(), &ExplorerSession::historyChanged, this, &ExplorerPage::reloadHistory);
        connect(m_session.get(), &ExplorerSession::collectionsChanged, this,
                &ExplorerPage::reloadCollections);
        reloadHistory();
        reloadCollections();
    }
    return m_session.get();
}

void ExplorerPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    session();
}

void ExplorerPage::loadModules(bool refresh)
{
    const QString tokenId = m_editor->currentTokenId();
    if (tokenId.isEmpty())
        return;
    m_browser->showProblem(tr("Reading the org's modules …"));
    session()->modules(
        tokenId, refresh, this, [this, tokenId](const ExplorerSession::Listing<OrgSchema::Module> &listing) {
            if (tokenId != m_editor->currentTokenId())
                return;
            if (listing.error.isError()) {
                m_browser->showProblem(tr("The modules could not be read: %1").arg(listing.error.toString()));
                return;
            }
            m_moduleNames = OrgSchema::apiNames(listing.items);
            m_editor->setModules(m_moduleNames);
            m_browser->setModules(
                listing.items,
                listing.fromCache
                    ? tr("%1 modules, as read before (Refresh reads them again).").arg(listing.items.size())
                    : tr("%1 modules in this org.").arg(listing.items.size()));
        });
}

void ExplorerPage::loadFields(const QString &module, bool refresh, bool forBrowser)
{
    const QString tokenId = m_editor->currentTokenId();
    if (tokenId.isEmpty() || module.isEmpty())
        return;
    session()->fields(
        tokenId, module, refresh, this,
        [this, tokenId, module, forBrowser](const ExplorerSession::Listing<OrgSchema::Field> &listing) {
            if (tokenId != m_editor->currentTokenId())
                return;
            if (listing.error.isError()) {
                if (forBrowser)
                    m_browser->showProblem(
                        tr("The fields of %1 could not be read: %2").arg(module, listing.error.toString()));
                return;
            }
            m_editor->setFields(module, OrgSchema::apiNames(listing.items));
            if (forBrowser && m_browser->currentModule() == module)
                m_browser->setFields(module, listing.items,
                                     tr("%1: %2 fields. Double-click the module for a list request.")
                                         .arg(module)
                                         .arg(listing.items.size()));
        });
}

void ExplorerPage::listModule(const QString &module)
{
    const QString tokenId = m_editor->currentTokenId();
    session()->fields(tokenId, module, false, this,
                      [this, module](const ExplorerSession::Listing<OrgSchema::Field> &listing) {
                          QStringList fields = OrgSchema::apiNames(listing.items);
                          fields.removeAll(QStringLiteral("id")); // always sent
                          if (fields.size() > kMaxListFields)
                              fields = fields.mid(0, kMaxListFields);
                          ExplorerRequest request =
                              ExplorerRequest::fromPathLine(QStringLiteral("GET"), module);
                          request.query = { { QStringLiteral("fields"), fields.join(QLatin1Char(',')) },
                                            { QStringLiteral("per_page"), QStringLiteral("200") } };
                          const RequestEditor::TokenChoice token = m_editor->currentToken();
                          request.tokenId = token.id;
                          request.userName = token.user;
                          m_editor->setRequest(request);
                          send();
                      });
}

void ExplorerPage::openRequest(const ExplorerRequest &request)
{
    m_editor->setRequest(request);
    m_editor->pathEdit()->setFocus(Qt::OtherFocusReason);
}

void ExplorerPage::send()
{
    const QString problem = m_editor->problem();
    if (!problem.isEmpty()) {
        m_response->clear();
        m_response->statusLabel()->setText(problem);
        return;
    }
    sendRequest(m_editor->request(), true);
}

void ExplorerPage::sendRequest(const ExplorerRequest &request, bool fresh)
{
    if (m_ticket)
        session()->cancel(m_ticket);
    if (fresh)
        m_navigator.start(request);
    m_editor->setSending(true);
    m_response->showSending(request.method + QLatin1Char(' ') + request.path);
    m_ticket = session()->send(request, this, [this](const ExplorerSession::Result &result) {
        if (result.ticket != m_ticket)
            return; // an answer to a request replaced since
        m_ticket = 0;
        showResult(result);
    });
}

void ExplorerPage::cancel()
{
    if (m_ticket)
        session()->cancel(m_ticket);
}

void ExplorerPage::showResult(const ExplorerSession::Result &result)
{
    m_editor->setSending(false);
    m_response->showResult(result, QDateTime::currentMSecsSinceEpoch());
    m_navigator.setAnswer(result.response.info(), int(result.response.recordCount()));
    updatePaging();
    Q_EMIT resultShown();
}

void ExplorerPage::updatePaging()
{
    const bool pageable = m_navigator.isPageable();
    QString position;
    if (pageable && m_navigator.recordsOnPage() > 0) {
        position = m_navigator.firstRecord() > 0
            ? tr("records %1–%2")
                  .arg(m_navigator.firstRecord())
                  .arg(m_navigator.firstRecord() + m_navigator.recordsOnPage() - 1)
            : tr("%1 records").arg(m_navigator.recordsOnPage());
    }
    m_response->setPaging(pageable && m_fetchTicket == 0, m_navigator.previousRequest().has_value(),
                          m_navigator.nextRequest().has_value(), position);
}

void ExplorerPage::nextPage()
{
    if (auto next = m_navigator.goNext()) {
        m_editor->setRequest(*next);
        sendRequest(*next, false);
    }
}

void ExplorerPage::previousPage()
{
    if (auto previous = m_navigator.goPrevious()) {
        m_editor->setRequest(*previous);
        sendRequest(*previous, false);
    }
}

void ExplorerPage::fetchAll(const QString &path)
{
    if (m_fetchTicket)
        return;
    if (path.isEmpty()) {
        const QString module = m_editor->currentModule();
        ExplorerFileDialog::ask(this, QStringLiteral("fetchAllDialog"), tr("Fetch All Pages and Export"),
                                true, { tr("CSV files (*.csv)"), tr("JSON files (*.json)") },
                                (module.isEmpty() ? QStringLiteral("records") : module)
                                    + QStringLiteral(".csv"),
                                [this](const QString &chosen) { fetchAll(chosen); });
        return;
    }
    const ExplorerRequest request = m_editor->request();
    m_response->setFetching(true);
    updatePaging();
    m_fetchTicket = session()->fetchAll(
        request, path, this,
        [this](const ExplorerSession::FetchProgress &progress) {
            m_response->setFetchProgress(progress.records, progress.pages);
        },
        [this](const ExplorerSession::FetchReport &report) {
            m_fetchTicket = 0;
            m_response->showFetchReport(report);
            updatePaging();
            Q_EMIT fetchFinished();
        });
}

void ExplorerPage::cancelFetch()
{
    if (m_fetchTicket)
        session()->cancel(m_fetchTicket);
}

QString ExplorerPage::curlLine(const QString &accessToken) const
{
    const RequestEditor::TokenChoice token = m_editor->currentToken();
    const QUrl domain(token.apiDomain.isEmpty() ? QStringLiteral("https://www.zohoapis.com")
                                                : token.apiDomain);
    return RequestExport::toCurl(m_editor->request(), domain, accessToken);
}

QString ExplorerPage::zcrmLine() const
{
    return RequestExport::toZcrmCommand(m_editor->request(), m_facade ? m_facade->spec() : QString());
}

void ExplorerPage::copyCurl()
{
    if (!m_withToken->isChecked()) {
        QApplication::clipboard()->setText(curlLine());
        Q_EMIT statusMessage(tr("cURL line copied; it reads the token from $%1.")
                                 .arg(QLatin1String(RequestExport::tokenVariable)));
        return;
    }
    session()->accessToken(m_editor->currentTokenId(), this, [this](const AccessTokenResult &result) {
        if (!result.ok()) {
            Q_EMIT statusMessage(tr("No access token to copy: %1").arg(result.message));
            return;
        }
        QApplication::clipboard()->setText(curlLine(result.accessToken));
        Q_EMIT statusMessage(tr("cURL line copied with the access token: treat it as a secret."));
    });
}

void ExplorerPage::copyZcrm()
{
    QApplication::clipboard()->setText(zcrmLine());
    Q_EMIT statusMessage(tr("zcrm command copied."));
}

void ExplorerPage::reloadHistory()
{
    if (!m_session)
        return;
    m_session->history(m_history->searchText(), 200, this,
                       [this](const QList<HistoryStore::Entry> &entries) { m_history->setEntries(entries); });
}

void ExplorerPage::reloadCollections()
{
    if (!m_session)
        return;
    m_session->savedRequests(
        this, [this](const QList<CollectionStore::Saved> &saved) { m_collections->setSaved(saved); });
}
