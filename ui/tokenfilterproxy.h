#pragma once

#include <QSortFilterProxyModel>

#include <optional>

// Sorts the token table by raw values and filters it by status, data center and a search text.
// Both read the model's rows directly, not through QVariant roles: they run for 100,000 rows on a
// sort and for every changed row on every tick.
class TokenFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TokenFilterProxy(QObject *parent = nullptr);

    void setStatusFilter(std::optional<int> status); // int(Token::Status); nullopt: all
    void setDataCenterFilter(const QString &code); // empty: all; "custom" for custom setups
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    std::optional<int> m_status;
    QString m_dataCenter;
    QString m_search;
};
