#pragma once

#include "jsonrecords.h"

#include <QAbstractItemModel>
#include <QBasicTimer>
#include <QJsonValue>

#include <memory>
#include <vector>

// A JSON document as a tree (key, value, type), built lazily: a node's children are made only when
// a view expands it (canFetchMore/fetchMore), a big array in batches, so a 50 MB answer costs its
// top level at first. The JSON itself is parsed elsewhere (off the GUI thread) and shared, not copied.
// A big list answer's records may come as bytes (JsonRecords): each is parsed when its row is built.
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Key, Value, Type, ColumnCount };
    enum Role { JsonPathRole = Qt::UserRole + 1, RawValueRole };
    static constexpr int fetchBatch = 256; // rows built per fetchMore: a first layout stays short

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    // `records`, when given, are the items of root's member records->key() (an empty array in root).
    void setRoot(const QJsonValue &root, std::shared_ptr<const JsonRecords> records = nullptr);
    const QJsonValue &root() const;
    const std::shared_ptr<const JsonRecords> &records() const { return m_records; }
    void clear() { setRoot(QJsonValue(QJsonValue::Undefined)); }
    // A replaced tree is still being freed, a slice per turn of the event loop.
    bool isReleasing() const { return !m_released.empty(); }

    // $.data[3].Last_Name
    QString jsonPath(const QModelIndex &index) const;
    // A scalar as text; an object or array as compact JSON (records kept as bytes: as sent).
    QString valueText(const QModelIndex &index) const;
    QJsonValue value(const QModelIndex &index) const;
    // The index of the node at `rows` (child positions from the root), fetching on the way.
    QModelIndex indexForRows(const QList<int> &rows);
    // Child positions from the root.
    QList<int> rowsOf(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString typeName(const QJsonValue &value);
    // One line for a value: scalars as JSON, containers as "{12 keys}" / "[200 items]" with a preview.
    static QString summary(const QJsonValue &value);

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    static qsizetype childCountOf(const QJsonValue &value);
    static qsizetype childCountOf(const Node *node);
    static QString itemsText(qsizetype count);
    void appendChildren(Node *node, qsizetype count) const;
    void timerEvent(QTimerEvent *event) override;
    void releaseSlice();

    std::unique_ptr<Node> m_root;
    std::vector<std::unique_ptr<Node>> m_released; // nodes of replaced trees, not yet freed
    QBasicTimer m_releaseTimer;
    std::shared_ptr<const JsonRecords> m_records;
    bool m_resetting = false; // inside endResetModel() or endInsertRows()
};
