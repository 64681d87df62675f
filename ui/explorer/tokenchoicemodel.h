#pragma once

#include <QIdentityProxyModel>

class TokenTableModel;

// The explorer's token chooser as a view of the token table's rows, not a copy of them: at 100,000
// tokens a copied list costs tens of megabytes and a rebuild on every change. One row per token;
// its text is "user — DATA CENTER", its roles what a request needs to be signed and described.
class TokenChoiceModel : public QIdentityProxyModel
{
    Q_OBJECT
public:
    enum Role {
        TokenIdRole = Qt::UserRole,
        UserNameRole,
        DataCenterRole,
        ApiDomainRole,
    };

    explicit TokenChoiceModel(TokenTableModel *tokens, QObject *parent = nullptr);

    // The column a combo box shows (the token table's user column).
    static int choiceColumn();
    // The row of the token with this id, or of the first one of this user; -1 when there is none.
    int rowOfId(const QString &id) const;
    int rowOfUser(const QString &userName) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    TokenTableModel *m_tokens;
};
