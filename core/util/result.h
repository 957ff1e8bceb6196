// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"
#include "status.h"

#include <memory>
#include <optional>
#include <utility>
#include <variant>

namespace wgll {

/// A value, or the Error that prevented it: what an operation that produces something returns,
/// instead of an optional plus an Error out-parameter that a caller can forget to look at.
///
///     Result<qint64> id = document.addAction(action);
///     if (!id) return id.error();
///     use(*id);
template<typename T>
class Result
{
public:
    Result(T value) : m_value(std::in_place_index<0>, std::move(value)) {} // NOLINT(google-explicit-constructor): a value is a successful Result
    Result(Error error) : m_value(std::in_place_index<1>, std::move(error)) {} // NOLINT(google-explicit-constructor): an Error is a failed Result

    explicit operator bool() const { return m_value.index() == 0; }
    bool ok() const { return m_value.index() == 0; }

    /// The value; only when ok().
    const T &value() const & { return std::get<0>(m_value); }
    T &value() & { return std::get<0>(m_value); }
    T &&value() && { return std::get<0>(std::move(m_value)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    T &&operator*() && { return std::move(*this).value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    /// The error; only when !ok().
    const Error &error() const { return std::get<1>(m_value); }

    /// Success or the error, without the value: for callers that only need to know it worked.
    Status status() const { return ok() ? Status() : Status(error()); }

private:
    std::variant<T, Error> m_value;
};

/// For a caller that keeps one Error of its own and reports it later (a CLI command, a test's
/// checks): the value when there is one, else `error` set and an empty optional.
template<typename T>
std::optional<T> take(Result<T> result, Error &error)
{
    if (!result) {
        error = result.error();
        return std::nullopt;
    }
    return std::move(result).value();
}

/// take() for a Result that owns an object: null when it failed.
template<typename T>
std::unique_ptr<T> take(Result<std::unique_ptr<T>> result, Error &error)
{
    if (!result) {
        error = result.error();
        return nullptr;
    }
    return std::move(result).value();
}

} // namespace wgll
