// SPDX-License-Identifier: GPL-3.0-or-later
#include "whatif.h"

namespace wgll {

Projection projectClosingTopGaps(const Assessment &assessment, int n)
{
    const Scorecard now = Scorecard::of(assessment);
    Assessment changed = assessment;
    Projection p;
    for (const qsizetype index : now.gapList()) {
        if (p.closedCount >= n)
            break;
        const IndicatorResult &gap = now.indicators.at(index);
        for (Answer &a : changed.answers) {
            if (a.indicator == gap.id)
                a.score = gap.target;
        }
        p.closed.append(gap.id);
        ++p.closedCount;
    }
    p.projected = Scorecard::of(changed);
    return p;
}

} // namespace wgll
