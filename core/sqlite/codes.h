// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace wgll::sqlite {

/// The kind of value a result column holds: SQLite's five fundamental types, so code above the
/// wrapper never needs <sqlite3.h> to tell an integer from text. The values are SQLite's own
/// (SQLITE_INTEGER … SQLITE_NULL): the content checksum hashes them, so they must never change.
enum class ColumnType : unsigned char { Integer = 1, Float = 2, Text = 3, Blob = 4, Null = 5 };

/// What a failed call's result code means to the code above the wrapper, which turns it into an
/// ErrorKind and a message: a full disk or a device error is I/O, a file that cannot be opened or
/// written is a creation failure, a file that is not a database is bad data.
enum class Failure { Other, DiskFull, Io, CannotOpen, ReadOnly, NotADatabase, Interrupted };

/// The Failure of an (extended or primary) SQLite result code.
Failure failureOf(int resultCode);

} // namespace wgll::sqlite
