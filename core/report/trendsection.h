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

} // namespace wgll::report
