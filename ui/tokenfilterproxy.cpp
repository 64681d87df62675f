#include "tokenfilterproxy.h"

#include "token.h"
#include "tokentablemodel.h"

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

bool TokenFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_status) {
        int status = index.data(TokenTableModel::StatusRole).toInt();
        if (status == int(Token::Status::NoAccessToken))
            status = int(Token::Status::Expired); // filtered with the expired ones
        if (status != *m_status)
            return false;
    }
    if (!m_dataCenter.isEmpty()) {
        const QString code = index.data(TokenTableModel::DataCenterCodeRole).toString();
        if (m_dataCenter == QLatin1String("custom") ? !code.isEmpty() : code != m_dataCenter)
            return false;
    }
    if (!m_search.isEmpty()
        && !index.data(TokenTableModel::SearchTextRole).toString().contains(m_search, Qt::CaseInsensitive))
        return false;
    return true;
}
