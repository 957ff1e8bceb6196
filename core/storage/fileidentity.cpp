// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileidentity.h"

#include <QCryptographicHash>
#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wgll::storage {

FileIdentity FileIdentity::of(const QString &path)
{
    FileIdentity id;
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return id;
    // stat and header from the same open file, so both describe one and the same inode.
    struct stat st {};
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
        char header[100];
        ssize_t got = 0;
        while (got < static_cast<ssize_t>(sizeof header)) {
            const ssize_t n = ::pread(fd, header + got, sizeof header - static_cast<size_t>(got), got);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;
            got += n;
        }
        id.device = static_cast<quint64>(st.st_dev);
        id.inode = static_cast<quint64>(st.st_ino);
        id.size = static_cast<qint64>(st.st_size);
        id.mtimeNs = static_cast<qint64>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
        id.headerHash = QCryptographicHash::hash(QByteArrayView(header, got), QCryptographicHash::Sha256)
                            .toHex()
                            .left(32);
    }
    ::close(fd);
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
