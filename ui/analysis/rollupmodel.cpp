// SPDX-License-Identifier: GPL-3.0-or-later
#include "rollupmodel.h"

#include <QObject>

namespace wgll::analysis {

RadarChart::Data rollupRadar(const Rollup &rollup, const Scale &scale)
{
    RadarChart::Data d;
    for (const Statistic &m : rollup.measures) {
        d.measures.append(m.title.isEmpty() ? m.id : m.title);
        d.current.append(m.value);
        d.low.append(m.min);
        d.high.append(m.max);
    }
    d.scaleMin = scale.min;
    d.scaleMax = scale.max;
    d.currentName =
        QObject::tr("%1 of %2").arg(report::methodTitle(rollup.method), report::organisationCount(rollup.organisations.size()));
    return d;
}

} // namespace wgll::analysis
