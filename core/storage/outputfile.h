// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/platformfile.h"
#include "util/status.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace wgll::storage {

/// A command's output file (an export, a report, an extracted evidence file), written so that it
/// is whole or absent: a temporary file beside the final name, every write, the fsync, the close
/// and the rename checked, the folder synced. It never writes through the name: a device, FIFO,
/// socket or folder is refused, and so is a file the command reads (compared by device and
/// inode, and by canonical path, so "./a.wgll", a hard link or a symlink to it are all caught).
/// An existing symlink to a regular file is followed: its final target is replaced, keeping the
/// link, its permissions and (when allowed) its owner. On failure nothing is left behind.
class OutputFile
{
public:
    /// Why `fileName` cannot be an output of a command reading `inputs`, as an Error naming
    /// `fileName` (CannotCreate); nothing when it can. `target`, if given, receives the path
    /// that will actually be replaced (the symlink's final target, or the name itself).
    static std::optional<Error> problemWith(const QString &fileName, const QStringList &inputs = {},
                                            QString *target = nullptr);

    explicit OutputFile(QString fileName, QStringList inputs = {});
    ~OutputFile();
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    /// Checks the name (problemWith) and creates the temporary file.
    Status open();
    /// Appends `bytes`; after a failure every later call fails too and nothing is committed.
    Status write(QByteArrayView bytes);
    /// Flushes, closes and renames the temporary file over the target; after this the output
    /// is complete. Without a successful commit() the destructor removes the temporary file.
    Status commit();

private:
    Status fail(Error error);

    QString m_name;
    QStringList m_inputs;
    QString m_target;
    QString m_temp;
    platform::File m_file;
    std::optional<Error> m_failed;
};

/// Writes `bytes` to `fileName` through an OutputFile.
Status writeOutputFile(const QString &fileName, const QByteArray &bytes, const QStringList &inputs = {});

} // namespace wgll::storage
