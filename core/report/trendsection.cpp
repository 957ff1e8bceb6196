// SPDX-License-Identifier: GPL-3.0-or-later
#include "trendsection.h"

#include "reportparts.h"

#include <algorithm>

namespace wgll::report {

using parts::tr;

namespace {

/// "3.0", or "4.0 (+1.0)" with the change from the period before, within one revision only.
QString figure(const Trend &t, qsizetype measure, qsizetype point)
{
    const QString value = formatScore(t.value(measure, point));
    if (!t.change(measure, point))
        return value;
    return value + u" (" + formatChange(t.value(measure, point - 1), t.value(measure, point)) + u')';
}

/// The chart's alternative text: its kind, then every period's figure and each break in order.
QString describe(const Trend &t, qsizetype measure, const QString &name, const Scale &scale)
{
    QStringList parts;
    for (qsizetype p = 0; p < t.points.size(); ++p) {
        if (t.breakBefore(p))
            parts.append(tr("break: the framework revision changes from %1 to %2")
                             .arg(t.points.at(p - 1).revision, t.points.at(p).revision));
        parts.append(t.points.at(p).period + u' ' + figure(t, measure, p));
    }
    return tr("Line chart of %1 across %2 periods on the %3 to %4 scale, revision %5 first: ")
               .arg(name)
               .arg(t.points.size())
               .arg(scale.min)
               .arg(scale.max)
               .arg(t.points.constFirst().revision) +
           parts.join(QStringLiteral("; ")) + u'.';
}

} // namespace

Chart trendChart(const Trend &t, qsizetype measure, const QString &name, const Scale &scale)
{
    Chart c;
    c.kind = Chart::Kind::Trend;
    c.title = name;
    c.scaleMin = scale.min;
    c.scaleMax = scale.max;
    c.measures = {name};
    c.data.caption = tr("The figures of %1").arg(name);
    c.data.header = {tr("Period"), tr("Framework revision"), tr("Score"), tr("Change")};
    c.data.numeric = {false, false, true, true};
    for (qsizetype p = 0; p < t.points.size(); ++p) {
        const TrendPoint &point = t.points.at(p);
        c.periods.append(point.period);
        c.revisions.append(point.revision);
        c.segments.append(point.segment);
        c.current.append(t.value(measure, p));
        const std::optional<double> change = t.change(measure, p);
        c.data.rows.append({point.period, point.revision, formatScore(t.value(measure, p)),
                            change ? formatChange(t.value(measure, p - 1), t.value(measure, p))
                                   : (t.breakBefore(p) ? tr("break") : QStringLiteral("–"))});
    }
    c.description = describe(t, measure, name, scale);
    return c;
}

Table trendTable(const Trend &t)
{
    Table table;
    table.caption = tr("Every figure of the trend; a change is given only within one framework revision");
    table.header = {tr("Success measure")};
    table.numeric = {false};
    for (const TrendPoint &p : t.points) {
        table.header.append(p.period + u" (" + p.revision + u')');
        table.numeric.append(true);
    }
    for (qsizetype m = -1; m < t.measures.size(); ++m) {
        QStringList row{m < 0 ? tr("Overall") : t.measures.at(m).id + u' ' + t.measures.at(m).title};
        for (qsizetype p = 0; p < t.points.size(); ++p)
            row.append(figure(t, m, p));
        table.rows.append(row);
    }
    return table;
}

void addTrendSection(BoardReport &report, const Trend &trend, const Scale &scale)
{
    Section s{QStringLiteral("trend"),
              tr("Trend over %1 periods, %2 to %3")
                  .arg(trend.points.size())
                  .arg(trend.points.constFirst().period, trend.points.constLast().period),
              true,
              {}};
    s.blocks.append(Paragraph{tr("How the overall score and each success measure moved across the assessments, "
                                 "in time order (by year, then quarter or half). Each change is from the period "
                                 "before."),
                              Paragraph::Style::Lead});
    for (const TrendBreak &b : trend.breaks)
        s.blocks.append(Paragraph{tr("The framework revision changes between %1 (revision %2) and %3 (revision %4): "
                                     "some statements are worded differently, so each line is broken there and no "
                                     "change is given across the break.")
                                      .arg(b.beforePeriod, b.beforeRevision, b.afterPeriod, b.afterRevision)});
    s.blocks.append(trendChart(trend, -1, tr("Overall"), scale));
    for (qsizetype m = 0; m < trend.measures.size(); ++m)
        s.blocks.append(trendChart(trend, m, trend.measures.at(m).id + u' ' + trend.measures.at(m).title, scale));
    s.blocks.append(trendTable(trend));
    const auto method = std::find_if(report.sections.begin(), report.sections.end(),
                                     [](const Section &x) { return x.id == u"method"; });
    report.sections.insert(method, s);
}

} // namespace wgll::report
