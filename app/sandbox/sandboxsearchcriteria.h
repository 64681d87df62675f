#pragma once

#include "sandboxcondition.h"
#include "sandboxschema.h"

#include <QString>

#include <optional>

// The search API's `criteria`: ((Field:operator:value)and(Field:operator:value))or(…).
// Operators: equals, not_equal, starts_with, in, greater_than, greater_equal, less_than, less_equal, between.
// \( \) \, escape those characters in values. At most 10 criteria.
class SandboxSearchCriteria
{
public:
    // On failure returns nullopt and sets *error to a short reason.
    static std::optional<SandboxCondition> parse(const QString &criteria, const SandboxSchema &schema,
                                                 const SandboxSchema::Module &module, QString *error);
};
