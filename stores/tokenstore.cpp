#include "tokenstore.h"

#include <QDateTime>

#include <utility>

TokenStore::TokenStore(QString description)
    : m_description(std::move(description))
{ }

TokenStore::~TokenStore() = default;

StoreResult<TokenList> TokenStore::saveTokens(const TokenList &tokens)
{
    TokenList saved;
    saved.reserve(tokens.size());
    for (const Token &token : tokens) {
        auto result = saveToken(token);
        if (!result)
            return result.error();
        saved.append(std::move(result).value());
    }
    return saved;
}

StoreResult<StoreCheck> TokenStore::check()
{
    auto tokens = getTokens();
    if (!tokens)
        return tokens.error();
    StoreCheck result;
    result.reachable = true;
    result.writable = true;
    result.rowCount = tokens.value().size();
    result.schemaVersion = QStringLiteral("n/a");
    return result;
}

void TokenStore::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

qint64 TokenStore::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

StoreError TokenStore::makeError(StoreError::Code code, const QString &operation,
                                 const QString &message) const
{
    return StoreError(code, m_description, operation, message);
}

StoreResult<QByteArray> TokenStore::changeStamp()
{
    return QByteArray();
}
