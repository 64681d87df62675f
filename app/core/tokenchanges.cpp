#include "tokenchanges.h"

namespace {

int indexOfId(const TokenList &rows, const QString &id)
{
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).id == id)
            return i;
    }
    return -1;
}

} // namespace

void TokenChanges::merge(const TokenChanges &later)
{
    // Linear scans: merged changes are a burst of writes, not a store.
    for (const Token &row : later.added) {
        const int inAdded = indexOfId(added, row.id);
        if (removed.removeOne(row.id))
            changed.append(row);
        else if (inAdded >= 0)
            added[inAdded] = row;
        else
            added.append(row);
    }
    for (const Token &row : later.changed) {
        const int inAdded = indexOfId(added, row.id);
        const int inChanged = inAdded >= 0 ? -1 : indexOfId(changed, row.id);
        if (inAdded >= 0)
            added[inAdded] = row;
        else if (inChanged >= 0)
            changed[inChanged] = row;
        else
            changed.append(row);
    }
    for (const QString &id : later.removed) {
        if (const int inAdded = indexOfId(added, id); inAdded >= 0) {
            added.removeAt(inAdded);
            continue;
        }
        if (const int inChanged = indexOfId(changed, id); inChanged >= 0)
            changed.removeAt(inChanged);
        if (!removed.contains(id))
            removed.append(id);
    }
}

void TokenChanges::registerMetaType()
{
    qRegisterMetaType<TokenChanges>();
}
