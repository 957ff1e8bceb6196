// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"
#include "assessment/history.h"
#include "scoring/comparison.h"
#include "scoring/scorecard.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace wgll::json {

/// The JSON shapes of PRODUCT.md section 6. Numbers carry full precision; `null` marks a figure
/// that does not apply (an unscored statement's score, a measure with nothing scored). Keys are
/// written in alphabetical order (Qt's QJsonObject).
QJsonObject exportOf(const Scorecard &card);        ///< the figures of `wgll export --format json`
/// `wgll export --format json`: the figures, and every record of `assessment` (records::addRecords).
QJsonObject exportOf(const Scorecard &card, const Assessment &assessment, const QList<Change> &history);
QJsonObject summaryOf(const Scorecard &card);       ///< `wgll summary`: everything but the statements
QJsonObject gapsOf(const Scorecard &card, int top); ///< `wgll gaps`: the ranked list
QJsonObject comparisonOf(const Comparison &comparison);

QByteArray toBytes(const QJsonObject &object);

} // namespace wgll::json
