// SPDX-License-Identifier: GPL-3.0-or-later
#include "filepaths.h"

#include <QDir>
#include <QFileInfo>

namespace wgll::storage::paths {

namespace {

// Linux gives up after 40 links in one lookup (ELOOP); so do we.
constexpr int MaxLinks = 40;

} // namespace

QString resolved(const QString &fileName)
{
    QString path = QFileInfo(fileName).absoluteFilePath();
    for (int hops = 0; hops < MaxLinks; ++hops) {
        const QFileInfo info(path);
        if (info.exists())
            return info.canonicalFilePath(); // every link on the way resolved by realpath(3)
        if (info.isSymLink()) {
            // A link to a file that does not exist yet: follow it by hand, one hop at a time.
            const QString target = info.symLinkTarget();
            if (target.isEmpty())
                break;
            path = QDir::cleanPath(QDir(info.absolutePath()).absoluteFilePath(target));
            continue;
        }
        const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
        return folder.isEmpty() ? QDir::cleanPath(path) : folder + u'/' + info.fileName();
    }
    return QDir::cleanPath(path);
}

QString resolvedFolder(const QString &folder)
{
    if (!QDir().mkpath(folder))
        return {};
    return QFileInfo(folder).canonicalFilePath();
}

} // namespace wgll::storage::paths
