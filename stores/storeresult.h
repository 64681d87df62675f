#pragma once

#include "storeerror.h"

#include <utility>
#include <variant>

// The value of a store operation, or the error that stopped it. Stores never throw and never
// swallow an error: every path ends in one of the two.
template<typename T> class StoreResult
{
public:
    StoreResult(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    StoreResult(StoreError error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const StoreError &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, StoreError> m_data;
};

template<> class StoreResult<void>
{
public:
    StoreResult() = default;
    StoreResult(StoreError error)
        : m_failed(true)
        , m_error(std::move(error))
    { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const StoreError &error() const { return m_error; }

private:
    bool m_failed = false;
    StoreError m_error;
};
