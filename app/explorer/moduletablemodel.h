#pragma once

#include "orgschema.h"

#include <QAbstractTableModel>

// The org's modules as a table: api name, singular and plural label, creatable, editable, custom.
class ModuleTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ApiName, Singular, Plural, Creatable, Editable, Kind, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setModules(const QList<OrgSchema::Module> &modules);
    const QList<OrgSchema::Module> &modules() const { return m_modules; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<OrgSchema::Module> m_modules;
};
