// SPDX-License-Identifier: GPL-3.0-or-later
// The DMA benchmark tests' own reading of the published file: the tables' fixed places, and
// means worked out straight from the cells, so the importer's figures are checked against
// values it did not compute.
#pragma once

#include "benchmark/dmaworkbook.h"
#include "io/xlsxreader.h"

#include "xlsxforge.h"

namespace wgll::test {

// Where the published file keeps its tables: data rows 12-296 on the provider sheets, 12-53 on
// the ICB sheets; provider pillars in F-L, ICB pillars in D-J.
inline constexpr int FirstRow = 12;
inline constexpr int LastProviderRow = 296;
inline constexpr int LastIcbRow = 53;

inline xlsx::Sheet fixtureSheet(const QString &name)
{
    Result<xlsx::Workbook> book = xlsx::Workbook::open(dmaFixture());
    REQUIRE(book);
    Result<xlsx::Sheet> sheet = book->sheet(name);
    REQUIRE(sheet);
    return *sheet;
}

/// The mean of column `column` over the rows where `keep` says yes, from the cells.
template<typename Keep>
std::pair<double, int> cellMean(const xlsx::Sheet &sheet, int lastRow, int column, Keep keep)
{
    double sum = 0;
    int n = 0;
    for (int row = FirstRow; row <= lastRow; ++row) {
        if (!keep(sheet, row))
            continue;
        REQUIRE(sheet.at(row, column));
        sum += *sheet.at(row, column)->number;
        ++n;
    }
    return {n ? sum / n : 0, n};
}

} // namespace wgll::test
