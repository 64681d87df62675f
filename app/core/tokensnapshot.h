#pragma once

#include "tokenchanges.h"

#include <QHash>
#include <QList>

#include <optional>

// The rows of a store as last seen, by id, in the store's order. Each update answers what it changed,
// so that the watcher and the facade report only the difference.
class TokenSnapshot
{
public:
    // Replaces every row with `rows` (a fresh getTokens) and answers the difference.
    TokenChanges replaceAll(const TokenList &rows);
    // One row saved (by id): added or changed, or nothing when it is equal to what is known.
    TokenChanges upsert(const Token &row);
    // One row gone; nothing when the id was not known.
    TokenChanges remove(const QString &id);
    void clear();

    std::optional<Token> find(const QString &id) const;
    TokenList rows() const; // in the store's order
    int size() const { return int(m_index.size()); }

private:
    QList<Token> m_rows; // removed rows leave a hole (an empty id) until the next replaceAll
    QHash<QString, int> m_index; // id -> position in m_rows
};
