// SPDX-License-Identifier: GPL-3.0-or-later
#include "radarchart.h"

#include "chartstyle.h"
#include "radaroverlay.h"
#include "scoring/scorecard.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QGraphicsLayout>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPolarChart>
#include <QValueAxis>

namespace wgll {

// The chart goes to the view's constructor: QChartView(parent) makes a QChart of its own, and
// setChart() only takes that one out of the scene, leaving it owned by nobody.
RadarChart::RadarChart(QWidget *parent) : QChartView(new QPolarChart, parent)
{
    setObjectName(QStringLiteral("radarChart"));
    setRenderHint(QPainter::Antialiasing);
    m_chart = static_cast<QPolarChart *>(chart());
    m_chart->setBackgroundVisible(false);
    // The overlay draws the legend, with line samples Qt Charts' legend cannot show.
    m_chart->legend()->hide();
    m_chart->setAnimationOptions(QChart::NoAnimation); // updates must be instant while scoring
    // The spoke labels need the room, not the frame: a pane on a laptop is only ~450 px wide.
    m_chart->setMargins(QMargins(2, 2, 2, 2 + charts::RadarOverlay::legendHeight()));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setBackgroundRoundness(0);

    m_current = new QLineSeries(this);
    m_current->setName(tr("Current"));
    m_currentArea = new QAreaSeries(m_current);
    m_currentArea->setName(tr("Current"));
    m_currentArea->setPen(Qt::NoPen);
    m_currentEdge = new QLineSeries;

    m_target = new QLineSeries;
    m_target->setName(tr("Target"));
    m_baseline = new QLineSeries;
    m_baseline->setName(tr("Baseline"));
    m_low = new QLineSeries(this);
    m_high = new QLineSeries(this);
    m_band = new QAreaSeries(m_high, m_low);
    m_band->setName(tr("Range"));
    m_band->setPen(Qt::NoPen);
    m_benchmark = new QLineSeries;
    m_benchmark->setObjectName(QStringLiteral("benchmarkSeries"));

    // The web: one closed polygon per scale level, drawn as series because QPolarChart's own
    // radial grid is circles, which misread as a continuous scale between spokes.
    for (int level = 1; level <= MaxWebLevels; ++level) {
        auto *ring = new QLineSeries(this);
        ring->setPen(QPen(QColor(128, 128, 128, 130), 1));
        m_web.append(ring);
        m_chart->addSeries(ring);
    }
    m_chart->addSeries(m_band); // under the lines it is the range of
    m_chart->addSeries(m_currentArea);
    m_chart->addSeries(m_currentEdge);
    m_chart->addSeries(m_target);
    m_chart->addSeries(m_baseline);
    m_chart->addSeries(m_benchmark);
    m_overlay = new charts::RadarOverlay(m_chart);
    connect(m_chart, &QChart::plotAreaChanged, this, [this] { m_overlay->relayout(); });
    setAccessibleName(tr("Radar chart of the success measure scores"));
}

void RadarChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        setData(m_data);
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

/// Breaks a long spoke label over two lines at the space nearest its middle, so "Ensure smart
/// foundations" does not push the plot into a thumbnail. Axis labels are rich text: the title
/// (framework data) is escaped and the break is a <br>.
static QString wrapped(const QString &label)
{
    constexpr qsizetype WrapAt = 10; // "Empower citizens" too: each label's width is taken from the plot
    if (label.size() <= WrapAt)
        return label.toHtmlEscaped();
    qsizetype best = -1;
    for (qsizetype i = 0; i < label.size(); ++i) {
        if (label[i] == u' ' && (best < 0 || qAbs(i - label.size() / 2) < qAbs(best - label.size() / 2)))
            best = i;
    }
    return best < 0 ? label.toHtmlEscaped()
                    : label.left(best).toHtmlEscaped() + u"<br>" + label.mid(best + 1).toHtmlEscaped();
}

void RadarChart::setData(const Data &data)
{
    m_data = data;
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis); // hands the axis back to us
        delete axis;
    }
    QCategoryAxis *spokes = makeSpokeAxis();
    QCategoryAxis *levels = makeLevelAxis();
    const QColor area = applyPalette(*spokes, *levels);
    m_chart->addAxis(spokes, QPolarChart::PolarOrientationAngular);
    m_chart->addAxis(levels, QPolarChart::PolarOrientationRadial);
    for (QAbstractSeries *s : m_chart->series()) {
        s->attachAxis(spokes);
        s->attachAxis(levels);
    }
    fillSeries();
    setLegend(area);
    describe();
}

void RadarChart::setLegend(const QColor &area)
{
    using charts::style::Marker;
    const Data &d = m_data;
    // With a roll-up's band the combined figure is drawn as its line alone (fillSeries()), so its
    // legend sample is the line alone too.
    QList<charts::RadarOverlay::Line> lines{
        {d.currentName.isEmpty() ? tr("Current") : d.currentName, d.current, m_currentEdge->pen(), Marker::Circle,
         d.high.isEmpty() ? area : QColor()}};
    if (!d.target.isEmpty())
        lines.append({tr("Target"), d.target, m_target->pen(), Marker::Square, {}});
    if (!d.baseline.isEmpty())
        lines.append({d.baselineName.isEmpty() ? tr("Baseline") : d.baselineName, d.baseline, m_baseline->pen(),
                      Marker::Triangle, {}});
    if (!d.high.isEmpty())
        lines.append({tr("Range (lowest to highest)"), {}, QPen(Qt::NoPen), Marker::Circle, m_band->brush().color()});
    if (!d.benchmark.isEmpty())
        lines.append({d.benchmarkName, d.benchmark, m_benchmark->pen(), Marker::Diamond, {}});
    QColor halo = palette().color(QPalette::Window);
    halo.setAlpha(235);
    m_overlay->setContent(lines, d.measures.size(), static_cast<int>(d.scaleMin), static_cast<int>(d.scaleMax),
                          palette().color(QPalette::WindowText), halo);
}

QCategoryAxis *RadarChart::makeSpokeAxis() const
{
    auto *spokes = new QCategoryAxis;
    spokes->setRange(0, 360);
    spokes->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const qsizetype n = m_data.measures.size();
    for (qsizetype i = 0; i < n; ++i) {
        QString label = wrapped(m_data.measures[i]);
        if (i < m_data.current.size() && !m_data.current[i])
            label += u"<br>" + tr("(not scored)");
        spokes->append(label, 360.0 * static_cast<double>(i) / static_cast<double>(n));
    }
    spokes->setLabelsFont(charts::style::labelFont());
    return spokes;
}

QCategoryAxis *RadarChart::makeLevelAxis() const
{
    // The centre is 0 so that level 1 is a visible ring, not a point; only the levels are labelled.
    auto *levels = new QCategoryAxis;
    levels->setRange(0, m_data.scaleMax);
    levels->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int level = static_cast<int>(m_data.scaleMin); level <= static_cast<int>(m_data.scaleMax); ++level)
        levels->append(QString::number(level), level);
    levels->setGridLineVisible(false);
    // The overlay draws the ring labels, above the data: Qt Charts draws axis labels below it.
    levels->setLabelsVisible(false);
    // No axis line: the first spoke is already drawn, and the two together look like a data line.
    levels->setLineVisible(false);
    return levels;
}

QColor RadarChart::applyPalette(QCategoryAxis &spokes, QCategoryAxis &levels)
{
    // Text and lines follow the palette, so the chart reads in a dark theme as in a light one.
    const QColor text = palette().color(QPalette::WindowText);
    QColor faint = text;
    faint.setAlpha(110);
    spokes.setLabelsColor(text);
    spokes.setGridLineColor(faint);
    spokes.setLinePen(QPen(faint));
    levels.setLabelsColor(palette().color(QPalette::PlaceholderText));
    m_chart->legend()->setLabelColor(text);
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_target->setPen(charts::style::targetPen(dark));
    m_baseline->setPen(charts::style::baselinePen(dark));
    m_benchmark->setPen(charts::style::benchmarkPen(dark));
    m_currentEdge->setPen(charts::style::currentPen(dark));
    QColor area = charts::style::current(dark);
    area.setAlphaF(0.22f);
    m_currentArea->setBrush(area);
    // The range in the target's vermillion, faint: apart from the current scores' blue fill.
    QColor band = charts::style::target(dark);
    band.setAlphaF(0.18f);
    m_band->setBrush(band);
    return area;
}

void RadarChart::fillSeries()
{
    const qsizetype n = m_data.measures.size();
    for (int level = 1; level <= m_web.size(); ++level) {
        const bool onScale = level >= m_data.scaleMin && level <= m_data.scaleMax;
        fill(m_web[level - 1], QList<std::optional<double>>(n, double(level)));
        m_web[level - 1]->setVisible(onScale);
        for (auto *marker : m_chart->legend()->markers(m_web[level - 1]))
            marker->setVisible(false);
    }
    fill(m_current, m_data.current);
    fill(m_currentEdge, m_data.current);
    fill(m_target, m_data.target);
    m_target->setVisible(!m_data.target.isEmpty());
    fill(m_baseline, m_data.baseline);
    fill(m_low, m_data.low);
    fill(m_high, m_data.high);
    m_band->setVisible(!m_data.high.isEmpty());
    // With a band (a roll-up) the combined figure is its line alone: its blue fill over the
    // band's vermillion mixed to a grey that read as a third series.
    m_currentArea->setVisible(m_data.high.isEmpty());
    fill(m_benchmark, m_data.benchmark);
    m_benchmark->setName(m_data.benchmarkName);
    for (auto [series, values] : {std::pair{m_baseline, &m_data.baseline}, std::pair{m_benchmark, &m_data.benchmark}}) {
        series->setVisible(!values->isEmpty());
        for (auto *marker : m_chart->legend()->markers(series))
            marker->setVisible(!values->isEmpty());
    }
}

void RadarChart::describe()
{
    QStringList description;
    for (qsizetype i = 0; i < m_data.measures.size(); ++i) {
        description.append(m_data.measures[i] + u' ' +
                           formatScore(i < m_data.current.size() ? m_data.current[i] : std::nullopt) + u" (" +
                           tr("target") + u' ' +
                           formatScore(i < m_data.target.size() ? m_data.target[i] : std::nullopt) + u')');
    }
    QString said = description.join(QStringLiteral("; "));
    if (!m_data.benchmark.isEmpty()) {
        QStringList benchmark;
        for (qsizetype i = 0; i < m_data.measures.size(); ++i)
            benchmark.append(m_data.measures[i] + u' ' + formatScore(m_data.benchmark.value(i)));
        said += u". " + m_data.benchmarkName + u": " + benchmark.join(QStringLiteral("; "));
    }
    setAccessibleDescription(said);
}

} // namespace wgll
