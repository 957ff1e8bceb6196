// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The pieces of the ODT writer (odtreport.cpp puts them in the package): the XML namespaces,
// lengths, text with ODF's space and line-break elements, and the parts' writers.

#include "report/boardreport.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>
#include <QXmlStreamWriter>

namespace wgll::report::odf {

namespace ns {
inline constexpr auto Office = u"urn:oasis:names:tc:opendocument:xmlns:office:1.0";
inline constexpr auto Style = u"urn:oasis:names:tc:opendocument:xmlns:style:1.0";
inline constexpr auto Text = u"urn:oasis:names:tc:opendocument:xmlns:text:1.0";
inline constexpr auto Table = u"urn:oasis:names:tc:opendocument:xmlns:table:1.0";
inline constexpr auto Draw = u"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
inline constexpr auto Fo = u"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
inline constexpr auto Xlink = u"http://www.w3.org/1999/xlink";
inline constexpr auto Dc = u"http://purl.org/dc/elements/1.1/";
inline constexpr auto Meta = u"urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
inline constexpr auto Svg = u"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
inline constexpr auto Manifest = u"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";
} // namespace ns

/// The PDF's page (pdflayout.h): A4, 18 mm side and 14 mm top and bottom margins, a 10 mm
/// header band and a 9 mm footer band, so the ODT breaks its pages about where the PDF does.
namespace geometry {
inline constexpr double TextWidthMm = 210 - 2 * 18;
inline constexpr double ChartWidthPt = 430, RadarHeightPt = 290, BarsHeightPt = 220, TrendHeightPt = 160;
inline constexpr double LogoHeightPt = 50;
} // namespace geometry

/// A length in millimetres or points as ODF writes it ("12.50mm").
QString mm(double millimetres);
QString pt(double points);

/// A stream writer with the prefixes of every namespace the parts use declared on the root.
class Writer : public QXmlStreamWriter
{
public:
    explicit Writer(QByteArray *out);
    /// Starts the document and its root element, declaring `prefixes` (e.g. {"office", "style"}).
    void root(const QString &namespaceUri, const QString &name, const QStringList &prefixes);
    void finish();

    void attr(const QString &namespaceUri, const QString &name, const QString &value)
    {
        writeAttribute(namespaceUri, name, value);
    }
    /// An attribute by its prefixed name, "fo:font-size".
    void set(const char *qualified, const QString &value);
    /// Starts (or writes empty, `empty`) an element by its prefixed name, "style:style".
    void open(const char *qualified);
    void empty(const char *qualified);
    /// `s` as paragraph content: runs of spaces as text:s, tabs as text:tab, line breaks as
    /// text:line-break (XML would collapse them), unsafe characters as visible escapes.
    void text(const QString &s);
    /// The same with each web address in it a link (text:a).
    void linkedText(const QString &s);
};

/// A picture the package holds (Pictures/NAME) and the frame that shows it.
struct Picture
{
    QString name; ///< "Pictures/chart-1.png"
    QByteArray png;
};

/// styles.xml: fonts, the named styles, the page layout and the two master pages (the cover,
/// with the NHS-blue band, and every other page with the running header), both with the footer.
QByteArray stylesXml(const BoardReport &report);

/// The automatic styles content.xml refers to (page breaks, table columns, cells, frames).
void contentStyles(Writer &w, const QList<QList<double>> &tableColumnsMm);

/// content.xml of the report; the pictures it refers to are appended to `pictures`.
QByteArray contentXml(const BoardReport &report, const QImage &logo, QList<Picture> &pictures);

/// meta.xml: title, subject, generator, dates, language, revision and content hash.
QByteArray metaXml(const BoardReport &report);

/// META-INF/manifest.xml listing the parts and `pictures`.
QByteArray manifestXml(const QList<Picture> &pictures);

} // namespace wgll::report::odf
