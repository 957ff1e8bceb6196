// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportbaselines.h"

#include "command.h"
#include "storage/assessmentfile.h"

namespace wgll::cli {

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
    QList<TrendInput> earlier;
    for (qsizetype i = 0; i < read.size(); ++i)
        earlier.append({baselines.at(i), Scorecard::of(read.at(i))});
    r.trend = Trend::upTo({file, Scorecard::of(*r.assessment)}, earlier,
                          {QStringLiteral("the report's"), QStringLiteral("a --baseline must be an earlier period")},
                          error);
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
