// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/boardreport.h"

#include <QByteArray>
#include <QImage>
#include <QRectF>
#include <QSize>

class QPainter;

namespace wgll::charts {

/// Draws a report chart with `painter` into `target`, on a light background whatever the
/// window's colours. With a PDF or SVG painter the chart stays vectors: it is painted item by
/// item, never through a bitmap.
void paint(QPainter &painter, const QRectF &target, const report::Chart &chart);

/// The chart as a PNG-ready image of `size` pixels (white background).
QImage image(const report::Chart &chart, QSize size);
/// The chart as an SVG document of `size` (in px at 96 dpi), with its title and description.
QByteArray svg(const report::Chart &chart, QSize size);

} // namespace wgll::charts
