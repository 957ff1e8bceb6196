// SPDX-License-Identifier: GPL-3.0-or-later
#include "recovery.h"

#include "fileidentity.h"
#include "filepaths.h"
#include "generation.h"
#include "sqlite/database.h"
#include "workingcopy.h"

#include <QFileInfo>

namespace wgll::storage::recovery {

RecoveryState unsavedEdits(WorkingCopy &work, const QString &source, bool settle)
{
    RecoveryState state;
    {
        sqlite::Database previous;
        QString why;
        if (previous.open(work.documentFile(), sqlite::Database::Mode::ReadWrite)) {
            if (const std::optional<qint64> g = readGeneration(previous, why))
                state.generation = *g;
        }
    }
    WorkingCopy::Manifest m = work.manifest();
    // Killed between renaming a save into place and recording it: if the file is the one that
    // save wrote, the save happened.
    if (m.pendingGeneration >= 0 && m.pending.exists() && FileIdentity::of(source) == m.pending) {
        m.savedGeneration = m.pendingGeneration;
        m.saved = m.pending;
        m.pendingGeneration = -1;
        m.pending = {};
        if (settle)
            (void)work.writeManifest(m); // kept in memory even if the disk refuses
    }
    state.savedGeneration = m.savedGeneration;
    state.kind = state.generation != m.savedGeneration ? RecoveryState::Kind::Pending : RecoveryState::Kind::None;
    return state;
}

RecoveryState inspect(const QString &fileName, QString workRoot)
{
    if (workRoot.isEmpty())
        workRoot = WorkingCopy::defaultRoot();
    if (!QFileInfo::exists(WorkingCopy::folderFor(workRoot, fileName) + u"/document.wgll"))
        return {};
    QString lockedBy;
    Error error;
    std::unique_ptr<WorkingCopy> work = WorkingCopy::acquire(workRoot, fileName, lockedBy, error);
    if (!work) {
        RecoveryState state;
        if (!lockedBy.isEmpty()) {
            state.kind = RecoveryState::Kind::InUse;
            state.lockedBy = lockedBy;
        }
        return state;
    }
    // The lock is released when `work` goes, leaving every file as it was.
    return unsavedEdits(*work, paths::resolved(fileName), false);
}

} // namespace wgll::storage::recovery
