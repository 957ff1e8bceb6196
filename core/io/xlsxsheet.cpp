// SPDX-License-Identifier: GPL-3.0-or-later
// One worksheet's cells: <sheetData><row r="12"><c r="C12" t="s"><v>3</v></c>…, with shared
// strings, inline strings and numbers; row and cell counts capped so a hostile sheet cannot
// make the reader build an unbounded table.
#include "io/xlsxparts.h"
#include "io/xlsxreader.h"

namespace wgll::xlsx {

using detail::bookError;
using detail::cellWhere;
using detail::nextToken;

namespace {

// Excel's own bounds: a reference past them is not a cell of any sheet.
constexpr int MaxSheetRows = 1'048'576;
constexpr int MaxSheetColumns = 16'384;

/// Row and column (from 1) of a reference like "C12"; nothing for anything else.
std::optional<std::pair<int, int>> parseReference(QStringView ref)
{
    qsizetype i = 0;
    int column = 0;
    while (i < ref.size() && ref.at(i) >= u'A' && ref.at(i) <= u'Z' && i < 3)
        column = column * 26 + (ref.at(i++).unicode() - u'A' + 1);
    if (i == 0 || i >= ref.size() || !ref.at(i).isDigit())
        return std::nullopt;
    bool ok = false;
    const int row = ref.mid(i).toInt(&ok);
    if (!ok || row < 1 || row > MaxSheetRows || column > MaxSheetColumns)
        return std::nullopt;
    return std::pair{row, column};
}

/// What a <c> element holds, before its type gives it a meaning.
struct RawCell
{
    QString type;
    QString value;  ///< <v>
    QString inline_; ///< <is>'s text runs
};

/// Reads the children of the <c> the reader stands on, up to its end.
std::optional<Error> readRawCell(QXmlStreamReader &xml, const QString &fileName, const QString &part, RawCell &cell)
{
    while (!xml.atEnd()) {
        if (std::optional<Error> e = nextToken(xml, fileName, part))
            return e;
        if (xml.isEndElement() && xml.name() == u"c")
            return std::nullopt;
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"v")
            cell.value = xml.readElementText();
        else if (xml.name() == u"t")
            cell.inline_ += xml.readElementText();
        else if (xml.name() == u"f" || xml.name() == u"rPh")
            xml.skipCurrentElement(); // a formula's text, a phonetic guide: not the value
    }
    return std::nullopt; // the loop's caller reports a truncated part
}

struct SheetReader
{
    const QString &fileName;
    const QString &sheetName;
    const QString &part;
    const QStringList &sharedStrings;
    const Limits &limits;
    Sheet sheet;
    int row = 0;
    int column = 0;
    qint64 rows = 0;
    qint64 cells = 0;

    std::optional<Error> startRow(const QXmlStreamAttributes &attributes)
    {
        bool ok = true;
        const QStringView r = attributes.value(QLatin1StringView("r"));
        row = r.isEmpty() ? row + 1 : r.toInt(&ok);
        column = 0;
        if (!ok || row < 1 || row > MaxSheetRows)
            return bookError(fileName, sheetName, u"row number '" + r.toString() + u"' is not a row");
        if (++rows > limits.maxRows)
            return bookError(fileName, sheetName,
                             QStringLiteral("has more than %1 rows; it is not read").arg(limits.maxRows));
        return std::nullopt;
    }

    std::optional<Error> readCell(QXmlStreamReader &xml)
    {
        const QString ref = xml.attributes().value(QLatin1StringView("r")).toString();
        if (ref.isEmpty()) {
            ++column;
        } else if (const auto at = parseReference(ref)) {
            std::tie(row, column) = *at;
        } else {
            return bookError(fileName, cellWhere(sheetName, ref), QStringLiteral("is not a cell reference"));
        }
        if (row < 1 || column < 1 || column > MaxSheetColumns)
            return bookError(fileName, sheetName, QStringLiteral("has a cell outside any row"));
        if (++cells > limits.maxCells)
            return bookError(fileName, sheetName,
                             QStringLiteral("has more than %1 cells; it is not read").arg(limits.maxCells));
        RawCell raw{xml.attributes().value(QLatin1StringView("t")).toString(), {}, {}};
        if (std::optional<Error> e = readRawCell(xml, fileName, part, raw))
            return e;
        return store(raw);
    }

    std::optional<Error> store(const RawCell &raw)
    {
        const QString where = cellWhere(sheetName, cellReference(row, column));
        Cell cell;
        if (raw.type == u"s") {
            bool ok = false;
            const qsizetype index = raw.value.toLongLong(&ok);
            if (!ok || index < 0 || index >= sharedStrings.size())
                return bookError(fileName, where, u"shared string '" + raw.value + u"' does not exist");
            cell.text = sharedStrings.at(index);
        } else if (raw.type == u"inlineStr") {
            cell.text = raw.inline_;
        } else if (raw.type == u"str" || raw.type == u"e" || raw.type == u"b") {
            cell.text = raw.value; // a formula's text, an error such as #N/A, a boolean 0/1
        } else if (!raw.value.isEmpty()) {
            bool ok = false;
            cell.number = raw.value.toDouble(&ok);
            if (!ok)
                return bookError(fileName, where, u"'" + raw.value + u"' is not a number");
            cell.text = raw.value;
        } else {
            return std::nullopt; // a styled cell with no value is an empty cell
        }
        sheet.cells[{row, column}] = std::move(cell);
        return std::nullopt;
    }
};

} // namespace

QString cellReference(int row, int column)
{
    QString letters;
    for (int c = column; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters + QString::number(row);
}

const Cell *Sheet::at(int row, int column) const
{
    const auto found = cells.find({row, column});
    return found == cells.end() ? nullptr : &found->second;
}

QString Sheet::text(int row, int column) const
{
    const Cell *cell = at(row, column);
    return cell ? cell->text : QString();
}

Result<Sheet> Workbook::sheet(const QString &name) const
{
    QString part;
    bool listed = false;
    for (const auto &[sheetName, sheetPart] : m_sheets) {
        if (sheetName == name) {
            listed = true;
            part = sheetPart;
        }
    }
    if (!listed)
        return bookError(m_fileName, u"the sheet '" + name + u'\'', QStringLiteral("is missing"));
    if (part.isEmpty() || !m_package.contains(part))
        return bookError(m_fileName, u"the sheet '" + name + u'\'',
                         u"its part " + (part.isEmpty() ? QStringLiteral("(none named)") : part) + u" is missing");
    Result<QByteArray> bytes = m_package.entry(part, m_limits.maxPartBytes);
    if (!bytes)
        return bytes.error();
    SheetReader reader{m_fileName, name, part, m_sharedStrings, m_limits, Sheet{name, {}}};
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        if (std::optional<Error> e = nextToken(xml, m_fileName, part))
            return *e;
        if (!xml.isStartElement())
            continue;
        std::optional<Error> e = xml.name() == u"row" ? reader.startRow(xml.attributes())
                                 : xml.name() == u"c" ? reader.readCell(xml)
                                                       : std::nullopt;
        if (e)
            return *e;
    }
    return std::move(reader.sheet);
}

} // namespace wgll::xlsx
