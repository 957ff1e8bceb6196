// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/status.h"

#include <QByteArray>
#include <QSize>
#include <QString>

#include <functional>

namespace wgll {
class Prompter;
}

namespace wgll::analysis {

/// The size the analysis views export their charts at: File → Export Chart's default.
inline constexpr QSize ExportSize{1200, 900};
/// A trend's line is wide, not square: its periods along the axis.
inline constexpr QSize TrendExportSize{1200, 500};

/// Draws a view's chart as an SVG document (`svg`) or as PNG bytes.
using ChartDrawing = std::function<QByteArray(bool svg)>;

/// Writes the chart to `fileName`, SVG when its extension is .svg and PNG otherwise.
Status writeChart(const QString &fileName, const ChartDrawing &draw);

/// "Export Chart…" of an analysis view: asks where (starting from `suggested`), then writes;
/// a failure is told naming the file. False when cancelled or failed.
bool exportChart(Prompter &prompter, const QString &suggested, const ChartDrawing &draw);

} // namespace wgll::analysis
