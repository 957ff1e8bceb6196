// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scorecard.h"

namespace wgll {

/// Plain-English derivations of the figures, so a board member can check any number by hand:
/// "Well led 3.2 = weighted mean of 5 scored statements: (1.1: 3×1 + 1.2: 4×2 + …) ÷ 6; 1 N/A
/// (1.4) and 1 unscored (1.7) excluded."
QString explainMeasure(const Scorecard &card, const MeasureResult &measure);
QString explainOverall(const Scorecard &card);
QString explainIndicator(const Scorecard &card, const IndicatorResult &indicator);

} // namespace wgll
