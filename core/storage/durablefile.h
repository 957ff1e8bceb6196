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
/// rename(2) alone, for callers that must record the rename before syncing the folder.
Status rename(const QString &from, const QString &to);
/// Writes `bytes` to `fileName` atomically: a temporary file beside it, fsync, rename, fsync
/// the folder. On failure `fileName` is unchanged and no temporary file is left.
Status writeFile(const QString &fileName, const QByteArray &bytes);
/// The hidden temporary name used beside `target` while writing it (".NAME.XXXXXXXX.tmp").
QString temporaryNameFor(const QString &target);
/// Copies `from` to `to` (created new, never overwritten) and syncs it.
Status copy(const QString &from, const QString &to);

/// Fault injection for tests: when set, the hook runs before each step ("sync-file",
/// "sync-folder", "rename", "copy") and a non-zero errno it returns makes that step fail as
/// if the system call had. SQLite's own I/O is tested through a shim VFS instead.
using FaultHook = int (*)(const char *step);
void setFaultHook(FaultHook hook);

} // namespace durable

} // namespace wgll::storage
