// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace wgll::sqlite {
class Database;
}

namespace wgll::storage {

/// The text rules (assessment/textrules.h) applied to every TEXT column of an opened document:
/// each value must be of SQLite type TEXT (not a BLOB or a number; NULL only where the schema
/// allows it), within its byte and character limits, valid UTF-8 with no NUL or control
/// character (tab and newline only in multi-line fields); evidence file names must also be safe
/// base names. Byte lengths are read, never length(), which stops at the first NUL.
/// Returns the first problem, naming the table and column, or nullopt.
/// The schema must already have been checked (the columns exist).
std::optional<QString> problemWithTextColumns(sqlite::Database &db);

} // namespace wgll::storage
