// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"

#include <QString>

#include <optional>

/// What a valid answer and valid assessment details are, in one place: the document refuses to
/// store anything else, and the CSV import checks every row with the same rules before it writes.
namespace wgll::assessmentrules {

/// Why `answer` may not be stored against `framework` (its statement, score, N/A and reason,
/// target, weight, confidence, notes), or nullopt: "score 9 is outside the scale 1–5".
std::optional<QString> problemWith(const Answer &answer, const Framework &framework);

/// Why `info` may not be stored against `framework` (default target, status, organisation,
/// period), or nullopt. Whether the status may change is the document's question (sign-off).
std::optional<QString> problemWith(const AssessmentInfo &info, const Framework &framework);

} // namespace wgll::assessmentrules
