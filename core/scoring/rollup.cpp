// SPDX-License-Identifier: GPL-3.0-or-later
#include "rollup.h"

#include <algorithm>

namespace wgll {

void RollupBuilder::Accumulator::add(double v)
{
    min = n == 0 ? v : std::min(min, v);
    max = n == 0 ? v : std::max(max, v);
    sum += v;
    ++n;
}

std::optional<QString> RollupBuilder::add(const QString &file, const Scorecard &card)
{
    if (m_frameworkId.isEmpty()) {
        m_frameworkId = card.frameworkId;
    } else if (card.frameworkId != m_frameworkId) {
        return u"is an assessment of " + card.frameworkId + u", not " + m_frameworkId +
               u"; a roll-up needs every file to use the same framework";
    }
    m_organisations.append({file, card.info.organisation, card.info.period, card.overall});
    for (const MeasureResult &m : card.measures) {
        if (!m_measures.contains(m.id))
            m_measureOrder.append(m.id);
        Accumulator &a = m_measures[m.id];
        if (a.title.isEmpty())
            a.title = m.title;
        if (m.score)
            a.add(*m.score);
    }
    for (const IndicatorResult &i : card.indicators) {
        if (!m_indicators.contains(i.id))
            m_indicatorOrder.append(i.id);
        Accumulator &a = m_indicators[i.id];
        if (i.score)
            a.add(*i.score);
    }
    return std::nullopt;
}

Statistic RollupBuilder::statisticOf(const QString &id, const Accumulator &a)
{
    Statistic s;
    s.id = id;
    s.title = a.title;
    s.n = a.n;
    if (a.n > 0) {
        s.mean = a.sum / a.n;
        s.min = a.min;
        s.max = a.max;
    }
    return s;
}

Rollup RollupBuilder::result() const
{
    Rollup r;
    r.frameworkId = m_frameworkId;
    r.organisations = m_organisations;
    for (const QString &id : m_measureOrder)
        r.measures.append(statisticOf(id, m_measures.value(id)));
    for (const QString &id : m_indicatorOrder)
        r.indicators.append(statisticOf(id, m_indicators.value(id)));
    return r;
}

} // namespace wgll
