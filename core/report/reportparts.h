// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The parts of the board report that have files of their own (cover sheet, change figures,
// action plan), as build() in boardreport.cpp puts them together. Internal to core/report.

#include "report/boardreport.h"
#include "scoring/comparison.h"
#include "scoring/scorecard.h"

#include <QCoreApplication>
#include <QHash>

namespace wgll::report::parts {

inline QString tr(const char *text)
{
    return QCoreApplication::translate("BoardReport", text);
}

inline QString capitalised(const QString &s)
{
    return s.isEmpty() ? s : s.left(1).toUpper() + s.mid(1);
}

/// The cover sheet's filled-in fields, then the report's identity (organisation, period,
/// framework, status and, when signed off, by whom, where and when).
QList<CoverItem> coverItems(const Assessment &a, const BoardReport &identity);

/// "Draft" or "Final": Final only while a sign-off is in force, unless `requested` asks for a draft.
QString statusOf(const Assessment &a, const std::optional<QString> &requested);

/// Statements whose score changed: every decline, biggest first, then the biggest `improvements`
/// improvements; and how many improvements that leaves out.
struct ChangeList
{
    QList<ComparedIndicator> shown;
    int improvementsLeftOut = 0;
};
ChangeList changeList(const Comparison &change, int improvements);

/// The "Biggest changes" table and what it leaves out, as blocks.
QList<Block> changeBlocks(const Assessment &a, const Comparison &change, const QString &baselineName,
                          int improvements);

/// "Support people fell by 0.2 (2.4 to 2.2) and Empower citizens by 0.1 (…)." from the printed
/// figures; empty when no measure fell.
QString fallenMeasures(const Comparison &change);

/// The actions of each statement, in the file's order.
using ActionsByStatement = QHash<QString, QList<const Action *>>;
ActionsByStatement actionsByStatement(const Assessment &a);
/// "Chief Digital Officer, due 31 Mar 2027" for each action of a statement, one a line; of more
/// than three, the first two and "and N more in the action plan".
QString actionOwners(const QList<const Action *> &actions);
/// The anchor of a statement's row in the prioritised gap list.
inline QString gapAnchor(const QString &indicator)
{
    return u"gap-" + indicator;
}
/// Whether `action` is overdue on `day`: due before it and not done.
bool overdue(const Action &action, const QDate &day);

/// The action plan: grouped by owner or due month, overdue ones flagged, each linked to its gap.
Section actionPlan(const Assessment &a, const Scorecard &card, const Options &options);

} // namespace wgll::report::parts
