// SPDX-License-Identifier: GPL-3.0-or-later
#include "pager.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>

namespace wgll::report {

namespace {

/// Device units below which two positions are the same (layouts are in fixed point, 1/64).
constexpr qreal Eps = 0.05;

/// A ruled table of the group: its header row, and the stretch of rows under it.
struct TableSpans
{
    Span header;
    Span body;
};

/// What may not be cut, what must start a page, and where the ruled tables are.
struct PageRules
{
    QList<Span> keeps; ///< each must be on one page (when it fits on one)
    QList<qreal> breaks; ///< a page must start here
    QList<TableSpans> tables;
    qreal end = 0; ///< the bottom of the last thing drawn
};

/// The part of a table the row `span` stands for: row 0 starts a table (its header), the
/// others extend the body of the last one started.
void addRow(QList<TableSpans> &tables, int row, const Span &span)
{
    if (row == 0 || tables.isEmpty())
        tables.append({span, {span.bottom, span.bottom}});
    else
        tables.last().body.bottom = span.bottom;
}

/// A table row taller than half a page, kept in the pieces its object lets a page end between.
void addTallRow(QTextDocument &doc, const QTextCharFormat &object, const Span &row, PageRules &out)
{
    qreal top = row.top;
    auto *splittable = dynamic_cast<SplittableObject *>(doc.documentLayout()->handlerForObject(object.objectType()));
    if (splittable) {
        for (qreal at : splittable->breaksWithin(doc, object)) {
            if (row.top + at > top + Eps && row.top + at < row.bottom - Eps) {
                out.keeps.append({top, row.top + at});
                top = row.top + at;
            }
        }
    }
    out.keeps.append({top, row.bottom});
}

/// Every line of every block is kept whole; a heading, and a table's header row, with the line
/// that follows; blocks that ask for a page break start one. A table row is a line of its own
/// (RowTableProperty), cut only when taller than half a page.
void addLines(QTextDocument &doc, qreal pageHeight, PageRules &out)
{
    const QAbstractTextDocumentLayout &layout = *doc.documentLayout();
    bool glue = false; // a heading or a header row waits for the line after it
    qreal glueTop = 0; // its top
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const QTextLayout *lines = b.layout();
        if (!lines || lines->lineCount() == 0)
            continue;
        const QRectF rect = layout.blockBoundingRect(b);
        const QTextBlockFormat format = b.blockFormat();
        if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            out.breaks.append(rect.top());
        const QTextCharFormat object = b.begin().fragment().charFormat();
        const bool row = object.hasProperty(RowTableProperty);
        // blockBoundingRect() is the lines' bounding box moved to the block's place.
        const qreal origin = rect.top() - lines->boundingRect().top();
        for (int i = 0; i < lines->lineCount(); ++i) {
            const QTextLine line = lines->lineAt(i);
            const Span span{origin + line.y(), origin + line.y() + line.height()};
            const qsizetype first = out.keeps.size();
            if (row && span.height() > pageHeight / 2)
                addTallRow(doc, object, span, out);
            else
                out.keeps.append(span);
            if (glue) {
                out.keeps[first].top = std::min(out.keeps[first].top, glueTop);
                glue = false;
            }
            if (row)
                addRow(out.tables, object.intProperty(RowIndexProperty), span);
            out.end = std::max(out.end, span.bottom);
        }
        if (format.headingLevel() > 0 || (row && object.intProperty(RowIndexProperty) == 0)) {
            glue = true;
            glueTop = rect.top();
        }
        if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysAfter)
            out.breaks.append(rect.bottom());
    }
}

/// Sorts the keeps and joins those that overlap (touching ones stay apart: a page can end
/// between them).
QList<Span> joined(QList<Span> keeps)
{
    std::sort(keeps.begin(), keeps.end(), [](const Span &a, const Span &b) { return a.top < b.top; });
    QList<Span> out;
    for (const Span &k : keeps) {
        if (!out.isEmpty() && k.top < out.last().bottom - Eps)
            out.last().bottom = std::max(out.last().bottom, k.bottom);
        else
            out.append(k);
    }
    return out;
}

/// Where a page that starts at `from` and may run to `limit` ends: at `limit` unless that cuts
/// a keep, then at the top of that keep; a keep taller than the page is cut.
qreal pageEnd(const QList<Span> &keeps, qreal from, qreal limit)
{
    auto after = std::upper_bound(keeps.cbegin(), keeps.cend(), limit,
                                  [](qreal y, const Span &k) { return y < k.top; });
    if (after == keeps.cbegin())
        return limit;
    const Span &k = *(after - 1); // the last keep starting above the limit
    if (k.bottom <= limit + Eps || k.top <= from + Eps)
        return limit;
    return k.top;
}

} // namespace

QList<PageSlice> pagesOf(QTextDocument &doc, QSizeF pageSize)
{
    doc.setPageSize(QSizeF(pageSize.width(), -1)); // one page as long as the content
    doc.documentLayout()->documentSize(); // lays the whole document out now
    const qreal pageHeight = pageSize.height();

    PageRules found;
    addLines(doc, pageHeight, found);
    const QList<Span> keeps = joined(std::move(found.keeps));
    std::sort(found.breaks.begin(), found.breaks.end());

    QList<PageSlice> pages;
    qreal y = 0;
    auto nextBreak = found.breaks.cbegin();
    do {
        PageSlice page;
        for (const TableSpans &t : found.tables) {
            if (y > t.header.top + Eps && y >= t.body.top - Eps && y < t.body.bottom - Eps) {
                page.header = t.header;
                break;
            }
        }
        const qreal limit = y + pageHeight - (page.header ? page.header->height() : 0);
        while (nextBreak != found.breaks.cend() && *nextBreak <= y + Eps)
            ++nextBreak;
        qreal end = 0;
        if (nextBreak != found.breaks.cend() && *nextBreak <= limit)
            end = *nextBreak;
        else if (limit >= found.end)
            end = found.end;
        else
            end = pageEnd(keeps, y, limit);
        page.body = {y, std::max(end, y + Eps)};
        pages.append(page);
        y = page.body.bottom;
    } while (y < found.end - Eps || (y < found.end + Eps && pages.isEmpty()));
    return pages;
}

void paintSlice(QPainter &painter, QTextDocument &doc, const PageSlice &slice, qreal width)
{
    QAbstractTextDocumentLayout &layout = *doc.documentLayout();
    qreal at = 0;
    const auto draw = [&](const Span &span) {
        painter.save();
        painter.translate(0, at - span.top);
        QAbstractTextDocumentLayout::PaintContext context;
        // A little wider than the text: rules on the tables' outer edges are centred on them.
        const qreal side = width / 100;
        const QRectF clip(-side, span.top, width + 2 * side, span.height());
        // The layout draws every line that meets its clip, and a PDF keeps the text of what the
        // painter's clip hides: a table row that only touches this page (the last of the page
        // before, the first of the next) went into its text, under the footer. Lines that merely
        // touch the span are left out.
        context.clip = clip.adjusted(0, Eps, 0, -Eps);
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(clip, Qt::IntersectClip);
        layout.draw(&painter, context);
        painter.restore();
        at += span.height();
    };
    if (slice.header)
        draw(*slice.header);
    draw(slice.body);
}

} // namespace wgll::report
