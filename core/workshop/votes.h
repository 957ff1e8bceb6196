// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framework/scale.h"

#include <QList>
#include <QString>

#include <optional>

namespace wgll::workshop {

/// What a room's votes on one statement say (PRODUCT.md section 4, issue "Workshop mode"):
/// how many voted, the median, the range, whether they disagree, and the score to suggest.
struct VoteSummary
{
    int n = 0;
    double median = 0; ///< may fall between two levels (3.5) with an even number of votes
    int min = 0;
    int max = 0;
    /// The range is 2 levels or more: the conversation the workshop is for.
    bool disagreement = false;
    /// The median, rounded down when it falls between two levels: the facilitator confirms it
    /// or changes it.
    int suggested = 0;
    /// Votes per level, index 0 = the scale's lowest level.
    QList<int> distribution;

    static constexpr int DisagreementRange = 2;
};

/// Summarises whole-level votes on `scale`; nullopt when there are none. Votes outside the
/// scale are the caller's error (they are refused on entry) and are left out here.
std::optional<VoteSummary> summarise(const QList<int> &votes, const Scale &scale);

/// Reads a show-of-hands tally, "LEVEL×COUNT" items separated by commas or spaces:
/// "3×2, 4×5" is two votes for level 3 and five for level 4 (x and * work for ×). Returns the
/// votes, or nullopt with `problem` saying which item is wrong and why.
std::optional<QList<int>> parseTally(const QString &tally, const Scale &scale, QString &problem);

} // namespace wgll::workshop
