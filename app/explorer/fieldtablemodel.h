#pragma once

#include "orgschema.h"

#include <QAbstractTableModel>

// A module's fields as a table: api name, label, data type, read-only, mandatory, picklist values,
// lookup module.
class FieldTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ApiName, Label, DataType, ReadOnly, Mandatory, Picklist, Lookup, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setFields(const QString &module, const QList<OrgSchema::Field> &fields);
    const QList<OrgSchema::Field> &fields() const { return m_fields; }
    const QString &module() const { return m_module; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_module;
    QList<OrgSchema::Field> m_fields;
};
