// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the XLSX reader (xlsxreader.cpp, xlsxsheet.cpp): the errors and the one XML
// token loop both halves share, so a DOCTYPE is refused in every part alike.
#pragma once

#include "util/error.h"

#include <QString>
#include <QXmlStreamReader>

#include <optional>

namespace wgll::xlsx::detail {

/// BadData naming the workbook: "book.xlsx: WHERE: message".
inline Error bookError(const QString &fileName, const QString &where, const QString &message)
{
    return Error{ErrorKind::BadData, fileName, 0, where + u": " + message};
}

/// The next token of `xml`, or an error naming `where` for malformed XML or any DOCTYPE: a
/// workbook never needs one, and refusing it outright means no entity is ever declared, so none
/// can be expanded (the "billion laughs") or fetched from outside.
inline std::optional<Error> nextToken(QXmlStreamReader &xml, const QString &fileName, const QString &where)
{
    const QXmlStreamReader::TokenType token = xml.readNext();
    if (token == QXmlStreamReader::DTD)
        return bookError(fileName, where, QStringLiteral("has a DOCTYPE (a document type or entity declaration); "
                                                         "a workbook never needs one, so it is not read"));
    if (token == QXmlStreamReader::Invalid)
        return bookError(fileName, where,
                         QStringLiteral("is not well-formed XML (line %1: %2)")
                             .arg(xml.lineNumber())
                             .arg(xml.errorString()));
    return std::nullopt;
}

/// Where a sheet's cell is, as errors name it: "Sheet1!C12".
inline QString cellWhere(const QString &sheet, const QString &reference)
{
    return sheet + u'!' + reference;
}

} // namespace wgll::xlsx::detail
