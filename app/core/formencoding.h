#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

// application/x-www-form-urlencoded for query strings and POST bodies. Every reserved character,
// '+' included, is percent-encoded, so that a secret containing '+' or '&' arrives intact.
namespace FormEncoding {

using Fields = QList<std::pair<QString, QString>>;

QByteArray encode(const Fields &fields);

} // namespace FormEncoding
