// SPDX-License-Identifier: GPL-3.0-or-later
#include "durablefile.h"

#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace wgll::storage::durable {

namespace {

FaultHook faultHook = nullptr;

// Runs the test hook for `step`; true when the step must fail (errno is then set).
bool injectedFault(const char *step)
{
    if (!faultHook)
        return false;
    const int e = faultHook(step);
    errno = e;
    return e != 0;
}

Error ioError(ErrorKind kind, const QString &file, const QString &what)
{
    return {kind, file, 0, what + u": " + QString::fromLocal8Bit(std::strerror(errno))};
}

// fsync(2) on a file or folder opened with `flags`; returns 0 or the errno that stopped it.
int syncPath(const QString &path, int flags)
{
    if (injectedFault((flags & O_DIRECTORY) ? "sync-folder" : "sync-file"))
        return errno;
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return errno;
    const int rc = ::fsync(fd);
    const int saved = rc == 0 ? 0 : errno;
    ::close(fd);
    return saved;
}

} // namespace

Status syncFile(const QString &fileName)
{
    if (const int e = syncPath(fileName, O_RDONLY); e != 0) {
        errno = e;
        return ioError(ErrorKind::Io, fileName, QStringLiteral("cannot flush to disk"));
    }
    return {};
}

Status syncFolder(const QString &folder)
{
    // Some file systems (and FUSE mounts) refuse fsync on folders; the rename is still atomic.
    if (const int e = syncPath(folder, O_RDONLY | O_DIRECTORY); e != 0 && e != EINVAL && e != ENOTSUP) {
        errno = e;
        return ioError(ErrorKind::Io, folder, QStringLiteral("cannot flush folder to disk"));
    }
    return {};
}

void setFaultHook(FaultHook hook)
{
    faultHook = hook;
}

Status rename(const QString &from, const QString &to)
{
    if (injectedFault("rename") ||
        ::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return ioError(ErrorKind::CannotCreate, to, QStringLiteral("cannot replace the file"));
    return {};
}

Status replace(const QString &from, const QString &to)
{
    if (const Status renamed = rename(from, to); !renamed)
        return renamed;
    return syncFolder(QFileInfo(to).absolutePath());
}

QString temporaryNameFor(const QString &target)
{
    const QFileInfo info(target);
    return info.absolutePath() + u"/." + info.fileName() + u'.' +
           QUuid::createUuid().toString(QUuid::Id128).left(8) + u".tmp";
}

Status writeFile(const QString &fileName, const QByteArray &bytes)
{
    const QString temp = temporaryNameFor(fileName);
    QFile out(temp);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error{ErrorKind::CannotCreate, fileName, 0, u"cannot create: " + out.errorString()};
    auto discard = [&](const Error &e) {
        out.close();
        QFile::remove(temp);
        return Status(e);
    };
    if (out.write(bytes) != bytes.size() || !out.flush())
        return discard({ErrorKind::Io, fileName, 0, u"cannot write: " + out.errorString()});
    if (injectedFault("sync-file") || ::fsync(out.handle()) != 0)
        return discard(ioError(ErrorKind::Io, fileName, QStringLiteral("cannot flush to disk")));
    out.close();
    if (const Status replaced = replace(temp, fileName); !replaced)
        return discard(replaced.error());
    return {};
}

Status copy(const QString &from, const QString &to)
{
    if (injectedFault("copy"))
        return ioError(ErrorKind::Io, to, QStringLiteral("cannot copy"));
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return Error{ErrorKind::NotFound, from, 0, u"cannot read: " + in.errorString()};
    QFile out(to);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error{ErrorKind::CannotCreate, to, 0, u"cannot create: " + out.errorString()};
    QByteArray buffer;
    while (!in.atEnd()) {
        buffer = in.read(1 << 20);
        if (buffer.isEmpty() && in.error() != QFile::NoError)
            return Error{ErrorKind::Io, from, 0, u"cannot read: " + in.errorString()};
        if (out.write(buffer) != buffer.size())
            return Error{ErrorKind::Io, to, 0, u"cannot write: " + out.errorString()};
    }
    if (!out.flush())
        return Error{ErrorKind::Io, to, 0, u"cannot write: " + out.errorString()};
    if (::fsync(out.handle()) != 0)
        return ioError(ErrorKind::Io, to, QStringLiteral("cannot flush to disk"));
    return {};
}

} // namespace wgll::storage::durable
