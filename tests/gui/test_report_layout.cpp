// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF's pages (report::pagesOf()): table rows and lines of text kept whole across page
// breaks, header rows repeated, headings kept with what follows, page breaks honoured. Each
// group is laid out once (issue 13, fault 12: moving rows one at a time laid the whole table
// out again for each, so 2,000 statements took minutes); timing is the benchmark's
// (wgll-bench-report-limits).
#include "testsupport.h"
#include "report/boardreport.h"
#include "report/reportdocument.h"
#include "report/reportwriter.h"
#include "report/pager.h"
#include "report/tablerows.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPageLayout>
#include <QPdfWriter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

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

/// The body of an A4 page of the PDF at 300 dpi, about.
const QSizeF Page(1950, 2900);

/// The report's page groups, laid out for a 300 dpi PDF, and the pages pagesOf() cuts each into.
struct Paged
{
    QBuffer buffer;
    std::unique_ptr<QPdfWriter> pdf;
    std::vector<std::unique_ptr<QTextDocument>> groups;
    std::vector<QList<report::PageSlice>> pages;

    explicit Paged(const report::BoardReport &board)
    {
        buffer.open(QIODevice::WriteOnly);
        pdf = std::make_unique<QPdfWriter>(&buffer);
        pdf->setResolution(300);
        Error error;
        groups = report::pageGroups(board, error);
        REQUIRE_FALSE(groups.empty());
        for (const auto &group : groups) {
            group->documentLayout()->setPaintDevice(pdf.get());
            pages.push_back(report::pagesOf(*group, Page));
        }
    }
};

QRectF rectOf(const QTextDocument &doc, const QTextBlock &block)
{
    return doc.documentLayout()->blockBoundingRect(block);
}

/// Whether a page of `pages` ends strictly inside (top, bottom).
bool pageEndsInside(const QList<report::PageSlice> &pages, qreal top, qreal bottom)
{
    for (qsizetype i = 0; i + 1 < pages.size(); ++i) {
        const qreal end = pages[i].body.bottom;
        if (end > top + 0.5 && end < bottom - 0.5)
            return true;
    }
    return false;
}

/// A row of a ruled table, as the PDF draws it: a block holding one object (TableRows).
struct Row
{
    QTextBlock block;
    int index = 0; ///< 0: the header row
    QRectF rect;
};

QList<Row> rowsOf(const QTextDocument &doc)
{
    QList<Row> rows;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const QTextCharFormat f = b.begin().fragment().charFormat();
        if (f.hasProperty(report::RowTableProperty))
            rows.append({b, f.intProperty(report::RowIndexProperty), rectOf(doc, b)});
    }
    return rows;
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
    for (std::size_t g = 0; g < paged.groups.size(); ++g) {
        for (const Row &row : rowsOf(*paged.groups[g])) {
            ++rows;
            INFO("group " << g << ", row " << row.index << ": " << row.rect.top() << " to " << row.rect.bottom());
            REQUIRE(row.rect.height() <= Page.height() / 2);
            CHECK_FALSE(pageEndsInside(paged.pages[g], row.rect.top(), row.rect.bottom()));
            for (const report::PageSlice &page : paged.pages[g])
                pagesStartingWithRow += std::abs(page.body.top - row.rect.top()) < 0.5 && row.index > 0;
        }
    }
    CHECK(rows > 400);
    CHECK(pagesStartingWithRow > 3); // the action plan ran over several pages
}

TEST_CASE("The rows of a PDF table touch: no gap or overlap between one and the next")
{
    const Paged paged(report::build(withActions(40), nullptr));
    int pairs = 0;
    for (const auto &group : paged.groups) {
        const QList<Row> rows = rowsOf(*group);
        for (qsizetype i = 1; i < rows.size(); ++i) {
            if (rows[i].index == 0)
                continue;
            CHECK(std::abs(rows[i].rect.top() - rows[i - 1].rect.bottom()) < 0.05);
            ++pairs;
        }
    }
    CHECK(pairs > 40);
}

TEST_CASE("No page of the PDF cuts through a line of text or runs past the page")
{
    const Paged paged(report::build(withActions(400), nullptr));
    int pages = 0;
    for (std::size_t g = 0; g < paged.groups.size(); ++g) {
        const QTextDocument &doc = *paged.groups[g];
        const QList<report::PageSlice> &slices = paged.pages[g];
        REQUIRE_FALSE(slices.isEmpty());
        CHECK(slices.first().body.top == 0);
        for (qsizetype i = 0; i < slices.size(); ++i, ++pages) {
            const qreal height = slices[i].body.height() + (slices[i].header ? slices[i].header->height() : 0);
            CHECK(height <= Page.height() + 0.01);
            CHECK(slices[i].body.height() > 0);
            if (i > 0)
                CHECK(slices[i].body.top == slices[i - 1].body.bottom); // nothing skipped or drawn twice
        }
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
            const QRectF rect = rectOf(doc, b);
            const QTextLayout *lines = b.layout();
            for (int i = 0; i < lines->lineCount(); ++i) {
                const qreal top = rect.top() + lines->lineAt(i).y() - lines->boundingRect().top();
                INFO("group " << g << ": \"" << b.text().left(40).toStdString() << "\" line " << i);
                CHECK_FALSE(pageEndsInside(slices, top, top + lines->lineAt(i).height()));
            }
        }
        CHECK(slices.last().body.bottom >= doc.documentLayout()->documentSize().height() - 60);
    }
    CHECK(pages > 10);
}

TEST_CASE("A page that starts inside a table repeats the table's header row")
{
    const Paged paged(report::build(withActions(400), nullptr));
    int repeated = 0;
    for (std::size_t g = 0; g < paged.groups.size(); ++g) {
        const QList<Row> rows = rowsOf(*paged.groups[g]);
        for (const report::PageSlice &page : paged.pages[g]) {
            // The header row of the table whose body the page starts in, if any.
            QRectF header; // null: none
            for (qsizetype i = 0; i < rows.size(); ++i) {
                if (rows[i].index == 0)
                    header = rows[i].rect;
                else if (page.body.top > rows[i].rect.top() - 0.5 && page.body.top < rows[i].rect.bottom() - 0.5)
                    break;
                if (i + 1 == rows.size() || rows[i + 1].index == 0)
                    header = QRectF(); // the table ends before the page starts
            }
            INFO("group " << g << ", page from " << page.body.top);
            if (page.body.top == 0 || header.isNull()) {
                CHECK_FALSE(page.header.has_value());
                continue;
            }
            REQUIRE(page.header.has_value());
            CHECK(std::abs(page.header->top - header.top()) < 0.5);
            CHECK(std::abs(page.header->bottom - header.bottom()) < 0.5);
            ++repeated;
        }
    }
    CHECK(repeated > 3);
}

TEST_CASE("A table row taller than half a page is cut only between lines of its cells")
{
    const Paged paged(report::build(withLongNote(20000), nullptr));
    int cuts = 0;
    for (std::size_t g = 0; g < paged.groups.size(); ++g) {
        QTextDocument &doc = *paged.groups[g];
        auto *rows = dynamic_cast<report::SplittableObject *>(
            doc.documentLayout()->handlerForObject(report::TableRows::ObjectType));
        for (const Row &row : rowsOf(doc)) {
            if (row.rect.height() <= Page.height() / 2)
                continue;
            REQUIRE(rows);
            const QList<qreal> breaks = rows->breaksWithin(doc, row.block.begin().fragment().charFormat());
            CHECK(breaks.size() > 100); // a line of the note
            for (const report::PageSlice &page : paged.pages[g]) {
                if (page.body.bottom <= row.rect.top() + 0.5 || page.body.bottom >= row.rect.bottom() - 0.5)
                    continue;
                ++cuts;
                const qreal at = page.body.bottom - row.rect.top();
                CHECK(std::any_of(breaks.begin(), breaks.end(), [at](qreal b) { return std::abs(b - at) < 0.05; }));
            }
        }
    }
    CHECK(cuts >= 2); // 20,000 characters in a column of a third of the page: several pages
}

TEST_CASE("A heading is never the last line of a page and a page break in the report starts a page")
{
    const Paged paged(report::build(withActions(400), nullptr));
    int headings = 0, breaks = 0;
    for (std::size_t g = 0; g < paged.groups.size(); ++g) {
        const QTextDocument &doc = *paged.groups[g];
        const QList<report::PageSlice> &slices = paged.pages[g];
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
            const QRectF rect = rectOf(doc, b);
            INFO("group " << g << ": \"" << b.text().toStdString() << "\"");
            if (b.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) {
                ++breaks;
                CHECK(std::any_of(slices.begin(), slices.end(),
                                  [&](const report::PageSlice &s) { return std::abs(s.body.top - rect.top()) < 0.5; }));
            }
            if (b.blockFormat().headingLevel() == 0 || !b.next().isValid())
                continue;
            ++headings;
            // From the heading's top to the bottom of the first line after it.
            const QTextBlock next = b.next();
            const qreal nextLine = rectOf(doc, next).top() + next.layout()->lineAt(0).height();
            CHECK_FALSE(pageEndsInside(slices, rect.top(), nextLine));
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
    for (std::size_t g = 0; g < paged.groups.size(); ++g) {
        const QTextDocument &doc = *paged.groups[g];
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
            if (b.blockFormat().headingLevel() == 0)
                continue;
            // The heading, then the table's header row (0) and its first row (1).
            const QTextBlock header = b.next(), first = header.isValid() ? header.next() : QTextBlock();
            if (!first.isValid())
                continue;
            const QTextCharFormat h = header.begin().fragment().charFormat();
            const QTextCharFormat r = first.begin().fragment().charFormat();
            if (!h.hasProperty(report::RowTableProperty) || h.intProperty(report::RowIndexProperty) != 0 ||
                r.intProperty(report::RowIndexProperty) != 1)
                continue;
            INFO("group " << g << ": \"" << b.text().toStdString() << "\"");
            ++kept;
            CHECK_FALSE(pageEndsInside(paged.pages[g], rectOf(doc, b).top(), rectOf(doc, first).bottom()));
        }
    }
    CHECK(kept > 50);
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
