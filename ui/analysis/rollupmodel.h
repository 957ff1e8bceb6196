// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/radarchart.h"
#include "framework/scale.h"
#include "scoring/rollup.h"

#include <QStringList>

namespace wgll::analysis {

/// What the roll-up view shows, worked out from a Rollup apart from the widgets.

/// "1 organisation", "3 organisations".
QString organisationCount(qsizetype n);

/// "Mean of 3 organisations, each counted once; framework wgll-org revision 2021-10-04", and
/// that the figures are from the statements worded alike when the revisions are mixed.
QString methodSummary(const Rollup &rollup);

/// The combined figure per measure (filled), with a band from the lowest to the highest
/// organisation's score; no target line (the members' targets differ).
RadarChart::Data rollupRadar(const Rollup &rollup, const Scale &scale);

/// A row per organisation (organisation, period, revision, overall, then a column per measure,
/// or per comparable statement with `statements`), and last the combined row, named by the method.
struct RollupTable
{
    QStringList header;
    QList<QStringList> rows;
};
RollupTable rollupTable(const Rollup &rollup, bool statements);

/// Each statement left out: "3.5: 2021-08-31 “…”; 2021-10-04 “…”".
QStringList notComparableLines(const Rollup &rollup);

} // namespace wgll::analysis
