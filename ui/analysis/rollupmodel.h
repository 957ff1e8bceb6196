// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/radarchart.h"
#include "framework/scale.h"
#include "report/rollupsection.h"
#include "scoring/rollup.h"

#include <QStringList>

namespace wgll::analysis {

/// What the roll-up view shows, worked out from a Rollup apart from the widgets.

// The words and tables, the same as the report's roll-up page: report/rollupsection.h.
using report::methodSummary;
using report::notComparableLines;
using report::organisationCount;
using report::rollupTable;
using report::RollupTable;

/// The combined figure per measure (filled), with a band from the lowest to the highest
/// organisation's score; no target line (the members' targets differ).
RadarChart::Data rollupRadar(const Rollup &rollup, const Scale &scale);

} // namespace wgll::analysis
