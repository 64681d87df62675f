#pragma once

#include "sqlitestatement.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <limits>

// The `oauthtoken` table: the SDK samples' ten columns first, exactly as they create them (their
// readers select * and read columns 0-9 by position), then ours, added with ALTER TABLE.
//
// Versions, kept in the row ('oauthtoken', N) of table zcrm_schema (PRAGMA user_version is left
// to whoever owns the file):
//   0  no zcrm_schema: an empty file, or a zohooauth.db written by the SDK's Kaizen sample store
//   1  our first format (PRAGMA user_version = 1, a next-id counter in table zcrm_meta)
//   2  the numeric id (idRank()) in every lookup index and an index of its own; zcrm_schema
namespace SqliteSchema {

constexpr int kCurrentVersion = 2;

// The columns a token is read from and written to, in table order: Token::sdkFieldNames() then
// Token::extraFieldNames(). Lease columns come after them.
const QStringList &tokenColumns();

// An id's rank among rows that match one key: its number where it is a positive integer as
// TokenTable reads it (QString::toLongLong: spaces around it and a sign allowed, nothing else),
// else kNotANumber, so that such ids come last. The lowest rank wins, then the first stored row.
// Each lookup index ends with it, so a lookup reads the winner first; the largest rank below
// kNotANumber is the largest numeric id. SQLite uses an index on an expression only for a query
// that spells it exactly the same way, so every statement takes it from here.
QString idRank();
constexpr qint64 kNotANumber = std::numeric_limits<qint64>::max();

// What it takes to bring an open file to kCurrentVersion, found by reading only.
struct Plan
{
    // Not empty: the file must not be touched (not a token store, a newer version, unreadable).
    QString error;
    int errorCode = SqliteCode::Ok; // the SQLite code, when reading failed
    int fromVersion = 0;
    bool createsTable = false;
    QStringList statements; // empty: nothing to do
};
Plan plan(QSqlDatabase &database);

} // namespace SqliteSchema
