// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileheader.h"

#include "schema.h"
#include "util/boundedread.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace wgll::storage {

std::optional<Error> problemWithPath(const QString &fileName, qint64 maxSize)
{
    const QFileInfo info(fileName);
    if (!info.exists())
        return Error{ErrorKind::NotFound, fileName, 0, QStringLiteral("no such file")};
    if (info.isDir())
        return Error{ErrorKind::NotFound, fileName, 0, QStringLiteral("is a folder, not a file")};
    // A device, FIFO or socket has no size to check and cannot be saved back to; only
    // readAssessmentFile reads one (into memory, up to its limit).
    if (!isRegularFile(fileName))
        return Error{ErrorKind::BadData, fileName, 0,
                     QStringLiteral("is not a regular file (a device, FIFO or socket)")};
    if (!info.isReadable())
        return Error{ErrorKind::NotFound, fileName, 0, QStringLiteral("cannot be read (permission denied)")};
    if (info.size() > maxSize)
        return Error{ErrorKind::BadData, fileName, 0,
                     QStringLiteral("is larger than %1 GiB, the limit for a .wgll file").arg(maxSize >> 30)};
    // The header's own rules before a byte is copied: a file with a gigabyte of (sparse) tail
    // is refused now, not after copying it. Only regular files: reading a pipe would consume it.
    if (info.isFile()) {
        QFile f(fileName);
        if (f.open(QIODevice::ReadOnly)) {
            if (const std::optional<QString> problem = problemWithHeader(f.read(100), info.size()))
                return Error{ErrorKind::BadData, fileName, 0, *problem};
        }
    }
    for (const QString &sidecar : {QStringLiteral("-journal"), QStringLiteral("-wal")}) {
        if (QFileInfo::exists(fileName + sidecar))
            // Another program's transaction in progress, not bad data: try again later (75).
            return Error{ErrorKind::Conflict, fileName, 0,
                         u"has an unfinished SQLite " + sidecar.mid(1) + u" file beside it (" +
                             QFileInfo(fileName + sidecar).fileName() +
                             u"): another program may be writing it; close that program first"};
    }
    return std::nullopt;
}

std::optional<QString> problemWithHeader(const QString &fileName)
{
    QFile f(fileName);
    if (!f.open(QIODevice::ReadOnly))
        return u"cannot be read: " + f.errorString();
    return problemWithHeader(f.read(100), f.size());
}

std::optional<QString> problemWithHeader(const QByteArray &header, qint64 fileSize)
{
    if (!header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return QStringLiteral("not a WGLL assessment (not an SQLite database)");
    if (header.size() < 100)
        return QStringLiteral("truncated: the file ends inside its header");
    const auto byte = [&](qsizetype at) {
        return static_cast<uchar>(header.at(at));
    };
    const quint32 pageSize = static_cast<quint32>(byte(16)) << 8 | static_cast<quint32>(byte(17));
    const qint64 realPageSize = pageSize == 1 ? 65536 : pageSize;
    if (realPageSize < 512 || (realPageSize & (realPageSize - 1)) != 0)
        return QStringLiteral("damaged: the page size in the header is invalid");
    if (fileSize % realPageSize != 0)
        return QStringLiteral("truncated: the file is not a whole number of pages");
    // The page count SQLite keeps in the header (valid when the version-valid-for number equals
    // the change counter, as in every file VACUUM INTO writes). Bytes past the last page are
    // not part of the database: an appended payload, or a sparse tail that would make the open
    // copy a gigabyte of nothing.
    const quint32 changeCounter = qFromBigEndian<quint32>(header.constData() + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(header.constData() + 28);
    const quint32 validFor = qFromBigEndian<quint32>(header.constData() + 92);
    if (pageCount == 0 || validFor != changeCounter)
        return QStringLiteral("not written by WGLL Workbench: its header does not record the database size");
    if (fileSize > static_cast<qint64>(pageCount) * realPageSize)
        return QStringLiteral("has %1 bytes of data after the last page of the database")
            .arg(fileSize - static_cast<qint64>(pageCount) * realPageSize);
    if (fileSize < static_cast<qint64>(pageCount) * realPageSize)
        return QStringLiteral("truncated: the file is shorter than the database its header describes");
    if (byte(18) == 2 || byte(19) == 2)
        return QStringLiteral("is in write-ahead-log mode, which shared .wgll files never use; "
                              "it was not written by WGLL Workbench");
    const quint32 appId = qFromBigEndian<quint32>(header.constData() + 68);
    if (appId != static_cast<quint32>(Schema::ApplicationId))
        return QStringLiteral("not a WGLL assessment (application id 0x%1, expected 0x57474C4C)")
            .arg(appId, 8, 16, QLatin1Char('0'));
    return std::nullopt;
}

} // namespace wgll::storage
