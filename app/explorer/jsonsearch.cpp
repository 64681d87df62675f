#include "jsonsearch.h"

#include <QJsonArray>
#include <QJsonObject>

namespace JsonSearch {

namespace {

bool scalarMatches(const QJsonValue &value, const QString &text)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString().contains(text, Qt::CaseInsensitive);
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17).contains(text, Qt::CaseInsensitive);
    case QJsonValue::Bool:
        return QLatin1String(value.toBool() ? "true" : "false").contains(text, Qt::CaseInsensitive);
    case QJsonValue::Null:
        return QLatin1String("null").contains(text, Qt::CaseInsensitive);
    default:
        return false;
    }
}

// Depth-first; `path` is the node's position. `skipUntil` holds the start position: nodes up to and
// including it are passed over.
bool walk(const QJsonValue &value, const QString &key, QList<int> &path, const QString &text,
          const QList<int> &after, bool &started, QList<int> &found, const JsonRecords *rootRecords,
          const JsonRecords *records)
{
    if (started && !path.isEmpty()
        && (key.contains(text, Qt::CaseInsensitive) || scalarMatches(value, text))) {
        found = path;
        return true;
    }
    if (!started && path == after)
        started = true;
    // A subtree wholly before the start is skipped without walking it.
    const auto before = [&](int row) {
        if (started)
            return false;
        const qsizetype depth = path.size();
        if (after.size() <= depth)
            return false;
        for (qsizetype i = 0; i < depth; ++i)
            if (path.at(i) != after.at(i))
                return false;
        return row < after.at(depth);
    };
    if (records) {
        // The records kept as bytes, each parsed for its turn and dropped.
        for (int row = 0; row < records->size(); ++row) {
            if (before(row))
                continue;
            path.append(row);
            const bool hit =
                walk(records->at(row), QString(), path, text, after, started, found, nullptr, nullptr);
            path.removeLast();
            if (hit)
                return true;
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        int row = 0;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it, ++row) {
            if (before(row))
                continue;
            path.append(row);
            // The root's member that the records are (an empty array in the JSON).
            const JsonRecords *here = rootRecords && it.key() == rootRecords->key() ? rootRecords : nullptr;
            const bool hit = walk(it.value(), it.key(), path, text, after, started, found, nullptr, here);
            path.removeLast();
            if (hit)
                return true;
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (int row = 0; row < array.size(); ++row) {
            if (before(row))
                continue;
            path.append(row);
            const bool hit =
                walk(array.at(row), QString(), path, text, after, started, found, nullptr, nullptr);
            path.removeLast();
            if (hit)
                return true;
        }
    }
    return false;
}

} // namespace

std::optional<QList<int>> findNext(const QJsonValue &root, const QString &text, const QList<int> &after,
                                   const JsonRecords *records)
{
    if (text.isEmpty())
        return std::nullopt;
    QList<int> path;
    QList<int> found;
    bool started = after.isEmpty();
    if (walk(root, QString(), path, text, after, started, found, records, nullptr))
        return found;
    return std::nullopt;
}

} // namespace JsonSearch
