// SPDX-License-Identifier: GPL-3.0-or-later
// The pages of the PDF and of a print, as the engine lays them out (report::pdf::PagedReport):
// table rows and lines of text kept whole across page breaks, header rows repeated, headings
// kept with what follows, page breaks honoured. Until issue 17 these rules were tested on the
// QTextDocument pages the window printed; the engine is now the only layout. Timing is the
// benchmark's (wgll-bench-report-limits).
// GLib's headers name a struct member "signals", which Qt defines as a macro: Pango comes first.
#include "report/pdfpages.h"

#include "testsupport.h"
#include "report/boardreport.h"
#include "report/reportwriter.h"

#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <memory>
#include <set>

using namespace wgll;

namespace {

/// An assessment of 12 statements with `actions` actions of one to four lines each.
Assessment withActions(int actions)
{
    Assessment a;
    a.info.organisation = QStringLiteral("Northshire");
    a.info.period = QStringLiteral("2026/27");
    a.framework.id = QStringLiteral("layout-test");
    a.framework.version = QStringLiteral("2026-01-01");
    a.framework.title = QStringLiteral("Layout test");
    for (int m = 1; m <= 2; ++m) {
        a.framework.measures.append({QString::number(m), QStringLiteral("Measure %1").arg(m), {}, {}});
        for (int i = 1; i <= 6; ++i) {
            const QString id = QStringLiteral("%1.%2").arg(m).arg(i);
            a.framework.measures.last().indicators.append({id, QStringLiteral("Statement ") + id, {}});
            a.answers.append({id, 1 + i % 5, false, {}, {}, 1, {}, {}});
        }
    }
    for (int i = 0; i < actions; ++i) {
        const QString text = QStringLiteral("Agree and fund the improvement plan for the service. ").repeated(1 + (i * 7) % 11);
        a.actions.append({i + 1, QStringLiteral("1.%1").arg(1 + i % 6), text, QStringLiteral("Chief Digital Officer"),
                          QDate(2027, 3, 31), QStringLiteral("open")});
    }
    return a;
}

/// The report laid out by the engine, and its ops in drawing order with the page of each.
struct Paged
{
    report::BoardReport board;
    std::unique_ptr<report::pdf::PagedReport> paged;
    struct Placed
    {
        int page = 0; ///< from 0
        const report::pdf::Op *op = nullptr;
        bool artifact = false; ///< page furniture or a repeated header row, not content
    };
    std::vector<Placed> ops;
    std::vector<std::size_t> pageStart; ///< the index in `ops` of each page's first op

    explicit Paged(report::BoardReport report) : board(std::move(report))
    {
        Error error;
        paged = report::pdf::PagedReport::lay(board, error);
        REQUIRE(paged);
        const auto &pages = paged->layout().pages;
        int artifacts = 0;
        for (std::size_t p = 0; p < pages.size(); ++p) {
            pageStart.push_back(ops.size());
            for (const report::pdf::Op &op : pages[p].ops) {
                const auto *tag = std::get_if<report::pdf::op::Tag>(&op);
                if (tag && tag->name == "Private")
                    artifacts += tag->end ? -1 : 1;
                ops.push_back({static_cast<int>(p), &op, artifacts > 0});
            }
        }
    }
    int pageCount() const { return paged->pageCount(); }
};

const report::pdf::op::Tag *tagOf(const Paged::Placed &p)
{
    return std::get_if<report::pdf::op::Tag>(p.op);
}
bool begins(const Paged::Placed &p, const char *name)
{
    const auto *t = tagOf(p);
    return t && !t->end && t->name == name;
}
bool ends(const Paged::Placed &p, const char *name)
{
    const auto *t = tagOf(p);
    return t && t->end && t->name == name;
}
const report::pdf::op::Line *lineOf(const Paged::Placed &p)
{
    return std::get_if<report::pdf::op::Line>(p.op);
}

/// The index in `ops` of the first line of text at or after `from` that is content, not page
/// furniture (a repeated header row is an artifact); ops.size() when there is none.
std::size_t nextContentLine(const Paged &paged, std::size_t from)
{
    for (std::size_t i = from; i < paged.ops.size(); ++i)
        if (!paged.ops[i].artifact && lineOf(paged.ops[i]))
            return i;
    return paged.ops.size();
}

/// The page of the end tag matching the begin tag at `at`.
int endPage(const Paged &paged, std::size_t at)
{
    const QByteArray name = tagOf(paged.ops[at])->name;
    int depth = 0;
    for (std::size_t i = at; i < paged.ops.size(); ++i) {
        depth += begins(paged.ops[i], name.constData()) - ends(paged.ops[i], name.constData());
        if (depth == 0)
            return paged.ops[i].page;
    }
    FAIL("no end tag for " << name.constData());
    return -1;
}

/// An assessment whose statement 1.2 has a note of `length` characters.
Assessment withLongNote(int length)
{
    Assessment a = withActions(10);
    QString note;
    for (int i = 0; note.size() < length; ++i)
        note += QStringLiteral("Sentence %1 of a long note on the board's digital plan. ").arg(i);
    a.answers[1].notes = note.left(length);
    return a;
}

} // namespace

TEST_CASE("No table row of the PDF is cut by a page break")
{
    const Paged paged(report::build(withActions(400), nullptr));
    int rows = 0, pagesStartingWithRow = 0;
    for (std::size_t i = 0; i < paged.ops.size(); ++i) {
        if (!begins(paged.ops[i], "TR"))
            continue;
        ++rows;
        const int page = paged.ops[i].page;
        INFO("row " << rows << " on page " << page + 1);
        CHECK(endPage(paged, i) == page);
        // No content before the row on its page (the repeated header row is an artifact).
        pagesStartingWithRow += nextContentLine(paged, paged.pageStart[static_cast<std::size_t>(page)]) > i;
    }
    CHECK(rows > 400);
    CHECK(pagesStartingWithRow > 3); // the action plan ran over several pages
}

TEST_CASE("No page of the PDF cuts through a line of text or runs past the page")
{
    for (const Assessment &a : {withActions(400), withLongNote(20000)}) {
        const Paged paged(report::build(a, nullptr));
        int lines = 0;
        for (const Paged::Placed &p : paged.ops) {
            const auto *line = lineOf(p);
            if (!line)
                continue;
            ++lines;
            const auto &box = line->text->lines[static_cast<std::size_t>(line->line)];
            INFO("page " << p.page + 1 << ": \"" << line->text->utf8.left(40).toStdString() << "\" line " << line->line);
            CHECK(line->y + box.top >= report::pdf::page::BodyTop - 0.01);
            CHECK(line->y + box.bottom <= report::pdf::page::BodyBottom + 0.01);
        }
        CHECK(lines > 1000);
        CHECK(paged.pageCount() > 10);
    }
}

TEST_CASE("A page that starts inside a table repeats the table's header row")
{
    const Paged paged(report::build(withActions(400), nullptr));
    int repeated = 0, openTables = 0;
    QByteArrayList header; // the open table's header cells
    for (std::size_t i = 0; i < paged.ops.size(); ++i) {
        const bool pageStarts = i > 0 && paged.ops[i].page != paged.ops[i - 1].page;
        if (pageStarts && openTables > 0) {
            INFO("page " << paged.ops[i].page + 1);
            REQUIRE(begins(paged.ops[i], "Private"));
            QByteArrayList drawn; // the lines of the artifact the page starts with
            for (std::size_t j = i; j < paged.ops.size() && paged.ops[j].artifact; ++j)
                if (const auto *line = lineOf(paged.ops[j]))
                    drawn.append(line->text->utf8);
            CHECK(drawn == header);
            ++repeated;
        }
        if (begins(paged.ops[i], "Table")) {
            ++openTables;
            header.clear();
            for (std::size_t j = i + 1; !ends(paged.ops[j], "TR"); ++j)
                if (const auto *line = lineOf(paged.ops[j]))
                    header.append(line->text->utf8);
        }
        openTables -= ends(paged.ops[i], "Table");
    }
    CHECK(repeated > 3);
}

TEST_CASE("A table row taller than half a page is cut only between lines of its cells")
{
    const Paged paged(report::build(withLongNote(20000), nullptr));
    // The note's cell: every line of it drawn once, in order, over several pages.
    std::vector<int> drawn;
    std::set<int> pages;
    for (const Paged::Placed &p : paged.ops) {
        const auto *line = lineOf(p);
        if (line && line->text->lines.size() > 100) {
            drawn.push_back(line->line);
            pages.insert(p.page);
        }
    }
    REQUIRE(drawn.size() > 100);
    for (std::size_t i = 0; i < drawn.size(); ++i)
        CHECK(drawn[i] == static_cast<int>(i));
    CHECK(pages.size() >= 3); // 20,000 characters in a column of a third of the page
}

TEST_CASE("A heading is never the last line of a page and a page break in the report starts a page")
{
    const Paged paged(report::build(withActions(400), nullptr));
    QHash<QByteArray, bool> startsPage; // section title → whether it starts a page
    for (qsizetype s = 0; s < paged.board.sections.size(); ++s)
        startsPage.insert(paged.board.sections[s].title.toUtf8(), s == 0 || paged.board.sections[s].newPage);
    int headings = 0, breaks = 0;
    for (std::size_t i = 0; i < paged.ops.size(); ++i) {
        if (!begins(paged.ops[i], "H1") && !begins(paged.ops[i], "H2"))
            continue;
        const std::size_t title = nextContentLine(paged, i);
        std::size_t end = i;
        while (!ends(paged.ops[end], "H1") && !ends(paged.ops[end], "H2"))
            ++end;
        const std::size_t after = nextContentLine(paged, end);
        if (after == paged.ops.size())
            continue;
        const QByteArray text = lineOf(paged.ops[title])->text->utf8;
        INFO("\"" << text.toStdString() << "\"");
        ++headings;
        CHECK(paged.ops[after].page == paged.ops[end].page);
        if (begins(paged.ops[i], "H1") && startsPage.value(text)) {
            ++breaks; // the section's title is the first line of its page
            CHECK(nextContentLine(paged, paged.pageStart[static_cast<std::size_t>(paged.ops[title].page)]) == title);
        }
    }
    CHECK(headings > 5);
    CHECK(breaks > 0);
}

TEST_CASE("A heading stays on the page of its table's header row and first row")
{
    // Many owners, each a heading and a table of one to three actions of varied length, so that
    // headings fall all down the pages (issue 16: "The top 5 gaps" left alone at a page's foot).
    Assessment a = withActions(0);
    for (int i = 0; i < 240; ++i) {
        const QString text = QStringLiteral("Agree and fund the improvement plan for the service. ").repeated(1 + (i * 5) % 9);
        a.actions.append({i + 1, QStringLiteral("1.%1").arg(1 + i % 6), text,
                          QStringLiteral("Owner %1").arg(i / (1 + i % 3), 3, 10, QLatin1Char('0')),
                          QDate(2027, 3, 31), QStringLiteral("open")});
    }
    const Paged paged(report::build(a, nullptr));
    int kept = 0;
    for (std::size_t i = 0; i < paged.ops.size(); ++i) {
        if (!ends(paged.ops[i], "H2"))
            continue;
        // The next element: a table, whose header row and first row must be on this page.
        std::size_t next = i + 1;
        while (next < paged.ops.size() && !tagOf(paged.ops[next]))
            ++next;
        if (next == paged.ops.size() || !begins(paged.ops[next], "Table"))
            continue;
        int rows = 0;
        std::size_t firstRow = next;
        while (rows < 2)
            rows += begins(paged.ops[++firstRow], "TR");
        ++kept;
        INFO("heading on page " << paged.ops[i].page + 1);
        CHECK(endPage(paged, firstRow) == paged.ops[i].page);
    }
    CHECK(kept > 50);
}

TEST_CASE("A chart's caption sits directly under the chart on its page", "[charts]")
{
    // Issue 17: the caption was about 25 mm below the radar.
    const Paged paged(report::build(withActions(3), nullptr));
    int charts = 0;
    for (std::size_t i = 0; i < paged.ops.size(); ++i) {
        const auto *chart = std::get_if<report::pdf::op::Chart>(paged.ops[i].op);
        if (!chart)
            continue;
        ++charts;
        std::size_t caption = i;
        while (!begins(paged.ops[caption], "Caption"))
            ++caption;
        const std::size_t line = nextContentLine(paged, caption);
        const auto *first = lineOf(paged.ops[line]);
        CHECK(first->text->utf8 == chart->chart->title.toUtf8());
        CHECK(paged.ops[line].page == paged.ops[i].page);
        const double gapMm = (first->y + first->text->lines.front().top - (chart->y + chart->h)) * 25.4 / 72;
        INFO("chart " << charts << ": " << gapMm << " mm between chart and caption");
        CHECK(gapMm >= 0);
        CHECK(gapMm <= 3);
    }
    CHECK(charts == 2);
}

TEST_CASE("A table cell of the ODT keeps every line of a value with line breaks")
{
    // Issue 16: the cover sheet's risks, one a line, came out of the ODT as the first line only
    // (so did an N/A reason followed by a note).
    Assessment a = withActions(1);
    a.cover.risks = QStringLiteral("SR5 Cyber security\nSR8 Digital infrastructure");
    a.answers[0].notes = QStringLiteral("First line of the note\nSecond line of the note");
    Error error;
    const std::optional<QByteArray> odt = report::render(report::build(a, nullptr), report::Format::Odt, error);
    REQUIRE(odt);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("board.odt"));
    test::writeAll(file, *odt);
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    REQUIRE_FALSE(python.isEmpty());
    const test::Run content = test::runProgram(
        python,
        {QStringLiteral("-c"),
         // Each table cell's text on a line of its own, its paragraphs and line breaks as "/".
         QStringLiteral("import sys, zipfile, xml.etree.ElementTree as E\n"
                        "c = zipfile.ZipFile(sys.argv[1]).read('content.xml').decode()\n"
                        "root = E.fromstring(c.replace('<text:line-break/>', '/'))\n"
                        "T = '{urn:oasis:names:tc:opendocument:xmlns:table:1.0}'\n"
                        "P = '{urn:oasis:names:tc:opendocument:xmlns:text:1.0}p'\n"
                        "for cell in root.iter(T + 'table-cell'):\n"
                        "    s = '/'.join(''.join(p.itertext()) for p in cell.iter(P))\n"
                        "    print(' '.join(s.split()).replace(' /', '/'))\n"),
         file},
        dir.path());
    REQUIRE(content.exitCode == 0);
    // Both lines in one cell (Qt 6.4's ODF writer put a cell's second paragraph in a cell of its
    // own, past the last column, which LibreOffice drops).
    const QStringList cells = content.out.split(u'\n');
    CHECK(cells.contains(u"SR5 Cyber security/SR8 Digital infrastructure"));
    CHECK(cells.contains(u"First line of the note/Second line of the note"));
}
