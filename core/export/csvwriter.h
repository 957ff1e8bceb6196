// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

namespace wgll {

/// RFC 4180 CSV in UTF-8 (no byte-order mark): fields with a comma, quote, CR or LF are quoted,
/// quotes doubled, records end in CRLF. A field starting with = + - @, tab or CR is prefixed with an
/// apostrophe when `guardFormulas` is on, so a spreadsheet never runs a note as a formula.
class CsvWriter
{
public:
    explicit CsvWriter(bool guardFormulas = true) : m_guard(guardFormulas) {}
    CsvWriter &row(const QStringList &fields);
    const QByteArray &bytes() const { return m_bytes; }

    static QString field(const QString &value, bool guardFormulas);
    /// Whether a spreadsheet could read `value` as a formula: it begins with = + - @, a tab or a
    /// carriage return (OWASP's list) and is not a plain number such as -1.
    static bool looksLikeFormula(const QString &value);

private:
    bool m_guard;
    QByteArray m_bytes;
};

} // namespace wgll
