// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartstyle.h"

#include <QChart>
#include <QPainter>
#include <QPainterPath>

namespace wgll::charts::style {

void clearChart(QChart &chart)
{
    chart.removeAllSeries();
    for (QAbstractAxis *axis : chart.axes()) {
        chart.removeAxis(axis); // hands the axis back to us
        delete axis;
    }
}

namespace {

/// Flat caps: with Qt's default square caps a dot grows into a dash and the two styles look alike.
QPen line(const QColor &colour, qreal width, Qt::PenStyle style)
{
    QPen pen(colour, width, style, Qt::FlatCap, Qt::RoundJoin);
    pen.setCosmetic(false);
    return pen;
}

} // namespace

QPen currentPen(bool dark) { return line(current(dark), 2.5, Qt::SolidLine); }
QPen targetPen(bool dark) { return line(target(dark), 2, Qt::DashLine); }
QPen baselinePen(bool dark) { return line(baseline(dark), 2, Qt::DotLine); }
QPen benchmarkPen(bool dark) { return line(benchmark(dark), 2, Qt::DashDotLine); }

QFont labelFont()
{
    QFont font(QStringLiteral("Liberation Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(9);
    return font;
}

QFont paintFont()
{
    QFont font = labelFont();
    font.setPixelSize(qRound(font.pointSizeF() * 96.0 / 72.0));
    return font;
}

void drawMarker(QPainter &painter, QPointF at, qreal size, Marker shape, const QColor &colour)
{
    painter.save();
    painter.setPen(QPen(Qt::white, 1));
    painter.setBrush(colour);
    const qreal r = size / 2;
    switch (shape) {
    case Marker::Circle:
        painter.drawEllipse(at, r, r);
        break;
    case Marker::Square:
        painter.drawRect(QRectF(at.x() - r, at.y() - r, size, size));
        break;
    case Marker::Triangle: {
        // A little larger than the others: a triangle of the same width looks smaller.
        const qreal t = r * 1.25;
        const QPointF corners[3] = {{at.x(), at.y() - t}, {at.x() + t, at.y() + t * 0.8}, {at.x() - t, at.y() + t * 0.8}};
        painter.drawPolygon(corners, 3);
        break;
    }
    case Marker::Diamond: {
        const qreal d = r * 1.3; // a square on its corner: as wide as it is tall, so a little larger
        const QPointF corners[4] = {{at.x(), at.y() - d}, {at.x() + d, at.y()}, {at.x(), at.y() + d}, {at.x() - d, at.y()}};
        painter.drawPolygon(corners, 4);
        break;
    }
    }
    painter.restore();
}

} // namespace wgll::charts::style
