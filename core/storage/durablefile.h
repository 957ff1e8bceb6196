// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/status.h"

#include <QString>

namespace wgll::storage {

/// The file-system steps of a crash-safe save, each reporting a user-facing Error: flush a
/// file to the device, replace a file by renaming over it, and flush the folder entry so the
/// rename itself survives a power cut (QSaveFile does not do that last step).
namespace durable {

Status syncFile(const QString &fileName);
Status syncFolder(const QString &folder);
/// rename(2) `from` over `to` (atomic on one file system), then syncs `to`'s folder.
Status replace(const QString &from, const QString &to);
/// Copies `from` to `to` (created new, never overwritten) and syncs it.
Status copy(const QString &from, const QString &to);

} // namespace durable

} // namespace wgll::storage
