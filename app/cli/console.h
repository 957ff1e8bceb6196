// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exitcodes.h"
#include "util/error.h"
#include "util/safetext.h"

#include <QList>
#include <QString>
#include <QTextStream>

namespace wgll::cli {

/// Standard output and error for one command. Commands compose their whole output before
/// writing it, so a command that fails half-way prints nothing to stdout.
class Console
{
public:
    Console();

    QTextStream &out() { return m_out; }

    /// Text from a file made safe for a terminal: control characters, DEL and bidirectional
    /// overrides written as visible escapes (\x1b, \u202e). The one escaping step for everything
    /// the CLI prints; fields use Keep::Nothing so a newline cannot forge a line of output.
    static QString safe(const QString &text, text::Keep keep = text::Keep::Nothing)
    {
        return text::escapeUnsafe(text, keep);
    }
    /// Prints composed text on stdout, escaped with its line breaks kept.
    void print(const QString &text);

    /// --quiet: no warnings. Errors are still printed.
    void setQuiet(bool quiet) { m_quiet = quiet; }
    /// --format json: errors as one JSON object on stderr (docs/cli.md, "Errors and messages").
    void setJsonErrors(bool json) { m_jsonErrors = json; }

    /// Prints `wgll: warning: FILE: message` (escaped) on stderr, unless quiet.
    void warn(const Error &error);
    /// Prints `wgll: FILE: warning: message` (escaped) on stderr, unless quiet.
    void warnAbout(const QString &fileName, const QString &message);

    /// Prints `wgll: FILE[:LINE]: message` and returns the exit code the policy gives it.
    int fail(const Error &error);
    /// Prints several errors about one input; returns the exit code of the first.
    int fail(const QList<Error> &errors);
    /// Prints `wgll: message (see 'wgll COMMAND --help')` as one line; returns 64.
    int usage(const QString &message, const QString &command = QString());

private:
    void error(int code, const QString &file, int line, const QString &message);

    QTextStream m_out;
    QTextStream m_err;
    bool m_quiet = false;
    bool m_jsonErrors = false;
};

} // namespace wgll::cli
