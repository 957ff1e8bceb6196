// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QList>
#include <QStringList>

#include <optional>

class QAreaSeries;
class QCategoryAxis;
class QLineSeries;
class QPolarChart;

namespace wgll {

namespace charts {
class RadarOverlay;
}

/// The radar of the seven success measures on the 1–5 scale: the current scores filled, the
/// targets dashed and, when there are, the baseline dotted and a benchmark dash-dot, each with its own marker shape
/// and colour (charts/chartstyle.h), with a legend of line samples. One spoke per
/// measure; a measure with no score is drawn at the centre and its label says "not scored".
/// Shared by the window and the reports, so both draw the same chart.
class RadarChart : public QChartView
{
    Q_OBJECT
public:
    explicit RadarChart(QWidget *parent = nullptr);

    struct Data
    {
        QStringList measures; ///< spoke labels, e.g. "Well led"
        QList<std::optional<double>> current;
        QList<std::optional<double>> target;
        QList<std::optional<double>> baseline; ///< empty: no baseline series
        double scaleMin = 1;
        double scaleMax = 5;
        /// With `high`: a band filled from `low` to `high` on each spoke (the roll-up's minimum
        /// to maximum); empty: no band.
        QList<std::optional<double>> low;
        QList<std::optional<double>> high;
        QString currentName;  ///< the filled line in the legend; empty: "Current"
        QString baselineName; ///< the dotted line in the legend; empty: "Baseline"
        /// A national benchmark per measure, dash-dot with diamonds; empty: none.
        QList<std::optional<double>> benchmark;
        QString benchmarkName; ///< its legend entry, e.g. "DMA 2025 benchmark"
    };
    void setData(const Data &data);
    const Data &data() const { return m_data; }

    /// The series as drawn (for tests and the accessible description).
    QLineSeries *currentSeries() const { return m_current; }
    QLineSeries *targetSeries() const { return m_target; }
    QLineSeries *baselineSeries() const { return m_baseline; }
    /// The band from `low` to `high`: hidden when there is none.
    QAreaSeries *bandSeries() const { return m_band; }
    /// The markers, ring labels and legend drawn over the chart.
    const charts::RadarOverlay *overlay() const { return m_overlay; }
    QLineSeries *benchmarkSeries() const { return m_benchmark; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill(QLineSeries *series, const QList<std::optional<double>> &values) const;
    /// The measures round the circle, each label whole (wrapped, never elided).
    QCategoryAxis *makeSpokeAxis() const;
    QCategoryAxis *makeLevelAxis() const;
    /// Colours the axes and series from the palette; returns the current scores' fill.
    QColor applyPalette(QCategoryAxis &spokes, QCategoryAxis &levels);
    /// The web's rings and the data series from m_data.
    void fillSeries();
    void describe();
    /// The legend's lines: the current (filled), the target and baseline when given, the band.
    void setLegend(const QColor &area);

    static constexpr int MaxWebLevels = 10;

    Data m_data;
    QList<QLineSeries *> m_web; ///< one ring per scale level
    QPolarChart *m_chart = nullptr;
    QLineSeries *m_current = nullptr;
    QLineSeries *m_target = nullptr;
    QLineSeries *m_baseline = nullptr;
    QLineSeries *m_benchmark = nullptr;
    QAreaSeries *m_currentArea = nullptr;
    QAreaSeries *m_band = nullptr; ///< between m_low and m_high
    QLineSeries *m_low = nullptr;
    QLineSeries *m_high = nullptr;
    /// The current scores' edge, drawn as a line of its own: the area's own outline would run
    /// back to the centre and draw a solid spoke to the first measure.
    QLineSeries *m_currentEdge = nullptr;
    charts::RadarOverlay *m_overlay = nullptr; ///< markers, ring labels and legend
};

} // namespace wgll
