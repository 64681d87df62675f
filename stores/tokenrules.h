#pragma once

#include <QString>
#include <QtGlobal>

#include <limits>

class Token;

// What every store accepts in a token, shared by the write path (saveToken) and the read path (a file
// or table being parsed), so that no backend can write what it, or another backend, refuses to read.
//
// - An id is a positive decimal integer within qint64, written canonically: digits only, no sign, no
//   spaces, no leading zero. (Legacy SDK 2.x files may still hold text ids; they are read and updated
//   as they are, never created.)
// - A time (expiry_time, created_at, updated_at) is milliseconds since the epoch, 0 for unknown, and
//   at most kMaxTimeMs (the end of the year 9999, as far as ISO 8601 dates go).
//
// Each check returns an empty string, or what is wrong, with the value quoted for a message
// (DisplayText::quoted).
class TokenRules
{
public:
    static constexpr qint64 kMaxId = std::numeric_limits<qint64>::max();
    static constexpr qint64 kMaxTimeMs = 253402300799999; // 9999-12-31T23:59:59.999Z

    static QString idProblem(const QString &id);
    // The id's number when idProblem() is empty, else 0.
    static qint64 idNumber(const QString &id);
    // The id after `largest`; empty when no id is left (`largest` is kMaxId).
    static QString nextIdAfter(qint64 largest);

    static QString timeProblem(qint64 ms, const char *field);
    // Parses a stored time: empty text is 0 (unknown); else decimal digits within kMaxTimeMs.
    static QString parseTime(const QString &text, const char *field, qint64 *ms);

    // What saveToken refuses: a time out of range, and a bad id when `checkId` (a new row's id; an
    // update names a row that is already stored, a legacy text id included).
    static QString tokenProblem(const Token &token, bool checkId);
};
