#pragma once

#include <QCompleter>

// Completes the last item of a comma-separated list ("Last_Name,Em" → "Last_Name,Email"), for
// the `fields` parameter; a plain value completes as a whole.
class CommaListCompleter : public QCompleter
{
    Q_OBJECT
public:
    using QCompleter::QCompleter;

    QStringList splitPath(const QString &path) const override;
    QString pathFromIndex(const QModelIndex &index) const override;
};
