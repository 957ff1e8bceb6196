// SPDX-License-Identifier: GPL-3.0-or-later
// A national DMA benchmark set beside an assessment's measures (summary --benchmark), and the
// text every display of one carries: source, year, the OGL attribution and the caveat.
#pragma once

#include "benchmark/benchmarkstore.h"
#include "console.h"
#include "scoring/scorecard.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace wgll::cli {

/// The set named `name` (NAME or NAME@YEAR) from the user's benchmark folder; on failure prints
/// the error (66 for an unknown name, 65 for a damaged benchmark file) and sets `code`.
std::optional<benchmark::FoundSet> loadBenchmark(const QString &name, Console &console, int &code);

/// "NHS England, Digital Maturity Assessment 2025 (published 30 March 2026)".
QString benchmarkSourceLine(const benchmark::FoundSet &found);

/// The measures beside the set's pillar scores, as a table with its source, year, method,
/// caveat and attribution; fields escaped.
QString benchmarkText(const Scorecard &card, const benchmark::FoundSet &found, qsizetype width);

/// The same for --format json: the set (setToJson) and, per measure, the assessment's score, the
/// benchmark's and the difference.
QJsonObject benchmarkJson(const Scorecard &card, const benchmark::FoundSet &found);

} // namespace wgll::cli
