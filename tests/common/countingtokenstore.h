#pragma once

#include "tokenstore.h"

#include <QAtomicInteger>

#include <memory>

// A TokenStore that forwards to another and counts the calls a watcher makes, so that a test can
// prove that nothing reads every row while nothing changed; it can also be told to fail, as a
// store that went away does, or to answer slowly.
class CountingTokenStore : public TokenStore
{
public:
    explicit CountingTokenStore(std::unique_ptr<TokenStore> inner);

    TokenStore &inner() { return *m_inner; }
    int getTokensCalls() const { return m_getTokens.loadRelaxed(); }
    int changeStampCalls() const { return m_changeStamps.loadRelaxed(); }
    // While set, getTokens and changeStamp answer Unavailable.
    void setFailing(bool failing) { m_failing.storeRelaxed(failing ? 1 : 0); }
    // Every call first sleeps this long: a slow network database, a file another process holds.
    void setDelay(int milliseconds) { m_delayMs.storeRelaxed(milliseconds); }
    // Forward no stamp: a store that cannot tell.
    void setStampless(bool stampless) { m_stampless = stampless; }

    StoreResult<std::optional<Token>> findToken(const Token &partial) override;
    StoreResult<std::optional<Token>> findTokenById(const QString &id) override;
    StoreResult<Token> saveToken(const Token &token) override;
    StoreResult<TokenList> saveTokens(const TokenList &tokens) override;
    StoreResult<void> deleteToken(const QString &id) override;
    StoreResult<TokenList> getTokens() override;
    StoreResult<void> deleteTokens() override;
    StoreResult<bool> tryAcquireLease(const QString &tokenId, const QString &owner,
                                      qint64 durationMs) override;
    StoreResult<void> releaseLease(const QString &tokenId, const QString &owner) override;
    StoreResult<StoreCheck> check() override;
    StoreResult<QByteArray> changeStamp() override;

private:
    StoreError failure(const QString &operation) const;
    void pause() const;

    std::unique_ptr<TokenStore> m_inner;
    QAtomicInteger<int> m_getTokens { 0 };
    QAtomicInteger<int> m_changeStamps { 0 };
    QAtomicInteger<int> m_failing { 0 };
    QAtomicInteger<int> m_delayMs { 0 };
    bool m_stampless = false;
};
