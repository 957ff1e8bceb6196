// SPDX-License-Identifier: GPL-3.0-or-later
// content.xml of the ODT: the report's blocks as ODF elements. Every table row has a cell for
// each of the table's columns (a row with fewer values gets empty cells, one with more is cut at
// the header's width, as the PDF cuts it), so no office suite drops a figure; key figures are a
// one-row table, one cell a figure with its value and its label.
#include "odtxml.h"

#include "charts/chartpainter.h"
#include "util/safetext.h"

#include <QBuffer>
#include <QCoreApplication>

#include <numeric>

namespace wgll::report::odf {

namespace {

/// Column widths in millimetres of the text width, from a table's relative widths.
QList<double> columnsMm(const Table &t)
{
    QList<double> shares(t.header.size(), 1.0);
    if (t.widths.size() == t.header.size())
        std::copy(t.widths.cbegin(), t.widths.cend(), shares.begin());
    const double total = std::accumulate(shares.cbegin(), shares.cend(), 0.0);
    for (double &share : shares)
        share = geometry::TextWidthMm * share / total;
    return shares;
}

/// Key figures' columns as wide as their text wants (about: the average glyph of Liberation
/// Sans is half an em), spread over the text width, as the PDF spreads them.
QList<double> columnsMm(const KeyFigures &k)
{
    QList<double> widths;
    for (const KeyFigures::Figure &f : k.figures)
        widths.append(std::max(static_cast<double>(f.value.size()) * 17 * 0.56, static_cast<double>(f.label.size()) * 8.5 * 0.5) + 12);
    const double total = std::accumulate(widths.cbegin(), widths.cend(), 0.0);
    for (double &w : widths)
        w = geometry::TextWidthMm * w / total;
    return widths;
}


class Body
{
public:
    Body(Writer &w, QList<Picture> &pictures) : m_w(w), m_pictures(pictures) {}

    void cover(const BoardReport &r, const QImage &logo)
    {
        if (!logo.isNull()) {
            paragraphStart(QStringLiteral("FirstLogo"));
            const double height = geometry::LogoHeightPt;
            const QString alt = QCoreApplication::translate("BoardReport", "Logo of %1").arg(r.organisation);
            picture(QStringLiteral("logo"), logo, height * logo.width() / std::max(1, logo.height()), height, alt, alt);
            m_w.writeEndElement();
        }
        paragraphStart(logo.isNull() ? QStringLiteral("FirstOrganisation") : QStringLiteral("Subtitle"));
        m_w.text(r.organisation.isEmpty() ? QCoreApplication::translate("BoardReport", "Board report") : r.organisation);
        m_w.writeEndElement();
        paragraph(QStringLiteral("Title"), r.title);
        paragraph(r.isFinal() ? QStringLiteral("Status") : QStringLiteral("StatusDraft"), r.status.toUpper());
        table(r.coverTable());
    }

    void section(const Section &s, bool first)
    {
        const QString style = first          ? QStringLiteral("FirstSection")
                              : s.newPage    ? QStringLiteral("SectionOnNewPage")
                                             : QStringLiteral("Heading_20_1");
        heading(style, 1, s.title, s.id);
        for (const Block &b : s.blocks)
            block(b);
    }

private:
    void paragraphStart(const QString &style)
    {
        m_w.open("text:p");
        m_w.set("text:style-name", style);
    }
    void paragraph(const QString &style, const QString &text)
    {
        paragraphStart(style);
        m_w.linkedText(text);
        m_w.writeEndElement();
    }

    /// A real heading (text:h) at its outline level, a bookmark at it for links.
    void heading(const QString &style, int level, const QString &text, const QString &bookmark = {})
    {
        m_w.open("text:h");
        m_w.set("text:style-name", style);
        m_w.set("text:outline-level", QString::number(level));
        if (!bookmark.isEmpty()) {
            m_w.empty("text:bookmark");
            m_w.set("text:name", bookmark);
        }
        m_w.text(text);
        m_w.writeEndElement();
    }

    void block(const Block &b)
    {
        if (const auto *p = std::get_if<Paragraph>(&b)) {
            paragraph(p->style == Paragraph::Style::Lead    ? QStringLiteral("Lead")
                      : p->style == Paragraph::Style::Small ? QStringLiteral("Small")
                                                            : QStringLiteral("Text_20_body"),
                      p->text);
        } else if (const auto *h = std::get_if<Subheading>(&b)) {
            heading(h->newPage ? QStringLiteral("SubheadingOnNewPage") : QStringLiteral("Heading_20_2"), 2, h->text);
        } else if (const auto *k = std::get_if<KeyFigures>(&b)) {
            keyFigures(*k);
        } else if (const auto *t = std::get_if<Table>(&b)) {
            table(*t);
        } else if (const auto *c = std::get_if<Chart>(&b)) {
            chart(*c);
        } else if (const auto *s = std::get_if<SignatureBlock>(&b)) {
            table(signatureTable(*s));
        }
    }

    /// Starts table number `++m_tables` with its columns.
    void tableStart(const QString &name, const QString &style, qsizetype columns)
    {
        ++m_tables;
        m_w.open("table:table");
        m_w.set("table:name", name + QString::number(m_tables));
        m_w.set("table:style-name", style);
        for (qsizetype c = 0; c < columns; ++c) {
            m_w.empty("table:table-column");
            m_w.set("table:style-name", QStringLiteral("Table%1.%2").arg(m_tables).arg(c + 1));
        }
    }

    void cellStart(const QString &style)
    {
        m_w.open("table:table-cell");
        m_w.set("table:style-name", style);
        m_w.set("office:value-type", QStringLiteral("string"));
    }

    void row(const Table &t, qsizetype r)
    {
        const bool header = r < 0;
        const QStringList &values = header ? t.header : t.rows.at(r);
        m_w.open("table:table-row");
        m_w.set("table:style-name", QStringLiteral("Row"));
        for (qsizetype c = 0; c < t.header.size(); ++c) {
            const bool numeric = c < t.numeric.size() && t.numeric[c];
            cellStart(header ? QStringLiteral("CellHead") : QStringLiteral("CellBody"));
            paragraphStart(header ? (numeric ? QStringLiteral("Table_20_Heading_20_Figure") : QStringLiteral("Table_20_Heading"))
                                  : (numeric ? QStringLiteral("Table_20_Figure") : QStringLiteral("Table_20_Contents")));
            if (!header && c == 0 && !t.anchors.value(r).isEmpty()) {
                m_w.empty("text:bookmark");
                m_w.set("text:name", t.anchors.value(r));
            }
            const QString link = !header && c == t.linkColumn ? t.links.value(r) : QString();
            if (link.isEmpty()) {
                m_w.linkedText(values.value(c));
            } else {
                m_w.open("text:a");
                m_w.set("xlink:type", QStringLiteral("simple"));
                m_w.set("xlink:href", u'#' + link);
                m_w.text(values.value(c));
                m_w.writeEndElement();
            }
            m_w.writeEndElement(); // text:p
            m_w.writeEndElement(); // table:table-cell
        }
        m_w.writeEndElement();
    }

    void table(const Table &t)
    {
        if (t.rows.isEmpty()) {
            paragraph(QStringLiteral("Text_20_body"), t.empty);
            return;
        }
        tableStart(QStringLiteral("Table"), QStringLiteral("Ruled"), t.header.size());
        // Repeated at the top of every page the table runs onto.
        m_w.open("table:table-header-rows");
        row(t, -1);
        m_w.writeEndElement();
        for (qsizetype r = 0; r < t.rows.size(); ++r)
            row(t, r);
        m_w.writeEndElement();
    }

    void keyFigures(const KeyFigures &k)
    {
        if (k.figures.isEmpty())
            return;
        tableStart(QStringLiteral("KeyFigures"), QStringLiteral("Key"), k.figures.size());
        m_w.open("table:table-row");
        for (const KeyFigures::Figure &f : k.figures) {
            cellStart(QStringLiteral("CellKey"));
            paragraph(QStringLiteral("Key_20_Figure"), f.value);
            paragraph(QStringLiteral("Key_20_Figure_20_Label"), f.label);
            m_w.writeEndElement();
        }
        m_w.writeEndElement();
        m_w.writeEndElement();
    }

    /// A frame holding a picture of the package, with its title and alternative text.
    void picture(const QString &name, const QImage &image, double widthPt, double heightPt, const QString &title,
                 const QString &description)
    {
        const QString path = u"Pictures/" + name + u".png";
        m_pictures.append({path, charts::png(image)});
        m_w.open("draw:frame");
        m_w.set("draw:style-name", QStringLiteral("Picture"));
        m_w.set("draw:name", name);
        m_w.set("text:anchor-type", QStringLiteral("as-char"));
        m_w.set("svg:width", pt(widthPt));
        m_w.set("svg:height", pt(heightPt));
        m_w.set("draw:z-index", QStringLiteral("0"));
        m_w.empty("draw:image");
        m_w.set("xlink:href", path);
        m_w.set("xlink:type", QStringLiteral("simple"));
        m_w.set("xlink:show", QStringLiteral("embed"));
        m_w.set("xlink:actuate", QStringLiteral("onLoad"));
        m_w.set("draw:mime-type", QStringLiteral("image/png"));
        m_w.open("svg:title");
        m_w.writeCharacters(wgll::text::escapeUnsafe(title));
        m_w.writeEndElement();
        m_w.open("svg:desc");
        m_w.writeCharacters(wgll::text::escapeUnsafe(description));
        m_w.writeEndElement();
        m_w.writeEndElement();
    }

    void chart(const Chart &c)
    {
        const double height = c.kind == Chart::Kind::Radar   ? geometry::RadarHeightPt
                              : c.kind == Chart::Kind::Trend ? geometry::TrendHeightPt
                                                             : geometry::BarsHeightPt;
        // Drawn at 216 dpi and laid out as on the PDF's page, so its labels print at 9 pt.
        const QImage image = charts::printImage(c, QSizeF(geometry::ChartWidthPt, height), 216);
        paragraphStart(QStringLiteral("Figure"));
        picture(QStringLiteral("chart-%1").arg(++m_charts), image, geometry::ChartWidthPt, height, c.title,
                c.description);
        m_w.writeEndElement();
        paragraph(QStringLiteral("Caption"), c.title);
    }

    Writer &m_w;
    QList<Picture> &m_pictures;
    int m_tables = 0;
    int m_charts = 0;
};

/// The column widths of every table in the order Body writes them.
QList<QList<double>> tableColumns(const BoardReport &report)
{
    QList<QList<double>> out{columnsMm(report.coverTable())};
    for (const Section &s : report.sections) {
        for (const Block &b : s.blocks) {
            if (const auto *t = std::get_if<Table>(&b); t && !t->rows.isEmpty())
                out.append(columnsMm(*t));
            else if (const auto *k = std::get_if<KeyFigures>(&b); k && !k->figures.isEmpty())
                out.append(columnsMm(*k));
            else if (const auto *sig = std::get_if<SignatureBlock>(&b))
                out.append(columnsMm(signatureTable(*sig)));
        }
    }
    return out;
}

} // namespace

QByteArray contentXml(const BoardReport &report, const QImage &logo, QList<Picture> &pictures)
{
    QByteArray out;
    Writer w(&out);
    w.root(QString::fromUtf16(ns::Office), QStringLiteral("document-content"),
           {QStringLiteral("office"), QStringLiteral("style"), QStringLiteral("text"), QStringLiteral("table"),
            QStringLiteral("draw"), QStringLiteral("fo"), QStringLiteral("xlink"), QStringLiteral("svg")});
    w.set("office:version", QStringLiteral("1.3"));
    w.open("office:font-face-decls");
    w.empty("style:font-face");
    w.set("style:name", QStringLiteral("Liberation Sans"));
    w.set("svg:font-family", QStringLiteral("'Liberation Sans'"));
    w.set("style:font-family-generic", QStringLiteral("swiss"));
    w.writeEndElement();
    contentStyles(w, tableColumns(report));
    w.open("office:body");
    w.open("office:text");
    Body body(w, pictures);
    body.cover(report, logo);
    for (qsizetype i = 0; i < report.sections.size(); ++i)
        body.section(report.sections.at(i), i == 0);
    w.writeEndElement();
    w.writeEndElement();
    w.finish();
    return out;
}

} // namespace wgll::report::odf
