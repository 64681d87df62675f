#include "responseview.h"

#include "jsonhighlighter.h"
#include "jsonsearch.h"
#include "jsontreemodel.h"
#include "responseexplanation.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

ResponseView::ResponseView(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_limits(new QLabel(this))
    , m_message(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_tree(new QTreeView(this))
    , m_model(new JsonTreeModel(this))
    , m_raw(new QPlainTextEdit(this))
    , m_headers(new QPlainTextEdit(this))
    , m_find(new QLineEdit(this))
    , m_findButton(new QPushButton(tr("Find &next"), this))
    , m_copyValue(new QPushButton(tr("Copy &value"), this))
    , m_copyPath(new QPushButton(tr("Copy JSON &path"), this))
    , m_previous(new QPushButton(tr("◀ Pre&vious"), this))
    , m_next(new QPushButton(tr("Ne&xt ▶"), this))
    , m_position(new QLabel(this))
    , m_fetchAll(new QPushButton(tr("Fetch &all && export…"), this))
    , m_cancelFetch(new QPushButton(tr("Stop"), this))
    , m_fetchCount(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_progressThrottle(new QTimer(this))
{
    setObjectName(QStringLiteral("responseView"));
    m_status->setObjectName(QStringLiteral("responseStatus"));
    m_status->setAccessibleName(tr("Response status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_limits->setObjectName(QStringLiteral("responseLimits"));
    m_limits->setAccessibleName(tr("Rate limit and API credits"));
    m_limits->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(QStringLiteral("responseMessage"));
    m_message->setAccessibleName(tr("What Zoho said"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::RichText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setFrameShape(QFrame::StyledPanel);
    m_message->setMargin(6);
    m_message->hide();

    m_tree->setObjectName(QStringLiteral("responseTree"));
    m_tree->setAccessibleName(tr("Response as a tree"));
    m_tree->setAccessibleDescription(tr("Expand a node to see its children; Ctrl+C copies the value, "
                                        "Ctrl+Shift+C its JSON path"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true); // a big array scrolls without measuring every row
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->resizeSection(JsonTreeModel::Key, 220);
    m_tree->header()->resizeSection(JsonTreeModel::Value, 460);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copyValueAction = new QAction(tr("Copy value"), m_tree);
    copyValueAction->setShortcut(QKeySequence::Copy);
    copyValueAction->setShortcutContext(Qt::WidgetShortcut);
    auto *copyPathAction = new QAction(tr("Copy JSON path"), m_tree);
    copyPathAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyPathAction->setShortcutContext(Qt::WidgetShortcut);
    m_tree->addAction(copyValueAction);
    m_tree->addAction(copyPathAction);
    connect(copyValueAction, &QAction::triggered, this, &ResponseView::copyValue);
    connect(copyPathAction, &QAction::triggered, this, &ResponseView::copyPath);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_raw->setObjectName(QStringLiteral("responseRaw"));
    m_raw->setAccessibleName(tr("Response as text"));
    m_raw->setReadOnly(true);
    m_raw->setFont(fixed);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_headers->setObjectName(QStringLiteral("responseHeaders"));
    m_headers->setAccessibleName(tr("Response headers"));
    m_headers->setReadOnly(true);
    m_headers->setFont(fixed);
    m_headers->setLineWrapMode(QPlainTextEdit::NoWrap);

    m_tabs->setObjectName(QStringLiteral("responseTabs"));
    m_tabs->setAccessibleName(tr("Response views"));
    m_tabs->addTab(m_tree, tr("&Tree"));
    m_tabs->addTab(m_raw, tr("&Raw"));
    m_tabs->addTab(m_headers, tr("&Headers"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &ResponseView::showRawIfVisible);

    m_find->setObjectName(QStringLiteral("findEdit"));
    m_find->setAccessibleName(tr("Find in the response"));
    m_find->setPlaceholderText(tr("Find in the response (Ctrl+F, F3 for the next)"));
    m_find->setClearButtonEnabled(true);
    m_findButton->setObjectName(QStringLiteral("findNextButton"));
    m_findButton->setAccessibleName(tr("Find next"));
    m_copyValue->setObjectName(QStringLiteral("copyValueButton"));
    m_copyValue->setAccessibleName(tr("Copy value"));
    m_copyPath->setObjectName(QStringLiteral("copyPathButton"));
    m_copyPath->setAccessibleName(tr("Copy JSON path"));
    connect(m_find, &QLineEdit::returnPressed, this, &ResponseView::findNext);
    connect(m_findButton, &QPushButton::clicked, this, &ResponseView::findNext);
    connect(m_copyValue, &QPushButton::clicked, this, &ResponseView::copyValue);
    connect(m_copyPath, &QPushButton::clicked, this, &ResponseView::copyPath);
    connect(&m_findWatcher, &QFutureWatcher<std::optional<QList<int>>>::finished, this,
            &ResponseView::treeFindDone);
    auto *findShortcut = new QAction(this);
    findShortcut->setShortcut(QKeySequence::Find);
    findShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findShortcut, &QAction::triggered, this, &ResponseView::focusFind);
    addAction(findShortcut);
    auto *findNextShortcut = new QAction(this);
    findNextShortcut->setShortcut(QKeySequence::FindNext);
    findNextShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findNextShortcut, &QAction::triggered, this, &ResponseView::findNext);
    addAction(findNextShortcut);

    m_previous->setObjectName(QStringLiteral("previousPageButton"));
    m_previous->setAccessibleName(tr("Previous page"));
    m_next->setObjectName(QStringLiteral("nextPageButton"));
    m_next->setAccessibleName(tr("Next page"));
    m_position->setObjectName(QStringLiteral("pagePosition"));
    m_position->setAccessibleName(tr("Records shown"));
    m_fetchAll->setObjectName(QStringLiteral("fetchAllButton"));
    m_fetchAll->setAccessibleName(tr("Fetch all pages and export"));
    m_fetchAll->setToolTip(tr("Fetch every page and write the records to a CSV or JSON file as they come"));
    m_cancelFetch->setObjectName(QStringLiteral("stopFetchButton"));
    m_cancelFetch->setAccessibleName(tr("Stop fetching"));
    m_progress->setObjectName(QStringLiteral("fetchProgress"));
    m_progress->setAccessibleName(tr("Fetch progress"));
    m_progress->setRange(0, 0);
    // A busy bar draws no text, so the count is a label beside it.
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_fetchCount->setObjectName(QStringLiteral("fetchCount"));
    m_fetchCount->setAccessibleName(tr("Records fetched"));
    m_fetchCount->hide();
    m_progressThrottle->setSingleShot(true);
    m_progressThrottle->setInterval(200);
    connect(m_progressThrottle, &QTimer::timeout, this, &ResponseView::showFetchedCount);
    m_cancelFetch->hide();
    connect(m_previous, &QPushButton::clicked, this, &ResponseView::previousRequested);
    connect(m_next, &QPushButton::clicked, this, &ResponseView::nextRequested);
    connect(m_fetchAll, &QPushButton::clicked, this, &ResponseView::fetchAllRequested);
    connect(m_cancelFetch, &QPushButton::clicked, this, &ResponseView::cancelFetchRequested);

    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_limits);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_find, 1);
    tools->addWidget(m_findButton);
    tools->addWidget(m_copyValue);
    tools->addWidget(m_copyPath);
    auto *paging = new QHBoxLayout;
    paging->addWidget(m_previous);
    paging->addWidget(m_position);
    paging->addWidget(m_next);
    paging->addStretch(1);
    paging->addWidget(m_fetchCount);
    paging->addWidget(m_progress, 1);
    paging->addWidget(m_cancelFetch);
    paging->addWidget(m_fetchAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addLayout(tools);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(paging);
    clear();
}

// A search in flight holds its own share of the JSON, not the model: nothing to wait for.
ResponseView::~ResponseView() = default;

void ResponseView::clear()
{
    m_status->setText(tr("No response yet: send a request."));
    m_limits->clear();
    m_message->hide();
    m_model->clear();
    m_raw->clear();
    m_headers->clear();
    m_pendingRaw.clear();
    m_rawPending = false;
    setPaging(false, false, false, QString());
}

void ResponseView::showSending(const QString &what)
{
    m_status->setText(tr("Sending %1 …").arg(what));
}

void ResponseView::showResult(const ExplorerSession::Result &result, qint64 nowMs)
{
    const CrmResponse &response = result.response;
    const QString size = ResponseExplanation::byteSize(response.bodySize());
    if (response.httpStatus() > 0)
        m_status->setText(tr("%1 %2 · %3 ms · %4")
                              .arg(response.httpStatus())
                              .arg(QString::fromLatin1(response.reasonPhrase()))
                              .arg(response.elapsedMs())
                              .arg(size));
    else
        m_status->setText(tr("No answer · %1 ms").arg(response.elapsedMs()));
    const CrmRateLimit limits = response.rateLimit();
    m_limits->setText(limits.isEmpty() ? QString() : tr("Limits: %1").arg(limits.toString()));

    const ResponseExplanation::Text text = ResponseExplanation::explain(response, nowMs);
    QStringList html;
    if (!text.headline.isEmpty())
        html << QStringLiteral("<b>%1</b>").arg(text.headline.toHtmlEscaped());
    for (const QString &line : text.details)
        html << QStringLiteral("&nbsp;&nbsp;%1").arg(line.toHtmlEscaped());
    if (!text.retryHint.isEmpty())
        html << text.retryHint.toHtmlEscaped();
    if (!text.note.isEmpty())
        html << QStringLiteral("<i>%1</i>").arg(text.note.toHtmlEscaped());
    m_message->setText(html.join(QStringLiteral("<br>")));
    m_message->setVisible(!html.isEmpty());
    m_message->setStyleSheet(text.isError ? QStringLiteral("QLabel { border: 1px solid #c0392b; }")
                                          : QString());

    m_model->setRoot(result.root, result.records);
    m_tree->expandToDepth(0);
    m_headers->setPlainText(QString::fromUtf8(response.statusAndHeaders()));
    m_pendingRaw = result.prettyText;
    if (result.prettyTruncated)
        m_pendingRaw += tr("\n\n… the text is cut at %1; the tree holds all of it.")
                            .arg(ResponseExplanation::byteSize(result.prettyText.size()));
    m_rawPending = true;
    showRawIfVisible();
}

void ResponseView::showRawIfVisible()
{
    if (!m_rawPending || m_tabs->currentWidget() != m_raw)
        return;
    m_rawPending = false;
    if (m_highlighter) {
        delete m_highlighter;
        m_highlighter = nullptr;
    }
    m_raw->setPlainText(m_pendingRaw);
    if (m_pendingRaw.size() <= highlightLimit)
        m_highlighter = new JsonHighlighter(m_raw->document());
    m_pendingRaw.clear();
}

void ResponseView::setPaging(bool pageable, bool hasPrevious, bool hasNext, const QString &position)
{
    m_previous->setEnabled(hasPrevious);
    m_next->setEnabled(hasNext);
    m_position->setText(position);
    m_fetchAll->setEnabled(pageable);
}

void ResponseView::setFetching(bool fetching)
{
    m_progress->setVisible(fetching);
    m_fetchCount->setVisible(fetching);
    m_cancelFetch->setVisible(fetching);
    m_fetchAll->setVisible(!fetching);
    m_progressThrottle->stop();
    m_fetchedRecords = -1;
    if (fetching)
        m_fetchCount->setText(tr("Starting …"));
}

void ResponseView::setFetchProgress(qint64 records, int pages)
{
    m_fetchedRecords = records;
    m_fetchedPages = pages;
    if (!m_progressThrottle->isActive())
        showFetchedCount();
}

void ResponseView::showFetchedCount()
{
    if (m_fetchedRecords < 0)
        return;
    m_fetchCount->setText(
        tr("%1 on %n pages", nullptr, m_fetchedPages).arg(tr("%n records", nullptr, int(m_fetchedRecords))));
    m_fetchedRecords = -1;
    m_progressThrottle->start();
}

void ResponseView::showFetchReport(const ExplorerSession::FetchReport &report)
{
    setFetching(false);
    QString line = tr("Fetched %1 on %n pages in %2 s.", nullptr, report.pages)
                       .arg(tr("%n records", nullptr, int(report.records)),
                            QString::number(double(report.elapsedMs) / 1000.0, 'f', 1));
    if (report.error.kind() == CrmError::Kind::Cancelled)
        line = tr("Stopped: %1").arg(line);
    else if (report.error.isError())
        line = tr("Stopped by an error: %1 %2").arg(report.error.toString(), line);
    if (!report.path.isEmpty()) {
        if (report.fileWritten)
            line +=
                QLatin1Char(' ') + tr("Written to %1: a complete file of what was fetched.").arg(report.path);
        else if (!report.fileError.isEmpty())
            line += QLatin1Char(' ')
                + tr("The file could not be written (%1); nothing was left behind.").arg(report.fileError);
        else
            line += QLatin1Char(' ') + tr("Nothing was fetched, so no file was written.");
    }
    m_message->setText(line.toHtmlEscaped());
    m_message->setStyleSheet(report.error.isError() && report.error.kind() != CrmError::Kind::Cancelled
                                 ? QStringLiteral("QLabel { border: 1px solid #c0392b; }")
                                 : QString());
    m_message->show();
}

void ResponseView::copyValue()
{
    const QModelIndex index = m_tree->currentIndex();
    if (index.isValid())
        QApplication::clipboard()->setText(m_model->valueText(index));
}

void ResponseView::copyPath()
{
    const QModelIndex index = m_tree->currentIndex();
    if (index.isValid())
        QApplication::clipboard()->setText(m_model->jsonPath(index));
}

void ResponseView::focusFind()
{
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
}

void ResponseView::findNext()
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return;
    if (m_tabs->currentWidget() == m_raw) {
        bool found = m_raw->find(text);
        if (!found) { // wrap around
            m_raw->moveCursor(QTextCursor::Start);
            found = m_raw->find(text);
        }
        Q_EMIT findFinished(found);
        return;
    }
    if (m_tabs->currentWidget() == m_headers) {
        const bool found =
            m_headers->find(text) || (m_headers->moveCursor(QTextCursor::Start), m_headers->find(text));
        Q_EMIT findFinished(found);
        return;
    }
    if (m_findWatcher.isRunning())
        return;
    // A big tree is searched off the GUI thread, in the shared JSON, not in the model's nodes.
    const QJsonValue root = m_model->root();
    const std::shared_ptr<const JsonRecords> records = m_model->records();
    const QList<int> after =
        m_tree->currentIndex().isValid() ? m_model->rowsOf(m_tree->currentIndex()) : QList<int>();
    m_findWatcher.setFuture(QtConcurrent::run([root, records, text, after] {
        auto found = JsonSearch::findNext(root, text, after, records.get());
        if (!found && !after.isEmpty())
            found = JsonSearch::findNext(root, text, {}, records.get()); // wrap around
        return found;
    }));
}

void ResponseView::treeFindDone()
{
    const auto found = m_findWatcher.result();
    if (!found) {
        Q_EMIT findFinished(false);
        return;
    }
    const QModelIndex index = m_model->indexForRows(*found);
    if (index.isValid()) {
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
    }
    Q_EMIT findFinished(index.isValid());
}
