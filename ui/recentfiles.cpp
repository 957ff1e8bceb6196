// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentfiles.h"

#include "workbenchsettings.h"

#include <QFileInfo>

namespace wgll::recentFiles {

QStringList list()
{
    return settings::recentFiles.value();
}

void add(const QString &fileName)
{
    QStringList recent = list();
    const QString path = QFileInfo(fileName).absoluteFilePath();
    recent.removeAll(path);
    recent.prepend(path);
    settings::recentFiles.set(recent.mid(0, Max));
}

} // namespace wgll::recentFiles
