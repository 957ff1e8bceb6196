// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"
#include "assessment/history.h"
#include "recordexport.h"
#include "scoring/scorecard.h"
#include "util/status.h"

#include <QStringList>

namespace wgll::xlsx {

/// Writes an .xlsx workbook (libxlsxwriter) with the sheets Summary (the assessment, the
/// overall score and the measure table), Statements (one row per statement) and Gaps (the
/// prioritised list), then one sheet per kind of record (records::tableNames(): answers with
/// their notes, actions, evidence, the workshop record, the cover sheet, sign-offs). Scores are numeric cells shown with one decimal, not text. Text is
/// escaped (text::escapeUnsafe) so every part is well-formed XML whatever the assessment holds.
/// The workbook is built in a private temporary folder and written out through
/// storage::OutputFile (never one of `inputs`, a device or a folder; whole or not at all).
/// Every text cell is a string with the CSV export's formula guard (a leading = + - @, tab or
/// CR gets an apostrophe), so a spreadsheet never runs user text.
Status write(const Scorecard &card, const Assessment &assessment, const QList<Change> &history, const QString &fileName,
             const QStringList &inputs = {});

/// Writes a workbook of one sheet, `table` (its header, then its rows; columns marked numeric
/// are number cells, the rest strings, so an id such as "2.10" stays text), the same way.
Status writeTable(const records::Table &table, const QString &title, const QString &fileName,
                  const QStringList &inputs = {});

} // namespace wgll::xlsx
