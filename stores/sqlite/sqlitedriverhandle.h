#pragma once

#include <QString>

class QSqlDatabase;
struct sqlite3;

// The SQLite handle of an open QtSql connection, when this program may call SQLite on it: only
// when Qt's SQLite plugin uses the very SQLite library that this program links (Linux distributions,
// Homebrew). Qt's own binaries for Windows and macOS build SQLite into the plugin; a handle from
// that copy must never reach another copy, so there the store stays on QSqlQuery.
namespace SqliteDriverHandle {

// Whether this build can use a handle at all (it links SQLite and can look into loaded libraries).
bool isSupported();

// The handle, or nullptr (then `why` says why not).
sqlite3 *usableHandle(const QSqlDatabase &database, QString *why);

} // namespace SqliteDriverHandle
