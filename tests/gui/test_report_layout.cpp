// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF's page layout: table rows kept whole across page breaks, with work that does not
// grow with the report (issue 13, fault 12: moving rows one at a time laid the whole table out
// again for each, so 2,000 statements took minutes). Timing is left to the benchmark
// (wgll-bench-report-limits); these count layouts, which is exact.
#include "testsupport.h"
#include "report/boardreport.h"
#include "report/reportdocument.h"
#include "report/reportwriter.h"
#include "report/rowkeeper.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextTable>

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

/// Renders the report's PDF as paintPages() does; returns the number of layouts it made.
int layoutsOf(const report::BoardReport &board)
{
    Error error;
    const auto groups = report::pageGroups(board, error);
    REQUIRE_FALSE(groups.empty());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setResolution(300);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 14, 18, 14),
                                  QPageLayout::Millimeter));
    return report::paintPages(board, groups, pdf);
}

/// Rows of the ruled tables of `doc` that a page boundary cuts (rows shorter than half a page).
int cutRows(const QTextDocument &doc, qreal pageHeight)
{
    int cut = 0;
    QList<QTextFrame *> frames = doc.rootFrame()->childFrames();
    for (QTextFrame *frame : frames) {
        const auto *table = qobject_cast<QTextTable *>(frame);
        if (!table || !table->format().hasProperty(report::TableNumberProperty))
            continue;
        for (int r = 1; r < table->rows(); ++r) {
            qreal top = 1e300, bottom = 0;
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                top = std::min(top, doc.documentLayout()->blockBoundingRect(cell.firstCursorPosition().block()).top());
                bottom = std::max(
                    bottom, doc.documentLayout()->blockBoundingRect(cell.lastCursorPosition().block()).bottom());
            }
            if (bottom - top <= pageHeight / 2 && std::floor(top / pageHeight) != std::floor((bottom - 0.5) / pageHeight))
                ++cut;
        }
    }
    return cut;
}

} // namespace

TEST_CASE("Laying a long report out in pages takes no more layouts for four times the rows")
{
    const int small = layoutsOf(report::build(withActions(150), nullptr));
    const int large = layoutsOf(report::build(withActions(600), nullptr));
    INFO("layouts: " << small << " for 150 actions, " << large << " for 600");
    // Moving each cut row by itself laid the document out once a row: hundreds here.
    CHECK(large <= small + 2);
    CHECK(large <= 40);
}

TEST_CASE("No table row of the PDF is cut by a page break")
{
    const report::BoardReport board = report::build(withActions(400), nullptr);
    Error error;
    const auto groups = report::pageGroups(board, error);
    REQUIRE_FALSE(groups.empty());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setResolution(300);
    const QSizeF page(1950, 2900); // about the body of an A4 page at 300 dpi
    int tables = 0, broken = 0;
    for (const auto &group : groups) {
        group->documentLayout()->setPaintDevice(&pdf);
        std::unique_ptr<QTextDocument> rebuilt;
        report::RowKeeping keeping;
        const auto rebuild = [&](const report::TableBreaks &breaks) {
            auto doc = report::rebuiltGroup(board, *group, breaks);
            doc->documentLayout()->setPaintDevice(&pdf);
            return doc;
        };
        const QTextDocument &doc = report::keepRowsTogether(*group, page, rebuild, rebuilt, keeping);
        CHECK(cutRows(doc, page.height()) == 0);
        CHECK(keeping.layouts <= report::MaxLayoutPasses + 1);
        tables += int(doc.rootFrame()->childFrames().size());
        broken += rebuilt ? 1 : 0;
    }
    CHECK(broken > 0); // the action plan ran over pages and had rows to move
    CHECK(tables > 0);
}
