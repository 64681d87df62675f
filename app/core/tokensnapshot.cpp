#include "tokensnapshot.h"

namespace {

// Holes are dropped once they outnumber the rows, so that a long run of deletes without a
// replaceAll does not keep every removed row's slot.
constexpr int kMinHolesToCompact = 64;

} // namespace

TokenChanges TokenSnapshot::replaceAll(const TokenList &rows)
{
    // A store never holds two rows with one id nor a row without one; if it did, the first counts.
    // In the usual case the rows are kept as they came (one shared list, no copy of 100,000 rows).
    QHash<QString, int> index;
    index.reserve(rows.size());
    bool unique = true;
    for (const Token &row : rows) {
        if (row.id.isEmpty() || index.contains(row.id)) {
            unique = false;
            break;
        }
        index.insert(row.id, int(index.size()));
    }
    TokenList kept = rows;
    if (!unique) {
        index.clear();
        kept.clear();
        for (const Token &row : rows) {
            if (row.id.isEmpty() || index.contains(row.id))
                continue;
            index.insert(row.id, int(kept.size()));
            kept.append(row);
        }
    }
    TokenChanges changes;
    if (m_index.isEmpty()) {
        changes.added = kept;
    } else {
        for (const Token &row : std::as_const(kept)) {
            const auto known = m_index.constFind(row.id);
            if (known == m_index.constEnd())
                changes.added.append(row);
            else if (m_rows.at(*known) != row)
                changes.changed.append(row);
        }
    }
    // In the old order, so that the removals read as the rows did.
    for (const Token &old : std::as_const(m_rows)) {
        if (!old.id.isEmpty() && !index.contains(old.id))
            changes.removed.append(old.id);
    }
    m_rows = std::move(kept);
    m_index = std::move(index);
    return changes;
}

TokenChanges TokenSnapshot::upsert(const Token &row)
{
    TokenChanges changes;
    if (row.id.isEmpty())
        return changes;
    const auto known = m_index.constFind(row.id);
    if (known == m_index.constEnd()) {
        m_index.insert(row.id, int(m_rows.size()));
        m_rows.append(row);
        changes.added.append(row);
    } else if (m_rows.at(*known) != row) {
        m_rows[*known] = row;
        changes.changed.append(row);
    }
    return changes;
}

TokenChanges TokenSnapshot::remove(const QString &id)
{
    TokenChanges changes;
    const auto known = m_index.constFind(id);
    if (known == m_index.constEnd())
        return changes;
    m_rows[*known] = Token();
    m_index.erase(known);
    changes.removed.append(id);
    const qsizetype holes = m_rows.size() - m_index.size();
    if (holes >= kMinHolesToCompact && holes > m_index.size())
        replaceAll(rows()); // same rows: no changes, positions renumbered
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
    if (known == m_index.constEnd())
        return std::nullopt;
    return m_rows.at(*known);
}

TokenList TokenSnapshot::rows() const
{
    TokenList list;
    list.reserve(m_index.size());
    for (const Token &row : m_rows) {
        if (!row.id.isEmpty())
            list.append(row);
    }
    return list;
}
