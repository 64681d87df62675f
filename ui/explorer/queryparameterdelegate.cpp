#include "queryparameterdelegate.h"

#include "commalistcompleter.h"

#include <QAbstractItemView>
#include <QLineEdit>
#include <QStringListModel>

QueryParameterDelegate::QueryParameterDelegate(Words words, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_words(std::move(words))
{ }

QWidget *QueryParameterDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                              const QModelIndex &index) const
{
    auto *edit = qobject_cast<QLineEdit *>(QStyledItemDelegate::createEditor(parent, option, index));
    if (!edit)
        return QStyledItemDelegate::createEditor(parent, option, index);
    const QString name = index.sibling(index.row(), 0).data().toString().trimmed();
    const QStringList words = m_words ? m_words(index.column(), name) : QStringList();
    edit->setAccessibleName(index.column() == 0 ? tr("Parameter name") : tr("Value of %1").arg(name));
    if (words.isEmpty())
        return edit;
    const bool list = index.column() == 1 && name == QLatin1String("fields");
    QCompleter *completer = list ? new CommaListCompleter(edit) : new QCompleter(edit);
    completer->setModel(new QStringListModel(words, completer));
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(list ? Qt::MatchStartsWith : Qt::MatchContains);
    completer->popup()->setAccessibleName(tr("Suggestions"));
    edit->setCompleter(completer);
    return edit;
}
