// SPDX-License-Identifier: GPL-3.0-or-later
#include "output.h"

#include "storage/durablefile.h"

#include <QFileInfo>

#include <cstdio>

namespace wgll::cli {

int deliver(const QByteArray &bytes, const QString &fileName, Console &console)
{
    if (fileName.isEmpty() || fileName == u"-") {
        console.out().flush();
        std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
        std::fflush(stdout);
        return ExitOk;
    }
    if (!QFileInfo(QFileInfo(fileName).absolutePath()).isDir())
        return console.fail(
            Error{ErrorKind::CannotCreate, fileName, 0, QStringLiteral("the folder does not exist")});
    if (const Status written = storage::durable::writeFile(fileName, bytes); !written)
        return console.fail(written.error());
    return ExitOk;
}

} // namespace wgll::cli
