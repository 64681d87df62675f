#pragma once

#include "sandboxschema.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

// A where-condition tree shared by COQL and the search API's criteria.
struct SandboxCondition
{
    enum class Kind { And, Or, Compare };
    enum class Op {
        Eq,
        Ne,
        Lt,
        Gt,
        Le,
        Ge,
        Like,
        In,
        NotIn,
        IsNull,
        IsNotNull,
        Between,
        NotBetween,
        StartsWith
    };

    Kind kind = Kind::Compare;
    QList<SandboxCondition> children;
    const SandboxSchema::Field *field = nullptr;
    Op op = Op::Eq;
    QList<QJsonValue> values;

    bool matches(const QJsonObject &record) const;
    int compareCount() const; // leaf comparisons, for Zoho's criteria limits

    // Orders two field values as COQL and sort_by do: numbers numerically, text case-insensitively,
    // lookups by id, null first.
    static int compareValues(const SandboxSchema::Field &field, const QJsonValue &a, const QJsonValue &b);
};
