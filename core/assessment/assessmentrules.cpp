// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessmentrules.h"

#include "assessment/textlimits.h"
#include "assessment/statuses.h"
#include "assessment/textrules.h"

namespace wgll::assessmentrules {

namespace {

QString range(const Scale &scale)
{
    return QString::number(scale.min) + u"–" + QString::number(scale.max);
}

} // namespace

std::optional<QString> problemWith(const Answer &a, const Framework &framework)
{
    const Scale &scale = framework.scale;
    if (!framework.indicator(a.indicator))
        return u"there is no statement \"" + a.indicator + u"\" in " + framework.id;
    if (a.score && !scale.contains(*a.score))
        return QStringLiteral("score %1 is outside the scale ").arg(*a.score) + range(scale);
    if (a.notApplicable && a.score)
        return QStringLiteral("a statement marked N/A cannot also have a score");
    if (a.notApplicable && a.naReason.trimmed().isEmpty())
        return QStringLiteral("N/A needs a reason");
    if (a.target && !scale.contains(*a.target))
        return QStringLiteral("target %1 is outside the scale ").arg(*a.target) + range(scale);
    if (a.weight < Answer::MinWeight || a.weight > Answer::MaxWeight)
        return QStringLiteral("weight %1 is not 1, 2 or 3").arg(a.weight);
    if (a.confidence && (*a.confidence < 1 || *a.confidence > 3))
        return QStringLiteral("confidence %1 is not 1, 2 or 3").arg(*a.confidence);
    if (const auto problem = text::problemWithText(a.notes, text::Lines::Multi, Answer::MaxNotes))
        return u"the notes " + *problem;
    if (const auto problem = text::problemWithText(a.naReason, text::Lines::Multi, text::MaxLongText))
        return u"the N/A reason " + *problem;
    return std::nullopt;
}

std::optional<QString> problemWith(const AssessmentInfo &info, const Framework &framework)
{
    if (!framework.scale.contains(info.defaultTarget))
        return QStringLiteral("the default target must be within the scale");
    if (!assessmentStatusFrom(info.status))
        return QStringLiteral("the status must be draft or final");
    if (const auto problem = text::problemWithText(info.organisation, text::Lines::Single, text::MaxName))
        return u"the organisation name " + *problem;
    if (const auto problem = text::problemWithText(info.period, text::Lines::Single, text::MaxName))
        return u"the period " + *problem;
    return std::nullopt;
}

} // namespace wgll::assessmentrules
