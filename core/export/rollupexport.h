// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordexport.h"
#include "scoring/rollup.h"

#include <QByteArray>
#include <QJsonObject>

namespace wgll::rollups {

/// The roll-up as ONE long ("tidy") table that a spreadsheet or Power BI loads as it is
/// (docs/cli.md, `wgll rollup`): one row per organisation × statement, then per organisation
/// its measure and overall scores (`level` "measure" / "overall", statement empty), then the
/// roll-up's own figures (`kind` "rollup", organisation empty: the method's value in `score`,
/// with n, min and max). Every row names the framework, the revision(s) and the method.
/// Statement and measure ids are text columns (numeric: false), so XLSX stores "2.10" as text.
records::Table longTable(const Rollup &rollup);
/// longTable() as CSV: UTF-8 with a byte-order mark (Excel reads it as UTF-8 only then).
QByteArray csv(const Rollup &rollup);
/// The roll-up as JSON (docs/schemas/rollup.schema.json): the figures, the organisations, the
/// statements not comparable with each revision's wording, the files --latest left out, and
/// the long table's rows as objects.
QJsonObject json(const Rollup &rollup);

} // namespace wgll::rollups
