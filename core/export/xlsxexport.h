// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/scorecard.h"
#include "util/status.h"

namespace wgll::xlsx {

/// Writes an .xlsx workbook (libxlsxwriter) with three sheets: Summary (the assessment, the
/// overall score and the measure table), Statements (one row per statement) and Gaps (the
/// prioritised list). Scores are numeric cells shown with one decimal, not text. The file is
/// written beside `fileName` under a temporary name and renamed into place, so a failure
/// leaves no partial workbook.
Status write(const Scorecard &card, const QString &fileName);

} // namespace wgll::xlsx
