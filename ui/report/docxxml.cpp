// SPDX-License-Identifier: GPL-3.0-or-later
// WordprocessingML building blocks for the Word report (docxbody.cpp). Element order inside
// w:pPr, w:rPr and w:tblPr follows the schema (ISO/IEC 29500), which Word enforces.
#include "docxxml.h"

#include "util/safetext.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <numeric>

namespace wgll::report::docx {

namespace {

constexpr auto HeaderFill = u"E8EDEE";
// Sizes in half points, as the PDF sets them: cells 9 pt, header cells and labels 8.5 pt.
constexpr int CellSize = 18, HeaderSize = 17, CaptionSize = 17;

void val(QXmlStreamWriter &w, const QString &element, const QString &value)
{
    w.writeEmptyElement(W, element);
    w.writeAttribute(W, QStringLiteral("val"), value);
}

/// Each column's width in twips: the table's relative widths, or equal ones, of the text width.
QList<int> columnWidths(const Table &t, int textWidth)
{
    qsizetype columns = t.header.size();
    for (const QStringList &row : t.rows)
        columns = std::max(columns, row.size());
    columns = std::max<qsizetype>(columns, 1);
    int total = 0;
    for (qsizetype i = 0; i < columns; ++i)
        total += t.widths.size() == columns ? t.widths[i] : 1;
    QList<int> widths;
    for (qsizetype i = 0; i < columns; ++i)
        widths.append(textWidth * (t.widths.size() == columns ? t.widths[i] : 1) / std::max(1, total));
    return widths;
}

} // namespace

QString safe(const QString &text)
{
    return text::escapeUnsafe(text, text::Keep::LineBreaks);
}

void WordXml::styleRef(const char16_t *element, const QString &styleName)
{
    const QString id = c.styleIds.value(styleName);
    if (!id.isEmpty())
        val(w, QString::fromUtf16(element), id);
}

void WordXml::startParagraph(const QString &styleName, const ParagraphFormat &format)
{
    w.writeStartElement(W, QStringLiteral("p"));
    w.writeStartElement(W, QStringLiteral("pPr"));
    if (!styleName.isEmpty())
        styleRef(u"pStyle", styleName);
    if (format.keepNext)
        w.writeEmptyElement(W, QStringLiteral("keepNext"));
    if (format.pageBreakBefore)
        w.writeEmptyElement(W, QStringLiteral("pageBreakBefore"));
    if (format.tight) {
        w.writeEmptyElement(W, QStringLiteral("spacing"));
        w.writeAttribute(W, QStringLiteral("before"), QStringLiteral("0"));
        w.writeAttribute(W, QStringLiteral("after"), QStringLiteral("0"));
        w.writeAttribute(W, QStringLiteral("line"), QStringLiteral("240"));
        w.writeAttribute(W, QStringLiteral("lineRule"), QStringLiteral("auto"));
    }
    if (format.align)
        val(w, QStringLiteral("jc"), QString::fromUtf16(format.align));
    w.writeEndElement();
}

void WordXml::paragraph(const QString &styleName, const QString &text, const ParagraphFormat &format,
                        const RunFormat &run)
{
    startParagraph(styleName, format);
    this->run(text, run);
    w.writeEndElement();
}

void WordXml::run(const QString &text, const RunFormat &format)
{
    w.writeStartElement(W, QStringLiteral("r"));
    w.writeStartElement(W, QStringLiteral("rPr"));
    if (!format.styleName.isEmpty())
        styleRef(u"rStyle", format.styleName);
    if (format.bold)
        w.writeEmptyElement(W, QStringLiteral("b"));
    if (!format.colour.isEmpty())
        val(w, QStringLiteral("color"), format.colour);
    if (format.sizeHalfPoints > 0) {
        val(w, QStringLiteral("sz"), QString::number(format.sizeHalfPoints));
        val(w, QStringLiteral("szCs"), QString::number(format.sizeHalfPoints));
    }
    // Every run says British English: a template's own default language is often US English.
    val(w, QStringLiteral("lang"), QStringLiteral("en-GB"));
    w.writeEndElement();
    static const QRegularExpression breaks(QStringLiteral("(\n|\t)"));
    const QString clean = safe(text);
    qsizetype from = 0;
    for (auto it = breaks.globalMatch(clean); from <= clean.size();) {
        const QRegularExpressionMatch m = it.hasNext() ? it.next() : QRegularExpressionMatch();
        const qsizetype to = m.hasMatch() ? m.capturedStart() : clean.size();
        if (to > from) {
            w.writeStartElement(W, QStringLiteral("t"));
            w.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            w.writeCharacters(clean.mid(from, to - from));
            w.writeEndElement();
        }
        if (!m.hasMatch())
            break;
        w.writeEmptyElement(W, m.captured() == u"\n" ? QStringLiteral("br") : QStringLiteral("tab"));
        from = m.capturedEnd();
    }
    w.writeEndElement();
}

QString WordXml::bookmarkName(const QString &anchor)
{
    QString name = u"wgll_" + anchor;
    for (QChar &ch : name)
        if (!(ch.isLetterOrNumber() && ch.unicode() < 128))
            ch = u'_';
    return name.left(40);
}

void WordXml::bookmark(const QString &anchor, const std::function<void()> &content)
{
    const QString id = QString::number(++m_bookmarks);
    w.writeEmptyElement(W, QStringLiteral("bookmarkStart"));
    w.writeAttribute(W, QStringLiteral("id"), id);
    w.writeAttribute(W, QStringLiteral("name"), bookmarkName(anchor));
    content();
    w.writeEmptyElement(W, QStringLiteral("bookmarkEnd"));
    w.writeAttribute(W, QStringLiteral("id"), id);
}

void WordXml::reference(QXmlStreamWriter &w, QStringView element, const QString &relId)
{
    w.writeEmptyElement(W, element.toString());
    w.writeAttribute(W, QStringLiteral("type"), QStringLiteral("default"));
    w.writeAttribute(R, QStringLiteral("id"), relId);
}

void WordXml::tableProperties(const Table &t, Look look, const QList<int> &widths)
{
    w.writeStartElement(W, QStringLiteral("tblPr"));
    styleRef(u"tblStyle", QStringLiteral("table grid"));
    w.writeEmptyElement(W, QStringLiteral("tblW"));
    w.writeAttribute(W, QStringLiteral("w"), QString::number(std::accumulate(widths.cbegin(), widths.cend(), 0)));
    w.writeAttribute(W, QStringLiteral("type"), QStringLiteral("dxa"));
    w.writeEmptyElement(W, QStringLiteral("tblLayout"));
    w.writeAttribute(W, QStringLiteral("type"), QStringLiteral("fixed"));
    // The PDF's cell padding (2.5 pt a side) whatever the template's table style says, so a
    // column of figures keeps its room.
    w.writeStartElement(W, QStringLiteral("tblCellMar"));
    for (const char *side : {"left", "right"}) {
        w.writeEmptyElement(W, QString::fromLatin1(side));
        w.writeAttribute(W, QStringLiteral("w"), QStringLiteral("57"));
        w.writeAttribute(W, QStringLiteral("type"), QStringLiteral("dxa"));
    }
    w.writeEndElement();
    w.writeEmptyElement(W, QStringLiteral("tblLook"));
    w.writeAttribute(W, QStringLiteral("firstRow"), look == Look::HeaderRow ? QStringLiteral("1") : QStringLiteral("0"));
    w.writeAttribute(W, QStringLiteral("firstColumn"), look == Look::RowHeaders ? QStringLiteral("1") : QStringLiteral("0"));
    w.writeAttribute(W, QStringLiteral("noHBand"), QStringLiteral("1"));
    w.writeAttribute(W, QStringLiteral("noVBand"), QStringLiteral("1"));
    if (!t.caption.isEmpty())
        val(w, QStringLiteral("tblCaption"), safe(t.caption));
    w.writeEndElement();
    w.writeStartElement(W, QStringLiteral("tblGrid"));
    for (int width : widths) {
        w.writeEmptyElement(W, QStringLiteral("gridCol"));
        w.writeAttribute(W, QStringLiteral("w"), QString::number(width));
    }
    w.writeEndElement();
}

void WordXml::table(const Table &t, Look look)
{
    if (t.rows.isEmpty()) {
        paragraph(QString(), t.empty);
        return;
    }
    const QList<int> widths = columnWidths(t, c.textWidthTwips);
    w.writeStartElement(W, QStringLiteral("tbl"));
    tableProperties(t, look, widths);
    if (look == Look::HeaderRow) {
        w.writeStartElement(W, QStringLiteral("tr"));
        w.writeStartElement(W, QStringLiteral("trPr"));
        w.writeEmptyElement(W, QStringLiteral("cantSplit"));
        w.writeEmptyElement(W, QStringLiteral("tblHeader")); // repeats on every page the table runs onto
        w.writeEndElement();
        for (qsizetype i = 0; i < widths.size(); ++i)
            cell(t.header.value(i), widths[i], ParagraphFormat().aligned(t.numeric.value(i) ? u"right" : nullptr),
                 RunFormat().strong().sized(HeaderSize), true);
        w.writeEndElement();
    }
    for (qsizetype r = 0; r < t.rows.size(); ++r)
        row(t, r, widths, look);
    w.writeEndElement();
    // Two tables in a row would merge into one in Word: an empty paragraph keeps them apart.
    paragraph(QString(), QString(), ParagraphFormat().solid(), RunFormat().sized(8));
}

void WordXml::row(const Table &t, qsizetype r, const QList<int> &widths, Look look)
{
    const QStringList &cells = t.rows[r];
    w.writeStartElement(W, QStringLiteral("tr"));
    w.writeStartElement(W, QStringLiteral("trPr"));
    w.writeEmptyElement(W, QStringLiteral("cantSplit"));
    w.writeEndElement();
    for (qsizetype i = 0; i < widths.size(); ++i) {
        const bool rowHeader = look == Look::RowHeaders && i == 0;
        const QString link = i == t.linkColumn ? t.links.value(r) : QString();
        cell(cells.value(i), widths[i], ParagraphFormat().aligned(t.numeric.value(i) ? u"right" : nullptr), RunFormat().strong(rowHeader).sized(CellSize),
             rowHeader, i == 0 ? t.anchors.value(r) : QString(), link);
    }
    w.writeEndElement();
}

void WordXml::startCell(int width, bool shaded)
{
    w.writeStartElement(W, QStringLiteral("tc"));
    w.writeStartElement(W, QStringLiteral("tcPr"));
    w.writeEmptyElement(W, QStringLiteral("tcW"));
    w.writeAttribute(W, QStringLiteral("w"), QString::number(width));
    w.writeAttribute(W, QStringLiteral("type"), QStringLiteral("dxa"));
    if (shaded) {
        w.writeEmptyElement(W, QStringLiteral("shd"));
        w.writeAttribute(W, QStringLiteral("val"), QStringLiteral("clear"));
        w.writeAttribute(W, QStringLiteral("color"), QStringLiteral("auto"));
        w.writeAttribute(W, QStringLiteral("fill"), QString::fromUtf16(HeaderFill));
    }
    w.writeEndElement();
}

void WordXml::cell(const QString &text, int width, const ParagraphFormat &format, const RunFormat &run, bool shaded,
                   const QString &anchor, const QString &link)
{
    startCell(width, shaded);
    startParagraph(QString(), ParagraphFormat(format).solid());
    const auto content = [&] {
        if (link.isEmpty()) {
            this->run(text, run);
            return;
        }
        w.writeStartElement(W, QStringLiteral("hyperlink"));
        w.writeAttribute(W, QStringLiteral("anchor"), bookmarkName(link));
        w.writeAttribute(W, QStringLiteral("history"), QStringLiteral("1"));
        RunFormat linked = run;
        linked.styleName = QStringLiteral("hyperlink");
        this->run(text, linked);
        w.writeEndElement();
    };
    if (anchor.isEmpty())
        content();
    else
        bookmark(anchor, content);
    w.writeEndElement(); // p
    w.writeEndElement(); // tc
}

void WordXml::keyFigures(const KeyFigures &figures)
{
    // One row of shaded cells, each its value over its label, as the PDF sets them side by side.
    Table t;
    t.caption = QCoreApplication::translate("BoardReport", "Key figures");
    t.rows.append(QStringList());
    // Each column as wide as its value (set twice the label's size) or label needs, as the PDF
    // sizes them, so "47 of 47" stays on one line.
    for (const KeyFigures::Figure &f : figures.figures) {
        t.rows.first().append(f.value);
        t.widths.append(static_cast<int>(std::max(f.value.size() * 2, f.label.size())) + 4);
    }
    const QList<int> widths = columnWidths(t, c.textWidthTwips);
    w.writeStartElement(W, QStringLiteral("tbl"));
    tableProperties(t, Look::RowHeaders, widths);
    w.writeStartElement(W, QStringLiteral("tr"));
    for (qsizetype i = 0; i < figures.figures.size(); ++i) {
        startCell(widths[i], true);
        paragraph(QString(), figures.figures[i].value, ParagraphFormat().withNext().aligned(u"center").solid(),
                  RunFormat().strong().sized(34).coloured(QStringLiteral("005EB8")));
        paragraph(QString(), figures.figures[i].label, ParagraphFormat().aligned(u"center").solid(),
                  RunFormat().sized(CaptionSize));
        w.writeEndElement(); // tc
    }
    w.writeEndElement(); // tr
    w.writeEndElement(); // tbl
    paragraph(QString(), QString(), ParagraphFormat().solid(), RunFormat().sized(8));
}

} // namespace wgll::report::docx
