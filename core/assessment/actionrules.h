// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"

#include <QDate>
#include <QString>

#include <optional>

/// What a valid improvement action is, in one place: the document refuses to store anything else,
/// and the command line and the actions CSV import check with the same rules before they write.
namespace wgll::actionrules {

/// Why `action` may not be stored against `framework` (its text, owner, status, statement), or
/// nullopt. Each message reads on its own: "there is no statement \"9.9\" in wgll-org".
std::optional<QString> problemWith(const Action &action, const Framework &framework);

/// A due date as typed: "" means no date (a null QDate); otherwise YYYY-MM-DD, a real day.
/// nullopt when the text is neither.
std::optional<QDate> dueDate(const QString &text);

/// Why `status` is not one of Action::statuses(), or nullopt.
std::optional<QString> problemWithStatus(const QString &status);

/// Overdue: due before `today` and not done. An action with no date is never overdue.
bool isOverdue(const Action &action, const QDate &today);

} // namespace wgll::actionrules
