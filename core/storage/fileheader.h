// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QString>

#include <optional>

namespace wgll::storage {

/// Reads the 100-byte SQLite header of a file without SQLite and says what rules it out as a
/// shareable .wgll file (not SQLite, truncated, data after the last page, no recorded database
/// size, write-ahead-log mode, wrong application id),
/// or nullopt when the header is acceptable. Runs before any SQLite connection is opened.
std::optional<QString> problemWithHeader(const QString &fileName);
/// What rules a path out before any of its bytes are read: missing, a folder, not a regular file,
/// unreadable, larger than `maxSize`, a regular file whose header fails problemWithHeader()
/// (checked before the file is copied), or with an SQLite journal or WAL file beside it (a program may be
/// writing it). Shared by Document::open and readAssessmentFile so both say the same.
std::optional<Error> problemWithPath(const QString &fileName, qint64 maxSize);
/// The same rules applied to the first bytes of a file (up to 100) and its size in bytes.
std::optional<QString> problemWithHeader(const QByteArray &header, qint64 fileSize);

} // namespace wgll::storage
