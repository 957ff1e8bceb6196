// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"
#include "assessment/history.h"
#include "util/error.h"

#include <optional>

namespace wgll::storage {

/// Reads a .wgll file for a read-only command (summary, gaps, export, compare, roll-up,
/// report) with the same checks as Document::open, but without a working copy or lock: the
/// bytes are read once and checked in memory, so the user's file is never opened by SQLite and
/// nothing is written anywhere. Files larger than `InMemoryLimit` are checked from a private
/// temporary copy instead. A pipe or device is read too, but never more than `InMemoryLimit`
/// bytes of it (exit 65 beyond): reading stops at the limit whatever the size claims.
/// `history`, when given, receives the change history too (the exports; nothing else reads it).
std::optional<Assessment> readAssessmentFile(const QString &fileName, Error &error, QList<Change> *history = nullptr);

/// Reads an earlier assessment to compare with one of framework `frameworkId` (a baseline for the
/// radar or the report); refuses one of another framework ("cannot be compared").
std::optional<Assessment> readBaselineFile(const QString &fileName, const QString &frameworkId, Error &error);

constexpr qint64 InMemoryLimit = 256LL * 1024 * 1024;

} // namespace wgll::storage
