#pragma once

#include "token.h"

class QTextStream;

// How `zcrm` shows tokens: a table or key/value lines for people, JSON for scripts.
namespace TokenPrinter {

void printTable(QTextStream &out, const TokenList &tokens, qint64 nowMs);
void printDetails(QTextStream &out, const Token &token, bool revealSecrets, qint64 nowMs);
void printJson(QTextStream &out, const Token &token, bool revealSecrets, qint64 nowMs);
void printJsonArray(QTextStream &out, const TokenList &tokens, bool revealSecrets, qint64 nowMs);

// "in 59 min", "3 h ago", "unknown"
QString describeExpiry(qint64 expiryMs, qint64 nowMs);

} // namespace TokenPrinter
