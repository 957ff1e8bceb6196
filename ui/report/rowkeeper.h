// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QSizeF>
#include <QTextFormat>

#include <functional>
#include <memory>
#include <optional>

class QTextDocument;

namespace wgll::report {

/// Where the ruled tables of a page group start a new page: the table's number in its document
/// (from 0, in the order they are built) → the indices of its rows (Table::rows, ascending)
/// that start a page. The builder makes each such row start a new table with the header row
/// again, after a page break.
using TableBreaks = QHash<int, QList<int>>;

/// Set by the builder on the format of each ruled table: its number, and which row of the
/// report's Table is its first one (0 unless the table was broken).
inline constexpr int TableNumberProperty = QTextFormat::UserProperty + 20;
inline constexpr int TableFirstRowProperty = QTextFormat::UserProperty + 21;

/// The most layouts keepRowsTogether() makes of one page group.
inline constexpr int MaxLayoutPasses = 16;

/// Lays `doc`, a page group, out in pages of `pageSize` (device units of its layout's paint
/// device) so that no table row a page break would cut in two is cut: such a row starts the
/// next page, under the table's header row; rows taller than half a page are left to split.
///
/// Qt cannot keep a row together itself, and any edit of a table lays the whole table out again,
/// so moving rows one at a time was quadratic (2,000 statements took minutes). Here the rows'
/// heights come from one layout without pages; the places of the page breaks are worked out from
/// them (for the first table from that layout, when nothing before it can start a page; else
/// from the first cut row of a paged layout on); the group is built again by `rebuild` with
/// those breaks; and the next layout checks the result and mends what a tall row upset, at most
/// `MaxLayoutPasses` layouts in all, so the work stays linear in the content.
///
/// What keepRowsTogether() learns, kept from one page group to the next of the same rendering.
struct RowKeeping
{
    /// How far below its page's top a table that starts the page has its first row's text,
    /// less its header row: the same for every ruled table, so learnt once.
    std::optional<qreal> pageStart;
    int layouts = 0; ///< layouts made
};

/// Returns the document to paint: `doc`, or the rebuilt one, kept in `rebuilt`.
QTextDocument &keepRowsTogether(QTextDocument &doc, QSizeF pageSize,
                                const std::function<std::unique_ptr<QTextDocument>(const TableBreaks &)> &rebuild,
                                std::unique_ptr<QTextDocument> &rebuilt, RowKeeping &state);

} // namespace wgll::report
