// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowkeeper.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextTable>

#include <cmath>
#include <limits>
#include <optional>

namespace wgll::report {

namespace {

/// A ruled table of the group as built without breaks, laid out without pages.
struct Natural
{
    QList<qreal> top, bottom; ///< of each row's text (index 0 is the header)
    qreal header() const { return top.size() > 1 ? top[1] - top[0] : 0; }
    qreal height(int row) const { return bottom[row] - top[row]; }
};

void tablesIn(QTextFrame *frame, QList<QTextTable *> &found)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            found.append(table);
        tablesIn(child, found);
    }
}

/// The ruled tables of `doc`, each with its number (TableNumberProperty).
QList<QTextTable *> ruledTables(const QTextDocument &doc)
{
    QList<QTextTable *> all, ruled;
    tablesIn(doc.rootFrame(), all);
    for (QTextTable *t : all) {
        if (t->format().hasProperty(TableNumberProperty))
            ruled.append(t);
    }
    return ruled;
}

/// The top of the first line and the bottom of the last line of each row's cells.
void measure(const QAbstractTextDocumentLayout &layout, const QTextTable &table, QList<qreal> &top,
             QList<qreal> &bottom)
{
    top.resize(table.rows());
    bottom.resize(table.rows());
    for (int r = 0; r < table.rows(); ++r) {
        top[r] = std::numeric_limits<qreal>::max();
        bottom[r] = 0;
        for (int c = 0; c < table.columns(); ++c) {
            const QTextTableCell cell = table.cellAt(r, c);
            top[r] = std::min(top[r], layout.blockBoundingRect(cell.firstCursorPosition().block()).top());
            bottom[r] = std::max(bottom[r], layout.blockBoundingRect(cell.lastCursorPosition().block()).bottom());
        }
    }
}

/// Appends to `breaks` (indices in Table::rows) the rows from `from` on (indices in `nat`) that
/// must start a page for none to be cut, given that row `from` has its text at `y`. Stops at a
/// tall row that does not fit (Qt splits it; where it ends is learnt from the next layout), or
/// after the first break when where a broken-off table starts is not known yet.
void simulate(const Natural &nat, int from, qreal y, qreal pageHeight, qreal lastLine,
              const std::optional<qreal> &pageStart, QList<int> &breaks)
{
    for (int k = from; k < nat.top.size(); ++k) {
        if (k > from)
            y += nat.top[k] - nat.top[k - 1];
        const qreal end = (std::floor(y / pageHeight) + 1) * pageHeight;
        if (y + nat.height(k) <= end - lastLine)
            continue;
        if (nat.height(k) > pageHeight / 2 || (!breaks.isEmpty() && breaks.constLast() == k - 1))
            return;
        breaks.append(k - 1);
        if (!pageStart)
            return;
        y = end + *pageStart + nat.header();
    }
}

/// A row's text must end this far above the page's end: Qt's table layout keeps the table's
/// bottom margin, the borders and the cell padding free.
qreal lastLineOf(const QTextTable &table, const QAbstractTextDocumentLayout &layout)
{
    const qreal scale = layout.paintDevice() ? layout.paintDevice()->logicalDpiY() / 96.0 : 1.0;
    const QTextTableFormat f = table.format();
    return (f.bottomMargin() + 2 * f.border() + f.cellSpacing() + f.cellPadding()) * scale;
}

/// Whether the paged layout puts `table` where the unpaged one does: nothing before it starts
/// a page and it starts on the first (the group's content before it is short).
bool startsUnmoved(const QTextDocument &doc, const QTextTable &table, const Natural &nat, qreal pageHeight)
{
    if (nat.top.size() < 2 || nat.bottom[1] >= pageHeight)
        return false;
    for (QTextBlock b = doc.begin(); b.isValid() && b.position() < table.firstPosition(); b = b.next()) {
        if (b.blockFormat().pageBreakPolicy() != QTextFormat::PageBreak_Auto)
            return false;
    }
    return true;
}

} // namespace

QTextDocument &keepRowsTogether(QTextDocument &doc, QSizeF pageSize,
                                const std::function<std::unique_ptr<QTextDocument>(const TableBreaks &)> &rebuild,
                                std::unique_ptr<QTextDocument> &rebuilt, RowKeeping &state)
{
    const qreal pageHeight = pageSize.height();
    const auto pageOf = [pageHeight](qreal y) { return std::floor(y / pageHeight); };
    QTextDocument *current = &doc;
    TableBreaks breaks;

    // Each row's own height, with no page to cut it (index: table number).
    QHash<int, Natural> natural;
    const QList<QTextTable *> unbroken = ruledTables(doc);
    if (!unbroken.isEmpty()) {
        doc.setPageSize(QSizeF(pageSize.width(), -1));
        ++state.layouts;
        for (const QTextTable *t : unbroken) {
            Natural &n = natural[t->format().intProperty(TableNumberProperty)];
            measure(*doc.documentLayout(), *t, n.top, n.bottom);
        }
        // The first table's breaks straight from that layout, when pages cannot move it.
        const QTextTable &first = *unbroken.constFirst();
        const int number = first.format().intProperty(TableNumberProperty);
        const Natural &nat = natural[number];
        if (startsUnmoved(doc, first, nat, pageHeight)) {
            QList<int> rows;
            simulate(nat, 1, nat.top[1], pageHeight, lastLineOf(first, *doc.documentLayout()), state.pageStart, rows);
            if (!rows.isEmpty()) {
                breaks.insert(number, rows);
                rebuilt = rebuild(breaks);
                current = rebuilt.get();
            }
        }
    }
    current->setPageSize(pageSize);
    ++state.layouts;

    QHash<int, QList<int>> leftAlone; // rows a break did not help: Qt splits them
    int passes = 1;
    QList<qreal> top, bottom;
    for (;;) {
        const QAbstractTextDocumentLayout &layout = *current->documentLayout();
        // The first row a page break cuts, in document order.
        int number = -1, cut = -1;
        qreal cutTop = 0, lastLine = 0;
        for (const QTextTable *t : ruledTables(*current)) {
            const int n = t->format().intProperty(TableNumberProperty);
            const int first = t->format().intProperty(TableFirstRowProperty); // row 1 here is first + 1 there
            const Natural &nat = natural[n];
            measure(layout, *t, top, bottom);
            if (!state.pageStart && breaks.value(n).contains(first) && t->rows() > 1)
                state.pageStart = top[1] - pageOf(top[1]) * pageHeight - nat.header();
            for (int r = 1; r < t->rows() && cut < 0; ++r) {
                const int row = first + r; // in `nat`, whose row 0 is the header
                if (pageOf(top[r]) != pageOf(bottom[r] - 0.5) && nat.height(row) <= pageHeight / 2 &&
                    !leftAlone.value(n).contains(row - 1)) {
                    number = n;
                    cut = row - 1; // in Table::rows
                    cutTop = top[r];
                    lastLine = lastLineOf(*t, layout);
                }
            }
            if (cut >= 0)
                break;
        }
        if (cut < 0 || passes >= MaxLayoutPasses)
            return *current;

        QList<int> &rows = breaks[number];
        if (rows.contains(cut)) { // already starts a page, and is still cut: leave it to Qt
            leftAlone[number].append(cut);
            continue;
        }
        while (!rows.isEmpty() && rows.constLast() > cut)
            rows.removeLast(); // worked out from a layout now known to be off
        rows.append(cut);
        // From the cut row on, each row follows the one before by its distance without pages,
        // unless it does not fit: then it starts the next page.
        if (state.pageStart) {
            const Natural &nat = natural[number];
            const qreal y = (pageOf(cutTop) + 1) * pageHeight + *state.pageStart + nat.header();
            simulate(nat, cut + 1, y, pageHeight, lastLine, state.pageStart, rows);
        }
        rebuilt = rebuild(breaks);
        current = rebuilt.get();
        current->setPageSize(pageSize);
        ++state.layouts;
        ++passes;
    }
}

} // namespace wgll::report
