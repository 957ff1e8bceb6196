// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordexport.h"
#include "scoring/trend.h"

#include <QByteArray>
#include <QJsonObject>

namespace wgll::trends {

/// The trend as one long table (docs/cli.md, `wgll trend`): one row per period × measure, then
/// per period the overall (`level` "overall", measure empty), oldest period first. Each row names
/// the framework and its revision, the segment (a run of one revision), the change from the
/// period before within the segment, and on the first period after a break `break` names both
/// revisions ("2021-08-31 -> 2021-10-04"). Measure ids are text columns.
records::Table longTable(const Trend &trend);
/// longTable() as CSV: UTF-8 with a byte-order mark, as the roll-up's.
QByteArray csv(const Trend &trend);
/// The trend as JSON (docs/schemas/trend.schema.json).
QJsonObject json(const Trend &trend);

} // namespace wgll::trends
