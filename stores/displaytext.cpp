#include "displaytext.h"

namespace DisplayText {

namespace {

bool needsEscape(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || c == 0x200e || c == 0x200f
        || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069); // bidirectional overrides
}

} // namespace

QString escaped(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t code = c.unicode();
        if (!needsEscape(code)) {
            out.append(c);
        } else if (code <= 0xff) {
            out.append(QStringLiteral("\\x%1").arg(int(code), 2, 16, QLatin1Char('0')));
        } else {
            out.append(QStringLiteral("\\u%1").arg(int(code), 4, 16, QLatin1Char('0')));
        }
    }
    return out;
}

QString quoted(QStringView text)
{
    QString inner = escaped(text.left(kMaxQuotedChars + 1));
    if (text.size() > kMaxQuotedChars || inner.size() > kMaxQuotedChars) {
        inner.truncate(kMaxQuotedChars);
        // Never leave half an escape or half a surrogate pair at the cut.
        const qsizetype backslash = inner.lastIndexOf(QLatin1Char('\\'));
        if (backslash >= 0 && backslash > inner.size() - 6)
            inner.truncate(backslash);
        if (!inner.isEmpty() && inner.back().isHighSurrogate())
            inner.chop(1);
        inner.append(QStringLiteral("…"));
    }
    return QLatin1Char('"') + inner + QLatin1Char('"');
}

} // namespace DisplayText
