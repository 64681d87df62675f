#pragma once

#include "token.h"

#include <QList>
#include <QString>

class SqliteStatement;

// The statements the SQLite store keeps on every connection, and how a Token maps to their columns
// (SqliteSchema::tokenColumns(), the SDK's ten first). Values are always bound, never pasted into SQL.
namespace SqliteTokenStatements {

// Every statement the store keeps, in the order of SqliteTokenStore::Statements. Values are bound
// to the plain `?`s in order (QSqlQuery does not support SQLite's numbered ?NNN).
enum StatementKind {
    ById,
    ByUser,
    ByAccess,
    ByRefresh,
    ByGrant,
    All,
    Count,
    Insert,
    UpdateAll,
    UpdateKeepingIdentity,
    Remove,
    RemoveAll,
    MaxId,
    IdExists,
    TakeLease,
    ReleaseLease,
    BeginRead,
    DataVersion,
    StatementCount
};

QString statementText(StatementKind kind);
// The columns an UPDATE sets (positions in SqliteSchema::tokenColumns()): all but the id, or, when
// `identityToo` is false, also without the user name, refresh and grant token.
const QList<int> &updatedColumns(bool identityToo);
// A row of a statement that selects SqliteSchema::tokenColumns(), in order.
Token readToken(const SqliteStatement &row);
// Binds a token's value for one column (its position in SqliteSchema::tokenColumns()) to `index`.
void bindColumn(SqliteStatement &statement, int index, const Token &token, int column);

} // namespace SqliteTokenStatements
