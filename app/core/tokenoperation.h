#pragma once

#include <QMutex>

#include <atomic>
#include <functional>
#include <memory>

// A handle on long work of the token facade (an import, an export, a sign-in): cancel() asks it to
// stop at its next step, from any thread; the work then answers as cancelled. Copies share the work.
class TokenOperation
{
public:
    TokenOperation() = default;

    bool isValid() const { return bool(m_state); }
    void cancel() const;
    bool isCancelled() const { return m_state && m_state->cancelled.load(); }

    // For the facade: a handle whose cancel() also runs `onCancel` (once).
    static TokenOperation create(std::function<void()> onCancel = {});
    void setOnCancel(std::function<void()> onCancel) const;

private:
    struct State
    {
        std::atomic<bool> cancelled { false };
        QMutex mutex;
        std::function<void()> onCancel;
    };
    std::shared_ptr<State> m_state;
};
