// SPDX-License-Identifier: GPL-3.0-or-later
// The report's charts tell the truth (issue 17, item 5), checked on what is drawn: the radar's
// ring labels are readable above the data, no line runs from the centre to a measure, the
// legend shows the real line styles, and current, target and baseline stay apart in greyscale.
// Every output (window, PDF, ODT image, PNG, SVG) draws through charts/chartpainter, so the
// image and the SVG checked here are what each of them shows.
#include "testsupport.h"
#include "charts/chartpainter.h"
#include "charts/chartstyle.h"
#include "charts/measurebarchart.h"
#include "charts/radarchart.h"
#include "report/boardreport.h"

#include <QApplication>
#include <QBuffer>
#include <QBarSet>
#include <QLineSeries>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPolarChart>
#include <QRegularExpression>
#include <QStyle>
#include <QTransform>
#include <QXmlStreamReader>

#include <cmath>

using namespace wgll;

namespace {

constexpr double Full = 5, Aim = 4;

/// Seven measures, every one scored `Full` against a target of `Aim`, with a baseline of 2.
report::Chart radarData()
{
    report::Chart c;
    c.kind = report::Chart::Kind::Radar;
    c.title = QStringLiteral("Success measure scores");
    for (int i = 1; i <= 7; ++i) {
        c.measures.append(QStringLiteral("Measure %1").arg(i));
        c.current.append(Full);
        c.target.append(Aim);
        c.baseline.append(2.0);
    }
    return c;
}

/// A radar laid out as charts::image() and charts::svg() lay it out at `size`, to ask where
/// things are.
struct LaidOut
{
    RadarChart radar;
    explicit LaidOut(const report::Chart &c, QSizeF size)
    {
        QPalette light = QApplication::style()->standardPalette();
        light.setColor(QPalette::Window, Qt::white);
        light.setColor(QPalette::WindowText, QColor(33, 43, 50));
        light.setColor(QPalette::PlaceholderText, QColor(90, 100, 110));
        radar.setPalette(light);
        radar.setData({c.measures, c.current, c.target, c.baseline, c.scaleMin, c.scaleMax, {}, {}, {}, {}, c.benchmark, c.benchmarkName});
        radar.scene()->setSceneRect(QRectF(QPointF(0, 0), size));
        radar.chart()->setGeometry(QRectF(QPointF(0, 0), size));
        QApplication::sendPostedEvents(radar.chart(), QEvent::LayoutRequest);
    }
    QPointF at(double angle, double value) { return radar.chart()->mapToPosition(QPointF(angle, value)); }
    /// Where the ring label of `level` sits: beside the first spoke, on the level's ring.
    QRectF ringLabel(int level)
    {
        const QFontMetricsF m(charts::style::paintFont());
        const QPointF ring = at(0, level);
        return {ring.x() + 6.5, ring.y() - m.height() / 2, m.horizontalAdvance(QString::number(level)), m.height()};
    }
};

/// A pixel of the data's colours: saturated, where text, halo and grid are all grey.
bool saturated(QRgb p)
{
    const int hi = std::max({qRed(p), qGreen(p), qBlue(p)}), lo = std::min({qRed(p), qGreen(p), qBlue(p)});
    return hi - lo > 40;
}

/// WCAG relative luminance (what a greyscale print keeps of a colour).
double luminance(const QColor &c)
{
    auto lin = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF());
}

/// Every stroked shape of an SVG: its stroke attributes (inherited from its groups) and points.
struct Stroke
{
    QString colour;
    QString dashes;
    QList<QPointF> points;
};

/// Stroke colour, dash pattern and placement that a group passes to what it holds.
struct Inherited
{
    QString colour = QStringLiteral("none");
    QString dashes;
    QTransform transform;
};

QList<Stroke> strokesOf(const QByteArray &svg)
{
    QList<Stroke> found;
    QXmlStreamReader xml(svg);
    QList<Inherited> groups{Inherited{}};
    static const QRegularExpression pair(QStringLiteral("(-?[0-9.]+)[ ,](-?[0-9.]+)"));
    static const QRegularExpression matrix(QStringLiteral("matrix\\(([^)]*)\\)"));
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"g")
            groups.removeLast();
        if (!xml.isStartElement())
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        Inherited here = groups.last();
        if (a.hasAttribute(QStringLiteral("stroke")))
            here.colour = a.value(QStringLiteral("stroke")).toString();
        if (a.hasAttribute(QStringLiteral("stroke-dasharray")))
            here.dashes = a.value(QStringLiteral("stroke-dasharray")).toString();
        const auto m = matrix.match(a.value(QStringLiteral("transform")));
        if (m.hasMatch()) {
            const QStringList v = m.captured(1).split(u',');
            REQUIRE(v.size() == 6);
            here.transform = QTransform(v[0].toDouble(), v[1].toDouble(), v[2].toDouble(), v[3].toDouble(),
                                        v[4].toDouble(), v[5].toDouble()) *
                             groups.last().transform;
        }
        if (xml.name() == u"g") {
            groups.append(here);
            continue;
        }
        const QString geometry = xml.name() == u"path"       ? a.value(QStringLiteral("d")).toString()
                                 : xml.name() == u"polyline" ? a.value(QStringLiteral("points")).toString()
                                                             : QString();
        if (geometry.isEmpty() || here.colour == u"none")
            continue;
        Stroke s{here.colour, here.dashes, {}};
        for (auto it = pair.globalMatch(geometry); it.hasNext();) {
            const auto point = it.next();
            s.points.append(here.transform.map(QPointF(point.captured(1).toDouble(), point.captured(2).toDouble())));
        }
        found.append(s);
    }
    return found;
}

bool near(QPointF a, QPointF b) { return QLineF(a, b).length() < 1.5; }

} // namespace

TEST_CASE("the radar's ring labels are drawn on a halo above the data", "[gui][charts]")
{
    const QSize size(640, 450);
    const report::Chart c = radarData();
    LaidOut layout(c, size);
    const QImage image = charts::image(c, size);
    // Every ring lies inside the current polygon (all 5s), so the data covers every label
    // unless the labels are drawn after it.
    for (int level = 1; level <= 5; ++level) {
        INFO("ring " << level);
        const QRect box = layout.ringLabel(level).adjusted(0, 2, 0, -2).toAlignedRect();
        int text = 0, data = 0;
        for (int y = box.top(); y <= box.bottom(); ++y) {
            for (int x = box.left(); x <= box.right(); ++x) {
                const QRgb p = image.pixel(x, y);
                text += qGray(p) < 110 && !saturated(p);
                data += saturated(p);
            }
        }
        CHECK(text >= 6);  // the digit's strokes, in the text colour
        CHECK(data == 0); // and no pixel of the polygons' colours over them
    }
}

TEST_CASE("the radar draws no line from the centre to a measure when every measure is scored", "[gui][charts]")
{
    const QSize size(640, 450);
    report::Chart c = radarData();
    c.current = QList<std::optional<double>>(7, 3.0);
    LaidOut layout(c, size);
    const QPointF centre = layout.at(0, 0);
    const QList<Stroke> strokes = strokesOf(charts::svg(c, size));
    REQUIRE(strokes.size() > 10);
    int fromCentre = 0;
    for (int i = 0; i < 7; ++i) {
        const QPointF vertex = layout.at(360.0 * i / 7, 3.0);
        for (const Stroke &s : strokes) {
            for (qsizetype k = 1; k < s.points.size(); ++k) {
                const QPointF a = s.points[k - 1], b = s.points[k];
                if ((near(a, centre) && near(b, vertex)) || (near(b, centre) && near(a, vertex))) {
                    UNSCOPED_INFO("a " << s.colour.toStdString() << " line from the centre to measure " << i + 1);
                    ++fromCentre;
                }
            }
        }
    }
    CHECK(fromCentre == 0);
}

TEST_CASE("the radar's legend shows the target dashed and the baseline dotted as line samples", "[gui][charts]")
{
    const QSize size(640, 450);
    const report::Chart c = radarData();
    LaidOut layout(c, size);
    const double plotBottom = layout.radar.chart()->plotArea().bottom();
    QStringList legendDashes;
    for (const Stroke &s : strokesOf(charts::svg(c, size))) {
        // A horizontal line below the plot is a legend sample.
        const bool below = !s.points.isEmpty() && std::all_of(s.points.begin(), s.points.end(), [&](QPointF p) {
            return p.y() > plotBottom && std::abs(p.y() - s.points.first().y()) < 0.01;
        });
        if (below && s.points.size() >= 2)
            legendDashes.append(s.dashes);
    }
    INFO(legendDashes.join(u" | ").toStdString());
    CHECK(legendDashes.size() == 3);        // current, target, baseline
    CHECK(legendDashes.count(QString()) == 1); // current solid
    legendDashes.removeAll(QString());
    legendDashes.removeDuplicates();
    CHECK(legendDashes.size() == 2); // two different patterns: dashes and dots
}

TEST_CASE("current and target stay apart in greyscale and line style", "[gui][charts]")
{
    MeasureBarChart bars;
    bars.setData({{QStringLiteral("A")}, {3.0}, {4.0}, {2.0}, 5});
    const double current = luminance(bars.currentSet()->color());
    const double target = luminance(bars.targetSet()->color());
    INFO("current " << current << ", target " << target);
    // 0.2 of relative luminance: about 25 grey levels of 255 apart after a greyscale print.
    CHECK(std::abs(target - current) >= 0.2);

    LaidOut layout(radarData(), QSizeF(640, 450));
    const Qt::PenStyle target_ = layout.radar.targetSeries()->pen().style();
    const Qt::PenStyle baseline = layout.radar.baselineSeries()->pen().style();
    CHECK(target_ != Qt::SolidLine);
    CHECK(baseline != Qt::SolidLine);
    CHECK(target_ != baseline);
}

TEST_CASE("a chart printed as an image has labels of 8 to 10 pt", "[gui][charts]")
{
    const report::Chart c = radarData();
    const QSizeF points(430, 290); // the report's radar
    constexpr qreal Dpi = 216;
    const QImage image = charts::printImage(c, points, Dpi);
    REQUIRE(image.size() == (points * Dpi / 72).toSize());
    LaidOut layout(c, points * (96.0 / 72.0));
    // The digit's ink, measured in the label's box scaled from the 96-dpi layout to the image.
    const qreal scale = Dpi / 96.0;
    const QRectF box = layout.ringLabel(3);
    const QRect pixels(QPointF(box.left() * scale, box.top() * scale).toPoint(),
                       QPointF(box.right() * scale, box.bottom() * scale).toPoint());
    int top = pixels.bottom(), bottom = pixels.top();
    for (int y = pixels.top(); y <= pixels.bottom(); ++y) {
        for (int x = pixels.left(); x <= pixels.right(); ++x) {
            if (qGray(image.pixel(x, y)) < 128) {
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
        }
    }
    // A digit of Liberation Sans is 0.72 em tall: 8 pt type has digits of 5.7 pt.
    const double digitPt = (bottom - top + 1) * 72.0 / Dpi;
    INFO("digit " << digitPt << " pt tall");
    CHECK(digitPt >= 0.72 * 8 * 0.95);
    CHECK(digitPt <= 0.72 * 10); // and at the 9 pt it is set in, not scaled twice

}
