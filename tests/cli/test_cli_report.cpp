// SPDX-License-Identifier: GPL-3.0-or-later
// `wgll report` and `wgll chart` end to end, checked with the tools a reader's computer has:
// qpdf --check, pdffonts and pdftotext (poppler) for the PDF, a zip reader for the ODT, an XML
// parser for the HTML. The numbers are compared with `wgll export --format json` of the same file.
#include "clirunner.h"
#include "scoring/scorecard.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QXmlStreamReader>

using wgll::test::Run;

namespace {

const QString Injection = QStringLiteral("<img src=file:///etc/hostname>");
const QString Organisation = QStringLiteral("Northshire & <b>Partners</b> NHS FT");

/// The demo's two years, with hostile text in the organisation, a note and an evidence title.
struct Demo : wgll::test::Cli
{
    QString file = path(QStringLiteral("2026.wgll"));
    QString baseline = path(QStringLiteral("2025.wgll"));

    Demo()
    {
        const QString demo = wgll::test::sourceDir() + u"/resources/demo/";
        make(baseline, demo + u"northshire-2025-responses.csv", QStringLiteral("2025/26"), {});
        make(file, demo + u"northshire-responses.csv", QStringLiteral("2026/27"), baseline);
        REQUIRE(run({QStringLiteral("evidence"), QStringLiteral("add"), file, QStringLiteral("1.1"),
                     QStringLiteral("--note"), QStringLiteral("--title"), Injection,
                     u"Minutes say " + Injection})
                    .exitCode == 0);
    }
    void make(const QString &name, const QString &csv, const QString &period, const QString &from)
    {
        QStringList args{QStringLiteral("new"), name, QStringLiteral("--organisation"), Organisation,
                         QStringLiteral("--period"), period};
        args << (from.isEmpty() ? QStringList{QStringLiteral("--framework"), QStringLiteral("wgll-org")}
                                : QStringList{QStringLiteral("--baseline"), from});
        REQUIRE(run(args).exitCode == 0);
        REQUIRE(run({QStringLiteral("import"), name, csv}).exitCode == 0);
    }
    Run run(const QStringList &args) const
    {
        const Run r = (*this)(args);
        INFO(args.join(u' ').toStdString() << ": " << r.err.toStdString());
        return r;
    }
};

Run tool(const QString &program, const QStringList &args)
{
    const QString found = QStandardPaths::findExecutable(program);
    INFO(program.toStdString() << " is not installed: scripts/install-deps.sh installs it");
    REQUIRE_FALSE(found.isEmpty());
    QTemporaryDir home;
    return wgll::test::runProgram(found, args, home.path());
}

QString squashed(QString s)
{
    return s.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

/// A score as the report prints it: the project's one rounding rule, applied to the JSON value.
QString oneDecimal(double v)
{
    return wgll::formatScore(v);
}

} // namespace

TEST_CASE("the PDF board report passes qpdf, embeds its fonts and prints the file's numbers", "[cli][report]")
{
    Demo demo;
    const QString pdf = demo.path(QStringLiteral("board.pdf"));
    REQUIRE(demo.run({QStringLiteral("report"), demo.file, QStringLiteral("--baseline"), demo.baseline,
                      QStringLiteral("-o"), pdf})
                .exitCode == 0);

    const Run check = tool(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf});
    INFO(check.out.toStdString());
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(u"No syntax or stream encoding errors"));

    const Run fonts = tool(QStringLiteral("pdffonts"), {pdf});
    REQUIRE(fonts.exitCode == 0);
    const QStringList rows = fonts.out.split(u'\n', Qt::SkipEmptyParts).mid(2);
    CHECK(rows.size() >= 2);
    for (const QString &row : rows) {
        INFO(row.toStdString());
        // name type encoding emb sub uni id: "emb" is the fourth column from the end but two.
        const QStringList cols = row.split(u' ', Qt::SkipEmptyParts);
        REQUIRE(cols.size() >= 6);
        CHECK(cols.at(cols.size() - 5) == u"yes");
    }

    const Run info = tool(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info.out);
    REQUIRE(pages.hasMatch());
    // Cover, summary (2), 7 measures, gaps (3), actions, evidence, method: 14 to 20 pages.
    CHECK(pages.captured(1).toInt() >= 14);
    CHECK(pages.captured(1).toInt() <= 20);
    // One version everywhere (issue 21): the PDF names the program and its version.
    CHECK(info.out.contains(u"Creator:         WGLL Workbench " WGLL_VERSION "\n"));

    const Run text = tool(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                                                        QStringLiteral("-")});
    REQUIRE(text.exitCode == 0);
    const QString words = squashed(text.out);
    CHECK(words.contains(Organisation)); // & and <b> print as they are
    CHECK(words.contains(Injection));    // a note is never markup or a resource
    CHECK(words.contains(u"Draft"));
    CHECK(words.contains(u"Baseline (2025/26)"));

    // Issue 16. Page 1 is the cover sheet; it holds the report's identity even with no cover
    // sheet in the file, and no field is printed blank.
    const QStringList pageTexts = text.out.split(u'\f', Qt::SkipEmptyParts);
    REQUIRE(pageTexts.size() == pages.captured(1).toInt());
    const QString cover = squashed(pageTexts.first());
    CHECK(cover.contains(u"Cover sheet Report title Digital maturity self-assessment against What Good Looks Like"));
    CHECK(cover.contains(u"Status Draft"));
    CHECK_FALSE(cover.contains(u"Agenda item")); // empty in the file: left out
    // Every page, the cover too: the revision and the first 12 hex digits of the content hash.
    static const QRegularExpression footer(QStringLiteral("Revision 1 · content ([0-9a-f]{12})"));
    const QString hash = footer.match(cover).captured(1);
    CHECK(hash.size() == 12);
    for (qsizetype p = 0; p < pageTexts.size(); ++p) {
        INFO("page " << p + 1);
        CHECK(footer.match(squashed(pageTexts[p])).captured(1) == hash);
        // Only what the page shows is in its text: no row of the page before or after, hidden.
        CHECK(squashed(pageTexts[p]).endsWith(u"Page " + QString::number(p + 1) + u" of " + pages.captured(1) + u' '));
    }
    // The change figures add up: 2.245 → 2.462 prints as 2.2 → 2.5, a change of +0.3.
    CHECK(words.contains(u"Since 2025/26 the overall score has moved from 2.2 to 2.5 (+0.3)."));
    CHECK(words.contains(u"Executive summary 2.5 4.0 2.2 +0.3 47 of 47 Overall score Target Baseline (2025/26) Change"));
    // Every fall is listed (3.1, DSPT compliance, 5 → 4, among them), and the measures that fell named.
    CHECK(words.contains(u"6 statements fell and"));
    CHECK(QRegularExpression(QStringLiteral("3\\.1 [^|]{10,300}? 5 4 -1 ")).match(words).hasMatch());
    CHECK(words.contains(u"success measures fell: "));
    CHECK(words.contains(u"Support people by 0.2"));
    CHECK(words.contains(u"Empower citizens by 0.1"));
    // Evidence coverage, and level names beside scores.
    CHECK(QRegularExpression(QStringLiteral("\\d+ of 47 scored statements have evidence\\.")).match(words).hasMatch());
    CHECK(words.contains(u" · Partly in place"));
    CHECK_FALSE(words.contains(u'`'));

    const QJsonObject json = QJsonDocument::fromJson(
        demo.run({QStringLiteral("export"), demo.file, QStringLiteral("--format"), QStringLiteral("json"),
                  QStringLiteral("-o"), QStringLiteral("-")})
            .out.toUtf8()).object();
    CHECK(words.contains(u"The overall score is " + oneDecimal(json[u"overall"].toDouble()) + u" on the scale"));
    for (const QJsonValue &m : json[u"measures"].toArray()) {
        const QJsonObject measure = m.toObject();
        // "3 Safe practice 2.9 4.0 9/9 2.5 +0.4": the measure table of the summary.
        const QString row = measure[u"id"].toString() + u' ' + measure[u"title"].toString() + u' ' +
                            oneDecimal(measure[u"score"].toDouble()) + u' ' + oneDecimal(measure[u"target"].toDouble());
        INFO(row.toStdString());
        CHECK(words.contains(row));
    }
    // The first gap, exactly as `wgll gaps` ranks it.
    const QStringList gaps = demo.run({QStringLiteral("gaps"), demo.file, QStringLiteral("--format"),
                                       QStringLiteral("csv"), QStringLiteral("--top"), QStringLiteral("1")})
                                 .out.split(QStringLiteral("\r\n"));
    REQUIRE(gaps.size() >= 2);
    const QString first = gaps.at(1).section(u',', 1, 1);
    QString firstText;
    for (const QJsonValue &i : json[u"indicators"].toArray()) {
        if (i.toObject()[u"id"].toString() == first)
            firstText = i.toObject()[u"text"].toString();
    }
    INFO("first gap " << first.toStdString());
    CHECK(words.contains(u"The top 5 gaps Rank Statement Measure Score Target Gap Weight Priority 1 " + first +
                         u' ' + squashed(firstText).left(30)));
}

TEST_CASE("the same report as editable ODT and accessible HTML", "[cli][report]")
{
    Demo demo;
    const QString odt = demo.path(QStringLiteral("board.odt"));
    REQUIRE(demo.run({QStringLiteral("report"), demo.file, QStringLiteral("-o"), odt}).exitCode == 0);
    // An ODF package: "mimetype" first and stored, then the content, read back by a zip reader.
    const QByteArray bytes = wgll::test::readAll(odt);
    CHECK(bytes.startsWith("PK\x03\x04"));
    CHECK(bytes.mid(30, 8) == "mimetype");
    CHECK(bytes.mid(38, 39) == "application/vnd.oasis.opendocument.text");
    const Run content = tool(QStringLiteral("python3"),
                             {QStringLiteral("-c"),
                              QStringLiteral("import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); "
                                             "assert z.testzip() is None; "
                                             "sys.stdout.write(z.read('META-INF/manifest.xml').decode() + "
                                             "z.read('content.xml').decode())"),
                              odt});
    INFO(content.err.toStdString());
    REQUIRE(content.exitCode == 0);
    CHECK(content.out.contains(u"application/vnd.oasis.opendocument.text"));
    CHECK(content.out.contains(u"Northshire &amp; &lt;b&gt;Partners&lt;/b&gt; NHS FT"));
    CHECK(content.out.contains(u"&lt;img src=file:///etc/hostname&gt;"));
    CHECK(content.out.contains(u"Prioritised gap list"));
    CHECK(content.out.contains(u"draw:image")); // the charts, as pictures in the package
    // Column widths as lengths of the PDF's 174 mm text width (ODF has no percentage column
    // width; with one, every column came out equal and the statement text was broken mid-word).
    CHECK_FALSE(QRegularExpression(QStringLiteral("column-width=\"[0-9.]+%\"")).match(content.out).hasMatch());
    CHECK(content.out.contains(u"style:width=\"174.00mm\""));
    CHECK(QRegularExpression(QStringLiteral("style:column-width=\"[0-9]+\\.[0-9]{2}mm\"")).match(content.out).hasMatch());

    const QString html = demo.path(QStringLiteral("board.html"));
    REQUIRE(demo.run({QStringLiteral("report"), demo.file, QStringLiteral("--baseline"), demo.baseline,
                      QStringLiteral("-o"), html})
                .exitCode == 0);
    const QString page = QString::fromUtf8(wgll::test::readAll(html));
    // The cover sheet is the first section; the footer's figures are in the metadata and a closing line.
    CHECK(page.indexOf(u"<section id=\"cover\"") < page.indexOf(u"<section id=\"summary\""));
    CHECK(page.contains(u"<th scope=\"row\" dir=\"auto\">Report title</th>"));
    CHECK(QRegularExpression(QStringLiteral("<meta name=\"wgll-content\" content=\"[0-9a-f]{12}\"/>")).match(page).hasMatch());
    CHECK(page.contains(u"<meta name=\"wgll-revision\" content=\"1\"/>"));
    CHECK(page.contains(u"<meta name=\"generator\" content=\"WGLL Workbench " WGLL_VERSION "\"/>"));
    CHECK(QRegularExpression(QStringLiteral("<footer>.*Revision 1 · content [0-9a-f]{12}</p></footer>")).match(page).hasMatch());
    CHECK(page.contains(u"<tr id=\"gap-")); // what the action plan links to
    QXmlStreamReader xml(page.toUtf8());
    int headings = 0, tables = 0, captions = 0, images = 0, columnHeaders = 0;
    QStringList texts;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QStringView name = xml.name();
            headings += name == u"h1" ? 1 : 0;
            tables += name == u"table" ? 1 : 0;
            captions += name == u"caption" ? 1 : 0;
            if (name == u"th" && xml.attributes().value(QStringLiteral("scope")) == u"col")
                ++columnHeaders;
            if (name == u"img") {
                ++images;
                CHECK_FALSE(xml.attributes().value(QStringLiteral("alt")).trimmed().isEmpty());
                CHECK(xml.attributes().value(QStringLiteral("src")).startsWith(u"data:image/"));
            }
            CHECK(name != u"script");
        } else if (xml.isCharacters()) {
            texts.append(xml.text().toString());
        }
    }
    INFO(xml.errorString().toStdString() << " at line " << xml.lineNumber());
    REQUIRE_FALSE(xml.hasError());
    CHECK(headings == 1 + 12); // the title and each section
    CHECK(images == 2);        // the radar and the bars, each followed by its figures as a table
    CHECK(tables >= 13);
    CHECK(captions == tables); // every table says what it is
    CHECK(columnHeaders > 40);
    const QString all = texts.join(u' ');
    CHECK(all.contains(Organisation));
    CHECK(all.contains(Injection));
}

TEST_CASE("wgll chart writes the radar and the bars as PNG of the chosen size and as SVG", "[cli][report][chart]")
{
    Demo demo;
    const QString png = demo.path(QStringLiteral("radar.png"));
    REQUIRE(demo.run({QStringLiteral("chart"), demo.file, QStringLiteral("--size"), QStringLiteral("800x600"),
                      QStringLiteral("-o"), png})
                .exitCode == 0);
    const QByteArray bytes = wgll::test::readAll(png);
    REQUIRE(bytes.startsWith("\x89PNG\r\n\x1a\n"));
    auto be32 = [&bytes](int at) {
        return (quint32(quint8(bytes[at])) << 24) | (quint32(quint8(bytes[at + 1])) << 16) |
               (quint32(quint8(bytes[at + 2])) << 8) | quint32(quint8(bytes[at + 3]));
    };
    CHECK(be32(16) == 800);
    CHECK(be32(20) == 600);

    const QString svg = demo.path(QStringLiteral("bars.svg"));
    REQUIRE(demo.run({QStringLiteral("chart"), demo.file, QStringLiteral("--kind"), QStringLiteral("bars"),
                      QStringLiteral("--baseline"), demo.baseline, QStringLiteral("-o"), svg})
                .exitCode == 0);
    const QString drawing = QString::fromUtf8(wgll::test::readAll(svg));
    CHECK(drawing.contains(u"<svg"));
    CHECK(drawing.contains(u"<title>Score and target by success measure</title>"));
    CHECK(drawing.contains(u"Healthy populations"));
    CHECK_FALSE(drawing.contains(u"<image")); // vectors, not a bitmap inside an SVG

    // Any real image serves as a logo: it goes on the cover, re-encoded as a PNG.
    const QString html = demo.path(QStringLiteral("with-logo.html"));
    REQUIRE(demo.run({QStringLiteral("report"), demo.file, QStringLiteral("--logo"), png, QStringLiteral("--status"),
                      QStringLiteral("draft"), QStringLiteral("--group-actions"), QStringLiteral("due"),
                      QStringLiteral("-o"), html})
                .exitCode == 0);
    const QString page = QString::fromUtf8(wgll::test::readAll(html));
    CHECK(page.contains(u"<img class=\"logo\" src=\"data:image/png;base64,"));
    CHECK(page.contains(u"<p class=\"status draft\">Draft</p>"));
    const QString pdf = demo.path(QStringLiteral("with-logo.pdf"));
    REQUIRE(demo.run({QStringLiteral("report"), demo.file, QStringLiteral("--logo"), png, QStringLiteral("-o"), pdf})
                .exitCode == 0);
    CHECK(wgll::test::readAll(pdf).contains("/Subtype /Image"));
}

TEST_CASE("a report or chart that cannot be made says why and writes nothing", "[cli][report][errors]")
{
    Demo demo;
    const QString out = demo.path(QStringLiteral("out.pdf"));
    auto refused = [&](const QStringList &args, int code, const QString &says) {
        const Run r = demo.run(args);
        INFO(args.join(u' ').toStdString() << " → " << r.exitCode << ": " << r.err.toStdString());
        CHECK(r.exitCode == code);
        CHECK(r.err.contains(says));
        CHECK_FALSE(QFileInfo::exists(out));
        CHECK(demo.filesBeside(QStringLiteral("out.")).isEmpty());
    };
    refused({QStringLiteral("report"), demo.file}, 64, QStringLiteral("-o OUT.pdf"));
    refused({QStringLiteral("report"), demo.file, QStringLiteral("-o"), demo.path(QStringLiteral("out.rtf"))}, 64,
            QStringLiteral(".pdf, .odt, .html or .docx"));
    refused({QStringLiteral("report"), demo.file, QStringLiteral("--status"), QStringLiteral("secret"),
             QStringLiteral("-o"), out},
            64, QStringLiteral("draft or final"));
    // Final is what a sign-off makes a paper: on an unsigned assessment it is refused (issue 16).
    refused({QStringLiteral("report"), demo.file, QStringLiteral("--status"), QStringLiteral("final"),
             QStringLiteral("-o"), out},
            77, QStringLiteral("wgll signoff"));
    refused({QStringLiteral("report"), demo.file, QStringLiteral("--group-actions"), QStringLiteral("month"),
             QStringLiteral("-o"), out},
            64, QStringLiteral("--group-actions"));

    const QString junk = demo.path(QStringLiteral("junk.wgll"));
    wgll::test::writeAll(junk, QByteArray(8192, 'x'));
    refused({QStringLiteral("report"), junk, QStringLiteral("-o"), out}, 65, QStringLiteral("junk.wgll"));
    refused({QStringLiteral("report"), demo.path(QStringLiteral("missing.wgll")), QStringLiteral("-o"), out}, 66,
            QStringLiteral("missing.wgll"));

    REQUIRE(demo.run({QStringLiteral("new"), demo.path(QStringLiteral("ics.wgll")), QStringLiteral("--framework"),
                      QStringLiteral("wgll-ics")})
                .exitCode == 0);
    refused({QStringLiteral("report"), demo.file, QStringLiteral("--baseline"), demo.path(QStringLiteral("ics.wgll")),
             QStringLiteral("-o"), out},
            65, QStringLiteral("cannot be compared"));

    const QString fakeLogo = demo.path(QStringLiteral("logo.png"));
    wgll::test::writeAll(fakeLogo, "<svg onload=alert(1)>");
    refused({QStringLiteral("report"), demo.file, QStringLiteral("--logo"), fakeLogo, QStringLiteral("-o"), out}, 65,
            QStringLiteral("logo.png"));
    refused({QStringLiteral("report"), demo.file, QStringLiteral("--logo"), demo.path(QStringLiteral("no.png")),
             QStringLiteral("-o"), out},
            66, QStringLiteral("no.png"));
    refused({QStringLiteral("chart"), demo.file, QStringLiteral("--size"), QStringLiteral("9x9"), QStringLiteral("-o"),
             demo.path(QStringLiteral("out.png"))},
            64, QStringLiteral("--size"));
}
