#include "countingtokenstore.h"

#include <QThread>

CountingTokenStore::CountingTokenStore(std::unique_ptr<TokenStore> inner)
    : TokenStore(inner->description())
    , m_inner(std::move(inner))
{ }

void CountingTokenStore::pause() const
{
    if (const int ms = m_delayMs.loadRelaxed(); ms > 0)
        QThread::msleep(ms);
}

StoreError CountingTokenStore::failure(const QString &operation) const
{
    return makeError(StoreError::Code::Unavailable, operation, QStringLiteral("the test made it fail"));
}

StoreResult<std::optional<Token>> CountingTokenStore::findToken(const Token &partial)
{
    pause();
    return m_inner->findToken(partial);
}

StoreResult<std::optional<Token>> CountingTokenStore::findTokenById(const QString &id)
{
    pause();
    return m_inner->findTokenById(id);
}

StoreResult<Token> CountingTokenStore::saveToken(const Token &token)
{
    pause();
    return m_inner->saveToken(token);
}

StoreResult<TokenList> CountingTokenStore::saveTokens(const TokenList &tokens)
{
    pause();
    return m_inner->saveTokens(tokens);
}

StoreResult<void> CountingTokenStore::deleteToken(const QString &id)
{
    pause();
    return m_inner->deleteToken(id);
}

StoreResult<TokenList> CountingTokenStore::getTokens()
{
    pause();
    m_getTokens.fetchAndAddRelaxed(1);
    if (m_failing.loadRelaxed())
        return failure(QStringLiteral("getTokens"));
    return m_inner->getTokens();
}

StoreResult<void> CountingTokenStore::deleteTokens()
{
    pause();
    return m_inner->deleteTokens();
}

StoreResult<bool> CountingTokenStore::tryAcquireLease(const QString &tokenId, const QString &owner,
                                                      qint64 durationMs)
{
    pause();
    return m_inner->tryAcquireLease(tokenId, owner, durationMs);
}

StoreResult<void> CountingTokenStore::releaseLease(const QString &tokenId, const QString &owner)
{
    return m_inner->releaseLease(tokenId, owner);
}

StoreResult<StoreCheck> CountingTokenStore::check()
{
    pause();
    return m_inner->check();
}

StoreResult<QByteArray> CountingTokenStore::changeStamp()
{
    pause();
    m_changeStamps.fetchAndAddRelaxed(1);
    if (m_failing.loadRelaxed())
        return failure(QStringLiteral("changeStamp"));
    if (m_stampless)
        return QByteArray();
    return m_inner->changeStamp();
}
