// SPDX-License-Identifier: GPL-3.0-or-later
#include "framework.h"

namespace wgll {

qsizetype Framework::indicatorCount() const
{
    qsizetype n = 0;
    for (const Measure &m : measures)
        n += m.indicators.size();
    return n;
}

const Measure *Framework::measure(const QString &measureId) const
{
    for (const Measure &m : measures) {
        if (m.id == measureId)
            return &m;
    }
    return nullptr;
}

const Indicator *Framework::indicator(const QString &indicatorId) const
{
    for (const Measure &m : measures) {
        for (const Indicator &i : m.indicators) {
            if (i.id == indicatorId)
                return &i;
        }
    }
    return nullptr;
}

const Measure *Framework::measureOf(const QString &indicatorId) const
{
    for (const Measure &m : measures) {
        for (const Indicator &i : m.indicators) {
            if (i.id == indicatorId)
                return &m;
        }
    }
    return nullptr;
}

} // namespace wgll
