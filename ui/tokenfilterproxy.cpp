#include "tokenfilterproxy.h"

#include "token.h"
#include "tokentablemodel.h"

#include <algorithm>

TokenFilterProxy::TokenFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TokenTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void TokenFilterProxy::setStatusFilter(std::optional<int> status)
{
    m_status = status;
    invalidateFilter();
}

void TokenFilterProxy::setDataCenterFilter(const QString &code)
{
    m_dataCenter = code;
    invalidateFilter();
}

void TokenFilterProxy::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

bool TokenFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *tokens = qobject_cast<const TokenTableModel *>(sourceModel());
    if (!tokens)
        return true;
    const Token &token = tokens->tokenAt(sourceRow);
    if (m_status) {
        int status = int(tokens->statusAt(sourceRow));
        if (status == int(Token::Status::NoAccessToken))
            status = int(Token::Status::Expired); // filtered with the expired ones
        if (status != *m_status)
            return false;
    }
    if (!m_dataCenter.isEmpty()) {
        if (m_dataCenter == QLatin1String("custom") ? !token.dataCenter.isEmpty()
                                                    : token.dataCenter != m_dataCenter)
            return false;
    }
    if (m_search.isEmpty())
        return true;
    for (const QString *field :
         { &token.userName, &token.clientId, &token.lastError, &token.apiDomain, &token.dataCenter }) {
        if (field->contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return std::any_of(token.scopes.cbegin(), token.scopes.cend(), [this](const QString &scope) {
        return scope.contains(m_search, Qt::CaseInsensitive);
    });
}

bool TokenFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (const auto *tokens = qobject_cast<const TokenTableModel *>(sourceModel()))
        return tokens->lessThan(left.row(), right.row(), left.column());
    return QSortFilterProxyModel::lessThan(left, right);
}
