// SPDX-License-Identifier: GPL-3.0-or-later
#include "durablefile.h"

#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
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

// The system's own reason ("No space left on device"), read from errno at the failure.
Error ioError(ErrorKind kind, const QString &file, const QString &what)
{
    return {kind, file, 0, what + u": " + QString::fromLocal8Bit(std::strerror(errno))};
}

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

// fsync(2) on a file or folder opened with `flags`; returns 0 or the errno that stopped it.
int syncPath(const QString &path, int flags)
{
    if (injectedFault((flags & O_DIRECTORY) ? "sync-folder" : "sync-file"))
        return errno;
    const int fd = ::open(encoded(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return errno;
    const int rc = ::fsync(fd);
    const int saved = rc == 0 ? 0 : errno;
    ::close(fd);
    return saved;
}

// write(2) all of `size` bytes, retrying short writes; false with errno set on failure.
bool writeAll(int fd, const char *data, qint64 size)
{
    if (injectedFault("write"))
        return false;
    while (size > 0) {
        const ssize_t n = ::write(fd, data, static_cast<size_t>(size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (n == 0)
                errno = EIO;
            return false;
        }
        data += n;
        size -= n;
    }
    return true;
}

// A new file at `path`, never an existing one; -1 with errno set on failure.
int createNew(const QString &path)
{
    return ::open(encoded(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
}

ErrorKind createKind()
{
    return errno == ENOSPC || errno == EIO || errno == EDQUOT ? ErrorKind::Io : ErrorKind::CannotCreate;
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

Status checkpoint(const char *step, const QString &file)
{
    if (injectedFault(step))
        return ioError(ErrorKind::Io, file, QStringLiteral("cannot save"));
    return {};
}

Status rename(const QString &from, const QString &to)
{
    if (injectedFault("rename") || ::rename(encoded(from).constData(), encoded(to).constData()) != 0)
        return ioError(ErrorKind::CannotCreate, to, QStringLiteral("cannot replace the file"));
    return {};
}

Status renameNoReplace(const QString &from, const QString &to)
{
    if (injectedFault("rename"))
        return ioError(ErrorKind::CannotCreate, to, QStringLiteral("cannot create"));
    const QByteArray f = encoded(from);
    const QByteArray t = encoded(to);
    if (::renameat2(AT_FDCWD, f.constData(), AT_FDCWD, t.constData(), RENAME_NOREPLACE) == 0)
        return {};
    // Some file systems lack RENAME_NOREPLACE; link(2) refuses an existing name just as well.
    if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
        return ioError(ErrorKind::CannotCreate, to, QStringLiteral("cannot create"));
    if (::link(f.constData(), t.constData()) != 0)
        return ioError(ErrorKind::CannotCreate, to, QStringLiteral("cannot create"));
    ::unlink(f.constData());
    return {};
}

Status replace(const QString &from, const QString &to)
{
    if (const Status renamed = rename(from, to); !renamed)
        return renamed;
    return syncFolder(QFileInfo(to).absolutePath());
}

Status keepPermissions(const QString &original, const QString &replacement)
{
    struct stat st {};
    if (::stat(encoded(original).constData(), &st) != 0)
        return {}; // nothing to keep: a new file gets the usual permissions
    const QByteArray r = encoded(replacement);
    if (injectedFault("permissions") || ::chmod(r.constData(), st.st_mode & 07777) != 0)
        return ioError(ErrorKind::CannotCreate, original, QStringLiteral("cannot keep the file's permissions"));
    // Only root may give a file away; an owner may still set any group it belongs to. Failing
    // either is not an error: the file is then owned by whoever saved it, as any editor does.
    const bool owned = ::chown(r.constData(), st.st_uid, st.st_gid) == 0 ||
                       ::chown(r.constData(), static_cast<uid_t>(-1), st.st_gid) == 0;
    Q_UNUSED(owned)
    return {};
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
    const int fd = createNew(temp);
    if (fd < 0)
        return ioError(createKind(), fileName, QStringLiteral("cannot create"));
    // Every step is checked and a failed one ends the write: nothing is renamed after it.
    auto discard = [&](const Error &e) {
        if (fd >= 0)
            ::close(fd);
        ::unlink(encoded(temp).constData());
        return Status(e);
    };
    if (!writeAll(fd, bytes.constData(), bytes.size()))
        return discard(ioError(ErrorKind::Io, fileName, QStringLiteral("cannot write")));
    if (injectedFault("sync-file") || ::fsync(fd) != 0)
        return discard(ioError(ErrorKind::Io, fileName, QStringLiteral("cannot flush to disk")));
    const int closed = ::close(fd);
    if (closed != 0) {
        const Error e = ioError(ErrorKind::Io, fileName, QStringLiteral("cannot write"));
        ::unlink(encoded(temp).constData());
        return e;
    }
    if (const Status replaced = replace(temp, fileName); !replaced) {
        ::unlink(encoded(temp).constData());
        return replaced;
    }
    return {};
}

Status copy(const QString &from, const QString &to)
{
    if (injectedFault("copy"))
        return ioError(ErrorKind::Io, to, QStringLiteral("cannot copy"));
    const int in = ::open(encoded(from).constData(), O_RDONLY | O_CLOEXEC);
    if (in < 0)
        return ioError(ErrorKind::NotFound, from, QStringLiteral("cannot read"));
    const int out = createNew(to);
    if (out < 0) {
        const Error e = ioError(createKind(), to, QStringLiteral("cannot create"));
        ::close(in);
        return e;
    }
    auto fail = [&](const Error &e) {
        ::close(in);
        ::close(out);
        ::unlink(encoded(to).constData());
        return Status(e);
    };
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const ssize_t n = ::read(in, buffer.data(), static_cast<size_t>(buffer.size()));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return fail(ioError(ErrorKind::Io, from, QStringLiteral("cannot read")));
        if (n == 0)
            break;
        if (!writeAll(out, buffer.constData(), n))
            return fail(ioError(ErrorKind::Io, to, QStringLiteral("cannot write")));
    }
    if (::fsync(out) != 0)
        return fail(ioError(ErrorKind::Io, to, QStringLiteral("cannot flush to disk")));
    ::close(in);
    if (::close(out) != 0) {
        const Error e = ioError(ErrorKind::Io, to, QStringLiteral("cannot write"));
        ::unlink(encoded(to).constData());
        return e;
    }
    return {};
}

} // namespace wgll::storage::durable
