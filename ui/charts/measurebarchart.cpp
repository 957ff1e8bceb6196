// SPDX-License-Identifier: GPL-3.0-or-later
#include "measurebarchart.h"

#include "chartstyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QGraphicsLayout>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QValueAxis>

namespace wgll {

// The chart goes to the view's constructor: QChartView(parent) makes a QChart of its own, and
// setChart() only takes that one out of the scene, leaving it owned by nobody.
MeasureBarChart::MeasureBarChart(QWidget *parent) : QChartView(new QChart, parent)
{
    setObjectName(QStringLiteral("measureBarChart"));
    setRenderHint(QPainter::Antialiasing);
    QChart *chart = this->chart();
    chart->setBackgroundVisible(false);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    setAccessibleName(tr("Bar chart of the success measure scores and targets"));
}

void MeasureBarChart::setData(const Data &values)
{
    QChart *c = chart();
    charts::style::clearChart(*c);
    // Horizontal bar categories run bottom-up: fill them last measure first, so measure 1 is
    // at the top as in every table of the report.
    const qsizetype n = values.measures.size();
    // Current, target and baseline differ in lightness, not only in hue, so they stay apart in
    // a greyscale print and for colour-blind readers; the light ones are outlined.
    auto toSet = [n](const QString &name, const QList<std::optional<double>> &v, const QColor &colour,
                     const QColor &border) {
        auto *set = new QBarSet(name);
        set->setColor(colour);
        set->setBorderColor(border);
        for (qsizetype i = n - 1; i >= 0; --i)
            set->append(i < v.size() && v[i] ? *v[i] : 0.0);
        return set;
    };
    auto *series = new QHorizontalBarSeries;
    if (!values.baseline.isEmpty())
        series->append(toSet(tr("Baseline"), values.baseline, charts::style::baselineBar(),
                                charts::style::barOutline()));
    m_targetSet = toSet(tr("Target"), values.target, charts::style::targetBar(), charts::style::barOutline());
    series->append(m_targetSet);
    m_currentSet = toSet(tr("Current"), values.current, charts::style::current(), charts::style::current());
    series->append(m_currentSet);
    series->setBarWidth(0.8);
    c->addSeries(series);

    QStringList labels;
    for (qsizetype i = n - 1; i >= 0; --i)
        labels.append(values.measures[i]);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    auto *levels = new QValueAxis;
    levels->setRange(0, values.scaleMax);
    levels->setTickCount(static_cast<int>(values.scaleMax) + 1);
    levels->setLabelFormat(QStringLiteral("%d"));
    const QColor text = palette().color(QPalette::WindowText);
    categories->setLabelsColor(text);
    levels->setLabelsColor(text);
    c->legend()->setLabelColor(text);
    const QFont font = charts::style::labelFont();
    categories->setLabelsFont(font);
    levels->setLabelsFont(font);
    c->legend()->setFont(font);
    c->legend()->setReverseMarkers(true); // Current, Target, Baseline: the order they matter in
    c->addAxis(categories, Qt::AlignLeft);
    c->addAxis(levels, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(levels);
}

} // namespace wgll
