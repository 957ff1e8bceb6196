// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"

#include <optional>

namespace wgll::sqlite {
class Database;
}

namespace wgll::storage::rows {

/// Reading an assessment's rows from a checked .wgll connection: one place for the SQL, used
/// by Document (the working copy) and readAssessmentFile() (read-only commands).
AssessmentInfo readInfo(sqlite::Database &db);
std::optional<Answer> readAnswer(sqlite::Database &db, const QString &indicator);
QList<Evidence> readEvidence(sqlite::Database &db);
QList<Action> readActions(sqlite::Database &db);
/// The whole assessment, one answer per statement of `framework` in framework order.
Assessment readAssessment(sqlite::Database &db, const Framework &framework);

} // namespace wgll::storage::rows
