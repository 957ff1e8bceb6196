// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"
#include "assessment/history.h"

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
/// "Northshire Hospitals, 2025/26 (framework 2021-10-04)", or empty when not started from one.
QString readBaseline(sqlite::Database &db);
QStringList readReassessed(sqlite::Database &db);
Workshop readWorkshop(sqlite::Database &db);
/// Every change history row, oldest first.
QList<Change> readHistory(sqlite::Database &db);
/// The cover sheet (empty when none was set, or in a version-1 file).
CoverSheet readCover(sqlite::Database &db);
/// Every sign-off, oldest first.
QList<SignOff> readSignOffs(sqlite::Database &db);
/// The scored content (scoredContent() JSON) kept with sign-off `revision`; empty when none.
QByteArray readSignedContent(sqlite::Database &db, int revision);
/// The whole assessment, one answer per statement of `framework` in framework order.
Assessment readAssessment(sqlite::Database &db, const Framework &framework);

} // namespace wgll::storage::rows
