#include "tokentable.h"

#include "tokenrules.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <utility>

namespace {

void insertKey(QMultiHash<QString, int> &index, const QString &key, int position)
{
    if (!key.isEmpty())
        index.insert(key, position);
}

void removeKey(QMultiHash<QString, int> &index, const QString &key, int position)
{
    if (!key.isEmpty())
        index.remove(key, position);
}

qint64 numericId(const QString &id)
{
    bool ok = false;
    const qint64 value = id.toLongLong(&ok);
    return ok && value > 0 ? value : 0;
}

} // namespace

QString TokenTable::setRows(TokenList rows)
{
    m_rows = std::move(rows);
    rebuildIndexes();
    if (m_byId.size() != m_rows.size()) {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_byId.value(m_rows.at(i).id, -1) != i)
                return QCoreApplication::translate("TokenTable", "id %1 appears more than once")
                    .arg(m_rows.at(i).id);
        }
    }
    return {};
}

std::optional<Token> TokenTable::find(const TokenMatchKey &key) const
{
    indexKeys();
    const QMultiHash<QString, int> *index = nullptr;
    switch (key.field()) {
    case TokenMatchKey::Field::UserName:
        index = &m_byUser;
        break;
    case TokenMatchKey::Field::AccessToken:
        index = &m_byAccess;
        break;
    case TokenMatchKey::Field::RefreshToken:
        index = &m_byRefresh;
        break;
    case TokenMatchKey::Field::GrantToken:
        index = &m_byGrant;
        break;
    case TokenMatchKey::Field::None:
        return std::nullopt;
    }
    // Several rows may share a key; the lowest id wins, as in the SQL stores (text ids of legacy
    // files after numeric ones, then in file order).
    int best = -1;
    auto rank = [this](int position) {
        const qint64 number = numericId(m_rows.at(position).id);
        return std::make_pair(number > 0 ? number : std::numeric_limits<qint64>::max(), position);
    };
    for (auto it = index->constFind(key.value()); it != index->cend() && it.key() == key.value(); ++it) {
        if ((best < 0 || rank(it.value()) < rank(best)) && key.matches(m_rows.at(it.value())))
            best = it.value();
    }
    if (best < 0)
        return std::nullopt;
    return m_rows.at(best);
}

std::optional<Token> TokenTable::findCompleted(const Token &partial) const
{
    const auto row = find(TokenMatchKey::forToken(partial));
    if (!row)
        return std::nullopt;
    return partial.completedFrom(*row);
}

std::optional<Token> TokenTable::findById(const QString &id) const
{
    const int position = m_byId.value(id, -1);
    if (position < 0)
        return std::nullopt;
    return m_rows.at(position);
}

StoreResult<Token> TokenTable::save(Token token, qint64 nowMs, const QString &storeDescription)
{
    const QString operation = QStringLiteral("saveToken");
    int position = -1;
    if (!token.id.isEmpty())
        position = m_byId.value(token.id, -1);
    // A new row's id must be one every reader takes; a stored one (a legacy text id) is updated as it is.
    if (const QString problem = TokenRules::tokenProblem(token, !token.id.isEmpty() && position < 0);
        !problem.isEmpty())
        return StoreError(StoreError::Code::InvalidInput, storeDescription, operation, problem);
    if (token.id.isEmpty()) {
        const TokenMatchKey key = TokenMatchKey::forToken(token);
        if (auto existing = find(key))
            position = m_byId.value(existing->id, -1);
    }

    if (position >= 0) {
        token.mergeMissingFrom(m_rows.at(position));
        token.updatedAt = nowMs;
        unindexRow(position);
        m_rows[position] = token;
        indexRow(position);
        return token;
    }

    if (token.refreshToken.isEmpty() && token.grantToken.isEmpty() && token.accessToken.isEmpty()) {
        return StoreError(
            StoreError::Code::NotFound, storeDescription, operation,
            QCoreApplication::translate("TokenTable",
                                        "Given user authentication details not found, and the token "
                                        "has no refresh, grant or access token to store"));
    }
    if (token.id.isEmpty()) {
        token.id = nextId();
        if (token.id.isEmpty())
            return StoreError(StoreError::Code::InvalidInput, storeDescription, operation,
                              QCoreApplication::translate(
                                  "TokenTable", "no token id is left after %1; save it with a free --id")
                                  .arg(m_maxNumericId));
    }
    if (token.createdAt <= 0)
        token.createdAt = nowMs;
    token.updatedAt = nowMs;
    m_rows.append(token);
    indexRow(int(m_rows.size() - 1));
    return token;
}

bool TokenTable::remove(const QString &id)
{
    const int position = m_byId.value(id, -1);
    if (position < 0)
        return false;
    m_rows.removeAt(position);
    rebuildIndexes();
    return true;
}

void TokenTable::clear()
{
    m_rows.clear();
    rebuildIndexes();
}

QString TokenTable::nextId() const
{
    return TokenRules::nextIdAfter(m_maxNumericId);
}

void TokenTable::indexRow(int position)
{
    const Token &row = m_rows.at(position);
    m_byId.insert(row.id, position);
    m_maxNumericId = std::max(m_maxNumericId, numericId(row.id));
    if (!m_keysIndexed)
        return;
    insertKey(m_byUser, row.userName, position);
    insertKey(m_byAccess, row.accessToken, position);
    insertKey(m_byRefresh, row.refreshToken, position);
    insertKey(m_byGrant, row.grantToken, position);
}

void TokenTable::unindexRow(int position)
{
    const Token &row = m_rows.at(position);
    m_byId.remove(row.id);
    if (!m_keysIndexed)
        return;
    removeKey(m_byUser, row.userName, position);
    removeKey(m_byAccess, row.accessToken, position);
    removeKey(m_byRefresh, row.refreshToken, position);
    removeKey(m_byGrant, row.grantToken, position);
}

void TokenTable::rebuildIndexes()
{
    m_byId.clear();
    m_byUser.clear();
    m_byAccess.clear();
    m_byRefresh.clear();
    m_byGrant.clear();
    m_maxNumericId = 0;
    m_keysIndexed = false;
    m_byId.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        indexRow(i);
}

void TokenTable::indexKeys() const
{
    if (m_keysIndexed)
        return;
    for (int position = 0; position < m_rows.size(); ++position) {
        const Token &row = m_rows.at(position);
        insertKey(m_byUser, row.userName, position);
        insertKey(m_byAccess, row.accessToken, position);
        insertKey(m_byRefresh, row.refreshToken, position);
        insertKey(m_byGrant, row.grantToken, position);
    }
    m_keysIndexed = true;
}
