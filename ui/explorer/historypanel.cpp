#include "historypanel.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

HistoryPanel::HistoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
    , m_replay(new QPushButton(tr("&Replay"), this))
    , m_clear(new QPushButton(tr("Clear history"), this))
{
    setObjectName(QStringLiteral("historyPanel"));
    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setAccessibleName(tr("Search the history"));
    m_search->setPlaceholderText(tr("Search method, path, parameters, outcome"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setAccessibleName(tr("History"));
    m_list->setAccessibleDescription(tr("Enter or double-click replays a request into the editor"));
    m_list->setHeaderLabels({ tr("Sent"), tr("Request"), tr("Outcome"), tr("Time") });
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_replay->setObjectName(QStringLiteral("replayButton"));
    m_replay->setAccessibleName(tr("Replay the request"));
    m_clear->setObjectName(QStringLiteral("clearHistoryButton"));
    m_clear->setAccessibleName(tr("Clear the history"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_replay);
    buttons->addStretch(1);
    buttons->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, [this] { Q_EMIT searchChanged(m_search->text()); });
    connect(m_list, &QTreeWidget::itemActivated, this, &HistoryPanel::replayCurrent);
    connect(m_replay, &QPushButton::clicked, this, &HistoryPanel::replayCurrent);
    connect(m_clear, &QPushButton::clicked, this, &HistoryPanel::clearRequested);
}

QString HistoryPanel::searchText() const
{
    return m_search->text();
}

void HistoryPanel::setEntries(const QList<HistoryStore::Entry> &entries)
{
    m_entries = entries;
    m_list->clear();
    QList<QTreeWidgetItem *> items;
    for (int i = 0; i < entries.size(); ++i) {
        const HistoryStore::Entry &e = entries.at(i);
        QUrlQuery query;
        query.setQueryItems(e.request.query);
        QString what = e.request.method + QLatin1Char(' ') + e.request.path;
        if (!query.isEmpty())
            what += QLatin1Char('?') + query.toString(QUrl::FullyDecoded);
        if (e.request.isCoql())
            what += QLatin1Char(' ') + e.request.coqlQuery();
        auto *item = new QTreeWidgetItem(
            { QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.sentAt), QLocale::ShortFormat), what,
              e.outcome, tr("%1 ms").arg(e.elapsedMs) });
        item->setData(0, Qt::UserRole, i);
        item->setToolTip(1, what);
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    for (int c : { 0, 2, 3 })
        m_list->resizeColumnToContents(c);
}

void HistoryPanel::replayCurrent()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const int i = item->data(0, Qt::UserRole).toInt();
    if (i >= 0 && i < m_entries.size())
        Q_EMIT replayRequested(m_entries.at(i).request);
}
