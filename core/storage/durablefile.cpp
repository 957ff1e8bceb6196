// SPDX-License-Identifier: GPL-3.0-or-later
#include "durablefile.h"

#include "platform/platformfile.h"

#include <QFileInfo>
#include <QUuid>

namespace wgll::storage::durable {

namespace {

using platform::SysError;

FaultHook faultHook = nullptr;

// Runs the test hook for `step`; the failure it asks for (an errno value), or none.
SysError injectedFault(const char *step)
{
    return faultHook ? SysError::fromErrno(faultHook(step)) : SysError{};
}

// The user-facing error: what failed, then the system's own reason ("No space left on device").
Error ioError(ErrorKind kind, const QString &file, const QString &what, const SysError &why)
{
    return {kind, file, 0, what + u": " + why.text};
}

// A full disk or a failing device is an I/O error (exit 74); any other refusal to create a
// file (permissions, a missing folder) is "cannot create" (73).
ErrorKind createKind(const SysError &why)
{
    return why.cause == SysError::Cause::Device ? ErrorKind::Io : ErrorKind::CannotCreate;
}

// Writes all of `bytes`, unless the test hook fails the "write" step.
SysError writeAll(platform::File &file, QByteArrayView bytes)
{
    if (const SysError injected = injectedFault("write"); injected.failed())
        return injected;
    return file.writeAll(bytes);
}

} // namespace

Status syncFile(const QString &fileName)
{
    SysError why = injectedFault("sync-file");
    if (!why.failed())
        why = platform::flushFile(fileName);
    if (why.failed())
        return ioError(ErrorKind::Io, fileName, QStringLiteral("cannot flush to disk"), why);
    return {};
}

Status syncFolder(const QString &folder)
{
    SysError why = injectedFault("sync-folder");
    if (!why.failed())
        why = platform::flushFolder(folder);
    // Some file systems (and FUSE mounts) refuse fsync on folders; the rename is still atomic.
    if (why.failed() && why.cause != SysError::Cause::Unsupported)
        return ioError(ErrorKind::Io, folder, QStringLiteral("cannot flush folder to disk"), why);
    return {};
}

void setFaultHook(FaultHook hook)
{
    faultHook = hook;
}

Status checkpoint(const char *step, const QString &file)
{
    if (const SysError injected = injectedFault(step); injected.failed())
        return ioError(ErrorKind::Io, file, QStringLiteral("cannot save"), injected);
    return {};
}

Status rename(const QString &from, const QString &to)
{
    SysError why = injectedFault("rename");
    if (!why.failed())
        why = platform::replaceFile(from, to);
    if (why.failed())
        return ioError(ErrorKind::CannotCreate, to, QStringLiteral("cannot replace the file"), why);
    return {};
}

Status renameNoReplace(const QString &from, const QString &to)
{
    SysError why = injectedFault("rename");
    if (!why.failed())
        why = platform::moveNoReplace(from, to);
    if (why.failed())
        return ioError(ErrorKind::CannotCreate, to, QStringLiteral("cannot create"), why);
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
    if (!QFileInfo::exists(original))
        return {}; // nothing to keep: a new file gets the usual permissions
    SysError why = injectedFault("permissions");
    if (!why.failed())
        why = platform::keepAccess(original, replacement);
    if (why.failed())
        return ioError(ErrorKind::CannotCreate, original, QStringLiteral("cannot keep the file's permissions"), why);
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
    SysError why;
    platform::File file = platform::File::createNew(temp, why);
    if (why.failed())
        return ioError(createKind(why), fileName, QStringLiteral("cannot create"), why);
    // Every step is checked and a failed one ends the write: nothing is renamed after it.
    auto discard = [&](const Error &e) {
        file = {};
        platform::removeFile(temp);
        return Status(e);
    };
    if (why = writeAll(file, bytes); why.failed())
        return discard(ioError(ErrorKind::Io, fileName, QStringLiteral("cannot write"), why));
    if (why = injectedFault("sync-file"); !why.failed())
        why = file.flush();
    if (why.failed())
        return discard(ioError(ErrorKind::Io, fileName, QStringLiteral("cannot flush to disk"), why));
    if (why = file.close(); why.failed())
        return discard(ioError(ErrorKind::Io, fileName, QStringLiteral("cannot write"), why));
    if (const Status replaced = replace(temp, fileName); !replaced) {
        platform::removeFile(temp);
        return replaced;
    }
    return {};
}

Status copy(const QString &from, const QString &to)
{
    if (const SysError injected = injectedFault("copy"); injected.failed())
        return ioError(ErrorKind::Io, to, QStringLiteral("cannot copy"), injected);
    SysError why;
    platform::File in = platform::File::openRead(from, why);
    if (why.failed())
        return ioError(ErrorKind::NotFound, from, QStringLiteral("cannot read"), why);
    platform::File out = platform::File::createNew(to, why);
    if (why.failed())
        return ioError(createKind(why), to, QStringLiteral("cannot create"), why);
    auto fail = [&](const Error &e) {
        out = {};
        platform::removeFile(to);
        return Status(e);
    };
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = in.read(buffer.data(), buffer.size(), why);
        if (n < 0)
            return fail(ioError(ErrorKind::Io, from, QStringLiteral("cannot read"), why));
        if (n == 0)
            break;
        if (why = writeAll(out, QByteArrayView(buffer.constData(), n)); why.failed())
            return fail(ioError(ErrorKind::Io, to, QStringLiteral("cannot write"), why));
    }
    if (why = out.flush(); why.failed())
        return fail(ioError(ErrorKind::Io, to, QStringLiteral("cannot flush to disk"), why));
    if (why = out.close(); why.failed())
        return fail(ioError(ErrorKind::Io, to, QStringLiteral("cannot write"), why));
    return {};
}

} // namespace wgll::storage::durable
