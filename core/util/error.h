// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace wgll {

/// What kind of failure an operation met. The CLI maps each kind to a sysexits code and the GUI
/// to a message box; core only says what went wrong, never how it is shown.
enum class ErrorKind {
    BadData,      ///< the input exists but is malformed, hostile, or of an unsupported version
    NotFound,     ///< the input does not exist or cannot be read
    CannotCreate, ///< an output file or folder cannot be created
    Io,           ///< reading or writing failed part-way (disk full, device error)
    Conflict,     ///< the target changed on disk, or another process holds the document
    NotPermitted, ///< the system refuses a change the user asked for (permissions, a read-only file system)
};

/// Which of the failures of a kind this is, where a caller must tell it apart from the others
/// of its kind to act on it (not by matching the message text, which may be reworded).
enum class ErrorCause {
    Unspecified,
    /// Conflict: the file has unsaved edits from a session that ended unexpectedly (a crash),
    /// and the open was asked to refuse rather than restore or discard them.
    UnsavedEdits,
};

/// A failure with the file it concerns and, where it applies, the line. `toString()` gives the
/// user-facing form `FILE[:LINE]: message` used by the CLI and in dialogs.
struct Error
{
    ErrorKind kind = ErrorKind::BadData;
    QString file;
    int line = 0;
    QString message;
    ErrorCause cause = ErrorCause::Unspecified;

    QString toString() const;
};

} // namespace wgll
