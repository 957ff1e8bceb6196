// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/scorecard.h"

#include <QByteArray>
#include <QStringList>

namespace wgll::tables {

/// The rows of the tabular exports, as text, shared by CSV and the text tables (XLSX writes the
/// same columns with real numbers). Empty text where a figure does not apply.
QStringList indicatorHeader();
QList<QStringList> indicatorRows(const Scorecard &card);
QStringList gapHeader();
QList<QStringList> gapRows(const Scorecard &card, int top);

/// A number as CSV carries it: full precision (up to 15 significant digits), no trailing zeros.
QString number(const std::optional<double> &v);
QString number(const std::optional<int> &v);

QByteArray csv(const QStringList &header, const QList<QStringList> &rows);

} // namespace wgll::tables
