#include "coqlpaging.h"

#include <QRegularExpression>

std::optional<CoqlPaging> CoqlPaging::fromQuery(const QString &query)
{
    QString text = query.trimmed();
    while (text.endsWith(QLatin1Char(';')))
        text = text.chopped(1).trimmed();
    static const QRegularExpression select(QStringLiteral("^select\\s"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (!select.match(text).hasMatch())
        return std::nullopt;
    // The paging clause closes the query; a LIMIT inside a quoted value is not at the end.
    static const QRegularExpression tail(
        QStringLiteral(
            "\\s+limit\\s+(\\d+)(?:\\s*,\\s*(\\d+))?(?:\\s+offset\\s+(\\d+))?$|\\s+offset\\s+(\\d+)$"),
        QRegularExpression::CaseInsensitiveOption);
    CoqlPaging paging;
    const QRegularExpressionMatch match = tail.match(text);
    if (match.hasMatch()) {
        paging.m_base = text.left(match.capturedStart()).trimmed();
        if (!match.captured(4).isEmpty()) {
            paging.m_offset = match.captured(4).toInt();
        } else if (!match.captured(2).isEmpty()) {
            paging.m_hasLimit = true;
            paging.m_offset = match.captured(1).toInt();
            paging.m_limit = match.captured(2).toInt();
        } else {
            paging.m_hasLimit = true;
            paging.m_limit = match.captured(1).toInt();
            paging.m_offset = match.captured(3).toInt();
        }
    } else {
        paging.m_base = text;
    }
    return paging;
}

QString CoqlPaging::query(int limit, int offset) const
{
    const int cut = qMax(1, qMin(limit, maxRows - offset));
    return QStringLiteral("%1 limit %2 offset %3").arg(m_base).arg(cut).arg(offset);
}

std::optional<CoqlPaging> CoqlPaging::next() const
{
    if (m_offset + m_limit >= maxRows)
        return std::nullopt;
    CoqlPaging page = *this;
    page.m_offset += m_limit;
    page.m_hasLimit = true;
    return page;
}

std::optional<CoqlPaging> CoqlPaging::previous() const
{
    if (m_offset <= 0)
        return std::nullopt;
    CoqlPaging page = *this;
    page.m_offset = qMax(0, m_offset - m_limit);
    page.m_hasLimit = true;
    return page;
}
