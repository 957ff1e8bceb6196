// SPDX-License-Identifier: GPL-3.0-or-later
#include "textlayout.h"

#include "util/safetext.h"

#include <algorithm>

#if __has_include(<sys/ioctl.h>)
#include <sys/ioctl.h>
#include <unistd.h>
#endif

namespace wgll::cli {

namespace {

// A wrapping column narrower than this reads as a column of broken words: below it the table is
// printed as records instead.
constexpr qsizetype MinWrapWidth = 12;
constexpr qsizetype Gutter = 2;

} // namespace

qsizetype terminalWidth()
{
    bool ok = false;
    const int columns = qEnvironmentVariableIntValue("COLUMNS", &ok);
    if (ok && columns >= MinWidth && columns <= MaxWidth)
        return columns;
#if __has_include(<sys/ioctl.h>)
    winsize size{};
    if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col >= MinWidth &&
        size.ws_col <= MaxWidth)
        return size.ws_col;
#endif
    return 80;
}

QStringList breakLines(const QString &text, qsizetype first, qsizetype rest)
{
    first = std::max<qsizetype>(first, 1);
    rest = std::max<qsizetype>(rest, 1);
    QStringList lines;
    QString line;
    auto budget = [&] { return lines.isEmpty() ? first : rest; };
    for (QString word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > budget()) {
            lines.append(line);
            line.clear();
        }
        if (!line.isEmpty()) {
            line += u' ' + word;
            continue;
        }
        // A word longer than a whole line (a web address, a name without spaces) is split: the
        // alternative is a line wider than the terminal.
        while (word.size() > budget()) {
            const qsizetype room = budget();
            lines.append(word.left(room));
            word.remove(0, room);
        }
        line = word;
    }
    if (!line.isEmpty() || lines.isEmpty())
        lines.append(line);
    return lines;
}

QString wrap(const QString &text, qsizetype width, qsizetype indent, qsizetype firstColumn)
{
    if (firstColumn < 0)
        firstColumn = indent;
    // Line breaks become spaces first (wrapping makes its own); any control left is escaped.
    const QString words = text::escapeUnsafe(text.simplified());
    QStringList lines;
    // When what the caller printed leaves no room for the first word, start on the next line.
    if (firstColumn > indent && words.section(u' ', 0, 0).size() > width - firstColumn) {
        lines = breakLines(words, width - indent, width - indent);
        lines.prepend(QString());
    } else {
        lines = breakLines(words, width - firstColumn, width - indent);
    }
    return lines.join(u'\n' + QString(indent, u' '));
}

TextTable::TextTable(QStringList headers, QList<bool> rightAligned, QList<bool> wraps)
    : m_headers(std::move(headers)), m_right(std::move(rightAligned)), m_wraps(std::move(wraps))
{
    m_right.resize(m_headers.size());
    m_wraps.resize(m_headers.size());
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

QString TextTable::toString(qsizetype width) const
{
    const qsizetype n = m_headers.size();
    QList<qsizetype> widths;
    for (const QString &h : m_headers)
        widths.append(h.size());
    for (const QStringList &row : m_rows) {
        for (qsizetype c = 0; c < n; ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    }
    qsizetype total = Gutter * (n - 1);
    for (const qsizetype w : widths)
        total += w;
    // Narrow the widest wrapping column, one column of text at a time, until the table fits.
    while (total > width) {
        qsizetype widest = -1;
        for (qsizetype c = 0; c < n; ++c) {
            const qsizetype floor = std::max(MinWrapWidth, m_headers.at(c).size());
            if (m_wraps.at(c) && widths.at(c) > floor && (widest < 0 || widths.at(c) > widths.at(widest)))
                widest = c;
        }
        if (widest < 0)
            break;
        --widths[widest];
        --total;
    }
    if (total > width)
        return asRecords(width);

    auto line = [&](const QStringList &cells) -> QString {
        QList<QStringList> parts;
        qsizetype height = 1;
        for (qsizetype c = 0; c < n; ++c) {
            parts.append(m_wraps.at(c) ? breakLines(cells.at(c), widths.at(c), widths.at(c))
                                       : QStringList{cells.at(c)});
            height = std::max(height, parts.constLast().size());
        }
        QString s;
        for (qsizetype l = 0; l < height; ++l) {
            QString text;
            for (qsizetype c = 0; c < n; ++c) {
                const QString cell = l < parts.at(c).size() ? parts.at(c).at(l) : QString();
                text += m_right.at(c) ? cell.rightJustified(widths.at(c)) : cell.leftJustified(widths.at(c));
                if (c + 1 < n)
                    text += QString(Gutter, u' ');
            }
            // Trailing padding is invisible and makes lines longer than they look.
            while (text.endsWith(u' '))
                text.chop(1);
            s += text + u'\n';
        }
        return s;
    };
    QString out = line(m_headers);
    for (const QStringList &row : m_rows)
        out += line(row);
    return out;
}

QString TextTable::asRecords(qsizetype width) const
{
    qsizetype label = 0;
    for (const QString &h : m_headers)
        label = std::max(label, h.size());
    label += 2; // "Header: "
    QString out;
    for (const QStringList &row : m_rows) {
        if (!out.isEmpty())
            out += u'\n';
        for (qsizetype c = 0; c < m_headers.size(); ++c) {
            if (row.at(c).isEmpty())
                continue;
            const QString head = QString(m_headers.at(c) + u':').leftJustified(label);
            // Numbers and ids are never split, even if that makes this line long.
            const QStringList lines = m_wraps.at(c) ? breakLines(row.at(c), width - label, width - label)
                                                    : QStringList{row.at(c)};
            out += head + lines.join(u'\n' + QString(label, u' ')) + u'\n';
        }
    }
    return out;
}

} // namespace wgll::cli
