// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QList>
#include <QString>

#include <array>

namespace wgll::benchmark {

/// The seven pillar scores of one row, in the order of pillarAliases().
using PillarScores = std::array<double, 7>;

/// One row of a DMA sheet: a provider's care setting, or an ICB. `provider` and `careSetting`
/// are empty on the ICB sheets.
struct DmaRow
{
    QString region;
    QString ics;
    QString provider;
    QString careSetting;
    PillarScores pillars{};
    int row = 0; ///< the sheet row it came from
};

/// One row of a 2024-vs-2025 overall sheet (comparable domains only).
struct DmaOverallRow
{
    QString region;
    QString ics;
    QString provider;
    QString careSetting;
    double score2025 = 0;
    double score2024 = 0;
};

/// What NHS England's DMA data file holds, read exactly as published.
struct DmaWorkbook
{
    QString fileName;        ///< the name the user gave
    QString sha256;          ///< of the file's bytes, 64 lower-case hex digits
    QString publicationDate; ///< as the Introduction sheet states it ("30 March 2026"), or ""
    int year = 0;            ///< of the pillar scores (2025)
    QStringList pillarNames; ///< the provider sheet's pillar headings, in pillarAliases() order
    QList<DmaRow> providers;
    QList<DmaRow> icbs;
    QList<DmaOverallRow> providerOverall;
    QList<DmaOverallRow> icbOverall;
};

/// Reads the DMA file: the provider and ICB pillar sheets and the two 2024-vs-2025 overall sheets,
/// each found by its name after trimming, its header row found by its column titles (not a row
/// number), its pillar headings matched through the alias table. A missing sheet, a renamed or
/// missing column, text in a score cell or a score outside 1-5 is BadData naming the sheet and
/// cell ("SC - 2025 Pillar Summary!F14: 'n/a' is not a score").
Result<DmaWorkbook> readDmaWorkbook(const QString &fileName);

} // namespace wgll::benchmark
