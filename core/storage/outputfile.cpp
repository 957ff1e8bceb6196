// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputfile.h"

#include "durablefile.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <climits>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wgll::storage {

namespace {

// Linux's own limit on symbolic links followed in one lookup (ELOOP).
constexpr int MaxLinks = 40;

QString systemReason(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// Folders whose entries are devices or kernel views, never somewhere to put a file: a name in
// them ("/dev/stdout", "/proc/self/fd/1") would be replaced, or written through to whatever it
// stands for. /dev/shm is an ordinary memory file system and stays allowed.
bool isSystemFolder(const QString &folder)
{
    if (folder == u"/dev/shm" || folder.startsWith(u"/dev/shm/"))
        return false;
    for (const QString &root : {QStringLiteral("/dev"), QStringLiteral("/proc"), QStringLiteral("/sys")}) {
        if (folder == root || folder.startsWith(root + u'/'))
            return true;
    }
    return false;
}

struct Resolved
{
    QString target;       ///< the path to replace: the last link's target, with a real folder
    bool exists = false;  ///< whether `target` exists (then `st` describes it)
    struct stat st = {};
};

// Follows `fileName` through any symbolic links to the file that would really be replaced, one
// link at a time, so that every folder on the way is checked; refuses anything but a regular
// file or a new name in an ordinary folder.
std::optional<Error> resolve(const QString &fileName, Resolved &r)
{
    auto refuse = [&](const QString &why) { return Error{ErrorKind::CannotCreate, fileName, 0, why}; };
    QString current = fileName;
    for (int hop = 0; hop <= MaxLinks; ++hop) {
        const QFileInfo info(current);
        const QString name = info.fileName();
        if (name.isEmpty() || name == u"." || name == u"..")
            return refuse(QStringLiteral("is a folder, not a file"));
        const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
        if (folder.isEmpty() || !QFileInfo(folder).isDir())
            return refuse(hop == 0 ? QStringLiteral("the folder does not exist")
                                   : QStringLiteral("is a symbolic link into a folder that does not exist"));
        if (isSystemFolder(folder))
            return refuse(QStringLiteral("is a device or system file, not a regular file"));
        current = folder == u"/" ? QString(u'/' + name) : QString(folder + u'/' + name);
        const QByteArray encoded = QFile::encodeName(current);
        if (::lstat(encoded.constData(), &r.st) != 0) {
            if (errno != ENOENT)
                return refuse(u"cannot be examined: " + systemReason(errno));
            r.target = current;
            r.exists = false;
            return std::nullopt;
        }
        if (S_ISLNK(r.st.st_mode)) {
            char link[PATH_MAX];
            const ssize_t n = ::readlink(encoded.constData(), link, sizeof link);
            if (n < 0 || n == static_cast<ssize_t>(sizeof link))
                return refuse(u"is a symbolic link that cannot be read: " + systemReason(n < 0 ? errno : ENAMETOOLONG));
            const QString to = QFile::decodeName(QByteArray(link, n));
            current = to.startsWith(u'/') ? to : QString(folder + u'/' + to);
            continue;
        }
        r.target = current;
        r.exists = true;
        const mode_t type = r.st.st_mode & S_IFMT;
        if (type == S_IFREG)
            return std::nullopt;
        if (type == S_IFDIR)
            return refuse(QStringLiteral("is a folder, not a file"));
        if (type == S_IFCHR || type == S_IFBLK)
            return refuse(QStringLiteral("is a device, not a regular file"));
        if (type == S_IFIFO)
            return refuse(QStringLiteral("is a FIFO (named pipe), not a regular file"));
        if (type == S_IFSOCK)
            return refuse(QStringLiteral("is a socket, not a regular file"));
        return refuse(QStringLiteral("is not a regular file"));
    }
    return refuse(QStringLiteral("has too many levels of symbolic links"));
}

std::optional<Error> problemWithResolved(const QString &fileName, const QStringList &inputs, Resolved &r)
{
    if (const std::optional<Error> problem = resolve(fileName, r))
        return problem;
    if (!r.exists)
        return std::nullopt;
    for (const QString &input : inputs) {
        if (input.isEmpty())
            continue; // an optional input not given
        // The same file by identity (hard links, "./x", symlinks) or by canonical name.
        struct stat in = {};
        const bool same =
            (::stat(QFile::encodeName(input).constData(), &in) == 0 && in.st_dev == r.st.st_dev &&
             in.st_ino == r.st.st_ino) ||
            QFileInfo(input).canonicalFilePath() == r.target;
        if (same)
            return Error{ErrorKind::CannotCreate, fileName, 0,
                         u"is " + (input == fileName ? QStringLiteral("an input") : QString(u"the same file as the input " + input)) +
                             u" of this command; writing it would destroy it (choose another output name)"};
    }
    return std::nullopt;
}

} // namespace

std::optional<Error> OutputFile::problemWith(const QString &fileName, const QStringList &inputs, QString *target)
{
    Resolved r;
    std::optional<Error> problem = problemWithResolved(fileName, inputs, r);
    if (target)
        *target = r.target;
    return problem;
}

OutputFile::OutputFile(QString fileName, QStringList inputs) : m_name(std::move(fileName)), m_inputs(std::move(inputs))
{
}

OutputFile::~OutputFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
    if (!m_temp.isEmpty())
        ::unlink(QFile::encodeName(m_temp).constData());
}

Status OutputFile::fail(Error error)
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    if (!m_temp.isEmpty())
        ::unlink(QFile::encodeName(m_temp).constData());
    m_temp.clear();
    error.file = m_name; // the name the user gave, not the temporary or the link's target
    m_failed = error;
    return error;
}

Status OutputFile::open()
{
    Resolved r;
    if (const std::optional<Error> problem = problemWithResolved(m_name, m_inputs, r))
        return fail(*problem);
    m_target = r.target;
    const QString temp = durable::temporaryNameFor(m_target);
    m_fd = ::open(QFile::encodeName(temp).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (m_fd < 0)
        return fail({ErrorKind::CannotCreate, m_name, 0, u"cannot create: " + systemReason(errno)});
    m_temp = temp;
    if (r.exists) {
        // Replacing a file keeps what its owner chose: a chmod 600 export stays private.
        if (::fchmod(m_fd, r.st.st_mode & 07777) != 0)
            return fail({ErrorKind::CannotCreate, m_name, 0, u"cannot keep the permissions: " + systemReason(errno)});
        if (::geteuid() == 0 && ::fchown(m_fd, r.st.st_uid, r.st.st_gid) != 0)
            return fail({ErrorKind::CannotCreate, m_name, 0, u"cannot keep the owner: " + systemReason(errno)});
    }
    return {};
}

Status OutputFile::write(QByteArrayView bytes)
{
    if (m_failed)
        return *m_failed;
    if (m_fd < 0)
        return fail({ErrorKind::Io, m_name, 0, QStringLiteral("cannot write: the file is not open")});
    const char *data = bytes.data();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(m_fd, data, static_cast<size_t>(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return fail({ErrorKind::Io, m_name, 0, u"cannot write: " + systemReason(n < 0 ? errno : EIO)});
        data += n;
        left -= n;
    }
    return {};
}

Status OutputFile::commit()
{
    if (m_failed)
        return *m_failed;
    if (m_fd < 0)
        return fail({ErrorKind::Io, m_name, 0, QStringLiteral("cannot write: the file is not open")});
    if (::fsync(m_fd) != 0)
        return fail({ErrorKind::Io, m_name, 0, u"cannot flush to disk: " + systemReason(errno)});
    // close() can report a write error of its own (network file systems, quotas).
    const int closed = ::close(m_fd);
    m_fd = -1;
    if (closed != 0)
        return fail({ErrorKind::Io, m_name, 0, u"cannot write: " + systemReason(errno)});
    if (const Status renamed = durable::rename(m_temp, m_target); !renamed)
        return fail(renamed.error());
    m_temp.clear(); // it is the output now
    if (const Status synced = durable::syncFolder(QFileInfo(m_target).absolutePath()); !synced)
        return fail(synced.error());
    return {};
}

Status writeOutputFile(const QString &fileName, const QByteArray &bytes, const QStringList &inputs)
{
    OutputFile out(fileName, inputs);
    if (const Status opened = out.open(); !opened)
        return opened;
    if (const Status written = out.write(bytes); !written)
        return written;
    return out.commit();
}

} // namespace wgll::storage
