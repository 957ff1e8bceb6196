// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/boardreport.h"
#include "report/pager.h"

#include <QHash>
#include <QObject>
#include <QTextObjectInterface>

#include <vector>

class QTextCursor;

namespace wgll::report {

/// The ruled tables of the paged report (PDF, print), each row drawn by this handler as one
/// object on a line of its own: the row's height is its tallest cell, laid out with QTextLayout
/// at its column's width; the rules, the header's fill and the text are painted in place.
///
/// Qt's own table layout costs several times the text's layout in bookkeeping (every cell looks
/// itself up in the table: the largest report spent most of its half minute there), and cannot
/// keep a row together on a page; a row as a line is never cut by pagesOf() unless it is taller
/// than half a page, and then only between lines of its cells (SplittableObject).
/// The ODT keeps real tables (reportdocument.cpp), which a word processor can edit.
class TableRows : public QObject, public QTextObjectInterface, public SplittableObject
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int ObjectType = QTextFormat::UserObject + 2;

    explicit TableRows(QObject *parent) : QObject(parent) {}

    /// Inserts `table` at the cursor (which must be at the start of an empty block): a block
    /// per row, the header row first.
    void insert(QTextCursor &cursor, const Table &table);

    QSizeF intrinsicSize(QTextDocument *doc, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int position,
                    const QTextFormat &format) override;
    QList<qreal> breaksWithin(QTextDocument &doc, const QTextFormat &format) override;

private:
    struct Cell;
    /// The row's cells laid out for `doc`'s width and device, text positions relative to the
    /// row's top left.
    std::vector<Cell> cellsOf(QTextDocument &doc, const QTextFormat &format) const;
    qreal rowHeight(const std::vector<Cell> &cells, const QTextDocument &doc) const;

    QList<Table> m_tables;
    QHash<quint64, qreal> m_heights; ///< (table, row) → height, for the width last laid out
    qreal m_heightsWidth = -1;
};

} // namespace wgll::report
