// SPDX-License-Identifier: GPL-3.0-or-later
#include "textlayout.h"

#include "util/safetext.h"

#include <algorithm>

namespace wgll::cli {

QString wrap(const QString &text, qsizetype width, qsizetype indent)
{
    QString result;
    qsizetype column = 0;
    const QString pad(indent, u' ');
    // Line breaks become spaces first (wrapping makes its own); any control left is escaped.
    const QStringList words = text::escapeUnsafe(text.simplified()).split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (column > indent && column + 1 + word.size() > width) {
            result += u'\n' + pad;
            column = indent;
        } else if (!result.isEmpty()) {
            result += u' ';
            ++column;
        }
        if (result.isEmpty())
            column = indent; // the caller has already printed the first line's prefix
        result += word;
        column += word.size();
    }
    return result;
}

TextTable::TextTable(QStringList headers, QList<bool> rightAligned)
    : m_headers(std::move(headers)), m_right(std::move(rightAligned))
{
    m_right.resize(m_headers.size());
}

void TextTable::addRow(QStringList cells)
{
    cells.resize(m_headers.size());
    // Cells hold text from files: escaped whole, so a newline or an escape sequence in a title
    // can neither break the table nor drive the terminal.
    for (QString &cell : cells)
        cell = text::escapeUnsafe(cell);
    m_rows.append(std::move(cells));
}

QString TextTable::toString() const
{
    QList<qsizetype> widths;
    for (const QString &h : m_headers)
        widths.append(h.size());
    for (const QStringList &row : m_rows) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    }
    auto line = [&](const QStringList &cells) -> QString {
        QString s;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const bool last = c + 1 == cells.size();
            const QString cell =
                m_right.at(c) ? cells.at(c).rightJustified(widths.at(c)) : (last ? cells.at(c) : cells.at(c).leftJustified(widths.at(c)));
            s += cell + (last ? QString() : QStringLiteral("  "));
        }
        return s + u'\n';
    };
    QString out = line(m_headers);
    for (const QStringList &row : m_rows)
        out += line(row);
    return out;
}

} // namespace wgll::cli
