// SPDX-License-Identifier: GPL-3.0-or-later
#include "boundedread.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace wgll {

namespace {

constexpr qint64 ChunkSize = 1 << 20;

} // namespace

bool isRegularFile(const QString &fileName)
{
    // QFileInfo follows links as stat(2) does, and is a regular file only for S_ISREG (not for
    // a device, FIFO or socket), on every platform.
    return QFileInfo(fileName).isFile();
}

QString sizeLimitText(qint64 bytes)
{
    return bytes >= (1LL << 30) ? QStringLiteral("%1 GiB").arg(bytes >> 30) : QStringLiteral("%1 MiB").arg(bytes >> 20);
}

std::optional<QByteArray> readAtMost(QIODevice &device, const QString &fileName, qint64 limit,
                                     const QString &limitName, Error &error)
{
    QByteArray bytes;
    for (;;) {
        const qint64 before = bytes.size();
        const qint64 want = std::min(ChunkSize, limit + 1 - before);
        bytes.resize(before + want);
        const qint64 n = device.read(bytes.data() + before, want);
        bytes.resize(before + std::max<qint64>(n, 0));
        if (n < 0) {
            error = {ErrorKind::Io, fileName, 0, u"cannot be read: " + device.errorString()};
            return std::nullopt;
        }
        if (bytes.size() > limit) {
            error = {ErrorKind::BadData, fileName, 0,
                     u"is larger than " + sizeLimitText(limit) + u", the limit for " + limitName};
            return std::nullopt;
        }
        // A pipe may return less than asked before its end; a blocking read of 0 is the end.
        if (n == 0)
            return bytes;
    }
}

std::optional<qint64> copyAtMost(QIODevice &in, const QString &fileName, QIODevice &out, qint64 limit,
                                 const QString &limitName, Error &error)
{
    qint64 total = 0;
    QByteArray chunk(ChunkSize, Qt::Uninitialized);
    for (;;) {
        const qint64 n = in.read(chunk.data(), ChunkSize);
        if (n < 0) {
            error = {ErrorKind::Io, fileName, 0, u"cannot be read: " + in.errorString()};
            return std::nullopt;
        }
        if (n == 0)
            return total;
        total += n;
        if (total > limit) {
            error = {ErrorKind::BadData, fileName, 0,
                     u"is larger than " + sizeLimitText(limit) + u", the limit for " + limitName};
            return std::nullopt;
        }
        if (out.write(chunk.constData(), n) != n) {
            error = {ErrorKind::Io, fileName, 0, u"cannot be read: the scratch copy failed (" + out.errorString() + u')'};
            return std::nullopt;
        }
    }
}

} // namespace wgll
