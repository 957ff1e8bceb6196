// SPDX-License-Identifier: GPL-3.0-or-later
#include "console.h"

#include <cstdio>

namespace wgll::cli {

Console::Console() : m_out(stdout), m_err(stderr)
{
}

int Console::exitCode(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::BadData:
        return ExitDataErr;
    case ErrorKind::NotFound:
        return ExitNoInput;
    case ErrorKind::CannotCreate:
        return ExitCantCreate;
    case ErrorKind::Io:
        return ExitIoErr;
    case ErrorKind::Conflict:
        return ExitTempFail;
    }
    return ExitDataErr;
}

void Console::print(const QString &text)
{
    m_out << safe(text, text::Keep::LineBreaks);
    m_out.flush();
}

void Console::warn(const Error &error)
{
    m_err << "wgll: warning: " << safe(error.toString()) << Qt::endl;
}

// Errors quote file names and file content; one line each, whatever they hold.
int Console::fail(const Error &error)
{
    m_err << "wgll: " << safe(error.toString()) << Qt::endl;
    return exitCode(error.kind);
}

int Console::fail(const QList<Error> &errors)
{
    if (errors.isEmpty())
        return fail(Error{ErrorKind::Io, QString(), 0, QStringLiteral("failed for an unknown reason")});
    for (const Error &e : errors)
        m_err << "wgll: " << safe(e.toString()) << '\n';
    m_err.flush();
    return exitCode(errors.first().kind);
}

int Console::usage(const QString &message, const QString &command)
{
    m_err << "wgll: " << safe(message) << '\n';
    m_err << "Try 'wgll " << (command.isEmpty() ? QString() : command + u' ') << "--help' for more information."
          << Qt::endl;
    return ExitUsage;
}

} // namespace wgll::cli
