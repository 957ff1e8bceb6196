// SPDX-License-Identifier: GPL-3.0-or-later
// The Word report's styles: the clean built-in set, and the definitions a trust's template lacks
// added to its own styles.xml (so a heading is a Heading 1 whatever the template holds).
#include "docxparts.h"


namespace wgll::report::docx {

namespace {

struct StyleDef
{
    const char *name; ///< w:name, as Word writes its built-in styles
    const char *id;   ///< the style id the built-in set uses
    const char *xml;  ///< the w:style element, with %1 for its id
};

// NHS blue #005EB8 for headings; body text #212B32 as on the NHS website and in the PDF.
const StyleDef Styles[] = {
    {"Normal", "Normal",
     R"(<w:style w:type="paragraph" w:default="1" w:styleId="%1"><w:name w:val="Normal"/><w:qFormat/>)"
     R"(<w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr>)"
     R"(<w:rPr><w:color w:val="212B32"/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>)"},
    {"Title", "Title",
     R"(<w:style w:type="paragraph" w:styleId="%1"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>)"
     R"(<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="240" w:after="240"/><w:outlineLvl w:val="0"/></w:pPr>)"
     R"(<w:rPr><w:b/><w:color w:val="005EB8"/><w:sz w:val="48"/><w:szCs w:val="48"/></w:rPr></w:style>)"},
    {"heading 1", "Heading1",
     R"(<w:style w:type="paragraph" w:styleId="%1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>)"
     R"(<w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>)"
     R"(<w:spacing w:before="240" w:after="160"/><w:outlineLvl w:val="0"/></w:pPr>)"
     R"(<w:rPr><w:b/><w:color w:val="005EB8"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>)"},
    {"heading 2", "Heading2",
     R"(<w:style w:type="paragraph" w:styleId="%1"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>)"
     R"(<w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>)"
     R"(<w:spacing w:before="200" w:after="100"/><w:outlineLvl w:val="1"/></w:pPr>)"
     R"(<w:rPr><w:b/><w:color w:val="005EB8"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>)"},
    {"heading 3", "Heading3",
     R"(<w:style w:type="paragraph" w:styleId="%1"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/>)"
     R"(<w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>)"
     R"(<w:spacing w:before="160" w:after="80"/><w:outlineLvl w:val="2"/></w:pPr>)"
     R"(<w:rPr><w:b/><w:color w:val="212B32"/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:style>)"},
    {"caption", "Caption",
     R"(<w:style w:type="paragraph" w:styleId="%1"><w:name w:val="caption"/><w:basedOn w:val="Normal"/>)"
     R"(<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="80" w:after="80"/></w:pPr>)"
     R"(<w:rPr><w:i/><w:color w:val="4C6272"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>)"},
    {"header", "Header",
     R"(<w:style w:type="paragraph" w:styleId="%1"><w:name w:val="header"/><w:basedOn w:val="Normal"/>)"
     R"(<w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:color w:val="4D5761"/><w:sz w:val="16"/>)"
     R"(<w:szCs w:val="16"/></w:rPr></w:style>)"},
    {"footer", "Footer",
     R"(<w:style w:type="paragraph" w:styleId="%1"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>)"
     R"(<w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:color w:val="4D5761"/><w:sz w:val="16"/>)"
     R"(<w:szCs w:val="16"/></w:rPr></w:style>)"},
    {"Hyperlink", "Hyperlink",
     R"(<w:style w:type="character" w:styleId="%1"><w:name w:val="Hyperlink"/>)"
     R"(<w:rPr><w:color w:val="005EB8"/><w:u w:val="single"/></w:rPr></w:style>)"},
    {"Table Grid", "TableGrid",
     R"(<w:style w:type="table" w:styleId="%1"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>)"
     R"(<w:top w:val="single" w:sz="4" w:space="0" w:color="AEB7BD"/>)"
     R"(<w:left w:val="single" w:sz="4" w:space="0" w:color="AEB7BD"/>)"
     R"(<w:bottom w:val="single" w:sz="4" w:space="0" w:color="AEB7BD"/>)"
     R"(<w:right w:val="single" w:sz="4" w:space="0" w:color="AEB7BD"/>)"
     R"(<w:insideH w:val="single" w:sz="4" w:space="0" w:color="AEB7BD"/>)"
     R"(<w:insideV w:val="single" w:sz="4" w:space="0" w:color="AEB7BD"/></w:tblBorders>)"
     R"(<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>)"},
};

QByteArray definition(const StyleDef &style, const QString &id)
{
    return QString::fromUtf8(style.xml).arg(id).toUtf8();
}

} // namespace

QStringList usedStyleNames()
{
    QStringList names;
    for (const StyleDef &s : Styles)
        names.append(QString::fromLatin1(s.name).toLower());
    return names;
}

QByteArray builtinStyles()
{
    QByteArray xml = QByteArrayLiteral(
        R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
        "\n"
        R"(<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
        R"(<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>)"
        R"(<w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="en-GB" w:eastAsia="en-GB" w:bidi="ar-SA"/></w:rPr>)"
        R"(</w:rPrDefault><w:pPrDefault/></w:docDefaults>)");
    for (const StyleDef &s : Styles)
        xml += definition(s, QString::fromLatin1(s.id));
    xml += "</w:styles>";
    return xml;
}

QByteArray withMissingStyles(const QByteArray &stylesXml, QMap<QString, QString> &ids)
{
    QByteArray added;
    for (const StyleDef &s : Styles) {
        const QString name = QString::fromLatin1(s.name).toLower();
        if (ids.contains(name))
            continue;
        // Our id, unless the template already uses it for a style of another name.
        QString id = QString::fromLatin1(s.id);
        if (std::find(ids.cbegin(), ids.cend(), id) != ids.cend())
            id.prepend(u"Wgll");
        ids.insert(name, id);
        added += definition(s, id);
    }
    // The definitions say w:, so they go in only where the template's root element says w: too
    // (Word always writes it so); otherwise the report's text keeps the template's defaults.
    const qsizetype end = stylesXml.lastIndexOf("</w:styles>");
    if (added.isEmpty() || end < 0 || !stylesXml.contains(QByteArray("xmlns:w=\"" + W.toUtf8() + '"')))
        return stylesXml;
    QByteArray out = stylesXml;
    out.insert(end, added);
    return out;
}

} // namespace wgll::report::docx
