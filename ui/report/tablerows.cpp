// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablerows.h"

#include "reportdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>
#include <memory>
#include <numeric>
#include <vector>

namespace wgll::report {

namespace {

const QColor Ink(33, 43, 50);
const QColor Rule(174, 183, 189);
const QColor HeaderFill(232, 237, 238);
constexpr qreal PaddingPt = 2.5, RulePt = 0.5, TopMarginPt = 4, BottomMarginPt = 8;

/// Device units per point of the document's device.
qreal unitsPerPoint(const QTextDocument &doc)
{
    const QPaintDevice *device = doc.documentLayout()->paintDevice();
    return (device ? device->logicalDpiY() : 96) / 72.0;
}

/// The left edge of each column, then the right edge of the last, in a table `width` wide.
QList<qreal> columnEdges(const Table &table, qreal width)
{
    const qsizetype columns = table.header.size();
    QList<qreal> shares(columns, 1);
    if (table.widths.size() == columns)
        std::copy(table.widths.cbegin(), table.widths.cend(), shares.begin());
    const qreal total = std::accumulate(shares.cbegin(), shares.cend(), 0.0);
    QList<qreal> edges{0};
    qreal sum = 0;
    for (qreal share : shares) {
        sum += share;
        edges.append(width * sum / total);
    }
    return edges;
}

quint64 keyOf(const QTextFormat &format)
{
    return (quint64(quint32(format.intProperty(RowTableProperty))) << 32) |
           quint32(format.intProperty(RowIndexProperty));
}

} // namespace

struct TableRows::Cell
{
    std::unique_ptr<QTextLayout> text;
    QPointF origin; ///< of the text, from the row's top left
    qreal height = 0; ///< of the text
};

void TableRows::insert(QTextCursor &cursor, const Table &table)
{
    const int number = static_cast<int>(m_tables.size());
    m_tables.append(table);
    const int rows = static_cast<int>(table.rows.size()) + 1;
    for (int r = 0; r < rows; ++r) {
        QTextBlockFormat block; // no line spacing: the rows touch, one under the other
        // Margins are in points at 96 dpi, which the layout scales to the device.
        block.setTopMargin(r == 0 ? TopMarginPt * 96 / 72 : 0);
        block.setBottomMargin(r == rows - 1 ? BottomMarginPt * 96 / 72 : 0);
        if (r == 0)
            cursor.setBlockFormat(block);
        else
            cursor.insertBlock(block);
        QTextCharFormat row;
        row.setObjectType(ObjectType);
        row.setProperty(RowTableProperty, number);
        row.setProperty(RowIndexProperty, r);
        row.setFont(reportFont(1)); // the line is as tall as the row, not as the font
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), row);
    }
}

std::vector<TableRows::Cell> TableRows::cellsOf(QTextDocument &doc, const QTextFormat &format) const
{
    const Table &table = m_tables.at(format.intProperty(RowTableProperty));
    const int row = format.intProperty(RowIndexProperty);
    const QStringList &values = row == 0 ? table.header : table.rows.at(row - 1);
    const qsizetype columns = table.header.size();
    const QList<qreal> edges = columnEdges(table, doc.pageSize().width());
    const qreal unit = unitsPerPoint(doc);
    const qreal inset = (PaddingPt + RulePt / 2) * unit;

    QFont font = reportFont(row == 0 ? 8.5 : 9);
    font.setBold(row == 0);
    std::vector<Cell> cells(static_cast<std::size_t>(columns));
    for (qsizetype c = 0; c < columns; ++c) {
        const qreal columnWidth = edges[c + 1] - edges[c];
        Cell &cell = cells[static_cast<std::size_t>(c)];
        QString text = values.value(c);
        text.replace(u'\n', QChar::LineSeparator); // a line break inside a note or a name
        cell.text = std::make_unique<QTextLayout>(text, font, doc.documentLayout()->paintDevice());
        QTextOption option(c < table.numeric.size() && table.numeric[c] ? Qt::AlignRight : Qt::AlignLeft);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // long links and names too
        cell.text->setTextOption(option);
        cell.text->beginLayout();
        for (QTextLine line = cell.text->createLine(); line.isValid(); line = cell.text->createLine()) {
            line.setLineWidth(std::max<qreal>(columnWidth - 2 * inset, unit));
            line.setPosition(QPointF(0, cell.height));
            cell.height += line.height();
        }
        cell.text->endLayout();
        cell.origin = QPointF(edges[c] + inset, inset);
    }
    return cells;
}

qreal TableRows::rowHeight(const std::vector<Cell> &cells, const QTextDocument &doc) const
{
    qreal tallest = 0;
    for (const Cell &cell : cells)
        tallest = std::max(tallest, cell.height);
    return tallest + 2 * (PaddingPt + RulePt / 2) * unitsPerPoint(doc);
}

QSizeF TableRows::intrinsicSize(QTextDocument *doc, int, const QTextFormat &format)
{
    const qreal width = doc->pageSize().width();
    if (width != m_heightsWidth) { // laid out again at another width (or device): start afresh
        m_heights.clear();
        m_heightsWidth = width;
    }
    const quint64 key = keyOf(format);
    auto found = m_heights.constFind(key);
    if (found == m_heights.cend())
        found = m_heights.insert(key, rowHeight(cellsOf(*doc, format), *doc));
    return QSizeF(width, *found);
}

void TableRows::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int,
                           const QTextFormat &format)
{
    // Laid out again here rather than kept from intrinsicSize(): the largest report has about
    // 100,000 cells, and holding every shaped cell until its page is drawn would cost hundreds
    // of megabytes for a second or two saved.
    const std::vector<Cell> cells = cellsOf(*doc, format);
    const bool header = format.intProperty(RowIndexProperty) == 0;
    painter->save();
    if (header)
        painter->fillRect(rect, HeaderFill);
    painter->setPen(Ink);
    for (const Cell &cell : cells)
        cell.text->draw(painter, rect.topLeft() + cell.origin);
    // The rules, centred on the row's edges. A row under another shares its top rule with the
    // row above (the header row, repeated, above a row that starts a page): drawn once, as a
    // rule drawn twice is darker where it is smoothed.
    painter->setPen(QPen(Rule, RulePt * unitsPerPoint(*doc), Qt::SolidLine, Qt::SquareCap));
    if (header)
        painter->drawLine(rect.topLeft(), rect.topRight());
    painter->drawLine(rect.bottomLeft(), rect.bottomRight());
    for (qreal x : columnEdges(m_tables.at(format.intProperty(RowTableProperty)), rect.width()))
        painter->drawLine(QPointF(rect.left() + x, rect.top()), QPointF(rect.left() + x, rect.bottom()));
    painter->restore();
}

QList<qreal> TableRows::breaksWithin(QTextDocument &doc, const QTextFormat &format)
{
    // Every line of every cell, from the row's top; a page may end where none is cut.
    QList<Span> lines;
    for (const Cell &cell : cellsOf(doc, format)) {
        for (int i = 0; i < cell.text->lineCount(); ++i) {
            const QTextLine line = cell.text->lineAt(i);
            const qreal top = cell.origin.y() + line.y();
            lines.append({top, top + line.height()});
        }
    }
    std::sort(lines.begin(), lines.end(), [](const Span &a, const Span &b) { return a.top < b.top; });
    QList<qreal> breaks;
    qreal bottom = 0;
    for (const Span &line : lines) {
        if (line.top >= bottom - 0.05 && bottom > 0)
            breaks.append(line.top);
        bottom = std::max(bottom, line.bottom);
    }
    return breaks;
}

} // namespace wgll::report
