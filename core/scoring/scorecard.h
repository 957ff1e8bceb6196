// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"
#include "workshop/votes.h"

#include <QList>
#include <QString>

#include <optional>

namespace wgll {

/// The figures for one indicator statement (PRODUCT.md section 4).
struct IndicatorResult
{
    QString id;
    QString measureId;
    QString text;
    std::optional<int> score; ///< unset when unscored or N/A
    bool notApplicable = false;
    int target = 0; ///< the effective target (its own, else the default)
    int weight = 1;
    std::optional<int> gap;      ///< max(0, target − score); scored statements only
    std::optional<int> priority; ///< gap × weight; scored statements only
    std::optional<int> rank;     ///< 1 = the first thing to fix; only where gap > 0
    /// The votes of the latest workshop session that voted on it; unset when none has.
    std::optional<workshop::VoteSummary> votes;

    bool isScored() const { return score.has_value(); }
};

/// The figures for one success measure. Means are weighted by statement weight.
struct MeasureResult
{
    QString id;
    QString title;
    std::optional<double> score;  ///< weighted mean of scored statements; unset when none is
    std::optional<double> target; ///< weighted mean of non-N/A statements' targets
    int scored = 0;
    int notApplicable = 0;
    int total = 0;

    int unscored() const { return total - scored - notApplicable; }
};

/// Everything PRODUCT.md section 4 computes from one assessment: plain values, computed once,
/// so every view, export and report shows the same numbers.
struct Scorecard
{
    QString frameworkId;
    QString frameworkVersion;
    AssessmentInfo info;
    QString baseline;                  ///< the assessment this one started from, if any
    QStringList reassessed;            ///< statements re-assessed since it was created
    QList<MeasureResult> measures;     ///< framework order
    QList<IndicatorResult> indicators; ///< framework order
    std::optional<double> overall;     ///< mean of the non-null measure scores

    static Scorecard of(const Assessment &assessment);

    /// Indices into `indicators` of the prioritised gap list, rank 1 first.
    QList<qsizetype> gapList() const;
    const MeasureResult *measure(const QString &id) const;
    /// The mean of the measure targets, as the overall score is the mean of the measure scores.
    std::optional<double> overallTarget() const;
    const IndicatorResult *indicator(const QString &id) const;
    /// Scored statements, out of all statements that are not N/A.
    int scoredCount() const;
    int applicableCount() const;
};

/// The one-decimal figure shown for a score (half away from zero), or "–" when there is none.
/// Means are rationals with small denominators; the nudge makes a mean that is exactly on a
/// half (2.45) round up even when binary floating point holds it as 2.4499999….
QString formatScore(const std::optional<double> &value);
/// A score in the tenths formatScore() prints it with (2.45 -> 25).
long long scoreTenths(double score);
/// The change between two scores as every view prints it: the difference of the two printed
/// figures ("+0.3", "-1.0", "0.0"), so a reader's own subtraction always agrees (2.245 -> 2.462
/// prints 2.2 -> 2.5, +0.3, not the rounded true change +0.2); "–" when either is missing.
QString formatChange(const std::optional<double> &before, const std::optional<double> &after);

} // namespace wgll
