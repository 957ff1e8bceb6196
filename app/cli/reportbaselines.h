// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"
#include "console.h"
#include "scoring/trend.h"

#include <QStringList>

#include <optional>

namespace wgll::cli {

/// The report's assessment and its `--baseline` files: with one, that baseline (the changes
/// since it, as before); with more, a trend of them all (docs/reports.md, "Trend") and the
/// newest of them as the baseline of the changes.
struct ReportInputs
{
    std::optional<Assessment> assessment;
    std::optional<Assessment> baseline;
    std::optional<Trend> trend;
};

/// Reads `file` and each of `baselines` (each of the same framework, 65 otherwise); with two or
/// more baselines, every file must be of one organisation and an earlier period than `file`, each
/// period once (Trend::of), or the error is printed and `code` set (assessment then unset).
ReportInputs loadReportInputs(const QString &file, const QStringList &baselines, Console &console, int &code);

} // namespace wgll::cli
