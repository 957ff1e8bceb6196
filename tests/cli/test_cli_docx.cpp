// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17, items 2 and 7: the board report as a Word document, with and without the trust's
// template, read back as another program reads it: python-docx (the style names of its headings,
// its tables and their repeating header rows, its pictures' alternative text, the template's
// fonts and header) and LibreOffice headless (its pages, against the PDF's, and every key figure
// on them: tests/support/office_check.py). A template that is not a Word package is refused
// (65) before anything is written.
#include "demopair.h"

#include "report/boardreport.h"
#include "storage/assessmentfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using wgll::test::Run;

namespace {

const QString Support = wgll::test::sourceDir() + u"/tests/support/";

/// Runs one of the Python helpers with Debian's python3, which has python3-docx.
Run helper(const QString &script, const QStringList &args)
{
    QTemporaryDir home;
    return wgll::test::runProgram(QStringLiteral(WGLL_SYSTEM_PYTHON3), QStringList{Support + script} + args,
                                  home.path());
}

/// The demo's two years as a PDF report, the reference for the Word report's pages.
struct WordDemo : wgll::test::DemoPair
{
    QString pdf = path(QStringLiteral("board.pdf"));

    WordDemo()
    {
        ok({QStringLiteral("report"), file, QStringLiteral("--baseline"), baseline, QStringLiteral("-o"), pdf});
    }
    /// The Word report, in `wordTemplate` when one is named.
    QString word(const QString &name, const QString &wordTemplate = {}) const
    {
        const QString out = path(name);
        QStringList args{QStringLiteral("report"), file, QStringLiteral("--baseline"), baseline, QStringLiteral("-o"), out};
        if (!wordTemplate.isEmpty())
            args << QStringLiteral("--template") << wordTemplate;
        ok(args);
        return out;
    }
    /// Every key figure the report shows ("2.5", "47 of 47", "+0.3", each measure's score), from
    /// the report's own model of the same files.
    QStringList keyFigures() const
    {
        wgll::Error error;
        const std::optional<wgll::Assessment> a = wgll::storage::readAssessmentFile(file, error);
        REQUIRE(a);
        const std::optional<wgll::Assessment> b = wgll::storage::readBaselineFile(baseline, a->framework.id, error);
        REQUIRE(b);
        QStringList values;
        for (const wgll::report::Section &s : wgll::report::build(*a, &*b).sections)
            for (const wgll::report::Block &block : s.blocks)
                if (const auto *k = std::get_if<wgll::report::KeyFigures>(&block))
                    for (const auto &f : k->figures)
                        values.append(f.value);
        return values;
    }
};

QJsonObject readBack(const QString &docx)
{
    const Run r = helper(QStringLiteral("docx_read.py"), {docx});
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

QStringList stylesOf(const QJsonObject &doc, const QString &style)
{
    QStringList texts;
    for (const QJsonValue &p : doc[u"paragraphs"].toArray())
        if (p[0].toString() == style)
            texts.append(p[1].toString());
    return texts;
}

/// What every Word report holds, in whatever template: real headings in the named styles, the
/// data tables with header rows that repeat, both charts with their figures as alternative text,
/// every key figure.
void checkStructure(const QJsonObject &doc, const QStringList &figures)
{
    CHECK(doc[u"contentType"].toString() ==
          u"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
    CHECK(doc[u"language"].toString() == u"en-GB");
    CHECK(stylesOf(doc, QStringLiteral("Title")) ==
          QStringList{QStringLiteral("Digital maturity self-assessment against What Good Looks Like")});
    const QStringList h1 = stylesOf(doc, QStringLiteral("Heading 1"));
    INFO(h1.join(u" | ").toStdString());
    CHECK(h1.size() >= 12);
    for (const char *section : {"Executive summary", "Prioritised gap list", "Action plan", "Evidence index"})
        CHECK(h1.contains(QString::fromUtf8(section)));
    CHECK(stylesOf(doc, QStringLiteral("Heading 2")).size() >= 5);
    CHECK(stylesOf(doc, QStringLiteral("Caption")).contains(u"Scores by success measure"));

    int repeating = 0;
    QStringList headers;
    for (const QJsonValue &t : doc[u"tables"].toArray()) {
        const QJsonArray header = t[u"header"].toArray();
        if (t[u"repeats"].toBool()) {
            ++repeating;
            headers.append(header.at(0).toString());
        }
    }
    INFO(headers.join(u" | ").toStdString());
    CHECK(repeating >= 13); // the measures' statements, the gap list, the actions, the charts' figures…
    CHECK(headers.contains(u"Success measure"));
    CHECK(headers.contains(u"Rank"));

    const QJsonArray pictures = doc[u"pictures"].toArray();
    REQUIRE(pictures.size() == 2);
    CHECK(pictures.at(0).toString().startsWith(u"Radar chart of the 7 success measure scores"));
    CHECK(pictures.at(1).toString().startsWith(u"Bar chart of"));
    for (const QJsonValue &alt : pictures)
        CHECK(alt.toString().contains(u"Well led 2.8"));

    const QString text = doc[u"text"].toString();
    for (const QString &figure : figures) {
        INFO(figure.toStdString());
        CHECK(text.contains(figure));
    }
}

/// LibreOffice lays the Word report out in as many pages as the PDF (±2), every figure on them.
void checkInOffice(const WordDemo &demo, const QString &docx, const QStringList &figures)
{
    const QString expect = demo.path(QStringLiteral("figures.txt"));
    QFile f(expect);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(figures.join(u'\n').toUtf8() + '\n');
    f.close();
    const Run r = helper(QStringLiteral("office_check.py"),
                         {docx, QStringLiteral("--reference"), demo.pdf, QStringLiteral("--expect-file"), expect});
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 0);
}

} // namespace

TEST_CASE("the Word report without a template: headings, repeating table headers, pictures with alt text, "
          "every key figure, the PDF's pages in LibreOffice",
          "[cli][report][docx]")
{
    WordDemo demo;
    const QStringList figures = demo.keyFigures();
    REQUIRE(figures.size() >= 8);
    CHECK(figures.contains(u"47 of 47"));
    const QString docx = demo.word(QStringLiteral("board.docx"));
    const QJsonObject doc = readBack(docx);
    checkStructure(doc, figures);
    // The built-in look: Arial (Liberation Sans) in the document defaults, NHS-blue headings.
    CHECK(doc[u"header"].toString().contains(u"Northshire"));
    CHECK(doc[u"header"].toString().contains(u"What Good Looks Like"));
    checkInOffice(demo, docx, figures);
}

TEST_CASE("the Word report in the trust's template (.docx and .dotx): its styles, fonts and header",
          "[cli][report][docx]")
{
    WordDemo demo;
    const QStringList figures = demo.keyFigures();
    const QString suffix = GENERATE(QStringLiteral("docx"), QStringLiteral("dotx"));
    const QString trust = demo.path(u"trust." + suffix);
    const Run made = helper(QStringLiteral("make_word_template.py"), {trust, u"--" + suffix});
    INFO(made.out.toStdString() << made.err.toStdString());
    REQUIRE(made.exitCode == 0);

    const QString docx = demo.word(QStringLiteral("board.docx"), trust);
    const QJsonObject doc = readBack(docx); // python-docx refuses a package still typed as a template
    checkStructure(doc, figures);
    const QJsonObject fonts = doc[u"fonts"].toObject();
    CHECK(fonts[u"Title"].toString() == u"Georgia");
    CHECK(fonts[u"Heading 1"].toString() == u"Georgia");
    CHECK(fonts[u"Normal"].toString() == u"Arial");
    // The trust's header replaces the report's; the template's own text does not survive.
    CHECK(doc[u"header"].toString() == u"Northshire NHS Trust: public board paper");
    CHECK_FALSE(doc[u"text"].toString().contains(u"The template's own text"));
    if (suffix == u"dotx")
        checkInOffice(demo, docx, figures);
}

TEST_CASE("a Word template that is not a Word package is refused (65) and nothing is written", "[cli][report][docx]")
{
    wgll::test::Cli cli;
    const QString file = cli.path(QStringLiteral("a.wgll"));
    REQUIRE(cli({QStringLiteral("new"), file, QStringLiteral("--organisation"), QStringLiteral("Northshire"),
                 QStringLiteral("--period"), QStringLiteral("2026/27"), QStringLiteral("--framework"),
                 QStringLiteral("wgll-org")})
                .exitCode == 0);
    const auto [kind, says] = GENERATE(table<const char *, const char *>({
        {"text", "not a zip package"},
        {"truncated", "not a zip package"},
        {"no-styles", "not a Word document: it has no word/styles.xml"},
        {"malformed", "word/styles.xml is not well-formed XML"},
        {"bomb", "it is not read"},
    }));
    const QString trust = cli.path(QStringLiteral("trust.dotx"));
    const Run made = helper(QStringLiteral("make_word_template.py"), {trust, QStringLiteral("--broken"), QString::fromLatin1(kind)});
    REQUIRE(made.exitCode == 0);
    const QString out = cli.path(QStringLiteral("board.docx"));
    const Run r = cli({QStringLiteral("report"), file, QStringLiteral("-o"), out, QStringLiteral("--template"), trust});
    INFO(kind << ": " << r.err.toStdString());
    CHECK(r.exitCode == 65);
    CHECK(r.err.startsWith(u"wgll: " + trust + u": "));
    CHECK(r.err.contains(QString::fromLatin1(says)));
    CHECK_FALSE(QFile::exists(out));
    CHECK(cli.filesBeside(QStringLiteral("board")).isEmpty()); // no temporary left either
}

TEST_CASE("a missing Word template is 66, and a template with a report that is not .docx is a usage error",
          "[cli][report][docx]")
{
    wgll::test::Cli cli;
    const QString file = cli.path(QStringLiteral("a.wgll"));
    REQUIRE(cli({QStringLiteral("new"), file, QStringLiteral("--organisation"), QStringLiteral("Northshire"),
                 QStringLiteral("--period"), QStringLiteral("2026/27"), QStringLiteral("--framework"),
                 QStringLiteral("wgll-org")})
                .exitCode == 0);
    const QString missing = cli.path(QStringLiteral("nowhere.dotx"));
    const Run gone = cli({QStringLiteral("report"), file, QStringLiteral("-o"), cli.path(QStringLiteral("b.docx")),
                          QStringLiteral("--template"), missing});
    CHECK(gone.exitCode == 66);
    CHECK(gone.err.startsWith(u"wgll: " + missing + u": "));
    const Run pdf = cli({QStringLiteral("report"), file, QStringLiteral("-o"), cli.path(QStringLiteral("b.pdf")),
                         QStringLiteral("--template"), missing});
    CHECK(pdf.exitCode == 64);
    CHECK(pdf.err.contains(u"--template"));
    CHECK(cli.filesBeside(QStringLiteral("b.")).isEmpty());
}
