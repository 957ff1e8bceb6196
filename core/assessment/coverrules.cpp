// SPDX-License-Identifier: GPL-3.0-or-later
#include "coverrules.h"

#include "assessment/textlimits.h"
#include "assessment/textrules.h"

#include <tuple>

namespace wgll::coverrules {

std::optional<QString> problemWith(const CoverSheet &c)
{
    using text::Lines;
    if (!c.purpose.isEmpty() && !CoverSheet::purposes().contains(c.purpose))
        return u"the purpose \"" + c.purpose + u"\" is not one of " + CoverSheet::purposes().join(u", ");
    if (!c.assurance.isEmpty() && !CoverSheet::assuranceLevels().contains(c.assurance))
        return u"the assurance \"" + c.assurance + u"\" is not one of " + CoverSheet::assuranceLevels().join(u", ");
    const std::tuple<const char16_t *, const QString &, Lines, qsizetype> fields[] = {
        {u"the meeting ", c.meeting, Lines::Single, text::MaxName},
        {u"the agenda item ", c.agendaItem, Lines::Single, text::MaxCode},
        {u"the report title ", c.reportTitle, Lines::Single, text::MaxName},
        {u"the recommendation ", c.recommendation, Lines::Multi, text::MaxCoverText},
        {u"the assurance rationale ", c.assuranceRationale, Lines::Multi, text::MaxCoverText},
        {u"the risks ", c.risks, Lines::Multi, text::MaxCoverText},
        {u"the author ", c.author, Lines::Single, text::MaxName},
        {u"the executive lead ", c.executiveLead, Lines::Single, text::MaxName},
        {u"\"previously considered\" ", c.previouslyConsidered, Lines::Single, text::MaxName},
        {u"the executive summary ", c.executiveSummary, Lines::Multi, text::MaxLongText},
    };
    for (const auto &[name, value, lines, limit] : fields) {
        if (const auto problem = text::problemWithText(value, lines, limit))
            return QString::fromUtf16(name) + *problem;
    }
    return std::nullopt;
}

} // namespace wgll::coverrules
