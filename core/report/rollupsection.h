// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/boardreport.h"
#include "scoring/rollup.h"

#include <QStringList>

namespace wgll::report {

/// What a roll-up says in words and tables, shared by the window's roll-up view
/// (ui/analysis/rollupview) and the report's roll-up page, so the two never differ.

/// "1 organisation", "3 organisations".
QString organisationCount(qsizetype n);
/// "Mean", "Median", "Minimum".
QString methodTitle(RollupMethod method);

/// "Mean of 3 organisations, each counted once; framework wgll-org, revision 2021-10-04", and
/// that the figures are from the statements worded alike when the revisions are mixed, or
/// that every file was migrated to one revision.
QString methodSummary(const Rollup &rollup);

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

/// The roll-up page (docs/reports.md, "Roll-up"), when the window's roll-up view is shown as the
/// report is made: the method and framework revisions, each organisation's score by measure
/// with the combined row, the spread (lowest and highest) per measure, the statements left out
/// and the files a newer period replaced. Goes before the method appendix.
void addRollupSection(BoardReport &report, const Rollup &rollup);

} // namespace wgll::report
