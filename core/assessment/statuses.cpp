// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuses.h"

#include <QCoreApplication>

namespace wgll {

namespace {

QString shown(const char *text)
{
    return QCoreApplication::translate("wgll::Status", text);
}

template<typename E, std::size_t N>
std::optional<E> fromStored(const QString &stored, const E (&all)[N])
{
    for (E e : all) {
        if (storedName(e) == stored)
            return e;
    }
    return std::nullopt;
}

} // namespace

QString storedName(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Open:
        return QStringLiteral("open");
    case ActionStatus::InProgress:
        return QStringLiteral("in progress");
    case ActionStatus::Done:
        break;
    }
    return QStringLiteral("done");
}

QString storedName(Attendance attendance)
{
    return attendance == Attendance::Present ? QStringLiteral("present") : QStringLiteral("apologies");
}

QString storedName(AssessmentStatus status)
{
    return status == AssessmentStatus::Draft ? QStringLiteral("draft") : QStringLiteral("final");
}

QString displayName(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Open:
        return shown("Open");
    case ActionStatus::InProgress:
        return shown("In progress");
    case ActionStatus::Done:
        break;
    }
    return shown("Done");
}

QString displayName(Attendance attendance)
{
    return attendance == Attendance::Present ? shown("Present") : shown("Apologies");
}

QString displayName(AssessmentStatus status)
{
    return status == AssessmentStatus::Draft ? shown("Draft") : shown("Final");
}

std::optional<ActionStatus> actionStatusFrom(const QString &stored)
{
    static constexpr ActionStatus all[] = {ActionStatus::Open, ActionStatus::InProgress, ActionStatus::Done};
    return fromStored(stored, all);
}

std::optional<Attendance> attendanceFrom(const QString &stored)
{
    static constexpr Attendance all[] = {Attendance::Present, Attendance::Apologies};
    return fromStored(stored, all);
}

std::optional<AssessmentStatus> assessmentStatusFrom(const QString &stored)
{
    static constexpr AssessmentStatus all[] = {AssessmentStatus::Draft, AssessmentStatus::Final};
    return fromStored(stored, all);
}

QList<ActionStatus> allActionStatuses()
{
    return {ActionStatus::Open, ActionStatus::InProgress, ActionStatus::Done};
}

} // namespace wgll
