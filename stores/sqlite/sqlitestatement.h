#pragma once

#include <QString>

// SQLite's result codes (sqlite.org/rescode.html), so that code without <sqlite3.h> can name them.
// Extended codes carry the primary one in their low byte.
namespace SqliteCode {
constexpr int Ok = 0;
constexpr int Error = 1;
constexpr int Perm = 3;
constexpr int Busy = 5;
constexpr int Locked = 6;
constexpr int ReadOnly = 8;
constexpr int IoError = 10;
constexpr int Corrupt = 11;
constexpr int CantOpen = 14;
constexpr int NotADatabase = 26;
constexpr int Row = 100;
constexpr int Done = 101;

constexpr int primary(int code)
{
    return code & 0xff;
}
} // namespace SqliteCode

// One statement, prepared once on a connection and then re-bound and run for every call. Values
// are always bound (numbered from 1 in the order of the `?`s in the text), never pasted into SQL.
// Two implementations: on QSqlQuery (everywhere), and on the SQLite handle of Qt's driver (only
// where that driver and this program share one SQLite library; see SqliteDriverHandle).
class SqliteStatement
{
public:
    virtual ~SqliteStatement() = default;

    virtual void bindText(int index, const QString &value) = 0; // exactly this text, "" included
    virtual void bindInt64(int index, qint64 value) = 0;
    virtual void bindNull(int index) = 0;

    // SqliteCode::Row (a row can be read), SqliteCode::Done, or an error code. reset() before the
    // statement is bound and run again.
    virtual int step() = 0;
    virtual void reset() = 0;

    virtual bool isNull(int column) const = 0;
    virtual QString text(int column) const = 0; // a null string for NULL
    virtual qint64 int64(int column) const = 0;

    // Rows changed by the last INSERT, UPDATE or DELETE that ran to completion.
    virtual int changes() const = 0;
    // SQLite's message for the last error of this statement.
    virtual QString errorText() const = 0;

    // Empty text and 0 are "not set" in a Token; they are stored as NULL, as the SDK stores None.
    void bindOptionalText(int index, const QString &value)
    {
        if (value.isEmpty())
            bindNull(index);
        else
            bindText(index, value);
    }
    void bindOptionalInt64(int index, qint64 value)
    {
        if (value == 0)
            bindNull(index);
        else
            bindInt64(index, value);
    }
};
