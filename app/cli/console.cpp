// SPDX-License-Identifier: GPL-3.0-or-later
#include "console.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace wgll::cli {

Console::Console() : m_out(stdout), m_err(stderr)
{
}

void Console::print(const QString &text)
{
    m_out << safe(text, text::Keep::LineBreaks);
    m_out.flush();
}

void Console::warn(const Error &error)
{
    if (!m_quiet)
        m_err << "wgll: warning: " << safe(error.toString()) << Qt::endl;
}

void Console::warnAbout(const QString &fileName, const QString &message)
{
    if (!m_quiet)
        m_err << "wgll: " << safe(fileName) << ": warning: " << safe(message) << Qt::endl;
}

// Errors quote file names and file content; one line each, whatever they hold. A script that
// asked for JSON gets the error as JSON too, so it need not parse the text form.
void Console::error(int code, const QString &file, int line, const QString &message)
{
    if (m_jsonErrors) {
        QJsonObject e{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
        if (!file.isEmpty())
            e.insert(QStringLiteral("file"), file);
        if (line > 0)
            e.insert(QStringLiteral("line"), line);
        m_err << QJsonDocument(QJsonObject{{QStringLiteral("error"), e}}).toJson(QJsonDocument::Compact) << '\n';
    } else {
        const Error shown{ErrorKind::BadData, file, line, message};
        m_err << "wgll: " << safe(shown.toString()) << '\n';
    }
    m_err.flush();
}

int Console::fail(const Error &error)
{
    const int code = exitCode(failureOf(error.kind));
    this->error(code, error.file, error.line, error.message);
    return code;
}

int Console::fail(const QList<Error> &errors)
{
    if (errors.isEmpty())
        return fail(Error{ErrorKind::Io, QString(), 0, QStringLiteral("failed for an unknown reason")});
    const int code = exitCode(failureOf(errors.first().kind));
    for (const Error &e : errors)
        error(code, e.file, e.line, e.message);
    return code;
}

// One line, so that "stderr is one wgll: line" holds for usage errors as for any other.
int Console::usage(const QString &message, const QString &command)
{
    const int code = exitCode(Failure::Usage);
    // QCommandLineParser's messages end in a full stop; the pointer to --help follows.
    const QString text = message.endsWith(u'.') ? message.chopped(1) : message;
    const QString help = u"see 'wgll " + (command.isEmpty() ? QString() : command + u' ') + u"--help'";
    error(code, QString(), 0, m_jsonErrors ? text : text + u" (" + help + u')');
    return code;
}

} // namespace wgll::cli
