#pragma once

#include "tokenstore.h"
#include "tokentable.h"

#include <QHash>
#include <QMutex>

// `memory:`: rows in this process only, for tests and throw-away sessions. Thread-safe.
class MemoryTokenStore : public TokenStore
{
public:
    MemoryTokenStore();

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
    // A count of this object's writes (leases excluded): nobody else can write here.
    StoreResult<QByteArray> changeStamp() override;

private:
    struct Lease
    {
        QString owner;
        qint64 until = 0;
    };

    QMutex m_mutex;
    TokenTable m_table;
    QHash<QString, Lease> m_leases;
    quint64 m_writes = 0; // under m_mutex
};
