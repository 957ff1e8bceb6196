// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace wgll::sqlite {
class Database;
}

namespace wgll::storage {

/// The edit counter (`meta.generation`) is read from untrusted files, so it is range-checked:
/// a forged 2^63-1 once overflowed on the next edit, the working-copy manifest then recorded a
/// negative save in flight, and a later open took the unsaved edit for saved and deleted it.
/// A billion edits a second would take more than a year to reach this limit, and it is below
/// 2^53, so it survives a JSON number exactly.
constexpr qint64 MaxGeneration = 1'000'000'000'000'000LL;

/// The generation recorded in `db`, or nullopt with `why` saying what is wrong with it (absent,
/// not a whole number, or outside 1..MaxGeneration).
std::optional<qint64> readGeneration(sqlite::Database &db, QString &why);

} // namespace wgll::storage
