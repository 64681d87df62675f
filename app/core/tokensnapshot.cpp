#include "tokensnapshot.h"

TokenChanges TokenSnapshot::replaceAll(const TokenList &rows)
{
    TokenChanges changes;
    QHash<QString, int> index;
    index.reserve(rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        const Token &row = rows.at(i);
        index.insert(row.id, i);
        const auto known = m_index.constFind(row.id);
        if (known == m_index.cend())
            changes.added.append(row);
        else if (m_rows.at(known.value()) != row)
            changes.changed.append(row);
    }
    for (auto it = m_index.cbegin(); it != m_index.cend(); ++it) {
        if (!index.contains(it.key()))
            changes.removed.append(it.key());
    }
    m_rows = rows;
    m_index = std::move(index);
    return changes;
}

TokenChanges TokenSnapshot::upsert(const Token &row)
{
    TokenChanges changes;
    const auto known = m_index.constFind(row.id);
    if (known == m_index.cend()) {
        m_index.insert(row.id, int(m_rows.size()));
        m_rows.append(row);
        changes.added.append(row);
    } else if (m_rows.at(known.value()) != row) {
        m_rows[known.value()] = row;
        changes.changed.append(row);
    }
    return changes;
}

TokenChanges TokenSnapshot::remove(const QString &id)
{
    TokenChanges changes;
    const auto known = m_index.constFind(id);
    if (known == m_index.cend())
        return changes;
    m_rows[known.value()] = Token();
    m_index.erase(known);
    changes.removed.append(id);
    return changes;
}

void TokenSnapshot::clear()
{
    m_rows.clear();
    m_index.clear();
}

std::optional<Token> TokenSnapshot::find(const QString &id) const
{
    const auto known = m_index.constFind(id);
    if (known == m_index.cend())
        return std::nullopt;
    return m_rows.at(known.value());
}

TokenList TokenSnapshot::rows() const
{
    TokenList rows;
    rows.reserve(m_index.size());
    for (const Token &row : m_rows) {
        if (!row.id.isEmpty())
            rows.append(row);
    }
    return rows;
}
