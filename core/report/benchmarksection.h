// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchmark/benchmarkset.h"
#include "report/boardreport.h"
#include "scoring/scorecard.h"

namespace wgll::report {

/// A national DMA benchmark set beside an assessment's measures, as the report and the window
/// show it (docs/reports.md, "National benchmark"): one figure per measure and the words every
/// display of NHS England's figures must carry.
struct BenchmarkColumn
{
    QString setName; ///< "england-providers"
    QString header;  ///< the column's heading, "DMA 2025"
    QString legend;  ///< the radar line's name, "DMA 2025 benchmark"
    /// Per measure of the scorecard, in its order: the set's pillar score, or none when the
    /// alias table gives the measure no DMA pillar.
    QList<std::optional<double>> scores;
    /// Which set, its source and year, its method and row count, the caveat and the OGL
    /// attribution, as one paragraph.
    QString note;
    /// The same in brief for a window's pane: the set, its source and year, the caveat's first
    /// clause and the licence.
    QString shortNote;
};

BenchmarkColumn benchmarkColumn(const Scorecard &card, const benchmark::BenchmarkImport &import,
                                const benchmark::BenchmarkSet &set);

/// Puts the benchmark in the executive summary: a dash-dot line on the radar and a column in
/// its figures, a column in the table of scores by success measure and `column.note` under that
/// table. Call after build(); a report without a summary radar is left as it is.
void addBenchmark(BoardReport &report, const BenchmarkColumn &column);

} // namespace wgll::report
