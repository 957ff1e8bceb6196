// SPDX-License-Identifier: GPL-3.0-or-later
// NHS England's DMA data file read as published: tables under merged title rows, an empty first
// column, trailing spaces in sheet names, pillar headings that differ from the framework's titles
// (docs/method.md, "The national DMA benchmark"). Nothing is assumed about where a table starts.
#include "benchmark/dmaworkbook.h"

#include "benchmark/pillaraliases.h"
#include "io/xlsxreader.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace wgll::benchmark {

namespace {

// The header row is looked for in the first rows only: the title block above it is ten rows.
constexpr int HeaderSearchRows = 60;

const QString ProviderPillars = QStringLiteral("SC - 2025 Pillar Summary");
const QString IcbPillars = QStringLiteral("ICB - 2025 Pillar Summary");
const QString ProviderOverall = QStringLiteral("SC - 24 vs 25 Overall DMA");
const QString IcbOverall = QStringLiteral("ICB -24 vs 25 Overall DMA");
const QString Introduction = QStringLiteral("Introduction");

/// Names and titles compared as the publisher varies them: spaces anywhere and case ignored
/// ("ICB -24 vs 25 Overall DMA " is "ICB - 24 vs 25 Overall DMA").
QString folded(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (!c.isSpace())
            out += c;
    }
    return out.toCaseFolded();
}

Error sheetError(const QString &fileName, const QString &where, const QString &message)
{
    return Error{ErrorKind::BadData, fileName, 0, where + u": " + message};
}

/// The sheet published as `wanted`, matched after trimming, whatever spaces the publisher added.
Result<xlsx::Sheet> findSheet(const xlsx::Workbook &book, const QString &fileName, const QString &wanted)
{
    for (const QString &name : book.sheetNames()) {
        if (folded(name) == folded(wanted))
            return book.sheet(name);
    }
    return sheetError(fileName, u"the sheet '" + wanted + u'\'',
                      u"is missing (the workbook has: " + book.sheetNames().join(QStringLiteral(", ")) + u')');
}

/// A table's columns as located in its header row.
struct Table
{
    const xlsx::Sheet &sheet;
    const QString &fileName;
    int headerRow = 0;
    QList<int> textColumns;  ///< in the order asked for
    QList<int> valueColumns; ///< in the order asked for (pillars: pillarAliases() order)

    QString where(int row, int column) const
    {
        return sheet.name.trimmed() + u'!' + xlsx::cellReference(row, column);
    }
};

/// The column in `row` titled `title` (spaces and case aside), or 0.
int columnTitled(const xlsx::Sheet &sheet, int row, const QString &title)
{
    for (auto it = sheet.cells.lower_bound({row, 0}); it != sheet.cells.end() && it->first.first == row; ++it) {
        if (folded(it->second.text) == folded(title))
            return it->first.second;
    }
    return 0;
}

/// The seven pillar columns of the header row, in pillarAliases() order, matched through the alias
/// table; any other heading right of the first text column is an error naming its cell.
Status locatePillars(Table &table, int first)
{
    const xlsx::Sheet &sheet = table.sheet;
    QList<int> byKey(pillarAliases().size(), 0);
    for (auto it = sheet.cells.lower_bound({table.headerRow, 0});
         it != sheet.cells.end() && it->first.first == table.headerRow; ++it) {
        const int column = it->first.second;
        if (column < first || table.textColumns.contains(column))
            continue;
        const QString key = pillarKey(it->second.text);
        const auto found = std::find_if(pillarAliases().begin(), pillarAliases().end(),
                                        [&key](const PillarAlias &a) { return a.key == key; });
        const auto index = found - pillarAliases().begin();
        if (key.isEmpty() || byKey.at(index))
            return sheetError(table.fileName, table.where(table.headerRow, column),
                              u"'" + it->second.text + u"' is not a WGLL pillar the alias table knows "
                                                       u"(or it appears twice); see docs/method.md");
        byKey[index] = column;
    }
    for (qsizetype i = 0; i < byKey.size(); ++i) {
        if (!byKey.at(i))
            return sheetError(table.fileName, table.where(table.headerRow, first),
                              u"the header row has no column for the pillar '" + pillarAliases().at(i).measureTitle
                                  + u"' (renamed or missing?)");
    }
    table.valueColumns = byKey;
    return {};
}

/// Finds the header row (the first with a cell titled like texts' first, "Region") and the
/// columns titled `texts` and `values` in it; with `pillars`, the values are the seven pillars.
Result<Table> locate(const xlsx::Sheet &sheet, const QString &fileName, const QStringList &texts,
                     const QStringList &values, bool pillars)
{
    Table table{sheet, fileName, 0, {}, {}};
    for (int row = 1; row <= HeaderSearchRows && !table.headerRow; ++row) {
        if (columnTitled(sheet, row, texts.constFirst()))
            table.headerRow = row;
    }
    if (!table.headerRow)
        return sheetError(fileName, sheet.name.trimmed(),
                          QStringLiteral("no header row: no cell '%1' in rows 1-%2 (the columns %3 are expected)")
                              .arg(texts.constFirst())
                              .arg(HeaderSearchRows)
                              .arg(texts.join(u", ")));
    const int first = columnTitled(sheet, table.headerRow, texts.constFirst());
    for (const QString &title : texts + (pillars ? QStringList() : values)) {
        const int column = columnTitled(sheet, table.headerRow, title);
        if (!column)
            return sheetError(fileName, table.where(table.headerRow, first),
                              u"the header row has no column '" + title + u"' (renamed or missing?)");
        (texts.contains(title) ? table.textColumns : table.valueColumns).append(column);
    }
    if (pillars) {
        if (Status s = locatePillars(table, first); !s)
            return s.error();
    }
    return table;
}

/// A score cell: a number from 1 to 5, or an error naming the cell.
Result<double> score(const Table &table, int row, int column)
{
    const xlsx::Cell *cell = table.sheet.at(row, column);
    const QString where = table.where(row, column);
    if (!cell)
        return sheetError(table.fileName, where, QStringLiteral("is empty; a score from 1 to 5 is expected"));
    if (!cell->number || !std::isfinite(*cell->number))
        return sheetError(table.fileName, where, u"'" + cell->text + u"' is not a score");
    if (*cell->number < 1 || *cell->number > 5)
        return sheetError(table.fileName, where, u"" + cell->text + u" is not a score from 1 to 5");
    return *cell->number;
}

/// Reads the rows under the header until the first row whose text columns are all empty (the
/// blank row above the "Source:" footer). `take` receives each row's texts and values.
template<typename Take>
Status readRows(const Table &table, Take take)
{
    for (int row = table.headerRow + 1; row <= table.sheet.lastRow(); ++row) {
        QStringList texts;
        for (const int column : table.textColumns)
            texts.append(table.sheet.text(row, column).trimmed());
        if (texts.join(QString()).isEmpty())
            return {};
        for (qsizetype i = 0; i < texts.size(); ++i) {
            if (texts.at(i).isEmpty())
                return sheetError(table.fileName, table.where(row, table.textColumns.at(i)),
                                  QStringLiteral("is empty; the row has other details"));
        }
        QList<double> values;
        for (const int column : table.valueColumns) {
            Result<double> v = score(table, row, column);
            if (!v)
                return v.error();
            values.append(*v);
        }
        take(row, texts, values);
    }
    return {};
}

} // namespace

namespace detail {
Status readPillarSheets(const xlsx::Workbook &book, DmaWorkbook &out);
Status readOverallSheets(const xlsx::Workbook &book, DmaWorkbook &out);
QString publicationDate(const xlsx::Workbook &book);
} // namespace detail

Status detail::readPillarSheets(const xlsx::Workbook &book, DmaWorkbook &out)
{
    const QStringList orgColumns{QStringLiteral("Region"), QStringLiteral("ICS"), QStringLiteral("Provider"),
                                 QStringLiteral("Care Setting")};
    for (const bool providers : {true, false}) {
        Result<xlsx::Sheet> sheet = findSheet(book, out.fileName, providers ? ProviderPillars : IcbPillars);
        if (!sheet)
            return sheet.error();
        Result<Table> table = locate(*sheet, out.fileName, providers ? orgColumns : orgColumns.mid(0, 2), {}, true);
        if (!table)
            return table.error();
        if (providers) {
            for (const int column : table->valueColumns)
                out.pillarNames.append(sheet->text(table->headerRow, column).trimmed());
        }
        QList<DmaRow> &rows = providers ? out.providers : out.icbs;
        const Status read = readRows(*table, [&rows](int row, const QStringList &t, const QList<double> &v) {
            DmaRow r{t.at(0), t.at(1), t.value(2), t.value(3), {}, row};
            std::copy(v.begin(), v.end(), r.pillars.begin());
            rows.append(r);
        });
        if (!read)
            return read;
        if (rows.isEmpty())
            return sheetError(out.fileName, sheet->name.trimmed(), QStringLiteral("has no rows under its header"));
    }
    const QRegularExpression year(QStringLiteral("(20\\d\\d)"));
    out.year = year.match(ProviderPillars).captured(1).toInt();
    return {};
}

Status detail::readOverallSheets(const xlsx::Workbook &book, DmaWorkbook &out)
{
    const QStringList orgColumns{QStringLiteral("Region"), QStringLiteral("ICS"), QStringLiteral("Provider"),
                                 QStringLiteral("Care Setting")};
    const QStringList averages{QStringLiteral("2025 Average"), QStringLiteral("2024 Average")};
    for (const bool providers : {true, false}) {
        Result<xlsx::Sheet> sheet = findSheet(book, out.fileName, providers ? ProviderOverall : IcbOverall);
        if (!sheet)
            return sheet.error();
        Result<Table> table =
            locate(*sheet, out.fileName, providers ? orgColumns : orgColumns.mid(0, 2), averages, false);
        if (!table)
            return table.error();
        QList<DmaOverallRow> &rows = providers ? out.providerOverall : out.icbOverall;
        const Status read = readRows(*table, [&rows](int, const QStringList &t, const QList<double> &v) {
            rows.append({t.at(0), t.at(1), t.value(2), t.value(3), v.at(0), v.at(1)});
        });
        if (!read)
            return read;
    }
    return {};
}

/// The Introduction sheet's "Publication date:" cell's neighbour, or "" if it states none.
QString detail::publicationDate(const xlsx::Workbook &book)
{
    for (const QString &name : book.sheetNames()) {
        if (folded(name) != folded(Introduction))
            continue;
        Result<xlsx::Sheet> sheet = book.sheet(name);
        if (!sheet)
            return {};
        for (const auto &[at, cell] : sheet->cells) {
            if (cell.text.trimmed().startsWith(u"Publication date", Qt::CaseInsensitive))
                return sheet->text(at.first, at.second + 1).trimmed();
        }
    }
    return {};
}

Result<DmaWorkbook> readDmaWorkbook(const QString &fileName)
{
    Result<QByteArray> bytes = xlsx::Workbook::readFile(fileName);
    if (!bytes)
        return bytes.error();
    DmaWorkbook out;
    out.fileName = fileName;
    out.sha256 = QString::fromLatin1(QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex());
    Result<xlsx::Workbook> book = xlsx::Workbook::fromBytes(std::move(*bytes), fileName);
    if (!book)
        return book.error();
    if (Status s = detail::readPillarSheets(*book, out); !s)
        return s.error();
    if (Status s = detail::readOverallSheets(*book, out); !s)
        return s.error();
    out.publicationDate = detail::publicationDate(*book);
    return out;
}

} // namespace wgll::benchmark
