// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/boardreport.h"
#include "scoring/trend.h"

namespace wgll::report {

/// The trend page (docs/reports.md, "Trend"): a line chart per measure and for the overall score
/// across the periods of `trend`, each cut where the framework revision changes (the revisions
/// named in the chart, its description and the text), then one table of every figure, on the
/// axis of `scale`. Goes
/// before the method appendix.
void addTrendSection(BoardReport &report, const Trend &trend, const Scale &scale);

/// The trend page's chart of measure `measure` (an index into Trend::measures; -1 for the
/// overall), titled `name`, with its alternative text and its figures: the window's Trend view
/// draws and exports the same chart.
Chart trendChart(const Trend &trend, qsizetype measure, const QString &name, const Scale &scale);
/// Every figure: a row per measure and the overall, a column per period (revision in the header).
Table trendTable(const Trend &trend);

} // namespace wgll::report
