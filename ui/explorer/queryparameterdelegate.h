#pragma once

#include <QStyledItemDelegate>

#include <functional>

// The query parameter table's editor: a line edit that completes parameter names in the first
// column and, in the second, the values that fit the row's parameter (field api names for
// `fields` and `sort_by`, enum values, module names), a list item at a time for `fields`.
class QueryParameterDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // The words for `column` of a row whose parameter is `name`.
    using Words = std::function<QStringList(int column, const QString &name)>;

    QueryParameterDelegate(Words words, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;

private:
    Words m_words;
};
