// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace wgll::storage {

/// Which file is at a path, precisely enough to tell our own last save from another program's
/// version of it: device and inode (a replacement by rename is a new inode), size, modification
/// time to the nanosecond, and a hash of the content (whole up to WholeHashLimit, else its first
/// and last EdgeBytes), so another program's file of the same size, time and even inode differs.
struct FileIdentity
{
    quint64 device = 0;
    quint64 inode = 0;
    qint64 size = -1; ///< -1: no such file (or not known)
    qint64 mtimeNs = -1;
    QByteArray headerHash; ///< the content hash described above (named for the manifest's key)

    /// Files up to this size are hashed whole (about 3 ms); larger ones by their edges, since
    /// identity is taken several times per save and must not cost as much as the save.
    static constexpr qint64 WholeHashLimit = qint64{1} << 20;
    static constexpr qint64 EdgeBytes = qint64{256} << 10;

    /// The identity of the file at `path` now (links followed); size -1 when there is none.
    static FileIdentity of(const QString &path);
    bool exists() const { return size >= 0; }
    bool operator==(const FileIdentity &other) const = default;

    /// Stored in the working-copy manifest; 64-bit numbers as strings, as JSON numbers are
    /// doubles and would round an inode or a nanosecond time.
    QJsonObject toJson() const;
    static FileIdentity fromJson(const QJsonObject &o);
};

} // namespace wgll::storage
