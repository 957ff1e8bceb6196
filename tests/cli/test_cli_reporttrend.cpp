// SPDX-License-Identifier: GPL-3.0-or-later
// `wgll report --baseline A --baseline B` (issue 19 item 4): with more than one earlier file the
// report has a trend page in all four formats (read back with pdftotext, a zip reader and an XML
// parser); with one, none; baselines that cannot make a trend are refused (65).
#include "clirunner.h"

#include <QProcess>
#include <QXmlStreamReader>

using wgll::test::Run;

namespace {

/// Northshire's demo years 2025/26 and 2026/27 (2021-10-04) and 2024/25 on the older revision.
struct ThreeYears : wgll::test::Cli
{
    QString y2024 = path(QStringLiteral("2024.wgll"));
    QString y2025 = path(QStringLiteral("2025.wgll"));
    QString y2026 = path(QStringLiteral("2026.wgll"));

    ThreeYears()
    {
        const QString demo = wgll::test::sourceDir() + u"/resources/demo/";
        make(y2024, QStringLiteral("wgll-org@2021-08-31"), QStringLiteral("2024/25"), demo + u"northshire-2025-responses.csv");
        make(y2025, QStringLiteral("wgll-org"), QStringLiteral("2025/26"), demo + u"northshire-2025-responses.csv");
        make(y2026, QStringLiteral("wgll-org"), QStringLiteral("2026/27"), demo + u"northshire-responses.csv");
    }
    void make(const QString &name, const QString &framework, const QString &period, const QString &csv) const
    {
        REQUIRE(run({QStringLiteral("new"), name, QStringLiteral("--framework"), framework, QStringLiteral("--organisation"),
                     QStringLiteral("Northshire Hospitals NHS FT"), QStringLiteral("--period"), period})
                    .exitCode == 0);
        REQUIRE(run({QStringLiteral("import"), name, csv}).exitCode == 0);
    }
    Run run(const QStringList &args) const
    {
        const Run r = (*this)(args);
        INFO(args.join(u' ').toStdString() << ": " << r.err.toStdString());
        return r;
    }
    /// The report of 2026/27 written to `out` with `baselines`; fails the test unless it succeeds.
    void report(const QString &out, const QStringList &baselines) const
    {
        QStringList args{QStringLiteral("report"), y2026, QStringLiteral("-o"), out};
        for (const QString &b : baselines)
            args << QStringLiteral("--baseline") << b;
        const Run r = run(args);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    /// One part of a zip package (ODT, DOCX) as text.
    QString part(const QString &package, const QString &name) const
    {
        QProcess p;
        p.start(QStringLiteral("python3"), {QStringLiteral("-c"),
                                            QStringLiteral("import sys, zipfile; sys.stdout.write(zipfile.ZipFile("
                                                           "sys.argv[1]).read(sys.argv[2]).decode())"),
                                            package, name});
        REQUIRE(p.waitForFinished(60'000));
        REQUIRE(p.exitCode() == 0);
        return QString::fromUtf8(p.readAllStandardOutput());
    }
};

const QString Title = QStringLiteral("Trend over 3 periods, 2024/25 to 2026/27");
const QString BreakText = QStringLiteral("The framework revision changes between 2024/25 (revision 2021-08-31) and "
                                         "2025/26 (revision 2021-10-04)");

QString squashed(QString s)
{
    return s.simplified();
}

} // namespace

TEST_CASE("report with two baselines has a trend page in the PDF, naming the break and both revisions",
          "[cli][report][trend]")
{
    ThreeYears wgll;
    const QString pdf = wgll.path(QStringLiteral("board.pdf"));
    wgll.report(pdf, {wgll.y2024, wgll.y2025});
    const QString text = squashed(wgll::test::poppler(QStringLiteral("pdftotext"),
                                                      {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")},
                                                      wgll.home.path()));
    CHECK(text.contains(Title));
    CHECK(text.contains(BreakText));
    CHECK(text.contains(u"2024/25 (2021-08-31)"));
    CHECK(text.contains(u"revision 2021-10-04")); // the axis label after the break
    // The trend page comes before the method appendix, and the changes are since 2025/26.
    CHECK(text.indexOf(Title) < text.indexOf(u"Appendix: how the scores are calculated"));
    // One baseline: the report as before, no trend page.
    const QString one = wgll.path(QStringLiteral("one.pdf"));
    wgll.report(one, {wgll.y2025});
    const QString oneText = squashed(wgll::test::poppler(
        QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), one, QStringLiteral("-")}, wgll.home.path()));
    CHECK_FALSE(oneText.contains(u"Trend over"));
}

TEST_CASE("report trend page in ODT, DOCX and HTML, each chart with its description", "[cli][report][trend]")
{
    ThreeYears wgll;
    const QString odt = wgll.path(QStringLiteral("board.odt"));
    wgll.report(odt, {wgll.y2025, wgll.y2024});
    const QString content = wgll.part(odt, QStringLiteral("content.xml"));
    CHECK(content.contains(Title));
    CHECK(content.contains(BreakText));
    CHECK(content.contains(u"Line chart of Overall across 3 periods"));

    const QString docx = wgll.path(QStringLiteral("board.docx"));
    wgll.report(docx, {wgll.y2025, wgll.y2024});
    const QString document = wgll.part(docx, QStringLiteral("word/document.xml"));
    CHECK(document.contains(Title));
    CHECK(document.contains(BreakText));
    CHECK(document.contains(u"Line chart of 1 Well led across 3 periods"));

    const QString html = wgll.path(QStringLiteral("board.html"));
    wgll.report(html, {wgll.y2025, wgll.y2024});
    const QString page = QString::fromUtf8(wgll::test::readAll(html));
    CHECK(page.contains(u"<section id=\"trend\""));
    QXmlStreamReader xml(page.toUtf8());
    QStringList alts;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"img")
            alts.append(xml.attributes().value(QStringLiteral("alt")).toString());
    }
    REQUIRE_FALSE(xml.hasError());
    CHECK(alts.size() == 2 + 8); // radar and bars, then the overall and 7 measures over time
    const QString overall = alts.filter(QStringLiteral("Line chart of Overall")).value(0);
    CHECK(overall.contains(u"break: the framework revision changes from 2021-08-31 to 2021-10-04"));
}

TEST_CASE("report refuses baselines that cannot make a trend (65), writing nothing", "[cli][report][trend]")
{
    ThreeYears wgll;
    const QString out = wgll.path(QStringLiteral("board.pdf"));
    // A "baseline" later than the report's own period.
    const Run later = wgll.run({QStringLiteral("report"), wgll.y2025, QStringLiteral("--baseline"), wgll.y2024,
                                QStringLiteral("--baseline"), wgll.y2026, QStringLiteral("-o"), out});
    CHECK(later.exitCode == 65);
    CHECK(later.err.startsWith(u"wgll: " + wgll.y2026 + u": is of 2026/27, after the report's 2025/26"));
    // Another organisation's file among the baselines.
    const QString south = wgll.path(QStringLiteral("south.wgll"));
    REQUIRE(wgll.run({QStringLiteral("new"), south, QStringLiteral("--framework"), QStringLiteral("wgll-org"),
                      QStringLiteral("--organisation"), QStringLiteral("Southshire"), QStringLiteral("--period"),
                      QStringLiteral("2023/24")})
                .exitCode == 0);
    const Run other = wgll.run({QStringLiteral("report"), wgll.y2026, QStringLiteral("--baseline"), wgll.y2025,
                                QStringLiteral("--baseline"), south, QStringLiteral("-o"), out});
    CHECK(other.exitCode == 65);
    CHECK(other.err.contains(u"are of different organisations"));
    CHECK_FALSE(QFile::exists(out));
}
