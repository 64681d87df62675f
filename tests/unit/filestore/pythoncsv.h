#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Python's own csv module, the one the Zoho Python SDK's FileStore uses, run as python3: the
// reference our CSV is checked against. Each call returns nullopt with `error` set when python3 is
// missing or fails.
namespace PythonCsv {

// The python3 on PATH, or empty.
QString interpreter();

// The bytes csv.writer(quoting=QUOTE_MINIMAL) writes for `rows` (UTF-8, CRLF), as the SDK does.
std::optional<QByteArray> write(const QList<QStringList> &rows, QString *error);

// The rows csv.reader reads from `path`, opened as the csv module asks (newline='', UTF-8).
std::optional<QList<QStringList>> read(const QString &path, QString *error);

} // namespace PythonCsv
