// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionrules.h"
#include "assessment/statuses.h"

#include "assessment/textrules.h"

#include <QRegularExpression>

namespace wgll::actionrules {

std::optional<QString> problemWithStatus(const QString &status)
{
    if (Action::statuses().contains(status))
        return std::nullopt;
    return u"action status \"" + status + u"\" is not open, in progress or done";
}

std::optional<QString> problemWith(const Action &a, const Framework &framework)
{
    if (a.text.trimmed().isEmpty() || a.text.size() > text::MaxActionText)
        return QStringLiteral("an action needs text of at most %1 characters").arg(text::MaxActionText);
    if (const auto problem = text::problemWithText(a.text.trimmed(), text::Lines::Multi, text::MaxActionText))
        return u"the action text " + *problem;
    if (const auto problem = text::problemWithText(a.owner.trimmed(), text::Lines::Single, text::MaxName))
        return u"the action owner " + *problem;
    if (const auto problem = problemWithStatus(a.status))
        return problem;
    if (!framework.indicator(a.indicator))
        return u"there is no statement \"" + a.indicator + u"\" in " + framework.id;
    return std::nullopt;
}

std::optional<QDate> dueDate(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QDate();
    // Qt's ISO parser accepts more than YYYY-MM-DD (a trailing time, say); the file stores
    // exactly ten characters, so nothing else is taken.
    static const QRegularExpression form(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!form.match(t).hasMatch())
        return std::nullopt;
    const QDate d = QDate::fromString(t, Qt::ISODate);
    if (!d.isValid())
        return std::nullopt;
    return d;
}

bool isOverdue(const Action &action, const QDate &today)
{
    return action.due.isValid() && action.due < today && actionStatusFrom(action.status) != ActionStatus::Done;
}

} // namespace wgll::actionrules
