// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

/// The closed lists of statuses (an action's, an attendance's, the assessment's), each as an enum
/// with its stored name and its display name in one place. The stored names are what the file
/// holds and never change; code compares enums, not strings, so a typo cannot compile.
namespace wgll {

enum class ActionStatus { Open, InProgress, Done };
enum class Attendance { Present, Apologies };
enum class AssessmentStatus { Draft, Final };

/// The name stored in the file: "open", "in progress", "done".
QString storedName(ActionStatus status);
/// "present", "apologies".
QString storedName(Attendance attendance);
/// "draft", "final".
QString storedName(AssessmentStatus status);

/// The name shown to the user, translated: "Open", "In progress", "Done"...
QString displayName(ActionStatus status);
QString displayName(Attendance attendance);
QString displayName(AssessmentStatus status);

/// The status a stored name stands for (exactly, case included), or nullopt.
std::optional<ActionStatus> actionStatusFrom(const QString &stored);
std::optional<Attendance> attendanceFrom(const QString &stored);
std::optional<AssessmentStatus> assessmentStatusFrom(const QString &stored);

/// Every value, in the order lists show them.
QList<ActionStatus> allActionStatuses();

} // namespace wgll
