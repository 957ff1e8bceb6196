// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessment.h"
#include "statuses.h"

namespace wgll {

QString Evidence::kindName(Kind kind)
{
    switch (kind) {
    case Kind::File:
        return QStringLiteral("file");
    case Kind::Link:
        return QStringLiteral("link");
    case Kind::Note:
        break;
    }
    return QStringLiteral("note");
}

QStringList Action::statuses()
{
    QStringList names;
    for (const ActionStatus s : allActionStatuses())
        names.append(storedName(s));
    return names;
}

const Answer *Assessment::answer(const QString &indicator) const
{
    for (const Answer &a : answers) {
        if (a.indicator == indicator)
            return &a;
    }
    return nullptr;
}

int Assessment::revision() const
{
    int reopened = 0;
    for (const SignOff &s : signOffs) {
        if (!s.inForce())
            ++reopened;
    }
    return reopened + 1;
}

const SignOff *Assessment::signOffInForce() const
{
    if (signOffs.isEmpty() || !signOffs.constLast().inForce())
        return nullptr;
    return &signOffs.constLast();
}

} // namespace wgll
