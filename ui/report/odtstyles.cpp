// SPDX-License-Identifier: GPL-3.0-or-later
// styles.xml of the ODT: the named styles a word processor shows and a template can restyle
// (LibreOffice's own names, so Title, Heading 1–3, Text body, Caption and the table styles map
// onto a trust's template), the A4 page of the PDF's margins, and the master pages with the
// running header and the "Page N of M" footer. Also the automatic styles of content.xml.
#include "odtxml.h"

#include <QCoreApplication>

namespace wgll::report::odf {

namespace {

using Props = QList<std::pair<const char *, QString>>;

const QString Ink = QStringLiteral("#212b32"), Muted = QStringLiteral("#4d5761"),
              NhsBlue = QStringLiteral("#005eb8"), Rule = QStringLiteral("#aeb7bd"),
              HeaderFill = QStringLiteral("#e8edee");

/// A named paragraph style.
struct Para
{
    const char *name;
    const char *display;
    const char *parent;
    Props paragraph;
    Props text;
    int outline = 0;
};

void properties(Writer &w, const char *element, const Props &props)
{
    if (props.isEmpty())
        return;
    w.empty(element);
    for (const auto &[name, value] : props)
        w.set(name, value);
}

void paragraphStyle(Writer &w, const Para &p)
{
    w.open("style:style");
    w.set("style:name", QString::fromLatin1(p.name));
    if (p.display)
        w.set("style:display-name", QString::fromLatin1(p.display));
    w.set("style:family", QStringLiteral("paragraph"));
    if (p.parent)
        w.set("style:parent-style-name", QString::fromLatin1(p.parent));
    if (p.outline > 0)
        w.set("style:default-outline-level", QString::number(p.outline));
    properties(w, "style:paragraph-properties", p.paragraph);
    properties(w, "style:text-properties", p.text);
    w.writeEndElement();
}

Props font(double size, bool bold = false, const QString &colour = {})
{
    Props p{{"fo:font-size", pt(size)}};
    if (bold)
        p.append({"fo:font-weight", QStringLiteral("bold")});
    if (!colour.isEmpty())
        p.append({"fo:color", colour});
    return p;
}

Props spacing(double before, double after, const char *lineHeight = "115%")
{
    return {{"fo:margin-top", pt(before)},
            {"fo:margin-bottom", pt(after)},
            {"fo:line-height", QString::fromLatin1(lineHeight)}};
}

void fontFaces(Writer &w)
{
    w.open("office:font-face-decls");
    w.empty("style:font-face");
    w.set("style:name", QStringLiteral("Liberation Sans"));
    w.set("svg:font-family", QStringLiteral("'Liberation Sans'"));
    w.set("style:font-family-generic", QStringLiteral("swiss"));
    w.set("style:font-pitch", QStringLiteral("variable"));
    w.writeEndElement();
}

void defaults(Writer &w)
{
    w.open("style:default-style");
    w.set("style:family", QStringLiteral("paragraph"));
    properties(w, "style:paragraph-properties", {{"fo:hyphenation-ladder-count", QStringLiteral("no-limit")},
                                                 {"style:writing-mode", QStringLiteral("page")}});
    properties(w, "style:text-properties",
               {{"style:font-name", QStringLiteral("Liberation Sans")},
                {"fo:font-size", pt(10)},
                {"fo:color", Ink},
                {"fo:language", QStringLiteral("en")},
                {"fo:country", QStringLiteral("GB")},
                {"fo:hyphenate", QStringLiteral("false")}});
    w.writeEndElement();
    w.open("style:default-style");
    w.set("style:family", QStringLiteral("table"));
    w.empty("style:table-properties");
    w.set("table:border-model", QStringLiteral("collapsing"));
    w.writeEndElement();
}

/// The named paragraph styles, sized as the PDF's text (pdflayout.cpp).
QList<Para> namedStyles()
{
    const Props keep{{"fo:keep-with-next", QStringLiteral("always")}};
    const auto heading = [&keep](double before, double after) { return spacing(before, after) + keep; };
    const Props centred{{"fo:text-align", QStringLiteral("center")}};
    const Props right{{"fo:text-align", QStringLiteral("end")}};
    const Props solid = spacing(0, 0, "100%");
    return {
        {"Standard", nullptr, nullptr, {}, {}},
        {"Text_20_body", "Text body", "Standard", spacing(0, 6), {}},
        {"Lead", nullptr, "Text_20_body", {}, font(11)},
        {"Small", nullptr, "Text_20_body", {}, font(8.5, false, Muted)},
        {"Subtitle", nullptr, "Standard", spacing(0, 8), font(13, true, Muted)},
        {"Title", nullptr, "Standard", spacing(0, 8), font(22, true, NhsBlue)},
        {"Status", nullptr, "Standard", spacing(0, 10), font(12, true)},
        {"Heading", nullptr, "Standard", keep, {}},
        {"Heading_20_1", "Heading 1", "Heading", heading(0, 10), font(18, true, NhsBlue), 1},
        {"Heading_20_2", "Heading 2", "Heading", heading(12, 4), font(12.5, true), 2},
        {"Heading_20_3", "Heading 3", "Heading", heading(8, 3), font(11, true), 3},
        {"Figure", nullptr, "Standard", spacing(6, 2, "100%") + centred + keep, {}},
        {"Caption", nullptr, "Standard", spacing(0, 8) + centred, font(8.5, false, Muted)},
        {"Logo", nullptr, "Standard", spacing(0, 12, "100%") + right, {}},
        {"Table_20_Contents", "Table Contents", "Standard", solid, font(9)},
        {"Table_20_Figure", "Table Figure", "Table_20_Contents", right, {}},
        {"Table_20_Heading", "Table Heading", "Table_20_Contents", {}, font(8.5, true)},
        {"Table_20_Heading_20_Figure", "Table Heading Figure", "Table_20_Heading", right, {}},
        {"Key_20_Figure", "Key Figure", "Standard", solid, font(17, true, NhsBlue)},
        {"Key_20_Figure_20_Label", "Key Figure Label", "Standard", spacing(2, 0, "100%"), font(8.5, false, Muted)},
        {"Header", nullptr, "Standard",
         Props{{"fo:border-bottom", u"0.5pt solid " + Rule}, {"fo:padding-bottom", pt(2)}}, font(8, false, Muted)},
        {"Footer", nullptr, "Standard", {}, font(8, false, Muted)},
        {"Cover_20_Band", "Cover Band", "Standard",
         Props{{"fo:background-color", NhsBlue}, {"fo:line-height", QStringLiteral("4mm")}}, font(2)},
    };
}

/// No numbers before headings, but the levels a navigator and a table of contents read.
void outlineStyle(Writer &w)
{
    w.open("text:outline-style");
    w.set("style:name", QStringLiteral("Outline"));
    for (int level = 1; level <= 10; ++level) {
        w.open("text:outline-level-style");
        w.set("text:level", QString::number(level));
        w.set("style:num-format", QString());
        w.writeEndElement();
    }
    w.writeEndElement();
}

/// Header and footer paragraphs hold text at the left and at a right tab stop.
void withRightTab(Writer &w, const char *name)
{
    w.open("style:style");
    w.set("style:name", QString::fromLatin1(name));
    w.set("style:family", QStringLiteral("paragraph"));
    w.set("style:parent-style-name", QString::fromLatin1(name).replace(QStringLiteral("Tab"), QString()));
    w.open("style:paragraph-properties");
    w.open("style:tab-stops");
    w.empty("style:tab-stop");
    w.set("style:position", mm(geometry::TextWidthMm));
    w.set("style:type", QStringLiteral("right"));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
}

void pageLayout(Writer &w)
{
    w.open("style:page-layout");
    w.set("style:name", QStringLiteral("A4"));
    properties(w, "style:page-layout-properties",
               {{"fo:page-width", mm(210)},
                {"fo:page-height", mm(297)},
                {"style:print-orientation", QStringLiteral("portrait")},
                {"fo:margin-top", mm(14)},
                {"fo:margin-bottom", mm(14)},
                {"fo:margin-left", mm(18)},
                {"fo:margin-right", mm(18)}});
    w.open("style:header-style");
    properties(w, "style:header-footer-properties", {{"fo:min-height", mm(7)}, {"fo:margin-bottom", mm(3)}});
    w.writeEndElement();
    w.open("style:footer-style");
    properties(w, "style:header-footer-properties", {{"fo:min-height", mm(6)}, {"fo:margin-top", mm(3)}});
    w.writeEndElement();
    w.writeEndElement();
}

void footer(Writer &w, const BoardReport &report)
{
    w.open("style:footer");
    w.open("text:p");
    w.set("text:style-name", QStringLiteral("FooterTab"));
    w.text(report.status + QStringLiteral("  ·  ") + report.footerLine());
    w.empty("text:tab");
    // "Page %1 of %2" with the fields in place of the numbers, in whatever order a translation has.
    const QString words = QCoreApplication::translate("BoardReport", "Page %1 of %2");
    const qsizetype one = words.indexOf(u"%1"), two = words.indexOf(u"%2");
    const bool inOrder = one < two;
    w.text(words.left(inOrder ? one : two));
    const auto field = [&w](bool current) {
        w.open(current ? "text:page-number" : "text:page-count");
        if (current)
            w.set("text:select-page", QStringLiteral("current"));
        w.writeCharacters(QStringLiteral("1"));
        w.writeEndElement();
    };
    field(inOrder);
    w.text(words.mid((inOrder ? one : two) + 2, std::abs(two - one) - 2));
    field(!inOrder);
    w.text(words.mid((inOrder ? two : one) + 2));
    w.writeEndElement();
    w.writeEndElement();
}

void masterPages(Writer &w, const BoardReport &report)
{
    w.open("office:master-styles");
    // The cover: the NHS-blue band where the other pages have the running header.
    w.open("style:master-page");
    w.set("style:name", QStringLiteral("Cover"));
    w.set("style:page-layout-name", QStringLiteral("A4"));
    w.set("style:next-style-name", QStringLiteral("Standard"));
    w.open("style:header");
    w.empty("text:p");
    w.set("text:style-name", QStringLiteral("Cover_20_Band"));
    w.writeEndElement();
    footer(w, report);
    w.writeEndElement();

    w.open("style:master-page");
    w.set("style:name", QStringLiteral("Standard"));
    w.set("style:page-layout-name", QStringLiteral("A4"));
    w.open("style:header");
    w.open("text:p");
    w.set("text:style-name", QStringLiteral("HeaderTab"));
    w.text(report.runningHeader());
    w.empty("text:tab");
    w.text(QCoreApplication::translate("BoardReport", "What Good Looks Like"));
    w.writeEndElement();
    w.writeEndElement();
    footer(w, report);
    w.writeEndElement();
    w.writeEndElement();
}

} // namespace

QByteArray stylesXml(const BoardReport &report)
{
    QByteArray out;
    Writer w(&out);
    w.root(QString::fromUtf16(ns::Office), QStringLiteral("document-styles"),
           {QStringLiteral("office"), QStringLiteral("style"), QStringLiteral("text"), QStringLiteral("table"),
            QStringLiteral("fo"), QStringLiteral("svg")});
    w.set("office:version", QStringLiteral("1.3"));
    fontFaces(w);
    w.open("office:styles");
    defaults(w);
    for (const Para &p : namedStyles())
        paragraphStyle(w, p);
    outlineStyle(w);
    w.writeEndElement();
    w.open("office:automatic-styles");
    withRightTab(w, "HeaderTab");
    withRightTab(w, "FooterTab");
    pageLayout(w);
    w.writeEndElement();
    masterPages(w, report);
    w.finish();
    return out;
}

} // namespace wgll::report::odf

namespace wgll::report::odf {

namespace {

void automaticParagraph(Writer &w, const char *name, const char *parent, const Props &paragraph,
                        const char *masterPage = nullptr, const Props &text = {})
{
    w.open("style:style");
    w.set("style:name", QString::fromLatin1(name));
    w.set("style:family", QStringLiteral("paragraph"));
    w.set("style:parent-style-name", QString::fromLatin1(parent));
    if (masterPage)
        w.set("style:master-page-name", QString::fromLatin1(masterPage));
    properties(w, "style:paragraph-properties", paragraph);
    properties(w, "style:text-properties", text);
    w.writeEndElement();
}

void automaticStyle(Writer &w, const QString &name, const char *family, const char *element, const Props &props)
{
    w.open("style:style");
    w.set("style:name", name);
    w.set("style:family", QString::fromLatin1(family));
    properties(w, element, props);
    w.writeEndElement();
}

} // namespace

void contentStyles(Writer &w, const QList<QList<double>> &tableColumnsMm)
{
    w.open("office:automatic-styles");
    const Props pageBreak{{"fo:break-before", QStringLiteral("page")}};
    // The cover's first paragraph starts the cover's page style; the first section the others'.
    automaticParagraph(w, "FirstLogo", "Logo", {}, "Cover");
    automaticParagraph(w, "FirstOrganisation", "Subtitle", {}, "Cover");
    automaticParagraph(w, "FirstSection", "Heading_20_1", {}, "Standard");
    automaticParagraph(w, "SectionOnNewPage", "Heading_20_1", pageBreak);
    automaticParagraph(w, "SubheadingOnNewPage", "Heading_20_2", pageBreak);
    automaticParagraph(w, "StatusDraft", "Status", {}, nullptr, {{"fo:color", QStringLiteral("#da291c")}});
    const Props table{{"style:width", mm(geometry::TextWidthMm)},
                      {"table:align", QStringLiteral("margins")},
                      {"fo:margin-top", pt(4)},
                      {"fo:margin-bottom", pt(8)}};
    automaticStyle(w, QStringLiteral("Ruled"), "table", "style:table-properties", table);
    automaticStyle(w, QStringLiteral("Key"), "table", "style:table-properties",
                   Props(table.cbegin(), table.cbegin() + 3) + Props{{"fo:margin-bottom", pt(12)}});
    for (qsizetype t = 0; t < tableColumnsMm.size(); ++t) {
        for (qsizetype c = 0; c < tableColumnsMm[t].size(); ++c) {
            const double width = tableColumnsMm[t][c];
            automaticStyle(w, QStringLiteral("Table%1.%2").arg(t + 1).arg(c + 1), "table-column",
                           "style:table-column-properties",
                           {{"style:column-width", mm(width)},
                            {"style:rel-column-width", QString::number(qRound(width * 100)) + u'*'}});
        }
    }
    const QString border = u"0.5pt solid " + Rule;
    const Props cell{{"fo:padding", pt(2.5)}, {"fo:border", border}};
    automaticStyle(w, QStringLiteral("CellHead"), "table-cell", "style:table-cell-properties",
                   cell + Props{{"fo:background-color", HeaderFill}});
    automaticStyle(w, QStringLiteral("CellBody"), "table-cell", "style:table-cell-properties", cell);
    automaticStyle(w, QStringLiteral("CellKey"), "table-cell", "style:table-cell-properties",
                   {{"fo:padding", pt(6)}, {"fo:background-color", HeaderFill}, {"fo:border", QStringLiteral("none")}});
    // A row is not split across pages, as in the PDF (a word processor still splits a row taller
    // than a page).
    automaticStyle(w, QStringLiteral("Row"), "table-row", "style:table-row-properties",
                   {{"fo:keep-together", QStringLiteral("always")}});
    automaticStyle(w, QStringLiteral("Picture"), "graphic", "style:graphic-properties",
                   {{"style:vertical-pos", QStringLiteral("top")},
                    {"style:vertical-rel", QStringLiteral("baseline")},
                    {"style:horizontal-pos", QStringLiteral("center")},
                    {"style:horizontal-rel", QStringLiteral("paragraph")},
                    {"fo:padding", pt(0)},
                    {"fo:border", QStringLiteral("none")}});
    w.writeEndElement();
}

} // namespace wgll::report::odf
