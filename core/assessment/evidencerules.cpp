// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidencerules.h"

#include "assessment/textlimits.h"
#include "assessment/textrules.h"

namespace wgll::evidencerules {

std::optional<QString> problemWith(const Evidence &e, const Framework &framework)
{
    if (e.title.trimmed().isEmpty())
        return QStringLiteral("evidence needs a title of at most %1 characters").arg(text::MaxName);
    using text::Lines;
    const std::pair<QString, std::optional<QString>> problems[] = {
        {QStringLiteral("the evidence title "), text::problemWithText(e.title.trimmed(), Lines::Single, text::MaxName)},
        {QStringLiteral("the media type "), text::problemWithText(e.mediaType, Lines::Single, text::MaxMediaType)},
        {QStringLiteral("the link "), text::problemWithText(e.url, Lines::Single, text::MaxUrl)},
        {QStringLiteral("the note "), text::problemWithText(e.note, Lines::Multi, text::MaxLongText)},
        {QStringLiteral("the file name "),
         e.kind == Evidence::Kind::File ? text::problemWithFileName(e.fileName) : std::nullopt},
    };
    for (const auto &[what, problem] : problems) {
        if (problem)
            return what + *problem;
    }
    if (e.indicators.isEmpty())
        return QStringLiteral("evidence must be linked to at least one statement");
    for (const QString &indicator : e.indicators) {
        if (!framework.indicator(indicator))
            return u"there is no statement \"" + indicator + u"\" in " + framework.id;
    }
    return std::nullopt;
}

} // namespace wgll::evidencerules
