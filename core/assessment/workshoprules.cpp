// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshoprules.h"

#include "assessment/statuses.h"
#include "assessment/textlimits.h"
#include "assessment/textrules.h"

#include <QLocale>

namespace wgll::workshoprules {

namespace {

using text::MaxName;
constexpr qsizetype MaxText = text::MaxLongText;

} // namespace

std::optional<QString> problemWith(const Participant &p)
{
    if (p.name.trimmed().isEmpty() || p.name.size() > MaxName)
        return QStringLiteral("a participant needs a name of 1 to %1 characters").arg(MaxName);
    if (p.role.size() > MaxName || p.organisation.size() > MaxName)
        return QStringLiteral("a participant's role and organisation are at most %1 characters").arg(MaxName);
    for (const auto &[what, value] : {std::pair{QStringLiteral("the participant's name "), p.name.trimmed()},
                                      std::pair{QStringLiteral("the participant's role "), p.role},
                                      std::pair{QStringLiteral("the participant's organisation "), p.organisation}}) {
        if (const auto problem = text::problemWithText(value, text::Lines::Single, MaxName))
            return what + *problem;
    }
    return std::nullopt;
}

std::optional<QString> problemWithAttendance(const QString &status)
{
    if (attendanceFrom(status))
        return std::nullopt;
    return u"attendance is \"present\" or \"apologies\", not \"" + status + u'"';
}

std::optional<QString> problemWith(const WorkshopSession &s)
{
    if (s.title.trimmed().isEmpty() || s.title.size() > MaxName)
        return QStringLiteral("a workshop session needs a title of 1 to %1 characters").arg(MaxName);
    if (!s.date.isValid())
        return QStringLiteral("a workshop session needs a date");
    if (s.facilitator.size() > MaxName)
        return QStringLiteral("the facilitator's name is at most %1 characters").arg(MaxName);
    if (const auto problem = text::problemWithText(s.title.trimmed(), text::Lines::Single, MaxName))
        return u"the session title " + *problem;
    if (const auto problem = text::problemWithText(s.facilitator, text::Lines::Single, MaxName))
        return u"the facilitator's name " + *problem;
    for (const WorkshopSession::Attendance &a : s.attendance) {
        if (const auto problem = problemWithAttendance(a.status))
            return problem;
    }
    return std::nullopt;
}

std::optional<QString> problemWithVote(const QString &indicator, int score, const Framework &framework)
{
    if (!framework.indicator(indicator))
        return u"there is no statement \"" + indicator + u"\" in " + framework.id;
    if (!framework.scale.contains(score))
        return QStringLiteral("a vote of %1 is outside the scale %2–%3")
            .arg(score)
            .arg(framework.scale.min)
            .arg(framework.scale.max);
    return std::nullopt;
}

std::optional<QString> problemWith(const Decision &decision, const Framework &framework)
{
    if (decision.text.trimmed().isEmpty() || decision.text.size() > MaxText)
        return QStringLiteral("a decision needs text of 1 to %1 characters").arg(QLocale(QLocale::English).toString(MaxText));
    if (decision.rationale.size() > MaxText || decision.dissent.size() > MaxText)
        return QStringLiteral("a decision's rationale and dissent are at most %1 characters").arg(QLocale(QLocale::English).toString(MaxText));
    if (!decision.indicator.isEmpty() && !framework.indicator(decision.indicator))
        return u"there is no statement \"" + decision.indicator + u"\" in " + framework.id;
    for (const auto &[what, value] : {std::pair{QStringLiteral("the decision "), decision.text},
                                      std::pair{QStringLiteral("the rationale "), decision.rationale},
                                      std::pair{QStringLiteral("the dissent "), decision.dissent}}) {
        if (const auto p = text::problemWithText(value, text::Lines::Multi, MaxText))
            return what + *p;
    }
    return std::nullopt;
}

} // namespace wgll::workshoprules
