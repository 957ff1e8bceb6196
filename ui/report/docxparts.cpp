// SPDX-License-Identifier: GPL-3.0-or-later
// The Word report's smaller parts: the header and footer (page numbers as PAGE and NUMPAGES
// fields, which Word and LibreOffice fill in), settings, font table and document properties.
#include "docxparts.h"

#include "docxxml.h"

#include <QCoreApplication>
#include <QXmlStreamWriter>

namespace wgll::report::docx {

namespace {

/// A simple field (PAGE, NUMPAGES) showing `shown` until the word processor updates it.
void field(WordXml &x, const QString &instruction, const QString &shown)
{
    x.w.writeStartElement(W, QStringLiteral("fldSimple"));
    x.w.writeAttribute(W, QStringLiteral("instr"), instruction);
    x.run(shown);
    x.w.writeEndElement();
}

/// A borderless two-cell row across the text width: `left` flush left, `right` flush right.
/// (A table rather than tab stops, whose positions a template's Header style would move.)
template<typename Left, typename Right>
void leftAndRight(WordXml &x, const QString &styleName, Left left, Right right)
{
    const int half = x.c.textWidthTwips / 2;
    QXmlStreamWriter &w = x.w;
    w.writeStartElement(W, QStringLiteral("tbl"));
    w.writeStartElement(W, QStringLiteral("tblPr"));
    w.writeEmptyElement(W, QStringLiteral("tblW"));
    w.writeAttribute(W, QStringLiteral("w"), QString::number(half * 2));
    w.writeAttribute(W, QStringLiteral("type"), QStringLiteral("dxa"));
    w.writeEmptyElement(W, QStringLiteral("tblLayout"));
    w.writeAttribute(W, QStringLiteral("type"), QStringLiteral("fixed"));
    w.writeEndElement();
    w.writeStartElement(W, QStringLiteral("tblGrid"));
    for (int i = 0; i < 2; ++i) {
        w.writeEmptyElement(W, QStringLiteral("gridCol"));
        w.writeAttribute(W, QStringLiteral("w"), QString::number(half));
    }
    w.writeEndElement();
    w.writeStartElement(W, QStringLiteral("tr"));
    x.startCell(half, false);
    x.startParagraph(styleName, ParagraphFormat().solid());
    left();
    w.writeEndElement();
    w.writeEndElement();
    x.startCell(half, false);
    x.startParagraph(styleName, ParagraphFormat().aligned(u"right").solid());
    right();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement(); // tr
    w.writeEndElement(); // tbl
    x.paragraph(styleName, QString(), ParagraphFormat().solid(), RunFormat().sized(2)); // a header or footer ends with a paragraph
}

template<typename Body>
QByteArray headerOrFooter(const BodyContext &context, const QString &root, Body body)
{
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    startPart(w);
    w.writeNamespace(W, QStringLiteral("w"));
    w.writeNamespace(R, QStringLiteral("r"));
    w.writeStartElement(W, root);
    WordXml x(w, context);
    body(x);
    w.writeEndDocument();
    return bytes;
}

} // namespace

void startPart(QXmlStreamWriter &w)
{
    w.writeStartDocument(QStringLiteral("1.0"), true);
}

QByteArray headerXml(const BoardReport &report, const BodyContext &context)
{
    return headerOrFooter(context, QStringLiteral("hdr"), [&report](WordXml &x) {
        leftAndRight(
            x, QStringLiteral("header"), [&] { x.run(report.runningHeader()); },
            [&] { x.run(QCoreApplication::translate("BoardReport", "What Good Looks Like")); });
    });
}

QByteArray footerXml(const BoardReport &report, const BodyContext &context)
{
    return headerOrFooter(context, QStringLiteral("ftr"), [&report](WordXml &x) {
        // "Page %1 of %2" split around its numbers, so a translation keeps its word order.
        const QString pattern = QCoreApplication::translate("BoardReport", "Page %1 of %2");
        const qsizetype one = pattern.indexOf(u"%1"), two = pattern.indexOf(u"%2");
        leftAndRight(
            x, QStringLiteral("footer"), [&] { x.run(report.status + QStringLiteral("  ·  ") + report.footerLine()); },
            [&] {
                x.run(pattern.left(one));
                field(x, QStringLiteral(" PAGE "), QStringLiteral("1"));
                x.run(pattern.mid(one + 2, two - one - 2));
                field(x, QStringLiteral(" NUMPAGES "), QStringLiteral("1"));
                x.run(pattern.mid(two + 2));
            });
    });
}

QByteArray settingsXml()
{
    return QByteArrayLiteral(
        R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
        "\n"
        R"(<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
        R"(<w:zoom w:percent="100"/><w:defaultTabStop w:val="709"/>)"
        R"(<w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" )"
        R"(w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>)"
        R"(<w:themeFontLang w:val="en-GB"/><w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>)");
}

QByteArray fontTableXml()
{
    // Arial by name, which LibreOffice and most Linux systems show as the metric-compatible
    // Liberation Sans (the PDF's font).
    return QByteArrayLiteral(
        R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
        "\n"
        R"(<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
        R"(<w:font w:name="Arial"><w:altName w:val="Liberation Sans"/><w:panose1 w:val="020B0604020202020204"/>)"
        R"(<w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font></w:fonts>)");
}

QByteArray corePropertiesXml(const BoardReport &report)
{
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    startPart(w);
    const QString cp = QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
    const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
    const QString terms = QStringLiteral("http://purl.org/dc/terms/");
    const QString xsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
    w.writeNamespace(cp, QStringLiteral("cp"));
    w.writeNamespace(dc, QStringLiteral("dc"));
    w.writeNamespace(terms, QStringLiteral("dcterms"));
    w.writeNamespace(xsi, QStringLiteral("xsi"));
    w.writeStartElement(cp, QStringLiteral("coreProperties"));
    w.writeTextElement(dc, QStringLiteral("title"), safe(report.title));
    w.writeTextElement(dc, QStringLiteral("subject"), safe(report.runningHeader()));
    w.writeTextElement(dc, QStringLiteral("creator"), safe(report.organisation));
    w.writeTextElement(cp, QStringLiteral("keywords"), safe(report.footerLine()));
    w.writeTextElement(dc, QStringLiteral("language"), QStringLiteral("en-GB"));
    w.writeTextElement(cp, QStringLiteral("revision"), QString::number(report.revision));
    // The day the report was made, at midnight UTC: the same report gives the same bytes.
    const QString when = report.generated.toString(Qt::ISODate) + u"T00:00:00Z";
    for (const char16_t *element : {u"created", u"modified"}) {
        w.writeStartElement(terms, QString::fromUtf16(element));
        w.writeAttribute(xsi, QStringLiteral("type"), QStringLiteral("dcterms:W3CDTF"));
        w.writeCharacters(when);
        w.writeEndElement();
    }
    w.writeEndDocument();
    return bytes;
}

QByteArray appPropertiesXml()
{
    return QByteArrayLiteral(
        R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
        "\n"
        R"(<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">)"
        "<Application>WGLL Workbench " WGLL_VERSION "</Application></Properties>");
}

} // namespace wgll::report::docx
