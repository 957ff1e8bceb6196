// SPDX-License-Identifier: GPL-3.0-or-later
#include "workingcopy.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace wgll::storage {

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

std::unique_ptr<WorkingCopy> WorkingCopy::acquire(const QString &root, const QString &source, QString &lockedBy,
                                                  Error &error)
{
    // One folder per user file, named from its absolute path so the next start finds it.
    const QString key = QString::fromLatin1(
        QCryptographicHash::hash(QFileInfo(source).absoluteFilePath().toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(24));
    const QString folder = root + u'/' + key;
    if (!QDir().mkpath(folder)) {
        error = {ErrorKind::CannotCreate, folder, 0, QStringLiteral("cannot create the working folder")};
        return nullptr;
    }
    auto lock = std::make_unique<QLockFile>(folder + u"/lock");
    lock->setStaleLockTime(0); // stale only when its process is gone, never by age
    if (!lock->tryLock(0)) {
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
        copy->m_manifest.source = QFileInfo(source).absoluteFilePath();
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
    const QJsonObject o = QJsonDocument::fromJson(f.read(64 * 1024)).object();
    m_manifest.source = o.value(QStringLiteral("source")).toString();
    m_manifest.savedGeneration = o.value(QStringLiteral("savedGeneration")).toInteger();
    m_manifest.sourceSize = o.value(QStringLiteral("sourceSize")).toInteger(-1);
    m_manifest.sourceMtimeMs = o.value(QStringLiteral("sourceMtimeMs")).toInteger(-1);
    m_manifest.pendingGeneration = o.value(QStringLiteral("pendingGeneration")).toInteger(-1);
    m_manifest.pendingSize = o.value(QStringLiteral("pendingSize")).toInteger(-1);
    m_manifest.pendingMtimeMs = o.value(QStringLiteral("pendingMtimeMs")).toInteger(-1);
    return true;
}

Status WorkingCopy::writeManifest(const Manifest &manifest)
{
    QSaveFile f(m_folder + u"/manifest.json");
    const QJsonObject o{{QStringLiteral("source"), manifest.source},
                        {QStringLiteral("savedGeneration"), manifest.savedGeneration},
                        {QStringLiteral("sourceSize"), manifest.sourceSize},
                        {QStringLiteral("sourceMtimeMs"), manifest.sourceMtimeMs},
                        {QStringLiteral("pendingGeneration"), manifest.pendingGeneration},
                        {QStringLiteral("pendingSize"), manifest.pendingSize},
                        {QStringLiteral("pendingMtimeMs"), manifest.pendingMtimeMs}};
    // Kept in memory first: it is the truth for this session even if the disk refuses it.
    m_manifest = manifest;
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(o).toJson()) < 0 || !f.commit())
        return Error{ErrorKind::Io, f.fileName(), 0, u"cannot write: " + f.errorString()};
    return {};
}

void WorkingCopy::remove()
{
    discardFiles();
    m_lock->unlock();
    QDir(m_folder).removeRecursively();
}

} // namespace wgll::storage
