#include "storeerror.h"

#include <utility>

StoreError::StoreError(Code code, QString store, QString operation, QString message)
    : m_code(code)
    , m_store(std::move(store))
    , m_operation(std::move(operation))
    , m_message(std::move(message))
{ }

QString StoreError::toString() const
{
    return QStringLiteral("%1: %2: %3").arg(m_store, m_operation, m_message);
}

QString StoreError::codeName(Code code)
{
    switch (code) {
    case Code::NotFound:
        return QStringLiteral("not-found");
    case Code::InvalidInput:
        return QStringLiteral("invalid-input");
    case Code::Unavailable:
        return QStringLiteral("unavailable");
    case Code::AccessDenied:
        return QStringLiteral("access-denied");
    case Code::Corrupt:
        return QStringLiteral("corrupt");
    case Code::Busy:
        return QStringLiteral("busy");
    case Code::Backend:
        return QStringLiteral("backend");
    }
    return {};
}
