// SPDX-License-Identifier: GPL-3.0-or-later
// The platform file operations on POSIX systems: Linux (what is built and tested here) and
// macOS, where the differences are marked (__APPLE__).
#include "platform/platformfile.h"

#include <QFile>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#if defined(__APPLE__)
#include <stdio.h> // renamex_np
#endif

namespace wgll::platform {

namespace {

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

SysError lastError()
{
    return SysError::fromErrno(errno);
}

int fdOf(std::intptr_t handle)
{
    return static_cast<int>(handle);
}

qint64 mtimeNsOf(const struct stat &st)
{
#if defined(__APPLE__)
    const struct timespec &t = st.st_mtimespec;
#else
    const struct timespec &t = st.st_mtim;
#endif
    return static_cast<qint64>(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

FileInfo infoFrom(const struct stat &st)
{
    return {S_ISREG(st.st_mode), static_cast<quint64>(st.st_dev), static_cast<quint64>(st.st_ino),
            static_cast<qint64>(st.st_size), mtimeNsOf(st)};
}

// fsync, or on macOS F_FULLFSYNC, which asks the drive to empty its own cache (plain fsync
// there does not); a file system that refuses F_FULLFSYNC still gets fsync.
int syncFd(int fd)
{
#if defined(__APPLE__)
    if (::fcntl(fd, F_FULLFSYNC) == 0)
        return 0;
#endif
    return ::fsync(fd);
}

} // namespace

File::~File()
{
    if (isOpen())
        ::close(fdOf(m_handle));
}

File::File(File &&other) noexcept : m_handle(other.m_handle)
{
    other.m_handle = Invalid;
}

File &File::operator=(File &&other) noexcept
{
    if (this != &other) {
        if (isOpen())
            ::close(fdOf(m_handle));
        m_handle = other.m_handle;
        other.m_handle = Invalid;
    }
    return *this;
}

File File::createNew(const QString &path, SysError &error)
{
    const int fd = ::open(encoded(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    error = fd < 0 ? lastError() : SysError{};
    return File(fd);
}

File File::openRead(const QString &path, SysError &error)
{
    // O_NONBLOCK: opening a FIFO for reading must not wait for a writer.
    const int fd = ::open(encoded(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    error = fd < 0 ? lastError() : SysError{};
    return File(fd);
}

SysError File::writeAll(QByteArrayView bytes)
{
    const char *data = bytes.data();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fdOf(m_handle), data, static_cast<size_t>(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return SysError::fromErrno(n < 0 ? errno : EIO);
        data += n;
        left -= n;
    }
    return {};
}

qint64 File::read(char *data, qint64 size, SysError &error, std::optional<qint64> offset)
{
    for (;;) {
        const ssize_t n = offset ? ::pread(fdOf(m_handle), data, static_cast<size_t>(size), *offset)
                                 : ::read(fdOf(m_handle), data, static_cast<size_t>(size));
        if (n < 0 && errno == EINTR)
            continue;
        error = n < 0 ? lastError() : SysError{};
        return n;
    }
}

SysError File::flush()
{
    return syncFd(fdOf(m_handle)) == 0 ? SysError{} : lastError();
}

SysError File::close()
{
    const int rc = ::close(fdOf(m_handle));
    m_handle = Invalid;
    return rc == 0 ? SysError{} : lastError();
}

std::optional<FileInfo> File::info() const
{
    struct stat st {};
    if (::fstat(fdOf(m_handle), &st) != 0)
        return std::nullopt;
    return infoFrom(st);
}

SysError flushFile(const QString &path)
{
    SysError error;
    File file = File::openRead(path, error);
    if (error.failed())
        return error;
    if (const SysError flushed = file.flush(); flushed.failed())
        return flushed;
    return file.close();
}

SysError flushFolder(const QString &folder)
{
    const int fd = ::open(encoded(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return lastError();
    const SysError error = syncFd(fd) == 0 ? SysError{} : lastError();
    ::close(fd);
    return error;
}

SysError replaceFile(const QString &from, const QString &to)
{
    return ::rename(encoded(from).constData(), encoded(to).constData()) == 0 ? SysError{} : lastError();
}

SysError moveNoReplace(const QString &from, const QString &to)
{
    const QByteArray f = encoded(from);
    const QByteArray t = encoded(to);
#if defined(__APPLE__)
    if (::renamex_np(f.constData(), t.constData(), RENAME_EXCL) == 0)
        return {};
#else
    if (::renameat2(AT_FDCWD, f.constData(), AT_FDCWD, t.constData(), RENAME_NOREPLACE) == 0)
        return {};
#endif
    // Some file systems lack an exclusive rename; link(2) refuses an existing name just as well.
    if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
        return lastError();
    if (::link(f.constData(), t.constData()) != 0)
        return lastError();
    ::unlink(f.constData());
    return {};
}

SysError removeFile(const QString &path)
{
    return ::unlink(encoded(path).constData()) == 0 ? SysError{} : lastError();
}

SysError keepAccess(const QString &original, const QString &replacement)
{
    struct stat st {};
    if (::stat(encoded(original).constData(), &st) != 0)
        return {}; // nothing to keep: a new file gets the usual permissions
    const QByteArray r = encoded(replacement);
    if (::chmod(r.constData(), st.st_mode & 07777) != 0)
        return lastError();
    // Only root may give a file away; an owner may still set any group it belongs to. Failing
    // either is not an error: the file is then owned by whoever saved it, as any editor does.
    const bool owned = ::chown(r.constData(), st.st_uid, st.st_gid) == 0 ||
                       ::chown(r.constData(), static_cast<uid_t>(-1), st.st_gid) == 0;
    Q_UNUSED(owned)
    return {};
}

std::optional<FileInfo> infoOf(const QString &path)
{
    struct stat st {};
    if (::stat(encoded(path).constData(), &st) != 0)
        return std::nullopt;
    return infoFrom(st);
}

Entry entryAt(const QString &path, SysError &error)
{
    error = {};
    const QByteArray name = encoded(path);
    struct stat st {};
    if (::lstat(name.constData(), &st) != 0) {
        if (errno != ENOENT)
            error = lastError();
        return {};
    }
    switch (st.st_mode & S_IFMT) {
    case S_IFREG:
        return {Entry::Kind::Regular, {}};
    case S_IFDIR:
        return {Entry::Kind::Folder, {}};
    case S_IFCHR:
    case S_IFBLK:
        return {Entry::Kind::Device, {}};
    case S_IFIFO:
        return {Entry::Kind::Fifo, {}};
    case S_IFSOCK:
        return {Entry::Kind::Socket, {}};
    case S_IFLNK: {
        char link[PATH_MAX];
        const ssize_t n = ::readlink(name.constData(), link, sizeof link);
        if (n < 0 || n == static_cast<ssize_t>(sizeof link)) {
            error = SysError::fromErrno(n < 0 ? errno : ENAMETOOLONG);
            return {Entry::Kind::Link, {}};
        }
        return {Entry::Kind::Link, QFile::decodeName(QByteArray(link, n))};
    }
    default:
        return {Entry::Kind::Other, {}};
    }
}

int silenceStderr()
{
    std::fflush(stderr);
    const int saved = ::dup(STDERR_FILENO);
    const int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (saved >= 0 && null >= 0)
        ::dup2(null, STDERR_FILENO);
    if (null >= 0)
        ::close(null);
    return saved;
}

void restoreStderr(int token)
{
    std::fflush(stderr);
    if (token >= 0) {
        ::dup2(token, STDERR_FILENO);
        ::close(token);
    }
}

} // namespace wgll::platform
