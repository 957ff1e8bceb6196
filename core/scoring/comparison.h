// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scorecard.h"

#include <optional>

namespace wgll {

/// One statement before and after. Delta = after − before, set only when both are scored and
/// the statement is comparable: present in both with the same text in both framework revisions.
/// Targets, weights and wordings are unset/empty on a side that lacks the statement.
struct ComparedIndicator
{
    QString id;
    QString measureId;
    std::optional<int> before;
    std::optional<int> after;
    bool beforeNotApplicable = false;
    bool afterNotApplicable = false;
    bool comparable = true;
    std::optional<int> delta;
    std::optional<int> beforeTarget; ///< the effective target
    std::optional<int> afterTarget;
    std::optional<int> beforeWeight;
    std::optional<int> afterWeight;
    QString beforeText;
    QString afterText;

    /// "scored", "n/a", "unscored", or "absent" (not in that revision of the framework).
    QString beforeState() const;
    QString afterState() const;
    /// The score or its state changed (2 -> 3, N/A -> scored, scored -> unscored…).
    bool answerChanged() const { return before != after || beforeState() != afterState(); }
    bool targetChanged() const { return beforeTarget && afterTarget && *beforeTarget != *afterTarget; }
    bool weightChanged() const { return beforeWeight && afterWeight && *beforeWeight != *afterWeight; }
    /// Anything a reader should see: the answer, the target, the weight, or the wording.
    bool changed() const { return answerChanged() || targetChanged() || weightChanged() || !comparable; }
};

struct ComparedMeasure
{
    QString id;
    QString title;
    std::optional<double> before;
    std::optional<double> after;
    std::optional<double> delta;
};

/// Two assessments of the same framework id (PRODUCT.md section 4, "Comparison").
struct Comparison
{
    QString frameworkId;
    QString beforeVersion;
    QString afterVersion;
    AssessmentInfo beforeInfo;
    AssessmentInfo afterInfo;
    std::optional<double> overallBefore;
    std::optional<double> overallAfter;
    std::optional<double> overallDelta;
    QList<ComparedMeasure> measures;     ///< the newer framework's order
    QList<ComparedIndicator> indicators; ///< the newer framework's order, then any only in the older

    /// Compares `older` with `newer`; nullopt with `problem` set when their framework ids differ.
    static std::optional<Comparison> of(const Assessment &older, const Assessment &newer, QString &problem);
    /// The comparable statements whose score changed, biggest change first (ties: framework order).
    QList<ComparedIndicator> biggestChanges(int n) const;
    /// Every statement with any change (ComparedIndicator::changed()), in `indicators` order.
    QList<ComparedIndicator> changes() const;
};

} // namespace wgll
