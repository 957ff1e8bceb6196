// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 19, item 5 in the report: `wgll report FILE --benchmark NAME` puts the national DMA set
// beside the measures in every format (PDF, ODT, DOCX, HTML): a column of the set's figures, read
// here from the stored set (`wgll benchmark show --format json`), never typed in, with the source,
// method, caveat and OGL attribution under it, and a dash-dot line on the radar named in its
// alternative text. An unknown set is refused before anything is written.
#include "demopair.h"
#include "xlsxforge.h"
#include "scoring/scorecard.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;
using wgll::test::Run;

namespace {

Run tool(const QString &program, const QStringList &args)
{
    const QString found = program.startsWith(u'/') ? program : QStandardPaths::findExecutable(program);
    INFO(program.toStdString() << " is not installed: scripts/install-deps.sh installs it");
    REQUIRE_FALSE(found.isEmpty());
    QTemporaryDir home;
    const Run r = wgll::test::runProgram(found, args, home.path());
    INFO(program.toStdString() << ": " << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r;
}

QString squashed(QString s)
{
    return s.replace(QRegularExpression(u"\\s+"_s), u" "_s);
}

/// The demo's two years with the DMA file imported into the home's data folder.
struct BenchmarkDemo : wgll::test::DemoPair
{
    BenchmarkDemo() { ok({u"benchmark"_s, u"import"_s, wgll::test::dmaFixture()}); }

    /// The stored set's score of each of the assessment's measures, as the report prints them,
    /// by measure title: from `benchmark show`, matched to the measures by `summary --benchmark`.
    QList<std::pair<QString, QString>> column(const QString &set) const
    {
        const Run shown = ok({u"summary"_s, file, u"--benchmark"_s, set, u"--format"_s, u"json"_s});
        const QJsonArray measures =
            QJsonDocument::fromJson(shown.out.toUtf8()).object()[u"benchmark"][u"measures"].toArray();
        const Run stored = ok({u"benchmark"_s, u"show"_s, set, u"--format"_s, u"json"_s});
        const QJsonArray pillars = QJsonDocument::fromJson(stored.out.toUtf8()).object()[u"pillars"].toArray();
        QList<std::pair<QString, QString>> out;
        for (const auto &m : measures) {
            for (const auto &p : pillars) {
                if (p[u"pillar"].toString() == m[u"pillar"].toString())
                    out.append({m[u"id"].toString() + u"  " + m[u"title"].toString(),
                                wgll::formatScore(p[u"score"].toDouble())});
            }
        }
        REQUIRE(out.size() == 7);
        return out;
    }
    QString report(const QString &name, const QString &set = u"england-providers"_s) const
    {
        const QString out = path(name);
        ok({u"report"_s, file, u"--baseline"_s, baseline, u"--benchmark"_s, set, u"-o"_s, out});
        return out;
    }
};

/// What every format must say: the column, the source and year, the method, the caveat and the licence.
void checkWords(const QString &text)
{
    const QString all = squashed(text);
    INFO(all.left(4000).toStdString());
    CHECK(all.contains(u"DMA 2025"));
    CHECK(all.contains(u"benchmark england-providers"));
    CHECK(all.contains(u"NHS England, Digital Maturity Assessment 2025"));
    CHECK(all.contains(u"Method: mean of every provider care-setting row's pillar score"));
    CHECK(all.contains(u"(285 DMA rows)"));
    CHECK(all.contains(u"Caveat: DMA questions are not the WGLL statements"));
    // The DMA's own attribution: the framework's (in the appendix) is under the same licence.
    CHECK(all.contains(u"Contains public sector information licensed under the Open Government Licence v3.0: NHS "
                       "England, Digital Maturity Assessment report 2024 and 2025 results"));
}

} // namespace

TEST_CASE("report --benchmark puts the stored set's column, source, caveat and licence in the PDF",
          "[cli][report][benchmark]")
{
    BenchmarkDemo demo;
    const QList<std::pair<QString, QString>> column = demo.column(u"england-providers"_s);
    const QString pdf = demo.report(u"board.pdf"_s);
    const QString layout = tool(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s}).out;
    checkWords(layout);
    // The table of scores by success measure: each measure's row ends in the set's figure.
    for (const auto &[measure, figure] : column) {
        INFO(measure.toStdString() << " should end in " << figure.toStdString());
        // pdftotext -layout gives "1 Well led" (spacing its own), then the row's figures.
        QStringList words = measure.split(u' ', Qt::SkipEmptyParts);
        for (QString &w : words)
            w = QRegularExpression::escape(w);
        const QRegularExpression row(u"^\\s*"_s + words.join(u"\\s+"_s) + u"\\s.*\\s"_s +
                                         QRegularExpression::escape(figure) + u"\\s*$"_s,
                                     QRegularExpression::MultilineOption);
        CHECK(row.match(layout).hasMatch());
    }
    // The note is read as one piece: all of it on one page (its last words were once carried
    // alone to the next page, above "The top 5 gaps"), with a baseline (`pdf`) and without.
    const QString alone = demo.path(u"no-baseline.pdf"_s);
    demo.ok({u"report"_s, demo.file, u"--benchmark"_s, u"england-providers"_s, u"-o"_s, alone});
    for (const QString &file : {pdf, alone}) {
        const int pages = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(tool(u"pdfinfo"_s, {file}).out).captured(1).toInt();
        REQUIRE(pages > 3);
        int first = 0, last = 0;
        for (int p = 1; p <= pages; ++p) {
            const QString n = QString::number(p);
            const QString text = tool(u"pdftotext"_s, {u"-f"_s, n, u"-l"_s, n, file, u"-"_s}).out.simplified();
            if (text.contains(u"DMA 2025 column and the radar's dash-dot line"))
                first = p;
            if (text.contains(u"Assessment report 2024 and 2025 results (published 30 March 2026)."))
                last = p;
        }
        INFO(file.toStdString());
        CHECK(first > 0);
        CHECK(first == last);
    }
    // Still tagged, and the radar's alternative text names the line and its figures.
    CHECK(tool(u"pdfinfo"_s, {pdf}).out.contains(u"Tagged:          yes"));
    const QJsonObject json = QJsonDocument::fromJson(tool(u"qpdf"_s, {u"--json=2"_s, pdf}).out.toUtf8()).object();
    const QJsonObject objects = json[u"qpdf"].toArray().at(1).toObject();
    QStringList alts;
    for (const auto &o : objects) {
        const QJsonObject v = o.toObject()[u"value"].toObject();
        if (v[u"/S"].toString() == u"/Figure")
            alts.append(v[u"/Alt"].toString());
    }
    REQUIRE(alts.size() == 2);
    CHECK(alts.first().contains(u"Dash-dot line with diamonds: DMA 2025 benchmark (england-providers): Well led " +
                                column.first().second));
}

TEST_CASE("report --benchmark in ODT, Word and HTML holds the same column and words", "[cli][report][benchmark]")
{
    BenchmarkDemo demo;
    const QList<std::pair<QString, QString>> column = demo.column(u"england-providers"_s);

    const QString odt = tool(u"python3"_s, {u"-c"_s, u"import sys, zipfile; "
                                                     "sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read('content.xml')"
                                                     ".decode())"_s,
                                            demo.report(u"board.odt"_s)})
                            .out;
    checkWords(QString(odt).replace(u"&apos;"_s, u"'"_s));
    const QJsonObject docx = QJsonDocument::fromJson(
                                 tool(QStringLiteral(WGLL_SYSTEM_PYTHON3),
                                      {wgll::test::sourceDir() + u"/tests/support/docx_read.py"_s,
                                       demo.report(u"board.docx"_s)})
                                     .out.toUtf8())
                                 .object();
    checkWords(docx[u"text"].toString());
    const QString html = QString::fromUtf8(wgll::test::readAll(demo.report(u"board.html"_s)));
    checkWords(QString(html).replace(u"&#39;"_s, u"'"_s).replace(u"&apos;"_s, u"'"_s));

    // In each, the table of scores by success measure has the column and, in its row, each figure.
    const QJsonArray tables = docx[u"tables"].toArray();
    const auto measureTable = std::find_if(tables.begin(), tables.end(), [](const QJsonValue &t) {
        return t[u"header"].toArray().contains(u"Success measure"_s) && t[u"header"].toArray().contains(u"DMA 2025"_s);
    });
    CHECK(measureTable != tables.end());
    for (const auto &[measure, figure] : column) {
        INFO(measure.toStdString() << " " << figure.toStdString());
        const QRegularExpression htmlRow(QRegularExpression::escape(measure) + u"</t[hd]>(?:(?!</tr>).)*"_s +
                                         QRegularExpression::escape(figure) + u"</td>\\s*</tr>"_s,
                                         QRegularExpression::DotMatchesEverythingOption);
        CHECK(htmlRow.match(html).hasMatch());
        CHECK(odt.contains(figure));
    }
}

TEST_CASE("report --benchmark with a set nobody imported is refused naming it, and writes nothing",
          "[cli][report][benchmark]")
{
    BenchmarkDemo demo;
    for (const QString &format : {u"pdf"_s, u"html"_s}) {
        const QString out = demo.path(u"board."_s + format);
        const Run r = demo({u"report"_s, demo.file, u"--benchmark"_s, u"region-atlantis"_s, u"-o"_s, out});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 66); // as summary --benchmark: an unknown name is no input
        CHECK(r.err.contains(u"region-atlantis"));
        CHECK_FALSE(QFileInfo::exists(out));
        CHECK(demo.filesBeside(u"board"_s).isEmpty());
    }
}
