// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace wgll::storage {

class WorkingCopy;

/// Unsaved edits a session that ended unexpectedly (a crash, a kill, a power cut) left in the
/// working copy of a file: found by Document::open, shown and settled by `wgll recover`, and
/// mentioned by the read-only commands, which read the saved file meanwhile.
struct RecoveryState
{
    enum class Kind {
        None,    ///< nothing to recover
        Pending, ///< a working copy holds edits the file does not have
        InUse,   ///< a live session owns the working copy: not a crash
    };
    Kind kind = Kind::None;
    qint64 savedGeneration = 0; ///< what the file holds, as the manifest knows it
    qint64 generation = -1;     ///< the working copy's; -1 when it cannot be read
    QString lockedBy;           ///< for InUse: which program
};

namespace recovery {

/// Looks at `fileName`'s working folder under `workRoot` (default WorkingCopy::defaultRoot())
/// without changing anything; creates no folder.
RecoveryState inspect(const QString &fileName, QString workRoot = {});

/// For a locked working copy with a document: its generation, and whether it holds edits the
/// user's file (`source`, links resolved) lacks. Any difference counts, never only "newer":
/// a damaged or unreadable counter must keep the edits, not discard them. With `settle`, a save
/// that was renamed into place just before the process died is recorded in the manifest.
RecoveryState unsavedEdits(WorkingCopy &work, const QString &source, bool settle);

} // namespace recovery

} // namespace wgll::storage
