#pragma once

#include "jsonrecords.h"

#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

// Find in a JSON document: the next node, in tree order after `after` (child positions from the
// root; empty = from the start), whose key or scalar value contains `text` (case-insensitive).
// Pure and thread-safe on a shared QJsonValue, so a big answer is searched off the GUI thread.
// `records`, when given, are the items of root's member records->key(), as JsonTreeModel shows them.
namespace JsonSearch {

std::optional<QList<int>> findNext(const QJsonValue &root, const QString &text, const QList<int> &after = {},
                                   const JsonRecords *records = nullptr);

} // namespace JsonSearch
