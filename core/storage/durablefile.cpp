// SPDX-License-Identifier: GPL-3.0-or-later
#include "durablefile.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace wgll::storage::durable {

namespace {

Error ioError(ErrorKind kind, const QString &file, const QString &what)
{
    return {kind, file, 0, what + u": " + QString::fromLocal8Bit(std::strerror(errno))};
}

} // namespace

Status syncFile(const QString &fileName)
{
    const int fd = ::open(QFile::encodeName(fileName).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return ioError(ErrorKind::Io, fileName, QStringLiteral("cannot open to flush"));
    const int rc = ::fsync(fd);
    const int saved = errno;
    ::close(fd);
    errno = saved;
    if (rc != 0)
        return ioError(ErrorKind::Io, fileName, QStringLiteral("cannot flush to disk"));
    return {};
}

Status syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return ioError(ErrorKind::Io, folder, QStringLiteral("cannot open folder to flush"));
    const int rc = ::fsync(fd);
    const int saved = errno;
    ::close(fd);
    errno = saved;
    // Some file systems (and FUSE mounts) refuse fsync on folders; the rename is still atomic.
    if (rc != 0 && errno != EINVAL && errno != ENOTSUP)
        return ioError(ErrorKind::Io, folder, QStringLiteral("cannot flush folder to disk"));
    return {};
}

Status replace(const QString &from, const QString &to)
{
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return ioError(ErrorKind::CannotCreate, to, QStringLiteral("cannot replace the file"));
    return syncFolder(QFileInfo(to).absolutePath());
}

Status copy(const QString &from, const QString &to)
{
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
