// SPDX-License-Identifier: GPL-3.0-or-later
#include "output.h"

#include "storage/outputfile.h"
#include "util/safetext.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace wgll::cli {

int checkOutput(const QString &fileName, const QStringList &inputs, const QString &command, Console &console)
{
    if (fileName.isEmpty())
        return console.usage(QStringLiteral("-o needs a file name (or - for standard output)"), command);
    if (fileName == u"-")
        return ExitOk;
    if (const std::optional<Error> problem = storage::OutputFile::problemWith(fileName, inputs))
        return console.fail(*problem);
    return ExitOk;
}

Status writeStdout(QByteArrayView bytes)
{
    const size_t written = std::fwrite(bytes.data(), 1, static_cast<size_t>(bytes.size()), stdout);
    if (std::fflush(stdout) != 0 || written != static_cast<size_t>(bytes.size()))
        return Error{ErrorKind::Io, QStringLiteral("standard output"), 0,
                     u"cannot write: " + QString::fromLocal8Bit(std::strerror(errno))};
    return {};
}

int deliver(const QByteArray &bytes, const QString &fileName, Console &console, const QStringList &inputs)
{
    if (fileName.isEmpty() || fileName == u"-") {
        console.out().flush();
        if (const Status written = writeStdout(bytes); !written)
            return console.fail(written.error());
        return ExitOk;
    }
    if (const Status written = storage::writeOutputFile(fileName, bytes, inputs); !written)
        return console.fail(written.error());
    return ExitOk;
}

int deliverText(const QString &text, const QString &fileName, Console &console, const QStringList &inputs)
{
    return deliver(Console::safe(text, text::Keep::LineBreaks).toUtf8(), fileName, console, inputs);
}

} // namespace wgll::cli
