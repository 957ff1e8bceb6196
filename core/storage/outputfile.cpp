// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputfile.h"

#include "durablefile.h"

#include <QDir>
#include <QFileInfo>

namespace wgll::storage {

namespace {

// Linux's own limit on symbolic links followed in one lookup (ELOOP).
constexpr int MaxLinks = 40;

using platform::Entry;
using platform::SysError;

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
    bool exists = false;  ///< whether `target` exists (a regular file then)
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
        SysError why;
        const Entry entry = platform::entryAt(current, why);
        if (entry.kind == Entry::Kind::Link) {
            if (why.failed())
                return refuse(u"is a symbolic link that cannot be read: " + why.text);
            current = QDir::isAbsolutePath(entry.linkTarget) ? entry.linkTarget : QString(folder + u'/' + entry.linkTarget);
            continue;
        }
        if (why.failed())
            return refuse(u"cannot be examined: " + why.text);
        r.target = current;
        r.exists = entry.kind != Entry::Kind::Missing;
        switch (entry.kind) {
        case Entry::Kind::Missing:
        case Entry::Kind::Regular:
            return std::nullopt;
        case Entry::Kind::Folder:
            return refuse(QStringLiteral("is a folder, not a file"));
        case Entry::Kind::Device:
            return refuse(QStringLiteral("is a device, not a regular file"));
        case Entry::Kind::Fifo:
            return refuse(QStringLiteral("is a FIFO (named pipe), not a regular file"));
        case Entry::Kind::Socket:
            return refuse(QStringLiteral("is a socket, not a regular file"));
        case Entry::Kind::Link:
        case Entry::Kind::Other:
            break;
        }
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
    const std::optional<platform::FileInfo> target = platform::infoOf(r.target);
    for (const QString &input : inputs) {
        if (input.isEmpty())
            continue; // an optional input not given
        // The same file by identity (hard links, "./x", symlinks) or by canonical name.
        const std::optional<platform::FileInfo> in = platform::infoOf(input);
        const bool same = (in && target && in->device == target->device && in->file == target->file) ||
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
    m_file = {};
    if (!m_temp.isEmpty())
        platform::removeFile(m_temp);
}

Status OutputFile::fail(Error error)
{
    m_file = {};
    if (!m_temp.isEmpty())
        platform::removeFile(m_temp);
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
    SysError why;
    m_file = platform::File::createNew(temp, why);
    if (why.failed())
        return fail({ErrorKind::CannotCreate, m_name, 0, u"cannot create: " + why.text});
    m_temp = temp;
    // Replacing a file keeps what its owner chose: a chmod 600 export stays private.
    if (r.exists) {
        if (why = platform::keepAccess(r.target, temp); why.failed())
            return fail({ErrorKind::CannotCreate, m_name, 0, u"cannot keep the permissions: " + why.text});
    }
    return {};
}

Status OutputFile::write(QByteArrayView bytes)
{
    if (m_failed)
        return *m_failed;
    if (!m_file.isOpen())
        return fail({ErrorKind::Io, m_name, 0, QStringLiteral("cannot write: the file is not open")});
    if (const SysError why = m_file.writeAll(bytes); why.failed())
        return fail({ErrorKind::Io, m_name, 0, u"cannot write: " + why.text});
    return {};
}

Status OutputFile::commit()
{
    if (m_failed)
        return *m_failed;
    if (!m_file.isOpen())
        return fail({ErrorKind::Io, m_name, 0, QStringLiteral("cannot write: the file is not open")});
    if (const SysError why = m_file.flush(); why.failed())
        return fail({ErrorKind::Io, m_name, 0, u"cannot flush to disk: " + why.text});
    // close() can report a write error of its own (network file systems, quotas).
    if (const SysError why = m_file.close(); why.failed())
        return fail({ErrorKind::Io, m_name, 0, u"cannot write: " + why.text});
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
