// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/rollup.h"
#include "util/error.h"

#include <QStringList>

#include <optional>

namespace wgll::storage {

/// Reads, checks and scores `files` on every core, adding them to the roll-up in the order
/// given, a chunk at a time so memory stays flat for a national set. The first file (in that
/// order) that is unreadable, invalid or of another framework stops it, with its error; so does
/// a file given twice (the same device and inode, or the same canonical path: "./a.wgll", a hard
/// link, a symlink) and an organisation given twice (RollupBuilder::add), both named (exit 65).
std::optional<Rollup> rollUpFiles(const QStringList &files, Error &error, RollupOptions options = {});

} // namespace wgll::storage
