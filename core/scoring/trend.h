// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scorecard.h"
#include "util/error.h"

#include <QList>
#include <QString>

#include <optional>

namespace wgll {

/// Where a period falls in time, by the rule of docs/method.md ("Trend"): a year ("2025"), or a
/// financial year ("2024/25", "2024-25", "2024/2025": the second year the next), optionally
/// followed by a quarter ("Q1"–"Q4") or a half ("H1", "H2"). Periods compare by their first
/// year, then the quarter or half. Two periods order only when they have the same form (a
/// calendar year overlaps a financial year, so "2024" beside "2024/25" is not guessed at).
struct PeriodKey
{
    int year = 0;
    int part = 0;  ///< the quarter or half, 0 without one
    QString form; ///< "year" or "financial year", then " quarter" / " half" when given
};
/// The key of `period`, or nullopt when the rule above cannot place it in time.
std::optional<PeriodKey> periodKey(const QString &period);

/// One assessment in a trend, as given.
struct TrendInput
{
    QString file;
    Scorecard card;
};

/// One assessment of the series, in period order.
struct TrendPoint
{
    QString file;
    QString period;
    QString revision; ///< the framework version the file was assessed on
    int segment = 0;  ///< which run of one revision it is in: 0, then +1 at each break
    std::optional<double> overall;
    QList<std::optional<double>> measures; ///< aligned with Trend::measures; unset with no score
};

/// Where the framework revision changes between two neighbouring points: the series is cut
/// there, and no change is computed across it (the statements' wording differs).
struct TrendBreak
{
    qsizetype point = 0; ///< index of the first point after the break
    QString beforePeriod;
    QString beforeRevision;
    QString afterPeriod;
    QString afterRevision;
};

struct TrendMeasure
{
    QString id;
    QString title;
};

/// Several assessments of one organisation over time (docs/method.md, "Trend").
struct Trend
{
    QString frameworkId;
    QString organisation; ///< as the newest file writes it
    QList<TrendMeasure> measures; ///< the newest revision's order, then any only older ones have
    QList<TrendPoint> points;     ///< oldest period first
    QList<TrendBreak> breaks;

    /// Orders and checks `inputs`: one framework id, one organisation (names compared as the
    /// roll-up compares them), each period placed in time by periodKey() and given once. A
    /// refusal is BadData naming the file (and the other file it clashes with).
    static std::optional<Trend> of(const QList<TrendInput> &inputs, Error &error);
    /// How upTo() words a refusal of a later "earlier" file: "is of 2026/27, after `whose`
    /// 2025/26 (FILE); `rule`", so the command line names its --baseline and the window its view.
    struct LaterRefusal
    {
        QString whose; ///< e.g. "the report's"
        QString rule;  ///< e.g. "a --baseline must be an earlier period"
    };
    /// The trend of `newest` and the `earlier` assessments leading up to it, as Trend::of, and
    /// also refused (BadData naming the file, worded by `refusal`) when one of `earlier` is of a
    /// later period than `newest`: the report's trend page and the window's Trend view end at
    /// the open file.
    static std::optional<Trend> upTo(const TrendInput &newest, const QList<TrendInput> &earlier,
                                     const LaterRefusal &refusal, Error &error);

    /// The value of measure `measure` (index into `measures`; -1 for the overall) at `point`.
    std::optional<double> value(qsizetype measure, qsizetype point) const;
    /// The change from the point before, set only when both have a value and no break lies
    /// between them: a value is never joined across a break.
    std::optional<double> change(qsizetype measure, qsizetype point) const;
    /// Whether a break lies just before `point`.
    bool breakBefore(qsizetype point) const;
};

} // namespace wgll
