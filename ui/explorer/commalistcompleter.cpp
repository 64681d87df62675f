#include "commalistcompleter.h"

#include <QLineEdit>

QStringList CommaListCompleter::splitPath(const QString &path) const
{
    return { path.section(QLatin1Char(','), -1).trimmed() };
}

QString CommaListCompleter::pathFromIndex(const QModelIndex &index) const
{
    const QString item = QCompleter::pathFromIndex(index);
    const auto *edit = qobject_cast<const QLineEdit *>(widget());
    if (!edit)
        return item;
    const QString text = edit->text();
    const auto comma = text.lastIndexOf(QLatin1Char(','));
    return comma < 0 ? item : text.left(comma + 1) + item;
}
