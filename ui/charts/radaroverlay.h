// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartstyle.h"

#include <QGraphicsItem>
#include <QList>
#include <QPen>
#include <QString>

#include <optional>

class QChart;

namespace wgll::charts {

/// What the radar draws above Qt Charts' polygons: a marker at each scored vertex, the ring
/// labels ("1".."5") on a halo so the data never covers them, and the legend with real line
/// samples (solid, dashed, dotted) and marker shapes instead of Qt Charts' solid squares.
/// Painted item by item, so it stays vectors in a PDF or SVG like the rest of the chart.
class RadarOverlay : public QGraphicsItem
{
public:
    struct Line
    {
        QString name;
        QList<std::optional<double>> values;
        QPen pen;
        style::Marker marker = style::Marker::Circle;
        QColor fill; ///< the area under the line, shown in the legend; invalid: none
    };

    /// A child of `chart`, above everything else in it.
    explicit RadarOverlay(QChart *chart);

    void setContent(QList<Line> lines, qsizetype spokes, int scaleMin, int scaleMax, const QColor &text,
                    const QColor &halo);
    /// Call when the chart's geometry or plot area changes.
    void relayout();
    /// The legend's entries, in order.
    const QList<Line> &lines() const { return m_lines; }

    /// The room the legend needs under the plot, in the chart's units.
    static int legendHeight();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void paintMarkers(QPainter &p) const;
    void paintRingLabels(QPainter &p) const;
    void paintLegend(QPainter &p) const;
    void paintLegendRow(QPainter &p, const QList<const Line *> &row, qreal x, qreal y) const;
    QPointF at(double angle, double value) const;

    QChart *m_chart;
    QList<Line> m_lines;
    qsizetype m_spokes = 0;
    int m_scaleMin = 1;
    int m_scaleMax = 5;
    QColor m_text;
    QColor m_halo;
};

} // namespace wgll::charts
