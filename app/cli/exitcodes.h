// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

namespace wgll::cli {

/// What went wrong, as far as the exit code is concerned: a usage error (any bad argument or
/// option value), or one of the core's ErrorKinds.
enum class Failure {
    Usage,        ///< unknown command or option, wrong argument count, a bad option value
    BadData,      ///< ErrorKind::BadData
    NoInput,      ///< ErrorKind::NotFound
    CannotCreate, ///< ErrorKind::CannotCreate
    Io,           ///< ErrorKind::Io
    InUse,        ///< ErrorKind::Conflict: in use, changed on disk, a journal beside the file
    NotPermitted, ///< ErrorKind::NotPermitted
};

/// The one exit-code policy of `wgll` (the table in docs/cli.md, sysexits(3)): every failing
/// command's exit code comes from here, so two commands cannot disagree about one fault.
int exitCode(Failure failure);

/// The Failure a core error is.
Failure failureOf(ErrorKind kind);

/// Success.
inline constexpr int ExitOk = 0;

} // namespace wgll::cli
