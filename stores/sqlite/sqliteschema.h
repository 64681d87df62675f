#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The `oauthtoken` table: the SDK samples' ten columns first, exactly as they create them, then ours.
// PRAGMA user_version says which of our versions the file has; 0 with an `oauthtoken` table is a file
// written by the SDK's Kaizen sample (or DBStore DDL), which we migrate in place by adding columns.
namespace SqliteSchema {

constexpr int kCurrentVersion = 1;

// Every column we read, in table order.
const QStringList &columns();

// The statements that bring an open database to kCurrentVersion, or an error text when the file is
// not one we may touch (another application's tables, a newer version of ours). Reads only.
struct Plan
{
    QString error;
    int fromVersion = 0;
    QStringList statements; // empty: nothing to do
};
Plan plan(QSqlDatabase &database);

} // namespace SqliteSchema
