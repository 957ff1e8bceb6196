// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "radarchart.h"
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
/// The chart as it prints at `points` (1/72 inch) wide and high, as an image of `dpi` pixels per
/// inch: laid out exactly as paint() lays it out on a PDF page of that size, so its labels print
/// at the same size (9 pt) in a word processor as in the PDF.
QImage printImage(const report::Chart &chart, QSizeF points, qreal dpi);
/// The chart as an SVG document of `size` (in px at 96 dpi), with its title and description; its
/// text names the font stack style::SvgFontStack, so a browser never falls back to a serif.
QByteArray svg(const report::Chart &chart, QSize size);

/// A radar of any data (the window's compare view, the roll-up's band), drawn as image() and
/// svg() draw the report's: in report colours, vectors in the SVG.
QImage image(const RadarChart::Data &radar, QSize size);
QByteArray svg(const RadarChart::Data &radar, QSize size, const QString &title, const QString &description);

/// `image` encoded as PNG: what every export, document and data URI embeds.
QByteArray png(const QImage &image);

} // namespace wgll::charts
