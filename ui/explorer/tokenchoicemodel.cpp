#include "tokenchoicemodel.h"

#include "tokentablemodel.h"

TokenChoiceModel::TokenChoiceModel(TokenTableModel *tokens, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_tokens(tokens)
{
    setSourceModel(tokens);
}

int TokenChoiceModel::choiceColumn()
{
    return TokenTableModel::User;
}

int TokenChoiceModel::rowOfId(const QString &id) const
{
    return id.isEmpty() ? -1 : m_tokens->rowOf(id);
}

int TokenChoiceModel::rowOfUser(const QString &userName) const
{
    for (int row = 0; row < m_tokens->rowCount(); ++row)
        if (m_tokens->tokenAt(row).userName == userName)
            return row;
    return -1;
}

QVariant TokenChoiceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const Token &token = m_tokens->tokenAt(index.row());
    switch (role) {
    case TokenIdRole:
        return token.id;
    case UserNameRole:
        return token.userName;
    case DataCenterRole:
        return token.dataCenter;
    case ApiDomainRole:
        return token.apiDomain;
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        const QString user = TokenTableModel::userText(token.userName);
        const QString dc = token.dataCenter.isEmpty() ? tr("custom") : token.dataCenter.toUpper();
        if (role == Qt::DisplayRole)
            return QStringLiteral("%1 — %2").arg(user, dc);
        return tr("%1, data center %2, %3").arg(user, dc, token.apiDomain);
    }
    default:
        return QVariant();
    }
}
