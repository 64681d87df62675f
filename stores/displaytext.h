#pragma once

#include <QString>
#include <QStringView>

// Text from outside (an argument, a file, a server) shown to a user: in an error message it is
// quoted, escaped and cut, so that it can neither end the line nor drive the terminal (ESC
// sequences); in a table it is escaped. A value that may be a secret is never given to these.
namespace DisplayText {

constexpr qsizetype kMaxQuotedChars = 80;

// Control characters (C0, DEL, C1) and the Unicode line and paragraph separators as \xNN or \uNNNN,
// a backslash as itself.
QString escaped(QStringView text);
// "\"" + escaped(text) + "\"", cut to about kMaxQuotedChars with "…".
QString quoted(QStringView text);

} // namespace DisplayText
