// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSizeF>
#include <QTextFormat>

#include <optional>

class QPainter;
class QTextDocument;

namespace wgll::report {

/// The properties that mark a ruled table's row, drawn as one text object on a line of its
/// own (TableRows): which table of the document it belongs to, and which row it is (0: the
/// header row, repeated at the top of each page the table runs onto).
inline constexpr int RowTableProperty = QTextFormat::UserProperty + 30;
inline constexpr int RowIndexProperty = QTextFormat::UserProperty + 31;

/// A text object a page may end inside, when it is too tall to move whole to the next page (a
/// table row with a long note): where, below its top, a page may end without cutting a line.
class SplittableObject
{
public:
    virtual ~SplittableObject() = default;
    virtual QList<qreal> breaksWithin(QTextDocument &doc, const QTextFormat &format) = 0;
};

/// A vertical stretch [top, bottom) of a page group laid out without pages.
struct Span
{
    qreal top = 0;
    qreal bottom = 0;
    qreal height() const { return bottom - top; }
};

/// One page of a page group: a stretch of its layout without pages, and, when the page starts
/// inside a ruled table's rows, that table's header row, drawn again above them.
struct PageSlice
{
    Span body;
    std::optional<Span> header;
};

/// Lays `doc` (a page group) out once, `pageSize.width()` wide and without pages, and cuts it
/// into pages `pageSize.height()` high (device units of its layout's paint device): between
/// lines, never through one; a table row (a line) that is taller than half a page only where
/// its SplittableObject allows; never straight after a heading or a table's header row; and
/// before every block that asks for a new page.
///
/// Qt's own paged layout cannot keep a table row together, and moving rows itself meant laying
/// long tables out again and again (issue 13: the largest report took about a minute). One
/// layout, then a single pass over its lines, keeps the work linear in the content.
QList<PageSlice> pagesOf(QTextDocument &doc, QSizeF pageSize);

/// Paints one page of `doc` (laid out by pagesOf()) with its top left at the painter's origin:
/// the repeated header row, if any, then the page's stretch of the document.
void paintSlice(QPainter &painter, QTextDocument &doc, const PageSlice &slice, qreal width);

} // namespace wgll::report
