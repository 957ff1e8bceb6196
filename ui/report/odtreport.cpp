// SPDX-License-Identifier: GPL-3.0-or-later
// The ODT package: mimetype (first, stored, as ODF requires), the manifest, content, styles,
// metadata and the pictures, written by zip::PackageWriter.
#include "odtreport.h"

#include "io/zippackage.h"
#include "odtxml.h"
#include "reportlogo.h"

namespace wgll::report {

std::optional<QByteArray> odt(const BoardReport &report, Error &error)
{
    QImage logo;
    if (!readLogo(report.logoFile, logo, error))
        return std::nullopt;
    QList<odf::Picture> pictures;
    QByteArray content = odf::contentXml(report, logo, pictures);
    zip::PackageWriter package;
    package.add(QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text", zip::PackageWriter::Storage::Stored);
    package.add(QStringLiteral("META-INF/manifest.xml"), odf::manifestXml(pictures));
    package.add(QStringLiteral("content.xml"), std::move(content));
    package.add(QStringLiteral("styles.xml"), odf::stylesXml(report));
    package.add(QStringLiteral("meta.xml"), odf::metaXml(report));
    // PNG is deflated already: stored, it costs nothing to unpack.
    for (odf::Picture &p : pictures)
        package.add(p.name, std::move(p.png), zip::PackageWriter::Storage::Stored);
    Result<QByteArray> bytes = package.finish(QString());
    if (!bytes) {
        error = bytes.error();
        return std::nullopt;
    }
    return std::move(bytes).value();
}

} // namespace wgll::report
