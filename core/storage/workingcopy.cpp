// SPDX-License-Identifier: GPL-3.0-or-later
#include "workingcopy.h"

#include "durablefile.h"
#include "filepaths.h"
#include "generation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>
#include <QThread>

namespace wgll::storage {

namespace {

// A generation from the manifest: a string now, a JSON number in manifests older than that.
qint64 counter(const QJsonValue &v, bool *ok)
{
    if (v.isDouble()) {
        if (ok)
            *ok = true;
        return v.toInteger(-1);
    }
    return v.toString().toLongLong(ok);
}

} // namespace

QString WorkingCopy::defaultRoot()
{
    const QString env = qEnvironmentVariable("WGLL_WORK_DIR");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/working";
}

WorkingCopy::WorkingCopy(QString folder, std::unique_ptr<QLockFile> lock)
    : m_folder(std::move(folder)), m_lock(std::move(lock))
{
}

QString WorkingCopy::folderFor(const QString &root, const QString &source)
{
    // One folder per user file, named from its resolved path so the next start finds it.
    const QString key = QString::fromLatin1(
        QCryptographicHash::hash(paths::resolved(source).toUtf8(), QCryptographicHash::Sha256).toHex().left(24));
    const QString realRoot = QFileInfo(root).canonicalFilePath();
    return (realRoot.isEmpty() ? root : realRoot) + u'/' + key;
}

namespace {

/// Whether the lock file held by another opener names it (process, host, program), waiting a
/// moment for an opener that has just created it to finish writing its name.
bool lockNamesItsHolder(const QLockFile &lock)
{
    qint64 pid = 0;
    QString host, app;
    for (int tries = 0; tries < 5; ++tries) {
        if (lock.getLockInfo(&pid, &host, &app))
            return true;
        QThread::msleep(20);
    }
    return false;
}

} // namespace

std::unique_ptr<WorkingCopy> WorkingCopy::acquire(const QString &root, const QString &source, QString &lockedBy,
                                                  Error &error)
{
    // SQLite refuses paths with links (SQLITE_OPEN_NOFOLLOW): resolve the root on purpose.
    const QString realRoot = paths::resolvedFolder(root);
    if (realRoot.isEmpty()) {
        error = {ErrorKind::CannotCreate, root, 0, QStringLiteral("cannot create the working folder")};
        return nullptr;
    }
    const QString folder = folderFor(realRoot, source);
    if (!QDir().mkpath(folder)) {
        error = {ErrorKind::CannotCreate, folder, 0, QStringLiteral("cannot create the working folder")};
        return nullptr;
    }
    auto lock = std::make_unique<QLockFile>(folder + u"/lock");
    lock->setStaleLockTime(0); // stale only when its process is gone, never by age
    if (!lock->tryLock(0) && lock->error() == QLockFile::LockFailedError && !lockNamesItsHolder(*lock)) {
        // A lock file that names no process: its maker was killed between creating it and
        // writing its name in (a crash while opening). Qt never calls such a file stale, so
        // it would keep the file read-only and its unsaved edits out of reach for good.
        lock->removeStaleLockFile();
        lock->tryLock(0);
    }
    if (!lock->isLocked()) {
        if (lock->error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host, app;
            lock->getLockInfo(&pid, &host, &app);
            lockedBy = QStringLiteral("%1 (process %2 on %3)").arg(app.isEmpty() ? QStringLiteral("another program") : app)
                           .arg(pid)
                           .arg(host);
        } else {
            error = {ErrorKind::CannotCreate, folder + u"/lock", 0, QStringLiteral("cannot create the lock file")};
        }
        return nullptr;
    }
    std::unique_ptr<WorkingCopy> copy(new WorkingCopy(folder, std::move(lock)));
    copy->readManifest();
    if (copy->m_manifest.source.isEmpty())
        copy->m_manifest.source = paths::resolved(source);
    return copy;
}

bool WorkingCopy::hasDocument() const
{
    return QFileInfo::exists(documentFile());
}

void WorkingCopy::discardFiles()
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile::remove(documentFile() + suffix);
        QFile::remove(incomingFile() + suffix);
    }
    QFile::remove(m_folder + u"/manifest.json");
    m_manifest.savedGeneration = 0;
}

bool WorkingCopy::readManifest()
{
    QFile f(m_folder + u"/manifest.json");
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject o = QJsonDocument::fromJson(f.read(64LL * 1024)).object();
    m_manifest = Manifest();
    m_manifest.source = o.value(QStringLiteral("source")).toString();
    m_manifest.savedGeneration = counter(o.value(QStringLiteral("savedGeneration")), nullptr);
    m_manifest.saved = FileIdentity::fromJson(o.value(QStringLiteral("saved")).toObject());
    bool pending = false;
    m_manifest.pendingGeneration = counter(o.value(QStringLiteral("pendingGeneration")), &pending);
    m_manifest.pending = FileIdentity::fromJson(o.value(QStringLiteral("pending")).toObject());
    // A counter out of range is a damaged manifest: forget the save in flight rather than
    // match a file against it (the working copy itself is still offered back).
    if (!pending || m_manifest.pendingGeneration < 0 || m_manifest.pendingGeneration > MaxGeneration)
        m_manifest.pendingGeneration = -1;
    if (m_manifest.savedGeneration < 0 || m_manifest.savedGeneration > MaxGeneration)
        m_manifest.savedGeneration = 0;
    return true;
}

Status WorkingCopy::writeManifest(const Manifest &manifest)
{
    // Generations as strings: JSON numbers are doubles.
    const QJsonObject o{{QStringLiteral("source"), manifest.source},
                        {QStringLiteral("savedGeneration"), QString::number(manifest.savedGeneration)},
                        {QStringLiteral("saved"), manifest.saved.toJson()},
                        {QStringLiteral("pendingGeneration"), QString::number(manifest.pendingGeneration)},
                        {QStringLiteral("pending"), manifest.pending.toJson()}};
    // Kept in memory first: it is the truth for this session even if the disk refuses it.
    m_manifest = manifest;
    // Written whole, synced and renamed, each step checked (never a commit after a failed write).
    return durable::writeFile(m_folder + u"/manifest.json", QJsonDocument(o).toJson());
}

void WorkingCopy::remove()
{
    discardFiles();
    m_lock->unlock();
    QDir(m_folder).removeRecursively();
}

} // namespace wgll::storage
