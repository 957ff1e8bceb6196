// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framework/scale.h"

#include <QList>
#include <QString>

#include <optional>

namespace wgll::workshop {

/// When a room's votes count as disagreement, chosen before the session and kept in the file
/// (workshop_session.disagreement_rule, docs/file-format.md; issue 18, item 5).
enum class DisagreementRule {
    /// The highest and lowest votes are 2 levels or more apart (the rule before it was a choice).
    Range,
    /// The interquartile range is more than 1 level. Quartiles are the medians of the lower and
    /// upper halves of the sorted votes, the middle vote left out of both when the count is odd
    /// (Tukey's hinges without the middle; one vote has an IQR of 0): 1 2 3 4 has Q1 1.5 and
    /// Q3 3.5, so IQR 2; 2 2 3 3 has IQR exactly 1, which is not disagreement.
    InterquartileRange,
    /// Fewer than 75 % of the votes are within one level of the median (a median of 3.5 takes
    /// 3 and 4 only); exactly 75 % is not disagreement.
    WithinOneOfMedian,
};

/// The file's and the command line's name of a rule: "range", "iqr", "median-share".
QString ruleName(DisagreementRule rule);
/// The rule named `name` (as ruleName() gives it), or nothing.
std::optional<DisagreementRule> ruleNamed(const QString &name);

/// What a room's votes on one statement say (PRODUCT.md section 4, issue "Workshop mode"):
/// how many voted, the median, the range, whether they disagree, and the score to suggest.
struct VoteSummary
{
    int n = 0;
    double median = 0; ///< may fall between two levels (3.5) with an even number of votes
    int min = 0;
    int max = 0;
    /// The votes disagree by the session's rule (DisagreementRule): the conversation the
    /// workshop is for.
    bool disagreement = false;
    /// The median, rounded down when it falls between two levels: the facilitator confirms it
    /// or changes it.
    int suggested = 0;
    /// Votes per level, index 0 = the scale's lowest level.
    QList<int> distribution;

    static constexpr int DisagreementRange = 2;
    static constexpr double DisagreementIqr = 1.0;      ///< more than this is disagreement
    /// Fewer votes than this and the spread says little: the room is told so at the reveal.
    static constexpr int FewVoters = 5;
};

/// Summarises whole-level votes on `scale`, disagreement judged by `rule`; nullopt when there
/// are none. Votes outside the scale are the caller's error (they are refused on entry) and are
/// left out here.
std::optional<VoteSummary> summarise(const QList<int> &votes, const Scale &scale, DisagreementRule rule);

/// Reads a show-of-hands tally, "LEVEL×COUNT" items separated by commas or spaces:
/// "3×2, 4×5" is two votes for level 3 and five for level 4 (x and * work for ×). Returns the
/// votes, or nullopt with `problem` saying which item is wrong and why.
std::optional<QList<int>> parseTally(const QString &tally, const Scale &scale, QString &problem);

} // namespace wgll::workshop
