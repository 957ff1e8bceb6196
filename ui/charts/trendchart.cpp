// SPDX-License-Identifier: GPL-3.0-or-later
#include "trendchart.h"

#include "chartstyle.h"

#include <QCategoryAxis>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

namespace wgll {

namespace {

/// The axis label of period `i`: the period, its revision under it, and a bar before it where
/// the revision changes ("| 2024/25"), so the gap in the line is named at the gap.
QString periodLabel(const TrendChart::Data &d, qsizetype i)
{
    const bool broken = i > 0 && d.segments.value(i) != d.segments.value(i - 1);
    return (broken ? QStringLiteral("‖ ") : QString()) + d.periods.at(i).toHtmlEscaped() + u"<br>" +
           (broken ? QObject::tr("revision %1") : QStringLiteral("%1")).arg(d.revisions.value(i).toHtmlEscaped());
}

} // namespace

// As MeasureBarChart: the chart goes to the view's constructor, so the view owns it.
TrendChart::TrendChart(QWidget *parent) : QChartView(new QChart, parent)
{
    setObjectName(QStringLiteral("trendChart"));
    setRenderHint(QPainter::Antialiasing);
    QChart *chart = this->chart();
    chart->setBackgroundVisible(false);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->legend()->hide(); // one line: the caption names it
    setAccessibleName(tr("Line chart of a score across the periods"));
}

void TrendChart::setData(const Data &d)
{
    QChart *c = chart();
    charts::style::clearChart(*c);
    const auto [periods, levels] = addAxes(d);
    // A dashed upright where the revision changes, so the gap reads as a break, not missing data.
    for (qsizetype i = 1; i < d.periods.size(); ++i) {
        if (d.segments.value(i) == d.segments.value(i - 1))
            continue;
        auto *rule = new QLineSeries;
        rule->setPen(QPen(charts::style::mutedText(), 1, Qt::DashLine));
        rule->append(static_cast<double>(i) - 0.5, d.scaleMin);
        rule->append(static_cast<double>(i) - 0.5, d.scaleMax);
        addSeries(rule, periods, levels);
    }
    addValues(d, periods, levels);
}

std::pair<QAbstractAxis *, QAbstractAxis *> TrendChart::addAxes(const Data &d)
{
    auto *periods = new QCategoryAxis;
    periods->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    periods->setStartValue(-0.5);
    const qsizetype n = d.periods.size();
    for (qsizetype i = 0; i < n; ++i)
        periods->append(periodLabel(d, i), static_cast<double>(i) + 0.5);
    periods->setRange(-0.5, static_cast<double>(n) - 0.5);
    periods->setGridLineVisible(false);
    auto *levels = new QValueAxis;
    levels->setRange(d.scaleMin, d.scaleMax);
    levels->setTickCount(static_cast<int>(d.scaleMax - d.scaleMin) + 1);
    levels->setLabelFormat(QStringLiteral("%d"));
    const QColor text = palette().color(QPalette::WindowText);
    const QFont font = charts::style::labelFont();
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(periods), static_cast<QAbstractAxis *>(levels)}) {
        axis->setLabelsColor(text);
        axis->setLabelsFont(font);
    }
    chart()->addAxis(periods, Qt::AlignBottom);
    chart()->addAxis(levels, Qt::AlignLeft);
    return {periods, levels};
}

void TrendChart::addSeries(QAbstractSeries *series, QAbstractAxis *periods, QAbstractAxis *levels)
{
    chart()->addSeries(series);
    series->attachAxis(periods);
    series->attachAxis(levels);
}

/// A marker per scored period, and a line between neighbours of one revision that both have a
/// score: a break or a missing score starts a new line, and a lone value is its marker alone.
void TrendChart::addValues(const Data &d, QAbstractAxis *periods, QAbstractAxis *levels)
{
    auto *markers = new QScatterSeries;
    markers->setColor(charts::style::current());
    markers->setBorderColor(Qt::white);
    markers->setMarkerSize(8);
    QLineSeries *line = nullptr;
    for (qsizetype i = 0; i < d.periods.size(); ++i) {
        const std::optional<double> v = d.values.value(i);
        const bool joined = i > 0 && d.segments.value(i) == d.segments.value(i - 1) && d.values.value(i - 1);
        if (!v || !joined)
            line = nullptr;
        if (!v)
            continue;
        if (joined && !line) {
            line = new QLineSeries;
            line->setPen(charts::style::currentPen());
            line->append(static_cast<double>(i - 1), *d.values.value(i - 1));
            addSeries(line, periods, levels);
        }
        if (line)
            line->append(static_cast<double>(i), *v);
        markers->append(static_cast<double>(i), *v);
    }
    addSeries(markers, periods, levels);
}

} // namespace wgll
