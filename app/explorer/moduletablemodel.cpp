#include "moduletablemodel.h"

void ModuleTableModel::setModules(const QList<OrgSchema::Module> &modules)
{
    beginResetModel();
    m_modules = modules;
    endResetModel();
}

int ModuleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_modules.size());
}

int ModuleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ModuleTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_modules.size())
        return {};
    const OrgSchema::Module &m = m_modules.at(index.row());
    if (role == Qt::UserRole)
        return m.apiName;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case ApiName:
        return m.apiName;
    case Singular:
        return m.singularLabel;
    case Plural:
        return m.pluralLabel;
    case Creatable:
        return m.creatable ? tr("yes") : tr("no");
    case Editable:
        return m.editable ? tr("yes") : tr("no");
    case Kind:
        return m.custom ? tr("custom") : tr("standard");
    default:
        return {};
    }
}

QVariant ModuleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ApiName:
        return tr("API name");
    case Singular:
        return tr("Singular");
    case Plural:
        return tr("Plural");
    case Creatable:
        return tr("Creatable");
    case Editable:
        return tr("Editable");
    case Kind:
        return tr("Kind");
    default:
        return {};
    }
}
