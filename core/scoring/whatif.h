// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scorecard.h"

#include <QStringList>

namespace wgll {

/// What the scores would be if the top `n` gaps of the prioritised list were closed to target.
struct Projection
{
    int closedCount = 0;
    QStringList closed;  ///< the statements raised to target, rank order
    Scorecard projected; ///< the whole scorecard with those statements at target
};

Projection projectClosingTopGaps(const Assessment &assessment, int n);

} // namespace wgll
