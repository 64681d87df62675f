#include "countingtokenstore.h"

CountingTokenStore::CountingTokenStore(std::unique_ptr<TokenStore> inner)
    : TokenStore(inner->description())
    , m_inner(std::move(inner))
{ }

StoreError CountingTokenStore::failure(const QString &operation) const
{
    return makeError(StoreError::Code::Unavailable, operation, QStringLiteral("the test made it fail"));
}

StoreResult<std::optional<Token>> CountingTokenStore::findToken(const Token &partial)
{
    return m_inner->findToken(partial);
}

StoreResult<std::optional<Token>> CountingTokenStore::findTokenById(const QString &id)
{
    return m_inner->findTokenById(id);
}

StoreResult<Token> CountingTokenStore::saveToken(const Token &token)
{
    return m_inner->saveToken(token);
}

StoreResult<TokenList> CountingTokenStore::saveTokens(const TokenList &tokens)
{
    return m_inner->saveTokens(tokens);
}

StoreResult<void> CountingTokenStore::deleteToken(const QString &id)
{
    return m_inner->deleteToken(id);
}

StoreResult<TokenList> CountingTokenStore::getTokens()
{
    m_getTokens.fetchAndAddRelaxed(1);
    if (m_failing.loadRelaxed())
        return failure(QStringLiteral("getTokens"));
    return m_inner->getTokens();
}

StoreResult<void> CountingTokenStore::deleteTokens()
{
    return m_inner->deleteTokens();
}

StoreResult<bool> CountingTokenStore::tryAcquireLease(const QString &tokenId, const QString &owner,
                                                      qint64 durationMs)
{
    return m_inner->tryAcquireLease(tokenId, owner, durationMs);
}

StoreResult<void> CountingTokenStore::releaseLease(const QString &tokenId, const QString &owner)
{
    return m_inner->releaseLease(tokenId, owner);
}

StoreResult<StoreCheck> CountingTokenStore::check()
{
    return m_inner->check();
}

StoreResult<QByteArray> CountingTokenStore::changeStamp()
{
    m_changeStamps.fetchAndAddRelaxed(1);
    if (m_failing.loadRelaxed())
        return failure(QStringLiteral("changeStamp"));
    if (m_stampless)
        return QByteArray();
    return m_inner->changeStamp();
}
