// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportlogo.h"

#include <QFileInfo>
#include <QImageReader>

namespace wgll::report {

bool readLogo(const QString &fileName, QImage &logo, Error &error)
{
    if (fileName.isEmpty())
        return true;
    if (!QFileInfo(fileName).isFile()) { // e.g. a logo chosen in Preferences and since moved
        error = {ErrorKind::NotFound, fileName, 0, QStringLiteral("the logo file is not there any more")};
        return false;
    }
    QImageReader reader(fileName);
    // A logo is small; a huge or hostile image is refused before it is decoded.
    if (QFileInfo(fileName).size() > 5LL * 1024 * 1024 || reader.size().width() > 4000 ||
        reader.size().height() > 4000 || !reader.read(&logo)) {
        error = {ErrorKind::BadData, fileName, 0,
                 QStringLiteral("the logo must be a PNG, JPEG or SVG image of at most 5 MB and 4000 × 4000 pixels")};
        return false;
    }
    return true;
}

} // namespace wgll::report
