// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace wgll::storage {

/// Symbolic links are resolved on purpose, once, by the storage layer: SQLite is always given
/// a path without links (its connections refuse them, SQLITE_OPEN_NOFOLLOW, so that a link
/// planted later cannot redirect a write), and a save through a link writes the link's final
/// target and keeps the link.
namespace paths {

/// `fileName` with every symbolic link resolved, the last component included, also when the
/// file does not exist yet (its folder is resolved) or is a link to a file not yet created.
/// A path that cannot be resolved (a loop, a missing folder) comes back absolute and clean.
QString resolved(const QString &fileName);

/// Creates `folder` if needed and returns its path with every link resolved; empty when it
/// cannot be created.
QString resolvedFolder(const QString &folder);

} // namespace paths

} // namespace wgll::storage
