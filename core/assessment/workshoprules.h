// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"
#include "assessment/workshop.h"

#include <QString>

#include <optional>

/// What a valid participant, workshop session, attendance, vote and decision are, in one place:
/// the document refuses anything else, and the window and the votes import check with the same
/// rules first (a whole session's people before any is added, say).
namespace wgll::workshoprules {

/// Why `participant` may not be stored (name 1 to MaxName characters, role, organisation).
std::optional<QString> problemWith(const Participant &participant);
/// Why `session` may not be started (title, date, facilitator, each attendance status).
std::optional<QString> problemWith(const WorkshopSession &session);
/// Why `status` is not an attendance ("present" or "apologies").
std::optional<QString> problemWithAttendance(const QString &status);
/// Why a vote of `score` on `indicator` may not be stored against `framework`.
std::optional<QString> problemWithVote(const QString &indicator, int score, const Framework &framework);
/// Why `decision` may not be recorded against `framework` (text, rationale, dissent, statement).
std::optional<QString> problemWith(const Decision &decision, const Framework &framework);

} // namespace wgll::workshoprules
