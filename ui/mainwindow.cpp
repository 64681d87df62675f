#include "mainwindow.h"

#include "appsettings.h"
#include "confirm.h"
#include "datacenter.h"
#include "explorerpage.h"
#include "icons.h"
#include "logview.h"
#include "messagebanner.h"
#include "themecontroller.h"
#include "tokencountdown.h"
#include "tokendetailpane.h"
#include "tokenfacade.h"
#include "tokenfilterproxy.h"
#include "tokenstatuslook.h"
#include "tokentablemodel.h"
#include "uilogging.h"
#include "welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

MainWindow::MainWindow(TokenFacade *facade, AppSettings *settings, ThemeController *theme, LogCapture *log,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_facade(facade)
    , m_settings(settings)
    , m_theme(theme)
    , m_model(new TokenTableModel(this))
    , m_proxy(new TokenFilterProxy(this))
    , m_pages(new QStackedWidget(this))
    , m_welcome(new WelcomePage(m_pages))
    , m_mainTabs(new QTabWidget(this))
    , m_explorer(nullptr)
    , m_banner(new MessageBanner(theme, this))
    , m_storeLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_logDock(new QDockWidget(tr("Log"), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("ZCRM Explorer"));
    setAccessibleName(tr("ZCRM Explorer"));
    setWindowIcon(Icons::icon(QStringLiteral("app")));
    m_model->setTheme(theme);
    m_model->setExpiringLeadMs(qint64(settings->refreshLeadSeconds()) * 1000);
    m_proxy->setSourceModel(m_model);

    m_tokensPage = createTokensPage();
    m_pages->addWidget(m_tokensPage);
    m_pages->addWidget(m_welcome);
    m_pages->setObjectName(QStringLiteral("tokenPages"));
    m_explorer = new ExplorerPage(facade, m_model, m_mainTabs);
    m_mainTabs->setObjectName(QStringLiteral("mainTabs"));
    m_mainTabs->setAccessibleName(tr("Pages"));
    m_mainTabs->setDocumentMode(true);
    m_mainTabs->addTab(m_pages, tr("Tokens"));
    m_mainTabs->addTab(m_explorer, tr("API explorer"));
    connect(m_mainTabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    connect(m_explorer, &ExplorerPage::statusMessage, this, &MainWindow::showStatusMessage);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(m_mainTabs, 1);
    setCentralWidget(central);

    m_logDock->setObjectName(QStringLiteral("logDock"));
    m_logDock->setAccessibleName(tr("Log"));
    m_logDock->setWidget(new LogView(log, m_logDock));
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    m_logDock->hide();

    m_storeLabel->setObjectName(QStringLiteral("storeLabel"));
    m_storeLabel->setAccessibleName(tr("Token store"));
    m_storeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countLabel->setObjectName(QStringLiteral("tokenCount"));
    m_countLabel->setAccessibleName(tr("Token count"));
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_storeLabel);
    statusBar()->setAccessibleName(tr("Status bar"));

    createActions();
    createMenus();

    m_countdown = new TokenCountdown(m_model, m_proxy, m_table, this);
    connect(m_countdown, &TokenCountdown::ticked, m_detail, &TokenDetailPane::tick);

    connect(m_facade, &TokenFacade::storeOpening, this, &MainWindow::storeOpening);
    connect(m_facade, &TokenFacade::storeOpened, this, &MainWindow::storeOpened);
    connect(m_facade, &TokenFacade::storeFailed, this, &MainWindow::storeFailed);
    connect(m_facade, &TokenFacade::tokensChanged, this, &MainWindow::tokensChanged);
    connect(m_facade, &TokenFacade::storeProblem, this, [this](const StoreError &error) {
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("The token store cannot be read right now: %1. The table shows what was "
                                 "read last; nothing was changed or deleted.")
                                  .arg(error.message()),
                              tr("&Retry"));
    });
    connect(m_facade, &TokenFacade::storeRecovered, this, [this] {
        m_banner->clear();
        showStatusMessage(tr("The token store answers again."));
    });
    connect(m_banner, &MessageBanner::retryRequested, m_facade, &TokenFacade::retry);
    connect(m_welcome, &WelcomePage::signInRequested, this, &MainWindow::signInRequested);
    connect(m_welcome, &WelcomePage::sandboxRequested, this, &MainWindow::sandboxRequested);
    connect(m_welcome, &WelcomePage::grantTokenRequested, this, &MainWindow::grantTokenRequested);
    connect(m_welcome, &WelcomePage::switchStoreRequested, this, &MainWindow::switchStoreRequested);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateDetail();
    });
    connect(m_detail, &TokenDetailPane::copyAccessTokenRequested, this, &MainWindow::copyAccessToken);
    connect(m_detail, &TokenDetailPane::copyRefreshTokenRequested, this, &MainWindow::copyRefreshToken);

    resize(1100, 680);
    restoreLayout();
    updatePage();
    updateActions();
    updateCount();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::createTokensPage()
{
    auto *page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("tokensPage"));
    page->setAccessibleName(tr("Tokens"));

    m_search = new QLineEdit(page);
    m_search->setObjectName(QStringLiteral("tokenSearch"));
    m_search->setPlaceholderText(tr("Search users, clients, scopes, errors"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->setAccessibleName(tr("Search tokens"));
    m_search->setAccessibleDescription(
        tr("Shows only the tokens whose user, client, scopes or error contain this"));
    m_statusFilter = new QComboBox(page);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->setAccessibleName(tr("Filter by status"));
    m_statusFilter->addItem(tr("All statuses"), -1);
    for (Token::Status status : TokenStatusLook::filterable()) {
        const TokenStatusLook look = TokenStatusLook::of(status);
        m_statusFilter->addItem(Icons::icon(look.iconName), look.text, int(status));
    }
    m_dataCenterFilter = new QComboBox(page);
    m_dataCenterFilter->setObjectName(QStringLiteral("dataCenterFilter"));
    m_dataCenterFilter->setAccessibleName(tr("Filter by data center"));
    m_dataCenterFilter->addItem(tr("All data centers"), QString());
    // The names are translated once, where the sign-in dialogs list them (DataCenterFields).
    for (const DataCenter &dataCenter : DataCenter::all())
        m_dataCenterFilter->addItem(
            tr("%1 (%2)").arg(
                QApplication::translate("DataCenterFields", dataCenter.name().toUtf8().constData()),
                dataCenter.code().toUpper()),
            dataCenter.code());
    m_dataCenterFilter->addItem(tr("Custom"), QStringLiteral("custom"));
    auto *statusLabel = new QLabel(tr("Stat&us:"), page);
    statusLabel->setBuddy(m_statusFilter);
    auto *dataCenterLabel = new QLabel(tr("Data &center:"), page);
    dataCenterLabel->setBuddy(m_dataCenterFilter);

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(8, 8, 8, 4);
    filters->addWidget(m_search, 1);
    filters->addSpacing(8);
    filters->addWidget(statusLabel);
    filters->addWidget(m_statusFilter);
    filters->addSpacing(8);
    filters->addWidget(dataCenterLabel);
    filters->addWidget(m_dataCenterFilter);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &TokenFilterProxy::setSearchText);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int status = m_statusFilter->currentData().toInt();
        m_proxy->setStatusFilter(status < 0 ? std::nullopt : std::optional<int>(status));
    });
    connect(m_dataCenterFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setDataCenterFilter(m_dataCenterFilter->currentData().toString()); });

    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("tokenTable"));
    m_table->setAccessibleName(tr("Tokens"));
    m_table->setAccessibleDescription(tr("Every token in the store with its status and expiry"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TokenTableModel::User, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: a change of many rows costs no height pass.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setObjectName(QStringLiteral("tokenTableHeader"));
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    const int widths[] = { 210, 130, 125, 120, 120, 170, 130, 220 };
    for (int column = 0; column < TokenTableModel::ColumnCount; ++column)
        header->resizeSection(column, widths[column]);
    // The status column fits its longest word in the language shown, beside its icon.
    QList<Token::Status> statuses = TokenStatusLook::filterable();
    statuses << Token::Status::NoAccessToken;
    int statusWidth = widths[TokenTableModel::Status];
    for (Token::Status status : std::as_const(statuses))
        statusWidth = qMax(statusWidth,
                           m_table->fontMetrics().horizontalAdvance(TokenStatusLook::of(status).text) + 44);
    header->resizeSection(TokenTableModel::Status, statusWidth);
    // So does the data center column its longest environment.
    int dataCenterWidth = widths[TokenTableModel::DataCenter];
    Token sample;
    sample.dataCenter = QStringLiteral("eu");
    for (ApiEnvironment environment :
         { ApiEnvironment::Production, ApiEnvironment::Sandbox, ApiEnvironment::Developer }) {
        sample.environment = apiEnvironmentName(environment);
        dataCenterWidth =
            qMax(dataCenterWidth,
                 m_table->fontMetrics().horizontalAdvance(TokenTableModel::dataCenterText(sample)) + 24);
    }
    header->resizeSection(TokenTableModel::DataCenter, dataCenterWidth);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint &pos) {
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        for (int column = 0; column < TokenTableModel::ColumnCount; ++column) {
            QAction *toggle = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
            toggle->setCheckable(true);
            toggle->setChecked(!header->isSectionHidden(column));
            toggle->setEnabled(column != TokenTableModel::User);
            connect(toggle, &QAction::toggled, header,
                    [header, column](bool on) { header->setSectionHidden(column, !on); });
        }
        menu->popup(header->mapToGlobal(pos));
    });
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_detail = new TokenDetailPane(m_theme, page);
    m_detail->setExpiringLeadMs(qint64(m_settings->refreshLeadSeconds()) * 1000);
    m_detail->setClock([this] { return m_model->now(); });
    m_splitter = new QSplitter(Qt::Horizontal, page);
    m_splitter->setObjectName(QStringLiteral("tokenSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(filters);
    layout->addWidget(m_splitter, 1);
    return page;
}

void MainWindow::createActions()
{
    struct Spec
    {
        const char *name;
        QString text;
        const char *icon;
        QKeySequence shortcut;
        QString tip;
    };
    const Spec specs[] = {
        { "signIn", tr("Sign &in…"), "sign-in", QKeySequence(Qt::CTRL | Qt::Key_N),
          tr("Sign in with a Zoho account in your browser") },
        { "grantToken", tr("Add Self Client &grant token…"), "grant-token",
          QKeySequence(Qt::CTRL | Qt::Key_G), tr("Exchange a grant token from Zoho's API console") },
        { "refresh", tr("&Refresh now"), "refresh", QKeySequence(Qt::Key_F5),
          tr("Get a new access token for the selected tokens") },
        { "revoke", tr("Re&voke…"), "revoke", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
          tr("Revoke the selected token at Zoho") },
        { "delete", tr("&Delete…"), "delete", QKeySequence(QKeySequence::Delete),
          tr("Delete the selected tokens from this store") },
        { "copyAccessToken", tr("&Copy access token"), "copy", QKeySequence(QKeySequence::Copy),
          tr("Copy the selected token's access token") },
        { "copyRefreshToken", tr("Copy re&fresh token…"), "copy",
          QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C),
          tr("Copy the selected token's refresh token, after a confirmation") },
        { "import", tr("&Import…"), "import", QKeySequence(Qt::CTRL | Qt::Key_I),
          tr("Copy tokens from another store or an SDK file into this store") },
        { "export", tr("&Export…"), "export", QKeySequence(Qt::CTRL | Qt::Key_E),
          tr("Write tokens to another store or an SDK file") },
        { "switchStore", tr("S&witch store…"), "store", QKeySequence(Qt::CTRL | Qt::Key_O),
          tr("Open another token store") },
        { "settings", tr("&Settings…"), "settings", QKeySequence(Qt::CTRL | Qt::Key_Comma),
          tr("Refresh lead, default store, language and theme") },
        { "find", tr("&Find"), "search", QKeySequence(QKeySequence::Find), tr("Search the tokens") },
        { "showLog", tr("Show &log"), "log", QKeySequence(Qt::CTRL | Qt::Key_L),
          tr("Show the application's log") },
        { "showTokens", tr("&Tokens"), "", QKeySequence(Qt::CTRL | Qt::Key_1), tr("Show the tokens") },
        { "showExplorer", tr("&API explorer"), "", QKeySequence(Qt::CTRL | Qt::Key_2),
          tr("Call the CRM API with a stored token") },
        { "about", tr("&About ZCRM Explorer"), "app", QKeySequence(), tr("Version and credits") },
        { "quit", tr("&Quit"), "", QKeySequence(QKeySequence::Quit), tr("Quit ZCRM Explorer") },
    };
    for (const Spec &spec : specs) {
        auto *action =
            new QAction(spec.icon[0] ? Icons::icon(QLatin1String(spec.icon)) : QIcon(), spec.text, this);
        action->setObjectName(QLatin1String(spec.name));
        // A mnemonic written after the text, as Japanese does ("サインイン(&I)…"), is for the menus;
        // the toolbar's button shows the text without it.
        static const QRegularExpression trailingMnemonic(QStringLiteral("\\(&[^&]\\)"));
        if (spec.text.contains(trailingMnemonic))
            action->setIconText(QString(spec.text).remove(trailingMnemonic));
        action->setShortcut(spec.shortcut);
        action->setToolTip(spec.tip);
        action->setStatusTip(spec.tip);
        m_actions.insert(QLatin1String(spec.name), action);
        addAction(action);
    }
    // Keys the search box needs too (Delete, Copy) act on the table only while it has the focus.
    for (const char *name : { "delete", "copyAccessToken" }) {
        QAction *tableOnly = action(QLatin1String(name));
        tableOnly->setShortcutContext(Qt::WidgetShortcut);
        removeAction(tableOnly);
    }
    for (const char *name : { "refresh", "copyAccessToken", "copyRefreshToken", "revoke", "delete" })
        m_table->addAction(action(QLatin1String(name)));
    action(QStringLiteral("showLog"))->setCheckable(true);

    connect(action(QStringLiteral("signIn")), &QAction::triggered, this, &MainWindow::signInRequested);
    connect(action(QStringLiteral("grantToken")), &QAction::triggered, this,
            &MainWindow::grantTokenRequested);
    connect(action(QStringLiteral("refresh")), &QAction::triggered, this, &MainWindow::refreshSelected);
    connect(action(QStringLiteral("revoke")), &QAction::triggered, this, &MainWindow::revokeSelected);
    connect(action(QStringLiteral("delete")), &QAction::triggered, this, &MainWindow::deleteSelected);
    connect(action(QStringLiteral("copyAccessToken")), &QAction::triggered, this,
            &MainWindow::copyAccessToken);
    connect(action(QStringLiteral("copyRefreshToken")), &QAction::triggered, this,
            &MainWindow::copyRefreshToken);
    connect(action(QStringLiteral("import")), &QAction::triggered, this, &MainWindow::importRequested);
    connect(action(QStringLiteral("export")), &QAction::triggered, this,
            [this] { Q_EMIT exportRequested(selectedTokenIds()); });
    connect(action(QStringLiteral("switchStore")), &QAction::triggered, this,
            &MainWindow::switchStoreRequested);
    connect(action(QStringLiteral("settings")), &QAction::triggered, this, &MainWindow::settingsRequested);
    connect(action(QStringLiteral("about")), &QAction::triggered, this, &MainWindow::aboutRequested);
    connect(action(QStringLiteral("quit")), &QAction::triggered, this, &QWidget::close);
    connect(action(QStringLiteral("find")), &QAction::triggered, this, [this] {
        m_mainTabs->setCurrentWidget(m_pages);
        m_pages->setCurrentWidget(m_tokensPage);
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(action(QStringLiteral("showTokens")), &QAction::triggered, this,
            [this] { m_mainTabs->setCurrentWidget(m_pages); });
    connect(action(QStringLiteral("showExplorer")), &QAction::triggered, this, [this] {
        m_mainTabs->setCurrentWidget(m_explorer);
        m_explorer->setFocus(Qt::ShortcutFocusReason);
    });
    connect(action(QStringLiteral("showLog")), &QAction::toggled, m_logDock, &QDockWidget::setVisible);
    connect(m_logDock, &QDockWidget::visibilityChanged, action(QStringLiteral("showLog")),
            &QAction::setChecked);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("switchStore")));
    file->addAction(action(QStringLiteral("import")));
    file->addAction(action(QStringLiteral("export")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("settings")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("quit")));
    QMenu *tokens = menuBar()->addMenu(tr("&Tokens"));
    tokens->addAction(action(QStringLiteral("signIn")));
    tokens->addAction(action(QStringLiteral("grantToken")));
    tokens->addSeparator();
    tokens->addAction(action(QStringLiteral("refresh")));
    tokens->addAction(action(QStringLiteral("revoke")));
    tokens->addAction(action(QStringLiteral("delete")));
    tokens->addSeparator();
    tokens->addAction(action(QStringLiteral("copyAccessToken")));
    tokens->addAction(action(QStringLiteral("copyRefreshToken")));
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(action(QStringLiteral("showTokens")));
    view->addAction(action(QStringLiteral("showExplorer")));
    view->addSeparator();
    view->addAction(action(QStringLiteral("find")));
    view->addAction(action(QStringLiteral("showLog")));
    QMenu *explorer = menuBar()->addMenu(tr("&Explorer"));
    explorer->addAction(m_explorer->sendAction());
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(QStringLiteral("about")));

    QToolBar *toolbar = addToolBar(tr("Main toolbar"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setAccessibleName(tr("Main toolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(false);
    toolbar->addAction(action(QStringLiteral("signIn")));
    toolbar->addAction(action(QStringLiteral("refresh")));
    toolbar->addAction(action(QStringLiteral("revoke")));
    toolbar->addAction(action(QStringLiteral("delete")));
    toolbar->addSeparator();
    toolbar->addAction(action(QStringLiteral("import")));
    toolbar->addAction(action(QStringLiteral("export")));
    toolbar->addAction(action(QStringLiteral("switchStore")));
}

QAction *MainWindow::action(const QString &objectName) const
{
    return m_actions.value(objectName);
}

void MainWindow::restoreLayout()
{
    if (!m_settings->windowGeometry().isEmpty())
        restoreGeometry(m_settings->windowGeometry());
    if (!m_settings->windowState().isEmpty())
        restoreState(m_settings->windowState());
    if (!m_settings->tokenHeaderState().isEmpty()) {
        // Qt's sort indicator must be cleared before a header state is restored (QTBUG-86694).
        m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        m_table->horizontalHeader()->restoreState(m_settings->tokenHeaderState());
    }
    m_layoutRestored = true;
}

void MainWindow::saveLayout()
{
    if (!m_layoutRestored)
        return;
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setTokenHeaderState(m_table->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    m_countdown->start();
}

void MainWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    m_countdown->stop();
}

void MainWindow::setExpiringLeadMs(qint64 leadMs)
{
    m_model->setExpiringLeadMs(leadMs);
    m_detail->setExpiringLeadMs(leadMs);
}

void MainWindow::showStatusMessage(const QString &text)
{
    statusBar()->showMessage(text, 8000);
}

void MainWindow::storeOpening(const QString &spec)
{
    m_storeReady = false;
    m_storeLabel->setText(tr("Store: opening %1…").arg(spec));
    m_banner->clear();
    m_model->setRows({});
    m_detail->clearToken();
    updatePage();
}

void MainWindow::storeOpened(const QString &description, const TokenList &rows)
{
    m_storeReady = true;
    m_storeLabel->setText(tr("Store: %1").arg(description));
    m_storeLabel->setToolTip(description);
    m_welcome->setStoreDescription(description);
    m_banner->clear();
    m_model->setRows(rows);
    updatePage();
    updateDetail();
    qCInfo(lcUi).noquote() << "showing" << rows.size() << "tokens of" << description;
}

void MainWindow::storeFailed(const QString &spec, const StoreError &error)
{
    m_storeReady = false;
    m_storeLabel->setText(tr("Store: %1 (not open)").arg(spec));
    m_banner->showMessage(MessageBanner::Kind::Error,
                          tr("The token store %1 could not be opened: %2. Nothing in it was changed.")
                              .arg(spec, error.message()),
                          tr("&Retry"));
    updatePage();
    updateDetail();
}

void MainWindow::tokensChanged(const TokenChanges &changes)
{
    m_model->applyChanges(changes);
    if (!m_storeReady)
        return;
    updatePage();
    updateDetail();
}

void MainWindow::updatePage()
{
    const bool empty = m_storeReady && m_model->rowCount() == 0;
    QWidget *page = empty ? static_cast<QWidget *>(m_welcome) : m_tokensPage;
    if (m_pages->currentWidget() != page)
        m_pages->setCurrentWidget(page);
}

void MainWindow::updateCount()
{
    const int all = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (shown == all)
        m_countLabel->setText(all == 1 ? tr("1 token") : tr("%n tokens", nullptr, all));
    else
        m_countLabel->setText(tr("%1 of %n tokens shown", nullptr, all).arg(shown));
}

QStringList MainWindow::selectedTokenIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(index.data(TokenTableModel::TokenIdRole).toString());
    return ids;
}

void MainWindow::selectToken(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

std::optional<Token> MainWindow::currentToken() const
{
    const QStringList ids = selectedTokenIds();
    if (ids.size() != 1)
        return std::nullopt;
    const int row = m_model->rowOf(ids.first());
    if (row < 0)
        return std::nullopt;
    return m_model->tokenAt(row);
}

void MainWindow::updateActions()
{
    // The token actions act on the token page's selection; on the explorer page their keys
    // (F5, Ctrl+F …) are the explorer's.
    const bool tokensShown = m_mainTabs->currentWidget() == m_pages;
    const int selected = tokensShown ? int(selectedTokenIds().size()) : 0;
    const bool open = m_storeReady;
    action(QStringLiteral("find"))->setEnabled(tokensShown);
    action(QStringLiteral("refresh"))->setEnabled(open && selected > 0);
    action(QStringLiteral("revoke"))->setEnabled(open && selected == 1);
    action(QStringLiteral("delete"))->setEnabled(open && selected > 0);
    const std::optional<Token> token = currentToken();
    action(QStringLiteral("copyAccessToken"))
        ->setEnabled(tokensShown && token && !token->accessToken.isEmpty());
    action(QStringLiteral("copyRefreshToken"))
        ->setEnabled(tokensShown && token && !token->refreshToken.isEmpty());
    action(QStringLiteral("export"))->setEnabled(open && m_model->rowCount() > 0);
    action(QStringLiteral("import"))->setEnabled(open);
}

void MainWindow::updateDetail()
{
    const std::optional<Token> token = currentToken();
    if (token)
        m_detail->showToken(*token);
    else
        m_detail->clearToken(m_storeReady ? QString() : tr("No token store is open."));
    updateActions();
}

void MainWindow::refreshSelected()
{
    const QStringList ids = selectedTokenIds();
    for (const QString &id : ids) {
        showStatusMessage(tr("Refreshing…"));
        m_facade->refresh(id, this, [this](const AccessTokenResult &result) {
            if (result.ok()) {
                showStatusMessage(tr("Token %1 refreshed.").arg(result.tokenId));
                return;
            }
            // The error is on the row and in the detail pane too (the service saved it).
            showStatusMessage(tr("Token %1 was not refreshed: %2").arg(result.tokenId, result.message));
            if (result.failure == AccessTokenResult::Failure::Store)
                m_banner->showMessage(MessageBanner::Kind::Error, result.message);
        });
    }
}

Confirm::Question MainWindow::revokeQuestion(const QString &userName)
{
    Confirm::Question question;
    question.title = tr("Revoke Token");
    question.text = tr("Revoke the token of %1 at Zoho?").arg(TokenTableModel::userText(userName));
    question.informativeText = tr("Apps and scripts that use it stop working until you sign in again.");
    question.acceptText = tr("Re&voke");
    question.checkBoxText = tr("&Keep the row (marked as needing a new sign-in)");
    return question;
}

void MainWindow::revokeSelected()
{
    const std::optional<Token> token = currentToken();
    if (!token)
        return;
    const QString id = token->id;
    Confirm::ask(this, revokeQuestion(token->userName), [this, id](bool keepRow) {
        m_facade->revoke(id, keepRow, this, [this](const AccessTokenResult &result) {
            if (result.ok())
                showStatusMessage(tr("Token %1 revoked.").arg(result.tokenId));
            else
                m_banner->showMessage(
                    MessageBanner::Kind::Error,
                    tr("The token was not revoked: %1. Nothing was changed.").arg(result.message));
        });
    });
}

void MainWindow::deleteSelected()
{
    const QStringList ids = selectedTokenIds();
    if (ids.isEmpty())
        return;
    Confirm::ask(
        this, tr("Delete Tokens"),
        ids.size() == 1
            ? tr("Delete this token from the store? It stays valid at Zoho; use Revoke to end it there.")
            : tr("Delete %n tokens from the store? They stay valid at Zoho; use Revoke to end them there.",
                 nullptr, int(ids.size())),
        tr("&Delete"), [this, ids] {
            for (const QString &id : ids) {
                m_facade->remove(id, this, [this, id](const StoreResult<void> &removed) {
                    if (!removed)
                        m_banner->showMessage(
                            MessageBanner::Kind::Error,
                            tr("Token %1 was not deleted: %2").arg(id, removed.error().message()));
                });
            }
        });
}

void MainWindow::copyAccessToken()
{
    const std::optional<Token> token = currentToken();
    if (!token || token->accessToken.isEmpty())
        return;
    QApplication::clipboard()->setText(token->accessToken);
    showStatusMessage(tr("Access token copied to the clipboard."));
}

void MainWindow::copyRefreshToken()
{
    const std::optional<Token> token = currentToken();
    if (!token || token->refreshToken.isEmpty())
        return;
    const QString refreshToken = token->refreshToken;
    Confirm::ask(
        this, tr("Copy Refresh Token"),
        tr("A refresh token keeps working until it is revoked: anyone who gets it can use your Zoho data. "
           "Copy it to the clipboard?"),
        tr("&Copy"), [this, refreshToken] {
            QApplication::clipboard()->setText(refreshToken);
            showStatusMessage(tr("Refresh token copied to the clipboard."));
        });
}
