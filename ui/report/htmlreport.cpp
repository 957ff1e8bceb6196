// SPDX-License-Identifier: GPL-3.0-or-later
// The accessible HTML version of the board report: one self-contained file with real headings,
// table captions and header cells, charts as SVG images with alternative text followed by their
// figures as tables. Every piece of user text goes through toHtmlEscaped(); nothing is fetched
// from anywhere (no external resources, no scripts). Written as polyglot XHTML (void elements
// closed), so an XML parser can check it as well as a browser can show it.
#include "charts/chartpainter.h"
#include "reportlogo.h"
#include "reportwriter.h"
#include "util/safetext.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QLocale>

namespace wgll::report {

namespace {

// Control characters are not allowed in XML (the file is polyglot XHTML): text::escapeUnsafe
// writes them, and bidirectional overrides, as visible escapes first.
QString esc(const QString &s)
{
    return text::escapeUnsafe(s, text::Keep::LineBreaks).toHtmlEscaped();
}

/// Escaped, with line breaks kept.
QString escLines(const QString &s)
{
    return esc(s).replace(u'\n', QStringLiteral("<br/>"));
}

// Reflows down to 320 CSS px (WCAG 1.4.10): long words and URLs break anywhere rather than widen
// the page (but a cell keeps room for a word, and headers and figures are never split), and a
// table too wide for the screen scrolls inside its own focusable, labelled region
// while the page itself never scrolls sideways.
const char *const Style = R"(
body { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; color: #212b32; max-width: 60em;
       margin: 2em auto; padding: 0 1em; line-height: 1.45; overflow-wrap: anywhere; }
h1 { color: #005eb8; font-size: 1.6em; margin-top: 2em; }
header h1 { font-size: 2em; margin-top: 0.2em; }
h2 { font-size: 1.2em; margin-top: 1.5em; }
.muted, figcaption, .small { color: #4c6272; }
.small { font-size: 0.85em; }
.lead { font-size: 1.1em; }
.status { font-weight: bold; text-transform: uppercase; }
.status.draft { color: #b3261e; }
.key { display: flex; flex-wrap: wrap; gap: 0.6em; padding: 0; list-style: none; }
.key li { background: #e8edee; padding: 0.5em 0.9em; min-width: 7em; }
.key .value { display: block; font-size: 1.6em; font-weight: bold; color: #005eb8; }
.scroll { max-width: 100%; overflow-x: auto; margin: 0.4em 0 1.2em; }
.scroll:focus { outline: 3px solid #ffeb3b; outline-offset: 1px; box-shadow: 0 0 0 5px #212b32; }
table { border-collapse: collapse; width: 100%; font-size: 0.92em; }
table.wide { min-width: 42em; }
table.wide td:first-child { min-width: 10em; }
caption { text-align: left; color: #4c6272; padding-bottom: 0.3em; }
th, td { border: 1px solid #aeb7bd; padding: 0.3em 0.45em; vertical-align: top; text-align: left; }
td { overflow-wrap: anywhere; min-width: 4.5em; }
th { overflow-wrap: normal; }
thead th { background: #e8edee; }
td.num, th.num { text-align: right; white-space: nowrap; min-width: 0; }
figure { margin: 1em 0; text-align: center; }
figure img { max-width: 100%; height: auto; }
.logo { float: right; max-height: 80px; max-width: 40%; }
.signature td { height: 2.5em; }
table.cover th { width: 28%; background: #e8edee; }
footer { margin-top: 2em; border-top: 1px solid #aeb7bd; }
nav li { margin: 0.25em 0; }
@media (max-width: 30em) { body { margin: 1em auto; padding: 0 0.5em; } th, td { padding: 0.25em 0.3em; } }
@media print { h1 { break-before: page; } header h1 { break-before: auto; } .scroll { overflow: visible; } }
)";

QString dataUri(const char *mediaType, const QByteArray &bytes)
{
    return u"data:" + QString::fromLatin1(mediaType) + u";base64," + QString::fromLatin1(bytes.toBase64());
}

/// From this many columns a table keeps a minimum width and scrolls inside its region.
constexpr qsizetype WideColumns = 5;

class Writer
{
public:
    QString out;

    void table(const Table &t, const char *cssClass = nullptr)
    {
        if (t.rows.isEmpty()) {
            out += u"<p dir=\"auto\">" + esc(t.empty) + u"</p>\n";
            return;
        }
        auto numeric = [&t](qsizetype c) { return c < t.numeric.size() && t.numeric[c]; };
        // A table of many columns keeps readable columns and scrolls in its region on a phone.
        QStringList classes;
        if (cssClass)
            classes.append(QString::fromLatin1(cssClass));
        if (t.header.size() >= WideColumns)
            classes.append(QStringLiteral("wide"));
        const QString id = QStringLiteral("table-%1").arg(++m_tables);
        QString name;
        if (t.caption.isEmpty())
            name = u"aria-label=\"" + esc(QCoreApplication::translate("BoardReport", "Table")) + u'"';
        else
            name = u"aria-labelledby=\"" + id + u'"';
        out += u"<div class=\"scroll\" role=\"region\" tabindex=\"0\" " + name + u'>';
        if (classes.isEmpty())
            out += QStringLiteral("<table>");
        else
            out += u"<table class=\"" + classes.join(u' ') + u"\">";
        if (!t.caption.isEmpty())
            out += u"<caption id=\"" + id + u"\" dir=\"auto\">" + esc(t.caption) + u"</caption>";
        out += QStringLiteral("\n<thead><tr>");
        for (qsizetype c = 0; c < t.header.size(); ++c)
            out += QString::fromUtf16(numeric(c) ? u"<th scope=\"col\" class=\"num\">" : u"<th scope=\"col\" dir=\"auto\">") +
                   esc(t.header[c]) + u"</th>";
        out += QStringLiteral("</tr></thead>\n<tbody>\n");
        for (qsizetype r = 0; r < t.rows.size(); ++r) {
            const QStringList &row = t.rows[r];
            const QString anchor = t.anchors.value(r);
            out += anchor.isEmpty() ? QStringLiteral("<tr>") : u"<tr id=\"" + esc(anchor) + u"\">";
            for (qsizetype c = 0; c < row.size(); ++c) {
                const QString link = c == t.linkColumn ? t.links.value(r) : QString();
                const QString cell = link.isEmpty() ? escLines(row[c])
                                                    : u"<a href=\"#" + esc(link) + u"\">" + escLines(row[c]) + u"</a>";
                out += QString::fromUtf16(numeric(c) ? u"<td class=\"num\">" : u"<td dir=\"auto\">") + cell + u"</td>";
            }
            out += QStringLiteral("</tr>\n");
        }
        out += QStringLiteral("</tbody></table></div>\n");
    }

    /// The cover sheet: one row a field, its label as the row's header cell.
    void cover(const Table &t)
    {
        out += u"<table class=\"cover\"><caption dir=\"auto\">" + esc(t.caption) + u"</caption>\n<tbody>\n";
        for (const QStringList &row : t.rows)
            out += u"<tr><th scope=\"row\" dir=\"auto\">" + esc(row.value(0)) + u"</th><td dir=\"auto\">" +
                   escLines(row.value(1)) + u"</td></tr>\n";
        out += QStringLiteral("</tbody></table>\n");
    }

    void block(const Block &b)
    {
        std::visit(
            [this](const auto &x) {
                using T = std::decay_t<decltype(x)>;
                if constexpr (std::is_same_v<T, Paragraph>) {
                    const char *cls = x.style == Paragraph::Style::Lead    ? " class=\"lead\""
                                      : x.style == Paragraph::Style::Small ? " class=\"small\""
                                                                           : "";
                    out += u"<p" + QString::fromLatin1(cls) + u" dir=\"auto\">" + escLines(x.text) + u"</p>\n";
                } else if constexpr (std::is_same_v<T, Subheading>) {
                    out += u"<h2 dir=\"auto\">" + esc(x.text) + u"</h2>\n";
                } else if constexpr (std::is_same_v<T, KeyFigures>) {
                    out += QStringLiteral("<ul class=\"key\">\n");
                    for (const KeyFigures::Figure &f : x.figures)
                        out += u"<li dir=\"auto\"><span class=\"value\">" + esc(f.value) + u"</span> " + esc(f.label) +
                               u"</li>\n";
                    out += QStringLiteral("</ul>\n");
                } else if constexpr (std::is_same_v<T, Table>) {
                    table(x);
                } else if constexpr (std::is_same_v<T, Chart>) {
                    const QSize size = x.kind == Chart::Kind::Radar   ? QSize(640, 450)
                                       : x.kind == Chart::Kind::Trend ? QSize(640, 240)
                                                                      : QSize(640, 340);
                    out += u"<figure><img src=\"" + dataUri("image/svg+xml", charts::svg(x, size)) +
                           u"\" width=\"" + QString::number(size.width()) + u"\" height=\"" +
                           QString::number(size.height()) + u"\" alt=\"" + esc(x.description) +
                           u"\"/><figcaption dir=\"auto\">" + esc(x.title) + u"</figcaption></figure>\n";
                    table(x.data);
                } else {
                    Table t = signatureTable(x);
                    for (QStringList &row : t.rows)
                        row.first() = row.first().trimmed(); // CSS gives the room to sign here
                    table(t, "signature");
                }
            },
            b);
    }

private:
    int m_tables = 0; // numbers the captions, which name their scroll regions
};

} // namespace

QByteArray html(const BoardReport &report, Error &error)
{
    QString logo;
    if (!report.logoFile.isEmpty()) {
        // Decoded and re-encoded as PNG: whatever the file held (an SVG with a script, say)
        // only its pixels reach the report.
        QImage image;
        if (!readLogo(report.logoFile, image, error))
            return {};
        logo = u"<img class=\"logo\" src=\"" + dataUri("image/png", charts::png(image)) + u"\" alt=\"" +
               esc(QCoreApplication::translate("BoardReport", "%1 logo").arg(report.organisation)) + u"\"/>";
    }
    Writer w;
    QString &o = w.out;
    o += u"<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\"/>\n"
         u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
         u"<meta name=\"generator\" content=\"WGLL Workbench " WGLL_VERSION "\"/>\n"
         u"<meta name=\"wgll-revision\" content=\"" + QString::number(report.revision) + u"\"/>\n"
         u"<meta name=\"wgll-content\" content=\"" + esc(report.contentHash) + u"\"/>\n"
         u"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; "
         u"style-src 'unsafe-inline'\"/>\n<title>" +
         esc(report.title + u" — " + report.organisation) + u"</title>\n<style>" + QString::fromUtf8(Style) +
         u"</style>\n</head>\n<body>\n<header>\n" + logo + u"<p class=\"muted\" dir=\"auto\">" + esc(report.organisation) +
         u"</p>\n<h1 dir=\"auto\">" + esc(report.title) + u"</h1>\n<p class=\"status" +
         (report.isFinal() ? QString() : QStringLiteral(" draft")) + u"\">" + esc(report.status) +
         u"</p>\n</header>\n<section id=\"cover\" aria-label=\"" +
         esc(QCoreApplication::translate("BoardReport", "Cover sheet")) + u"\">\n";
    w.cover(report.coverTable());
    o += QStringLiteral("</section>\n<nav aria-label=\"Contents\"><h2>Contents</h2><ol>\n");
    for (const Section &s : report.sections)
        o += u"<li dir=\"auto\"><a href=\"#" + esc(s.id) + u"\">" + esc(s.title) + u"</a></li>\n";
    o += QStringLiteral("</ol></nav>\n<main>\n");
    for (const Section &s : report.sections) {
        o += u"<section id=\"" + esc(s.id) + u"\" aria-labelledby=\"" + esc(s.id) + u"-title\">\n<h1 id=\"" +
             esc(s.id) + u"-title\" dir=\"auto\">" + esc(s.title) + u"</h1>\n";
        for (const Block &b : s.blocks)
            w.block(b);
        o += QStringLiteral("</section>\n");
    }
    o += u"</main>\n<footer><p class=\"small\" dir=\"auto\">" + esc(report.runningHeader() + u"  ·  " + report.footerLine()) +
         u"</p></footer>\n</body>\n</html>\n";
    return o.toUtf8();
}

} // namespace wgll::report
