// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"
#include "util/safetext.h"

#include <QList>
#include <QString>
#include <QTextStream>

namespace wgll::cli {

/// sysexits(3) codes, the CLI contract in PRODUCT.md section 6.
enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 64,      ///< EX_USAGE: wrong arguments
    ExitDataErr = 65,    ///< EX_DATAERR: corrupt, hostile or unsupported input
    ExitNoInput = 66,    ///< EX_NOINPUT: input missing or unreadable
    ExitCantCreate = 73, ///< EX_CANTCREAT: output cannot be created
    ExitIoErr = 74,      ///< EX_IOERR: I/O failed part-way
    ExitTempFail = 75,   ///< EX_TEMPFAIL: document in use or changed on disk; try again
};

/// Standard output and error for one command. Commands compose their whole output before
/// writing it, so a command that fails half-way prints nothing to stdout.
class Console
{
public:
    Console();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    /// Text from a file made safe for a terminal: control characters, DEL and bidirectional
    /// overrides written as visible escapes (\x1b, \u202e). The one escaping step for everything
    /// the CLI prints; fields use Keep::Nothing so a newline cannot forge a line of output.
    static QString safe(const QString &text, text::Keep keep = text::Keep::Nothing)
    {
        return text::escapeUnsafe(text, keep);
    }
    /// Prints composed text on stdout, escaped with its line breaks kept.
    void print(const QString &text);
    /// Prints `wgll: warning: message` (escaped) on stderr.
    void warn(const Error &error);

    static int exitCode(ErrorKind kind);
    /// Prints `wgll: FILE[:LINE]: message` and returns the matching exit code.
    int fail(const Error &error);
    /// Prints several errors about one input; returns the exit code of the first.
    int fail(const QList<Error> &errors);
    /// Prints `wgll: message` and a pointer to the command's help; returns 64.
    int usage(const QString &message, const QString &command = QString());

private:
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace wgll::cli
