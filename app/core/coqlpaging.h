#pragma once

#include <QString>

#include <optional>

// The LIMIT/OFFSET end of a COQL query (Zoho CRM v8 "COQL API"): at most 2,000 rows per call, and LIMIT and
// OFFSET together reach the first 100,000 rows. Splits "select … from Leads where … limit 50 offset
// 100" into the query without its paging clause and the two numbers, and puts them back for
// another page. Both `limit N offset M` and `limit M, N` (offset first) are read.
class CoqlPaging
{
public:
    static constexpr int defaultLimit = 200; // what CRM uses without LIMIT
    static constexpr int maxLimit = 2000;
    static constexpr int maxRows = 100000;

    // Empty for a query that is not a select.
    static std::optional<CoqlPaging> fromQuery(const QString &query);

    // The query without its LIMIT/OFFSET clause (and without a trailing ';').
    const QString &baseQuery() const { return m_base; }
    bool hasLimit() const { return m_hasLimit; }
    int limit() const { return m_limit; }
    int offset() const { return m_offset; }

    // The base query with "limit L offset O"; L is cut so that O + L stays within maxRows.
    QString query(int limit, int offset) const;
    QString query() const { return query(m_limit, m_offset); }
    // The next and previous pages of `limit()` rows; empty past either end.
    std::optional<CoqlPaging> next() const;
    std::optional<CoqlPaging> previous() const;

    void setLimit(int limit) { m_limit = limit; }
    void setOffset(int offset) { m_offset = offset; }

private:
    QString m_base;
    bool m_hasLimit = false;
    int m_limit = defaultLimit;
    int m_offset = 0;
};
