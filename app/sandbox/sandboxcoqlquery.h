#pragma once

#include "sandboxcondition.h"
#include "sandboxschema.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// A parsed COQL select: columns, module, where (and/or/parentheses; = != <> < > <= >= like, in, not in,
// is null, is not null, between, not between), order by, limit N / limit OFFSET, N / limit N offset M.
class SandboxCoqlQuery
{
public:
    struct Error
    {
        QString code; // SYNTAX_ERROR, INVALID_QUERY, LIMIT_EXCEEDED
        QString message;
        QJsonObject details;
    };
    struct Order
    {
        const SandboxSchema::Field *field = nullptr;
        bool descending = false;
    };

    static std::optional<SandboxCoqlQuery> parse(const QString &query, const SandboxSchema &schema,
                                                 Error *error);

    int module = -1;
    QList<const SandboxSchema::Field *> columns;
    std::optional<SandboxCondition> where;
    QList<Order> orderBy;
    int limit = 200;
    int offset = 0;
};
