// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexport.h"

#include "prompter.h"
#include "storage/durablefile.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QObject>

namespace wgll::analysis {


Status writeChart(const QString &fileName, const ChartDrawing &draw)
{
    const bool svg = QFileInfo(fileName).suffix().compare(u"svg", Qt::CaseInsensitive) == 0;
    return storage::durable::writeFile(fileName, draw(svg));
}

bool exportChart(Prompter &prompter, const QString &suggested, const ChartDrawing &draw)
{
    QString chosen;
    QString name = prompter.fileToSave(QObject::tr("Export the chart"), suggested,
                                       QObject::tr("PNG image (*.png);;SVG drawing (*.svg)"), &chosen);
    if (name.isEmpty())
        return false;
    // A name typed without an extension takes the one of the chosen file type.
    if (const QString suffix = QFileInfo(name).suffix().toLower(); suffix != u"png" && suffix != u"svg")
        name += chosen.contains(u"*.svg") ? QStringLiteral(".svg") : QStringLiteral(".png");
    if (const Status written = writeChart(name, draw); !written) {
        prompter.tell(written.error().toString());
        return false;
    }
    return true;
}

} // namespace wgll::analysis
