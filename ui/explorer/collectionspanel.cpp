#include "collectionspanel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

CollectionsPanel::CollectionsPanel(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_collection(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_save(new QPushButton(tr("Sa&ve request"), this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_remove(new QPushButton(tr("&Delete"), this))
    , m_export(new QPushButton(tr("&Export…"), this))
    , m_import(new QPushButton(tr("&Import…"), this))
{
    setObjectName(QStringLiteral("collectionsPanel"));
    m_tree->setObjectName(QStringLiteral("collectionTree"));
    m_tree->setAccessibleName(tr("Saved requests"));
    m_tree->setAccessibleDescription(tr("By collection; Enter or double-click opens one in the editor"));
    m_tree->setHeaderLabels({ tr("Name"), tr("Request") });
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_collection->setObjectName(QStringLiteral("collectionBox"));
    m_collection->setAccessibleName(tr("Collection"));
    m_collection->setEditable(true);
    m_collection->setCurrentText(tr("My requests"));
    m_name->setObjectName(QStringLiteral("savedNameEdit"));
    m_name->setAccessibleName(tr("Name of the saved request"));
    m_name->setPlaceholderText(tr("e.g. Leads from the web"));
    for (QPushButton *button : { m_save, m_open, m_remove, m_export, m_import })
        button->setAccessibleName(button->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    m_save->setObjectName(QStringLiteral("saveRequestButton"));
    m_open->setObjectName(QStringLiteral("openSavedButton"));
    m_remove->setObjectName(QStringLiteral("deleteSavedButton"));
    m_export->setObjectName(QStringLiteral("exportCollectionsButton"));
    m_import->setObjectName(QStringLiteral("importCollectionsButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Collection:"), m_collection);
    form->addRow(tr("&Name:"), m_name);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_import);
    buttons->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(saveRow);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString collection = m_collection->currentText().trimmed();
        const QString name = m_name->text().trimmed();
        if (!collection.isEmpty() && !name.isEmpty())
            Q_EMIT saveRequested(collection, name);
    });
    const auto open = [this] {
        if (const auto *saved = currentSaved())
            Q_EMIT openRequested(saved->request);
    };
    connect(m_open, &QPushButton::clicked, this, open);
    connect(m_tree, &QTreeWidget::itemActivated, this, open);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const auto *saved = currentSaved())
            Q_EMIT removeRequested(saved->collection, saved->request.name);
    });
    connect(m_export, &QPushButton::clicked, this, &CollectionsPanel::exportRequested);
    connect(m_import, &QPushButton::clicked, this, &CollectionsPanel::importRequested);
}

void CollectionsPanel::setSaved(const QList<CollectionStore::Saved> &saved)
{
    m_saved = saved;
    m_tree->clear();
    const QString typed = m_collection->currentText();
    m_collection->clear();
    QHash<QString, QTreeWidgetItem *> groups;
    for (int i = 0; i < saved.size(); ++i) {
        const CollectionStore::Saved &s = saved.at(i);
        QTreeWidgetItem *group = groups.value(s.collection);
        if (!group) {
            group = new QTreeWidgetItem(m_tree, { s.collection });
            group->setData(0, Qt::UserRole, -1);
            groups.insert(s.collection, group);
            m_collection->addItem(s.collection);
        }
        auto *item = new QTreeWidgetItem(
            group, { s.request.name, s.request.method + QLatin1Char(' ') + s.request.path });
        item->setData(0, Qt::UserRole, i);
    }
    m_collection->setCurrentText(typed.isEmpty() ? tr("My requests") : typed);
    m_tree->expandAll();
}

const CollectionStore::Saved *CollectionsPanel::currentSaved() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return nullptr;
    const int i = item->data(0, Qt::UserRole).toInt();
    return i >= 0 && i < m_saved.size() ? &m_saved.at(i) : nullptr;
}
