// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace wgll::cli {

/// Word-wraps `text` to `width` columns; every line after the first starts with `indent`
/// spaces so lists read as hanging paragraphs in a terminal. Control characters are escaped.
QString wrap(const QString &text, qsizetype width, qsizetype indent);

/// A plain-text table: columns padded to their widest cell, numeric columns right-aligned; every
/// cell escaped (text::escapeUnsafe), as cells come from files.
class TextTable
{
public:
    explicit TextTable(QStringList headers, QList<bool> rightAligned = {});
    void addRow(QStringList cells);
    QString toString() const;

private:
    QStringList m_headers;
    QList<bool> m_right;
    QList<QStringList> m_rows;
};

} // namespace wgll::cli
