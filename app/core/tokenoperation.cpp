#include "tokenoperation.h"

TokenOperation TokenOperation::create(std::function<void()> onCancel)
{
    TokenOperation operation;
    operation.m_state = std::make_shared<State>();
    operation.m_state->onCancel = std::move(onCancel);
    return operation;
}

void TokenOperation::setOnCancel(std::function<void()> onCancel) const
{
    if (!m_state)
        return;
    QMutexLocker locker(&m_state->mutex);
    m_state->onCancel = std::move(onCancel);
}

void TokenOperation::cancel() const
{
    if (!m_state || m_state->cancelled.exchange(true))
        return;
    std::function<void()> onCancel;
    {
        QMutexLocker locker(&m_state->mutex);
        onCancel = std::move(m_state->onCancel);
    }
    if (onCancel)
        onCancel();
}
