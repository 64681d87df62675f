#include "jsontreemodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimerEvent>

struct JsonTreeModel::Node
{
    Node *parent = nullptr;
    int row = 0;
    QString key; // object member name; empty for array items and the root
    bool isArrayItem = false;
    QJsonValue value;
    std::shared_ptr<const JsonRecords> records; // this array's items, as bytes (value is empty)
    std::vector<std::unique_ptr<Node>> children; // the first children.size() are built
};

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
    m_root->value = QJsonValue(QJsonValue::Undefined);
}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setRoot(const QJsonValue &root, std::shared_ptr<const JsonRecords> records)
{
    m_resetting = true;
    beginResetModel();
    m_released.push_back(std::move(m_root));
    if (!m_releaseTimer.isActive())
        m_releaseTimer.start(0, this);
    m_root = std::make_unique<Node>();
    m_root->value = root;
    m_records = root.isObject() && root.toObject().value(records ? records->key() : QString()).isArray()
        ? std::move(records)
        : nullptr;
    // The top level at once: a view shows it without expanding anything.
    appendChildren(m_root.get(), qMin<qsizetype>(childCountOf(root), fetchBatch));
    endResetModel();
    m_resetting = false;
}

void JsonTreeModel::timerEvent(QTimerEvent *event)
{
    if (event->timerId() == m_releaseTimer.timerId())
        releaseSlice();
    else
        QAbstractItemModel::timerEvent(event);
}

// A replaced tree (a 50 MB answer is some 10^6 allocations) is freed here, on the thread that made
// it, a few milliseconds per turn of the event loop. Freed at once it holds the view for tens of
// milliseconds; freed on a pool thread it fills this thread's malloc arena with chunks that the next
// allocations here must first consolidate, the same wait in pieces, and contends for its lock.
void JsonTreeModel::releaseSlice()
{
    constexpr qint64 sliceMs = 3;
    QElapsedTimer clock;
    clock.start();
    int freed = 0;
    while (!m_released.empty()) {
        std::unique_ptr<Node> node = std::move(m_released.back());
        m_released.pop_back();
        for (std::unique_ptr<Node> &child : node->children) {
            if (child)
                m_released.push_back(std::move(child));
        }
        node.reset();
        if (++freed % 256 == 0 && clock.elapsed() >= sliceMs)
            break;
    }
    if (m_released.empty()) {
        m_releaseTimer.stop();
        m_released.shrink_to_fit();
    }
}

const QJsonValue &JsonTreeModel::root() const
{
    return m_root->value;
}

JsonTreeModel::Node *JsonTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

qsizetype JsonTreeModel::childCountOf(const QJsonValue &value)
{
    if (value.isObject())
        return value.toObject().size();
    if (value.isArray())
        return value.toArray().size();
    return 0;
}

qsizetype JsonTreeModel::childCountOf(const Node *node)
{
    return node->records ? node->records->size() : childCountOf(node->value);
}

QString JsonTreeModel::itemsText(qsizetype count)
{
    return count == 1 ? QCoreApplication::translate("JsonTreeModel", "[1 item]")
                      : QCoreApplication::translate("JsonTreeModel", "[%1 items]").arg(count);
}

void JsonTreeModel::appendChildren(Node *node, qsizetype count) const
{
    const qsizetype from = qsizetype(node->children.size());
    node->children.reserve(size_t(from + count));
    if (node->records) {
        for (qsizetype i = 0; i < count; ++i) {
            auto child = std::make_unique<Node>();
            child->parent = node;
            child->row = int(from + i);
            child->isArrayItem = true;
            child->value = node->records->at(from + i);
            node->children.push_back(std::move(child));
        }
    } else if (node->value.isObject()) {
        const QJsonObject object = node->value.toObject();
        auto it = object.constBegin() + from;
        for (qsizetype i = 0; i < count; ++i, ++it) {
            auto child = std::make_unique<Node>();
            child->parent = node;
            child->row = int(from + i);
            child->key = it.key();
            child->value = it.value();
            if (node == m_root.get() && m_records && child->key == m_records->key())
                child->records = m_records;
            node->children.push_back(std::move(child));
        }
    } else if (node->value.isArray()) {
        const QJsonArray array = node->value.toArray();
        for (qsizetype i = 0; i < count; ++i) {
            auto child = std::make_unique<Node>();
            child->parent = node;
            child->row = int(from + i);
            child->isArrayItem = true;
            child->value = array.at(from + i);
            node->children.push_back(std::move(child));
        }
    }
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    Node *node = nodeOf(parent);
    if (row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children.at(size_t(row)).get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *node = nodeOf(child);
    Node *parent = node->parent;
    if (!parent || parent == m_root.get())
        return {};
    return createIndex(parent->row, 0, parent);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    return childCountOf(nodeOf(parent)) > 0;
}

bool JsonTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *node = nodeOf(parent);
    return qsizetype(node->children.size()) < childCountOf(node);
}

void JsonTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    if (m_resetting) {
        // Asked from a modelReset or rowsInserted handler: rows inserted inside that signal would be
        // seen as a change during the other. The rows come on the next turn, as fetchMore allows.
        QMetaObject::invokeMethod(
            this, [this, later = QPersistentModelIndex(parent)] { fetchMore(later); }, Qt::QueuedConnection);
        return;
    }
    Node *node = nodeOf(parent);
    const qsizetype have = qsizetype(node->children.size());
    const qsizetype count = qMin<qsizetype>(childCountOf(node) - have, fetchBatch);
    m_resetting = true; // a fetchMore from a rowsAboutToBeInserted/rowsInserted handler waits as well
    beginInsertRows(parent, int(have), int(have + count - 1));
    appendChildren(node, count);
    endInsertRows();
    m_resetting = false;
}

QString JsonTreeModel::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QString();
}

namespace {

QString scalarJson(const QJsonValue &value)
{
    // A one-element array serialises any scalar exactly as JSON writes it.
    QByteArray json = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

} // namespace

QString JsonTreeModel::summary(const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QStringList preview;
        for (auto it = object.constBegin(); it != object.constEnd() && preview.size() < 3; ++it)
            if (!it.value().isObject() && !it.value().isArray())
                preview.append(it.key() + QStringLiteral(": ") + scalarJson(it.value()).left(40));
        QString text = object.size() == 1
            ? QCoreApplication::translate("JsonTreeModel", "{1 key}")
            : QCoreApplication::translate("JsonTreeModel", "{%1 keys}").arg(object.size());
        if (!preview.isEmpty())
            text += QLatin1Char(' ') + preview.join(QStringLiteral(", "));
        return text;
    }
    if (value.isArray())
        return itemsText(value.toArray().size());
    if (value.isString())
        return scalarJson(value).left(2000);
    return scalarJson(value);
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    if (role == JsonPathRole)
        return jsonPath(index);
    if (role == RawValueRole)
        return valueText(index);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Key:
        return node->isArrayItem ? QStringLiteral("[%1]").arg(node->row) : node->key;
    case Value:
        return node->records ? itemsText(node->records->size()) : summary(node->value);
    case Type:
        return typeName(node->value);
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Key:
        return tr("Key");
    case Value:
        return tr("Value");
    case Type:
        return tr("Type");
    default:
        return {};
    }
}

QString JsonTreeModel::jsonPath(const QModelIndex &index) const
{
    QStringList parts;
    for (const Node *node = nodeOf(index); node && node != m_root.get(); node = node->parent) {
        if (node->isArrayItem) {
            parts.prepend(QStringLiteral("[%1]").arg(node->row));
        } else {
            static const QRegularExpression plain(QStringLiteral("^[A-Za-z_$][A-Za-z0-9_$]*$"));
            QString key = node->key;
            if (plain.match(key).hasMatch()) {
                parts.prepend(QLatin1Char('.') + key);
            } else {
                key.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
                    .replace(QLatin1Char('\''), QLatin1String("\\'"));
                parts.prepend(QStringLiteral("['%1']").arg(key));
            }
        }
    }
    return QLatin1Char('$') + parts.join(QString());
}

QJsonValue JsonTreeModel::value(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    // Records kept as bytes are parsed whole here: not for a big answer on the GUI thread.
    if (node->records)
        return QJsonDocument::fromJson(node->records->raw()).array();
    return node->value;
}

QString JsonTreeModel::valueText(const QModelIndex &index) const
{
    if (const Node *node = nodeOf(index); node->records)
        return QString::fromUtf8(node->records->raw());
    const QJsonValue v = value(index);
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isString())
        return v.toString();
    return scalarJson(v);
}

QList<int> JsonTreeModel::rowsOf(const QModelIndex &index) const
{
    QList<int> rows;
    for (const Node *node = nodeOf(index); node && node != m_root.get(); node = node->parent)
        rows.prepend(node->row);
    return rows;
}

QModelIndex JsonTreeModel::indexForRows(const QList<int> &rows)
{
    QModelIndex current;
    for (int row : rows) {
        while (row >= rowCount(current) && canFetchMore(current))
            fetchMore(current);
        current = index(row, 0, current);
        if (!current.isValid())
            return {};
    }
    return current;
}
