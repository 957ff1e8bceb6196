// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/scorecard.h"
#include "util/status.h"

#include <QStringList>

namespace wgll::xlsx {

/// Writes an .xlsx workbook (libxlsxwriter) with three sheets: Summary (the assessment, the
/// overall score and the measure table), Statements (one row per statement) and Gaps (the
/// prioritised list). Scores are numeric cells shown with one decimal, not text. Text is
/// escaped (text::escapeUnsafe) so every part is well-formed XML whatever the assessment holds.
/// The workbook is built in a private temporary folder and written out through
/// storage::OutputFile (never one of `inputs`, a device or a folder; whole or not at all).
Status write(const Scorecard &card, const QString &fileName, const QStringList &inputs = {});

} // namespace wgll::xlsx
