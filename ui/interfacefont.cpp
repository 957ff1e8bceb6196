// SPDX-License-Identifier: GPL-3.0-or-later
#include "interfacefont.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFontInfo>

namespace wgll {

void useProportionalInterfaceFont()
{
    QFont font = QApplication::font();
    if (!QFontInfo(font).fixedPitch())
        return;
    // Debian's default first, then the faces other desktops and the report use.
    const QStringList installed = QFontDatabase::families();
    for (const char *family : {"DejaVu Sans", "Noto Sans", "Cantarell", "Liberation Sans", "FreeSans", "Arial"}) {
        const QString name = QString::fromLatin1(family);
        if (installed.contains(name) && !QFontDatabase::isFixedPitch(name)) {
            font.setFamilies({name});
            QApplication::setFont(font);
            return;
        }
    }
}

} // namespace wgll
