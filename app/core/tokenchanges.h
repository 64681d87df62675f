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
};

Q_DECLARE_METATYPE(TokenChanges)
