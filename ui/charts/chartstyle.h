// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QPen>
#include <QPointF>

class QChart;

class QPainter;

/// How the report's charts tell current, target and baseline apart: by line style, by marker
/// shape and by colour, each enough on its own. The colours are blue against vermillion or
/// orange, after the Okabe-Ito palette (readable with every common colour-vision deficiency),
/// and current and target also differ in lightness by at least 15 CIE L*, in light and dark, so
/// a greyscale print or a washed-out projector still tells them apart (tests/gui/test_chartcolours.cpp
/// checks a screenshot, with deuteranopia and protanopia simulated). One place, so the radar, the bars, their legends
/// and every output (window, PDF, ODT image, PNG, SVG) agree.
namespace wgll::charts::style {

/// Current: solid, filled circles. Dark blue on a light window (relative luminance 0.08, 8.4:1
/// on white); light sky blue on a dark one (0.52; Okabe-Ito's sky blue and orange, used before,
/// had the same lightness, 0.41 and 0.42, and looked alike in greyscale).
inline QColor current(bool dark = false) { return dark ? QColor(120, 200, 250) : QColor(0, 84, 147); }
/// Target on the radar: Okabe-Ito vermillion, dashed, squares (luminance 0.22: 3.9:1 on white,
/// 3.8:1 on the dark window).
inline QColor target(bool = false) { return {213, 94, 0}; }
/// Baseline on the radar: black (light grey on a dark window), dotted, triangles.
inline QColor baseline(bool dark = false) { return dark ? QColor(204, 204, 204) : QColor(0, 0, 0); }
/// A national benchmark on the radar: Okabe-Ito bluish green (luminance 0.26, 3.4:1 on white),
/// dash-dot, diamonds: its line style and marker tell it from the dashed target in greyscale.
inline QColor benchmark(bool dark = false) { return dark ? QColor(64, 196, 150) : QColor(0, 158, 115); }
/// The target's bar: Okabe-Ito orange, relative luminance 0.42 against the current bar's 0.15.
inline QColor targetBar() { return {230, 159, 0}; }
/// The baseline's bar: Okabe-Ito yellow, relative luminance 0.78, outlined.
inline QColor baselineBar() { return {240, 228, 66}; }
/// The outline of the light bars, so they stand out from the white page (WCAG 1.4.11).
inline QColor barOutline() { return {60, 60, 60}; }
/// Ring labels and other secondary text.
inline QColor mutedText() { return {66, 84, 98}; }

enum class Marker { Circle, Square, Triangle, Diamond };

/// Takes every series and axis off `chart` (deleting them) before it is given new data.
void clearChart(QChart &chart);

/// The pens of the four lines.
QPen currentPen(bool dark = false);
QPen targetPen(bool dark = false);
QPen baselinePen(bool dark = false);
QPen benchmarkPen(bool dark = false);

/// The font of every chart label: Liberation Sans (the report's font) at 9 pt, which prints at
/// 9 pt because the charts are laid out at their printed size (see chartpainter.cpp).
QFont labelFont();
/// labelFont() sized in the chart's own units (12 px, which is 9 pt at 96 dpi), for text the
/// chart paints itself: a size in points would be applied twice on a PDF or 216-dpi image,
/// once for the device's resolution and again by the scale from the chart's layout to the page.
QFont paintFont();

/// The font stack the SVG names, so a browser without Liberation Sans picks a metric-compatible
/// sans serif and never a serif.
inline constexpr char16_t SvgFontStack[] = u"Liberation Sans, Arial, Helvetica, sans-serif";

/// A marker of `size` (its width) centred on `at`, filled with `colour` and edged in white so it
/// stays visible where it overlaps a line of its own colour.
void drawMarker(QPainter &painter, QPointF at, qreal size, Marker shape, const QColor &colour);

} // namespace wgll::charts::style
