#pragma once

#include "storeresult.h"
#include "token.h"
#include "tokenmatchkey.h"

#include <QHash>
#include <QMultiHash>

#include <optional>

// Rows held in memory with the SDK's lookup and upsert rules and hash indexes on every lookup key,
// so a lookup costs the same at 100 rows and at 100,000. The memory store is one of these; the
// file store keeps one as its cache of the file.
class TokenTable
{
public:
    // Replaces every row. Rows keep their order; a duplicate id is reported, not silently dropped.
    // Returns an empty string, or what is wrong with `rows`.
    QString setRows(TokenList rows);
    const TokenList &rows() const { return m_rows; }
    qsizetype size() const { return m_rows.size(); }

    std::optional<Token> find(const TokenMatchKey &key) const;
    // The SDK's find_token: the row `partial` matches, completed into `partial`.
    std::optional<Token> findCompleted(const Token &partial) const;
    std::optional<Token> findById(const QString &id) const;

    // The SDK's save_token: by id, else by match key; merge and replace, or insert with a new id.
    // `storeDescription` names the store in an error.
    StoreResult<Token> save(Token token, qint64 nowMs, const QString &storeDescription);
    bool remove(const QString &id);
    void clear();

    // One more than the largest numeric id (the SDK's generate_id, numerically); empty when the
    // largest is already the largest qint64.
    QString nextId() const;

private:
    void indexRow(int position);
    void unindexRow(int position);
    void rebuildIndexes();
    // The four key indexes are built at the first lookup by key, not with the rows: a store read in
    // full (the desktop's first read of 100,000 rows) does not pay for them before it needs them.
    void indexKeys() const;

    TokenList m_rows;
    QHash<QString, int> m_byId;
    mutable QMultiHash<QString, int> m_byUser;
    mutable QMultiHash<QString, int> m_byAccess;
    mutable QMultiHash<QString, int> m_byRefresh;
    mutable QMultiHash<QString, int> m_byGrant;
    mutable bool m_keysIndexed = false;
    qint64 m_maxNumericId = 0;
};
