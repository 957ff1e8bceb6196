// SPDX-License-Identifier: GPL-3.0-or-later
#include "radaroverlay.h"

#include <QChart>
#include <QFontMetricsF>
#include <QPainter>
#include <QtMath>

namespace wgll::charts {

namespace {

constexpr qreal MarkerSize = 7;
constexpr qreal SampleLength = 30; ///< a legend's line sample: long enough to show two dashes

} // namespace

RadarOverlay::RadarOverlay(QChart *chart) : QGraphicsItem(chart), m_chart(chart)
{
    // Above the series and Qt Charts' own legend and labels, which sit below 10.
    setZValue(100);
}

void RadarOverlay::setContent(QList<Line> lines, qsizetype spokes, int scaleMin, int scaleMax, const QColor &text,
                              const QColor &halo)
{
    m_lines = std::move(lines);
    m_spokes = spokes;
    m_scaleMin = scaleMin;
    m_scaleMax = scaleMax;
    m_text = text;
    m_halo = halo;
    relayout();
}

void RadarOverlay::relayout()
{
    prepareGeometryChange();
    update();
}

int RadarOverlay::legendHeight()
{
    return qCeil(QFontMetricsF(style::paintFont()).height() * 2);
}

QRectF RadarOverlay::boundingRect() const
{
    return m_chart->rect();
}

QPointF RadarOverlay::at(double angle, double value) const
{
    return m_chart->mapToPosition(QPointF(angle, value));
}

void RadarOverlay::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_spokes == 0 || m_chart->series().isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    paintMarkers(*painter);
    // After the data, so the data never covers the scale.
    paintRingLabels(*painter);
    paintLegend(*painter);
    painter->restore();
}

void RadarOverlay::paintMarkers(QPainter &p) const
{
    for (const Line &line : m_lines) {
        for (qsizetype i = 0; i < m_spokes && i < line.values.size(); ++i) {
            if (!line.values[i]) // not scored: no figure to mark
                continue;
            const double angle = 360.0 * static_cast<double>(i) / static_cast<double>(m_spokes);
            style::drawMarker(p, at(angle, *line.values[i]), MarkerSize, line.marker, line.pen.color());
        }
    }
}

void RadarOverlay::paintRingLabels(QPainter &p) const
{
    p.setFont(style::paintFont());
    const QFontMetricsF metrics(p.font());
    for (int level = m_scaleMin; level <= m_scaleMax; ++level) {
        const QString label = QString::number(level);
        // Beside the first spoke, clear of its markers, on a halo that hides whatever is under it.
        const QPointF ring = at(0, level);
        const QSizeF size(metrics.horizontalAdvance(label), metrics.height());
        const QRectF text(QPointF(ring.x() + MarkerSize / 2 + 3, ring.y() - size.height() / 2), size);
        p.setPen(Qt::NoPen);
        p.setBrush(m_halo);
        p.drawRoundedRect(text.adjusted(-2, 0, 2, 0), 2, 2);
        p.setPen(m_text);
        p.drawText(text, Qt::AlignCenter, label);
    }
}

void RadarOverlay::paintLegend(QPainter &p) const
{
    p.setFont(style::paintFont());
    const QFontMetricsF metrics(p.font());
    constexpr qreal Gap = 6, Spacing = 18;
    const auto entryWidth = [&](const Line &line) {
        return SampleLength + Gap + metrics.horizontalAdvance(line.name) + Spacing;
    };
    const QRectF area = m_chart->rect();
    // One row when the entries fit the chart's width, else two (a benchmark's line makes four
    // entries, too wide for a laptop's pane): the legend's room is two lines high either way.
    qreal total = 0;
    for (const Line &line : m_lines)
        total += entryWidth(line);
    QList<QList<const Line *>> rows(1);
    qreal width = 0;
    for (const Line &line : m_lines) {
        if (total - Spacing > area.width() && width + entryWidth(line) > total / 2 + 1 && !rows.last().isEmpty()) {
            rows.append(QList<const Line *>());
            width = 0;
        }
        rows.last().append(&line);
        width += entryWidth(line);
    }
    const qreal lineHeight = legendHeight() / 2.0;
    qreal y = area.bottom() - legendHeight() / 2.0 - (static_cast<qreal>(rows.size()) - 1) * lineHeight / 2;
    for (const QList<const Line *> &row : std::as_const(rows)) {
        qreal rowWidth = -Spacing;
        for (const Line *line : row)
            rowWidth += entryWidth(*line);
        paintLegendRow(p, row, area.center().x() - rowWidth / 2, y);
        y += lineHeight;
    }
}

void RadarOverlay::paintLegendRow(QPainter &p, const QList<const Line *> &row, qreal x, qreal y) const
{
    const QFontMetricsF metrics(p.font());
    constexpr qreal Gap = 6, Spacing = 18;
    for (const Line *line : row) {
        if (line->fill.isValid())
            p.fillRect(QRectF(x, y - 6, SampleLength, 12), line->fill);
        if (line->pen.style() != Qt::NoPen) { // a band (the roll-up's range) is its fill alone
            p.setPen(line->pen);
            p.drawLine(QPointF(x, y), QPointF(x + SampleLength, y));
            style::drawMarker(p, QPointF(x + SampleLength / 2, y), MarkerSize, line->marker, line->pen.color());
        }
        x += SampleLength + Gap;
        const qreal textWidth = metrics.horizontalAdvance(line->name);
        p.setPen(m_text);
        p.drawText(QRectF(x, y - metrics.height() / 2, textWidth + 1, metrics.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, line->name);
        x += textWidth + Spacing;
    }
}

} // namespace wgll::charts
