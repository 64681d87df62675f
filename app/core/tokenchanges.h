#pragma once

#include "token.h"

#include <QMetaType>
#include <QStringList>

// What changed in a store between two looks: rows that appeared, rows whose fields differ, ids that
// are gone. The token facade sends these to the GUI, so that only changed rows reach a model.
struct TokenChanges
{
    TokenList added;
    TokenList changed;
    QStringList removed;

    bool isEmpty() const { return added.isEmpty() && changed.isEmpty() && removed.isEmpty(); }
    int size() const { return int(added.size() + changed.size() + removed.size()); }

    // Folds `later` into this, as if one look had seen both: added then removed is nothing,
    // removed then added is changed, added then changed is added with the later fields.
    void merge(const TokenChanges &later);
    // qRegisterMetaType, for queued connections and QVariant; idempotent.
    static void registerMetaType();
};

Q_DECLARE_METATYPE(TokenChanges)
