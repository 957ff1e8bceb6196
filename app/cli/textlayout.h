// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace wgll::cli {

/// The width text output is laid out for: COLUMNS when it holds a whole number from MinWidth to
/// MaxWidth (what a shell exports after a resize, and what a script sets), otherwise the
/// terminal's width when standard output is a terminal, otherwise 80.
qsizetype terminalWidth();
constexpr qsizetype MinWidth = 20;
constexpr qsizetype MaxWidth = 1000;

/// Breaks `text` (spaces only; a word longer than a whole line is split) into lines of at most
/// `first` columns for the first line and `rest` for the others. No escaping, no indent.
QStringList breakLines(const QString &text, qsizetype first, qsizetype rest);

/// Word-wraps `text` to `width` columns; every line after the first starts with `indent`
/// spaces so lists read as hanging paragraphs in a terminal. The first word starts at
/// `firstColumn` (what the caller has already printed on that line; by default `indent`).
/// Line breaks become spaces; control characters are escaped.
QString wrap(const QString &text, qsizetype width, qsizetype indent, qsizetype firstColumn = -1);

/// A plain-text table: columns padded to their widest cell, numeric columns right-aligned; every
/// cell escaped (text::escapeUnsafe), as cells come from files. Given a width, the columns marked
/// as wrapping (text: titles, names, statement wording) are narrowed and their cells wrapped
/// inside the column; the others (numbers, ids) are never cut. A table that cannot fit even so is
/// printed as one block of `Header: value` lines per row.
class TextTable
{
public:
    explicit TextTable(QStringList headers, QList<bool> rightAligned = {}, QList<bool> wraps = {});
    void addRow(QStringList cells);
    /// The table in at most `width` columns (when its unwrappable columns allow).
    QString toString(qsizetype width) const;
    /// The table at terminalWidth().
    QString toString() const { return toString(terminalWidth()); }

private:
    QString asRecords(qsizetype width) const;

    QStringList m_headers;
    QList<bool> m_right;
    QList<bool> m_wraps;
    QList<QStringList> m_rows;
};

} // namespace wgll::cli
