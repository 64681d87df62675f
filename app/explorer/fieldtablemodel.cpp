#include "fieldtablemodel.h"

void FieldTableModel::setFields(const QString &module, const QList<OrgSchema::Field> &fields)
{
    beginResetModel();
    m_module = module;
    m_fields = fields;
    endResetModel();
}

int FieldTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

int FieldTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FieldTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_fields.size())
        return {};
    const OrgSchema::Field &f = m_fields.at(index.row());
    if (role == Qt::UserRole)
        return f.apiName;
    if (role == Qt::ToolTipRole && index.column() == Picklist)
        return f.picklistValues.join(QLatin1Char('\n'));
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case ApiName:
        return f.apiName;
    case Label:
        return f.label;
    case DataType:
        return f.dataType;
    case ReadOnly:
        return f.readOnly ? tr("read-only") : QString();
    case Mandatory:
        return f.mandatory ? tr("mandatory") : QString();
    case Picklist:
        return f.picklistValues.join(QStringLiteral(", "));
    case Lookup:
        return f.lookupModule;
    default:
        return {};
    }
}

QVariant FieldTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ApiName:
        return tr("API name");
    case Label:
        return tr("Label");
    case DataType:
        return tr("Data type");
    case ReadOnly:
        return tr("Read-only");
    case Mandatory:
        return tr("Mandatory");
    case Picklist:
        return tr("Picklist values");
    case Lookup:
        return tr("Lookup");
    default:
        return {};
    }
}
