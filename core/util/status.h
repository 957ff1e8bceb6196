// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <optional>

namespace wgll {

/// Success, or the Error that prevented it. `if (!status) show(status.error());`
class Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {} // NOLINT(google-explicit-constructor): an Error is a failed Status
    explicit operator bool() const { return !m_error; }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace wgll
