// SPDX-License-Identifier: GPL-3.0-or-later
#include "radarchart.h"

#include "scoring/scorecard.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPolarChart>
#include <QValueAxis>

namespace wgll {

RadarChart::RadarChart(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("radarChart"));
    setRenderHint(QPainter::Antialiasing);
    m_chart = new QPolarChart;
    m_chart->setBackgroundVisible(false);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setAnimationOptions(QChart::NoAnimation); // updates must be instant while scoring
    setChart(m_chart);

    m_current = new QLineSeries(this);
    m_current->setName(tr("Current"));
    m_currentArea = new QAreaSeries(m_current);
    m_currentArea->setName(tr("Current"));
    QColor fillColour(0, 94, 184); // NHS blue
    m_currentArea->setPen(QPen(fillColour, 2.5));
    fillColour.setAlphaF(0.28f);
    m_currentArea->setBrush(fillColour);

    m_target = new QLineSeries;
    m_target->setName(tr("Target"));
    m_target->setPen(QPen(QColor(0, 48, 135), 2, Qt::DashLine));
    m_baseline = new QLineSeries;
    m_baseline->setName(tr("Baseline"));
    m_baseline->setPen(QPen(QColor(118, 134, 146), 2, Qt::DotLine));

    m_chart->addSeries(m_currentArea);
    m_chart->addSeries(m_target);
    m_chart->addSeries(m_baseline);
    setAccessibleName(tr("Radar chart of the success measure scores"));
}

void RadarChart::fill(QLineSeries *series, const QList<std::optional<double>> &values) const
{
    QList<QPointF> points;
    const qsizetype n = m_data.measures.size();
    for (qsizetype i = 0; i <= n && n > 0; ++i) {
        const qsizetype at = i % n; // back to the first spoke closes the polygon
        const double angle = 360.0 * static_cast<double>(at) / static_cast<double>(n);
        const double v = at < values.size() && values[at] ? *values[at] : 0.0;
        points.append({i == n ? 360.0 : angle, v});
    }
    series->replace(points);
}

void RadarChart::setData(const Data &data)
{
    m_data = data;
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis); // hands the axis back to us
        delete axis;
    }

    auto *spokes = new QCategoryAxis;
    spokes->setRange(0, 360);
    spokes->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const qsizetype n = data.measures.size();
    for (qsizetype i = 0; i < n; ++i) {
        QString label = data.measures[i];
        if (i < data.current.size() && !data.current[i])
            label += u'\n' + tr("(not scored)");
        spokes->append(label, 360.0 * static_cast<double>(i) / static_cast<double>(n));
    }
    auto *levels = new QValueAxis;
    levels->setRange(0, data.scaleMax);
    levels->setTickCount(static_cast<int>(data.scaleMax) + 1);
    levels->setLabelFormat(QStringLiteral("%d"));
    m_chart->addAxis(spokes, QPolarChart::PolarOrientationAngular);
    m_chart->addAxis(levels, QPolarChart::PolarOrientationRadial);
    for (QAbstractSeries *s : m_chart->series()) {
        s->attachAxis(spokes);
        s->attachAxis(levels);
    }

    fill(m_current, data.current);
    fill(m_target, data.target);
    fill(m_baseline, data.baseline);
    m_baseline->setVisible(!data.baseline.isEmpty());
    const auto markers = m_chart->legend()->markers(m_baseline);
    for (auto *marker : markers)
        marker->setVisible(!data.baseline.isEmpty());

    QStringList description;
    for (qsizetype i = 0; i < n; ++i) {
        description.append(data.measures[i] + u' ' +
                           formatScore(i < data.current.size() ? data.current[i] : std::nullopt) + u" (" +
                           tr("target") + u' ' +
                           formatScore(i < data.target.size() ? data.target[i] : std::nullopt) + u')');
    }
    setAccessibleDescription(description.join(QStringLiteral("; ")));
}

} // namespace wgll
