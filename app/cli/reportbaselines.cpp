// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportbaselines.h"

#include "command.h"
#include "storage/assessmentfile.h"

namespace wgll::cli {

namespace {

/// The trend of `file` and its baselines, with `file` last; BadData when it is not the newest.
std::optional<Trend> trendOf(const QString &file, const Assessment &assessment, const QStringList &names,
                             const QList<Assessment> &baselines, Error &error)
{
    QList<TrendInput> inputs{{file, Scorecard::of(assessment)}};
    for (qsizetype i = 0; i < baselines.size(); ++i)
        inputs.append({names.at(i), Scorecard::of(baselines.at(i))});
    std::optional<Trend> trend = Trend::of(inputs, error);
    if (trend && trend->points.constLast().file != file) {
        const TrendPoint &newest = trend->points.constLast();
        error = {ErrorKind::BadData, newest.file, 0,
                 u"is of " + newest.period + u", after the report's " + assessment.info.period + u" (" + file +
                     u"); a --baseline must be an earlier period"};
        return std::nullopt;
    }
    return trend;
}

} // namespace

ReportInputs loadReportInputs(const QString &file, const QStringList &baselines, Console &console, int &code)
{
    ReportInputs r;
    r.assessment = loadAssessment(file, console, code);
    if (!r.assessment)
        return r;
    QList<Assessment> read;
    Error error;
    for (const QString &name : baselines) {
        std::optional<Assessment> b = storage::readBaselineFile(name, r.assessment->framework.id, error);
        if (!b) {
            code = console.fail(error);
            r.assessment.reset();
            return r;
        }
        read.append(std::move(*b));
    }
    if (read.size() == 1)
        r.baseline = read.constFirst();
    if (read.size() < 2)
        return r;
    r.trend = trendOf(file, *r.assessment, baselines, read, error);
    if (!r.trend) {
        code = console.fail(error);
        r.assessment.reset();
        return r;
    }
    // The changes are since the newest baseline: the period just before the report's.
    const QString newest = r.trend->points.at(r.trend->points.size() - 2).file;
    r.baseline = read.at(baselines.indexOf(newest));
    return r;
}

} // namespace wgll::cli
