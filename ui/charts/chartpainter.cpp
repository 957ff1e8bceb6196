// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartpainter.h"

#include "chartstyle.h"
#include "measurebarchart.h"
#include "radarchart.h"
#include "trendchart.h"

#include <QApplication>
#include <QBuffer>
#include <QGraphicsScene>
#include <QPainter>
#include <QRegularExpression>
#include <QStyle>
#include <QSvgGenerator>

#include <memory>

namespace wgll::charts {

namespace {

/// Report colours: dark text on white, whatever scheme the window uses.
QPalette lightPalette()
{
    QPalette light = QApplication::style()->standardPalette();
    light.setColor(QPalette::Window, Qt::white);
    light.setColor(QPalette::WindowText, QColor(33, 43, 50));
    light.setColor(QPalette::PlaceholderText, QColor(90, 100, 110));
    return light;
}

/// Not shown, so lay the chart out by hand at the size it will be drawn.
void layOut(QChartView &view, QSizeF size)
{
    view.scene()->setSceneRect(QRectF(QPointF(0, 0), size));
    view.chart()->setGeometry(QRectF(QPointF(0, 0), size));
    QApplication::sendPostedEvents(view.chart(), QEvent::LayoutRequest);
}

std::unique_ptr<QChartView> radarOf(const RadarChart::Data &data, QSizeF size)
{
    auto radar = std::make_unique<RadarChart>();
    radar->setPalette(lightPalette());
    radar->setData(data);
    layOut(*radar, size);
    return radar;
}

/// A chart view of the right kind, filled and laid out at `size`, in report colours.
std::unique_ptr<QChartView> viewOf(const report::Chart &chart, QSizeF size)
{
    if (chart.kind == report::Chart::Kind::Radar) {
        RadarChart::Data radar;
        radar.measures = chart.measures;
        radar.current = chart.current;
        radar.target = chart.target;
        radar.baseline = chart.baseline;
        radar.scaleMin = chart.scaleMin;
        radar.scaleMax = chart.scaleMax;
        radar.benchmark = chart.benchmark;
        radar.benchmarkName = chart.benchmarkName;
        return radarOf(radar, size);
    }
    std::unique_ptr<QChartView> view;
    if (chart.kind == report::Chart::Kind::Trend) {
        auto trend = std::make_unique<TrendChart>();
        trend->setPalette(lightPalette());
        trend->setData({chart.periods, chart.revisions, chart.segments, chart.current, chart.scaleMin,
                        chart.scaleMax});
        view = std::move(trend);
    } else {
        auto bars = std::make_unique<MeasureBarChart>();
        bars->setPalette(lightPalette());
        bars->setData({chart.measures, chart.current, chart.target, chart.baseline, chart.scaleMax});
        view = std::move(bars);
    }
    layOut(*view, size);
    return view;
}

QImage imageOf(QChartView &view, QSize size)
{
    QImage out(size, QImage::Format_ARGB32_Premultiplied);
    out.fill(Qt::white);
    QPainter p(&out);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    view.scene()->render(&p, QRectF(QPointF(0, 0), size), view.scene()->sceneRect());
    return out;
}

QByteArray svgOf(QChartView &view, QSize size, const QString &title, const QString &description)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setResolution(96);
    generator.setTitle(title);
    generator.setDescription(description);
    {
        QPainter p(&generator);
        p.fillRect(QRect(QPoint(0, 0), size), Qt::white);
        view.scene()->render(&p, QRectF(QPointF(0, 0), size), view.scene()->sceneRect());
    }
    // QSvgGenerator names only the font's family ("Liberation Sans", or "Sans Serif" when that
    // is what the platform resolved), which a browser without it replaces with its default serif.
    static const QRegularExpression family(QStringLiteral("font-family=\"[^\"]*\""));
    QString text = QString::fromUtf8(bytes);
    text.replace(family, u"font-family=\"" + QString::fromUtf16(style::SvgFontStack) + u'"');
    return text.toUtf8();
}

} // namespace

void paint(QPainter &painter, const QRectF &target, const report::Chart &chart)
{
    // Laid out at a fixed logical size (in points) so labels keep their size relative to the
    // chart at any device resolution, then scaled into the target.
    const QSizeF logical(target.width() * 72.0 / painter.device()->logicalDpiX(),
                         target.height() * 72.0 / painter.device()->logicalDpiY());
    const std::unique_ptr<QChartView> view = viewOf(chart, logical * (96.0 / 72.0));
    view->scene()->render(&painter, target, view->scene()->sceneRect(), Qt::KeepAspectRatio);
}

QImage image(const report::Chart &chart, QSize size)
{
    return imageOf(*viewOf(chart, size), size);
}

QImage image(const RadarChart::Data &radar, QSize size)
{
    return imageOf(*radarOf(radar, size), size);
}

QImage printImage(const report::Chart &chart, QSizeF points, qreal dpi)
{
    const QSize pixels((points * dpi / 72.0).toSize());
    QImage out(pixels, QImage::Format_ARGB32_Premultiplied);
    constexpr qreal InchesPerMetre = 1000.0 / 25.4;
    out.setDotsPerMeterX(qRound(dpi * InchesPerMetre));
    out.setDotsPerMeterY(qRound(dpi * InchesPerMetre));
    out.fill(Qt::white);
    QPainter p(&out);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    // As paint() on a PDF page: laid out at the printed size in 96-dpi units, then scaled.
    const std::unique_ptr<QChartView> view = viewOf(chart, points * (96.0 / 72.0));
    view->scene()->render(&p, QRectF(QPointF(0, 0), QSizeF(pixels)), view->scene()->sceneRect());
    return out;
}

QByteArray svg(const report::Chart &chart, QSize size)
{
    return svgOf(*viewOf(chart, size), size, chart.title, chart.description);
}

QByteArray svg(const RadarChart::Data &radar, QSize size, const QString &title, const QString &description)
{
    return svgOf(*radarOf(radar, size), size, title, description);
}

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace wgll::charts
