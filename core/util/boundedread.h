// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <optional>

namespace wgll {

/// Whether `fileName` is (or is a symlink to) a regular file. QFileInfo::isFile() says true for
/// devices too, and a device or FIFO has no size to trust: readers must know which they have.
bool isRegularFile(const QString &fileName);

/// "16 MiB", "2 GiB": a size limit as messages state it.
QString sizeLimitText(qint64 bytes);

/// Reads `device` to its end, but never more than `limit` bytes: a pipe or a device (`yes`,
/// /dev/zero) has no end and no size worth trusting, so reading stops one byte past the limit
/// and fails there with a BadData error naming `fileName` and the limit ("is larger than
/// 16 MiB, the limit for a CSV file"). Short reads from a pipe are read on; `device` must block
/// (a QFile), as a read of 0 bytes is taken as the end. A read error is an Io error.
std::optional<QByteArray> readAtMost(QIODevice &device, const QString &fileName, qint64 limit,
                                     const QString &limitName, Error &error);

/// Copies `in` to `out` (a private scratch file) to its end, never more than `limit` bytes, for
/// inputs too large to hold in memory: the same BadData error as readAtMost past the limit, an
/// Io error naming `fileName` when reading or writing the copy fails. Returns the bytes copied.
std::optional<qint64> copyAtMost(QIODevice &in, const QString &fileName, QIODevice &out, qint64 limit,
                                 const QString &limitName, Error &error);

} // namespace wgll
