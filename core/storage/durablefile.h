// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/status.h"

#include <QString>

namespace wgll::storage {

/// The file-system steps of a crash-safe save, each reporting a user-facing Error: flush a
/// file to the device, replace a file by renaming over it, and flush the folder entry so the
/// rename itself survives a power cut (QSaveFile does not do that last step). The system calls
/// behind each step, and how they differ on Windows, are in platform/platformfile.h.
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
/// Copies `from` to `to` (created new, never overwritten) and syncs it. On failure no partial
/// `to` is left.
Status copy(const QString &from, const QString &to);
/// rename(2) that never replaces an existing `to` (renameat2 RENAME_NOREPLACE, or link and
/// unlink where the file system lacks it); fails with EEXIST instead.
Status renameNoReplace(const QString &from, const QString &to);
/// Gives `replacement` the permission bits of `original` and, where this process may, its owner
/// and group, so that a save does not widen who can read the file (a chmod 600 file stays 600).
Status keepPermissions(const QString &original, const QString &replacement);
/// Runs the fault hook at a named moment that is not itself a system call ("before-replace":
/// just before a save compares the target and renames over it). Tests use it to act at that
/// moment (replace the target) or to fail there.
Status checkpoint(const char *step, const QString &file);

/// Fault injection for tests: when set, the hook runs before each step ("sync-file",
/// "sync-folder", "rename", "copy", "write", "permissions", "before-replace") and a non-zero
/// errno it returns makes that step fail as if the system call had. SQLite's own I/O is tested through a shim VFS instead.
using FaultHook = int (*)(const char *step);
void setFaultHook(FaultHook hook);

} // namespace durable

} // namespace wgll::storage
