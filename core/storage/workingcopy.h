// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fileidentity.h"
#include "util/status.h"

#include <QDateTime>
#include <QLockFile>
#include <QString>

#include <memory>

namespace wgll::storage {

/// The private folder where an open document really lives: the working copy SQLite edits
/// (never the user's file, which may sit in OneDrive, on a USB stick or in an e-mail folder),
/// a lock that keeps a second process from editing it, and a manifest naming the user's file
/// and what was last saved there. A folder whose lock is stale and whose working copy has
/// unsaved edits is what a crash leaves behind, and is offered back on the next open.
class WorkingCopy
{
public:
    /// <AppLocalDataLocation>/working, overridable with $WGLL_WORK_DIR (tests, portable use).
    static QString defaultRoot();

    struct Manifest
    {
        QString source;          ///< the user's file, every symbolic link resolved
        qint64 savedGeneration = 0;
        FileIdentity saved;      ///< the user's file as last read or written, to detect another
                                 ///< program replacing it meanwhile (unknown: size -1)
        /// A save in flight: written before the rename, cleared after it. If the process dies
        /// between the two, a file with this identity is our own save, not a stranger's.
        qint64 pendingGeneration = -1;
        FileIdentity pending;
        /// Whether the file with identity `now` is what this session last wrote or read (so
        /// overwriting it loses nothing made elsewhere).
        bool isOurs(const FileIdentity &now) const
        {
            return (saved.exists() && now == saved) ||
                   (pendingGeneration >= 0 && pending.exists() && now == pending);
        }
    };

    /// The working folder that belongs to `source` under `root` (it may not exist).
    static QString folderFor(const QString &root, const QString &source);

    /// Takes the folder for `source` under `root` and locks it. Links in `root` and `source`
    /// are resolved, so the folder may live behind a symbolic link (a redirected home) and a
    /// file opened through a link shares its lock with the same file opened directly. When another live process
    /// holds the lock, returns nullptr and sets `lockedBy` to a description of it.
    static std::unique_ptr<WorkingCopy> acquire(const QString &root, const QString &source, QString &lockedBy,
                                                Error &error);

    QString folder() const { return m_folder; }
    QString documentFile() const { return m_folder + u"/document.wgll"; }
    QString incomingFile() const { return m_folder + u"/incoming.wgll"; }
    bool hasDocument() const;
    /// Deletes the working copy and manifest (the lock stays held).
    void discardFiles();

    Manifest manifest() const { return m_manifest; }
    bool readManifest();
    Status writeManifest(const Manifest &manifest);

    /// Releases the lock and deletes the folder: the document was closed with nothing unsaved.
    void remove();

private:
    WorkingCopy(QString folder, std::unique_ptr<QLockFile> lock);
    QString m_folder;
    std::unique_ptr<QLockFile> m_lock;
    Manifest m_manifest;
};

} // namespace wgll::storage
