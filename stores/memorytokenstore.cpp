#include "memorytokenstore.h"

#include "displaytext.h"

#include <QCoreApplication>
#include <QMutexLocker>

MemoryTokenStore::MemoryTokenStore()
    : TokenStore(QStringLiteral("memory:"))
{ }

StoreResult<std::optional<Token>> MemoryTokenStore::findToken(const Token &partial)
{
    QMutexLocker lock(&m_mutex);
    return m_table.findCompleted(partial);
}

StoreResult<std::optional<Token>> MemoryTokenStore::findTokenById(const QString &id)
{
    QMutexLocker lock(&m_mutex);
    return m_table.findById(id);
}

StoreResult<Token> MemoryTokenStore::saveToken(const Token &token)
{
    QMutexLocker lock(&m_mutex);
    ++m_writes;
    return m_table.save(token, now(), description());
}

StoreResult<TokenList> MemoryTokenStore::saveTokens(const TokenList &tokens)
{
    QMutexLocker lock(&m_mutex);
    ++m_writes;
    TokenList saved;
    saved.reserve(tokens.size());
    // All or nothing, as the SQLite, SQL server and file stores do it: a refused token (a bad id, say)
    // leaves the tokens before it unsaved too.
    const TokenTable before = m_table;
    for (const Token &token : tokens) {
        auto result = m_table.save(token, now(), description());
        if (!result) {
            m_table = before;
            return result.error();
        }
        saved.append(std::move(result).value());
    }
    return saved;
}

StoreResult<void> MemoryTokenStore::deleteToken(const QString &id)
{
    QMutexLocker lock(&m_mutex);
    if (!m_table.remove(id))
        return makeError(StoreError::Code::NotFound, QStringLiteral("deleteToken"),
                         QCoreApplication::translate("MemoryTokenStore", "no token with id %1")
                             .arg(DisplayText::quoted(id)));
    ++m_writes;
    m_leases.remove(id);
    return {};
}

StoreResult<TokenList> MemoryTokenStore::getTokens()
{
    QMutexLocker lock(&m_mutex);
    return m_table.rows();
}

StoreResult<void> MemoryTokenStore::deleteTokens()
{
    QMutexLocker lock(&m_mutex);
    ++m_writes;
    m_table.clear();
    m_leases.clear();
    return {};
}

StoreResult<bool> MemoryTokenStore::tryAcquireLease(const QString &tokenId, const QString &owner,
                                                    qint64 durationMs)
{
    QMutexLocker lock(&m_mutex);
    if (!m_table.findById(tokenId))
        return makeError(StoreError::Code::NotFound, QStringLiteral("tryAcquireLease"),
                         QCoreApplication::translate("MemoryTokenStore", "no token with id %1")
                             .arg(DisplayText::quoted(tokenId)));
    const qint64 nowMs = now();
    auto it = m_leases.find(tokenId);
    if (it != m_leases.end() && it->owner != owner && it->until > nowMs)
        return false;
    m_leases.insert(tokenId, Lease { owner, nowMs + durationMs });
    return true;
}

StoreResult<void> MemoryTokenStore::releaseLease(const QString &tokenId, const QString &owner)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_leases.find(tokenId);
    if (it != m_leases.end() && it->owner == owner)
        m_leases.erase(it);
    return {};
}

StoreResult<StoreCheck> MemoryTokenStore::check()
{
    QMutexLocker lock(&m_mutex);
    StoreCheck result;
    result.reachable = true;
    result.writable = true;
    result.rowCount = m_table.size();
    result.schemaVersion = QStringLiteral("n/a");
    result.details = QCoreApplication::translate("MemoryTokenStore", "in-memory store of this process");
    return result;
}

StoreResult<QByteArray> MemoryTokenStore::changeStamp()
{
    QMutexLocker lock(&m_mutex);
    return QByteArrayLiteral("memory:") + QByteArray::number(m_writes);
}
