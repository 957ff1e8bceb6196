// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileidentity.h"

#include "platform/platformfile.h"

#include <QCryptographicHash>

#include <algorithm>

namespace wgll::storage {

FileIdentity FileIdentity::of(const QString &path)
{
    FileIdentity id;
    platform::SysError error;
    platform::File file = platform::File::openRead(path, error);
    if (error.failed())
        return id;
    // Identity and content from the same open file, so both describe one and the same file.
    const std::optional<platform::FileInfo> info = file.info();
    if (info && info->regular) {
        id.device = info->device;
        id.inode = info->file;
        id.size = info->size;
        id.mtimeNs = info->mtimeNs;
        // The header alone is not enough: two files fresh from VACUUM INTO can share it, and a
        // delete-and-copy may get the same inode back with the same size and time (cp -p). So
        // the content is hashed too: whole up to WholeHashLimit, and above that its first and
        // last EdgeBytes (the schema and the newest pages), so the save path stays within its
        // budget (a whole 10 MB file took ~35 ms of SHA-256, as long as the save itself).
        QCryptographicHash hash(QCryptographicHash::Sha256);
        const auto hashRange = [&](qint64 from, qint64 length) {
            QByteArray chunk(1 << 20, Qt::Uninitialized);
            for (qint64 at = from; at < from + length;) {
                const qint64 want = std::min<qint64>(chunk.size(), from + length - at);
                const qint64 n = file.read(chunk.data(), want, error, at);
                if (n <= 0)
                    break;
                hash.addData(QByteArrayView(chunk.constData(), n));
                at += n;
            }
        };
        if (id.size <= WholeHashLimit) {
            hashRange(0, id.size);
        } else {
            hashRange(0, EdgeBytes);
            hashRange(id.size - EdgeBytes, EdgeBytes);
        }
        id.headerHash = hash.result().toHex().left(32);
    }
    return id;
}

QJsonObject FileIdentity::toJson() const
{
    return {{QStringLiteral("device"), QString::number(device)},
            {QStringLiteral("inode"), QString::number(inode)},
            {QStringLiteral("size"), QString::number(size)},
            {QStringLiteral("mtimeNs"), QString::number(mtimeNs)},
            {QStringLiteral("header"), QString::fromLatin1(headerHash)}};
}

FileIdentity FileIdentity::fromJson(const QJsonObject &o)
{
    FileIdentity id;
    bool ok = false;
    const qint64 size = o.value(QStringLiteral("size")).toString().toLongLong(&ok);
    if (!ok || size < 0)
        return id; // unknown: treated as "no record", never as a match
    id.size = size;
    id.device = o.value(QStringLiteral("device")).toString().toULongLong();
    id.inode = o.value(QStringLiteral("inode")).toString().toULongLong();
    id.mtimeNs = o.value(QStringLiteral("mtimeNs")).toString().toLongLong();
    id.headerHash = o.value(QStringLiteral("header")).toString().toLatin1();
    return id;
}

} // namespace wgll::storage
