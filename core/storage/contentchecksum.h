// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace wgll::sqlite {
class Database;
}

namespace wgll::storage {

/// SHA-256 over a canonical serialisation of a document's content (every table in
/// Schema::tables() order, each value tagged with its SQLite type), stored in meta as
/// "content-sha256" on save and compared on open. SQLite's structural checks miss about 1% of
/// single-bit flips (reliability research, bit-flip sweep); this catches a flipped score.
/// Returns the hex digest, or an empty array if the content could not be read.
QByteArray contentChecksum(sqlite::Database &db);

} // namespace wgll::storage
