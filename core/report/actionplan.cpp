// SPDX-License-Identifier: GPL-3.0-or-later
// The action plan a board can hold people to: grouped by owner (or by due month), overdue
// actions flagged against the report's date, each linked to its statement's row in the gap list.
#include "reportparts.h"

#include <QLocale>

#include <algorithm>

namespace wgll::report::parts {

namespace {

const QLocale &ukEnglish()
{
    static const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    return uk;
}

/// Due date first (undated last), then the file's order.
bool byDue(const Action *x, const Action *y)
{
    if (x->due.isValid() != y->due.isValid())
        return x->due.isValid();
    return x->due < y->due;
}

QString groupOf(const Action &x, Options::ActionGroups groups)
{
    if (groups == Options::ActionGroups::Owner)
        return x.owner.trimmed().isEmpty() ? tr("No owner named") : x.owner.trimmed();
    return x.due.isValid() ? tr("Due in %1").arg(ukEnglish().toString(x.due, QStringLiteral("MMMM yyyy")))
                           : tr("No due date");
}

} // namespace

ActionsByStatement actionsByStatement(const Assessment &a)
{
    ActionsByStatement out;
    for (const Action &x : a.actions)
        out[x.indicator].append(&x);
    return out;
}

QString actionOwners(const QList<const Action *> &actions)
{
    // A gap row names at most three; the action plan lists every one (a statement with dozens of
    // actions made a gap row pages tall).
    constexpr qsizetype Shown = 3;
    QStringList lines;
    for (const Action *x : actions.mid(0, actions.size() > Shown ? Shown - 1 : Shown)) {
        QStringList parts;
        if (!x->owner.trimmed().isEmpty())
            parts.append(x->owner.trimmed());
        if (x->due.isValid())
            parts.append(tr("due %1").arg(reportDate(x->due, true)));
        if (!parts.isEmpty())
            lines.append(parts.join(QStringLiteral(", ")));
    }
    if (actions.size() > Shown)
        lines.append(tr("and %1 more in the action plan").arg(actions.size() - (Shown - 1)));
    return lines.join(u'\n');
}

bool overdue(const Action &action, const QDate &day)
{
    return action.due.isValid() && action.due < day && action.status != u"done";
}

namespace {

/// Each statement's rank in the gap list, for the "gap rank" under an action's statement.
QHash<QString, int> gapRanks(const Scorecard &card)
{
    QHash<QString, int> ranks;
    for (const IndicatorResult &i : card.indicators) {
        if (i.rank && !ranks.contains(i.id))
            ranks.insert(i.id, *i.rank);
    }
    return ranks;
}

/// Owner by name (case aside; the unowned last), then due date.
bool byOwnerThenDue(const Action *x, const Action *y)
{
    const bool xNamed = !x->owner.trimmed().isEmpty(), yNamed = !y->owner.trimmed().isEmpty();
    if (xNamed != yNamed)
        return xNamed; // the unowned last
    const int c = x->owner.trimmed().compare(y->owner.trimmed(), Qt::CaseInsensitive);
    if (c != 0)
        return c < 0;
    return byDue(x, y);
}

/// Due month (undated last), then due date.
bool byDueMonth(const Action *x, const Action *y)
{
    if (x->due.isValid() && y->due.isValid() &&
        (x->due.year() != y->due.year() || x->due.month() != y->due.month()))
        return x->due < y->due;
    if (x->due.isValid() != y->due.isValid())
        return x->due.isValid();
    return byDue(x, y);
}

/// The actions in the order of their groups; a stable sort keeps the file's order within a day.
QList<const Action *> planOrder(const QList<Action> &actions, Options::ActionGroups groups)
{
    QList<const Action *> order;
    for (const Action &x : actions)
        order.append(&x);
    std::stable_sort(order.begin(), order.end(),
                     groups == Options::ActionGroups::Owner ? byOwnerThenDue : byDueMonth);
    return order;
}

/// "N actions: ... open, ... in progress and ... done. ... overdue on DATE", above the tables.
Paragraph planSummary(const QList<Action> &actions, const QDate &generated)
{
    int open = 0, doing = 0, done = 0, late = 0;
    for (const Action &x : actions) {
        open += x.status == u"open" ? 1 : 0;
        doing += x.status == u"in progress" ? 1 : 0;
        done += x.status == u"done" ? 1 : 0;
        late += overdue(x, generated) ? 1 : 0;
    }
    return Paragraph{
        tr("%1 actions: %2 open, %3 in progress and %4 done. %5 overdue on %6 (due before that date and not done). "
           "Each action's statement links to its row in the prioritised gap list.")
            .arg(actions.size())
            .arg(open)
            .arg(doing)
            .arg(done)
            .arg(late == 0 ? tr("None is") : late == 1 ? tr("1 is") : tr("%1 are").arg(late))
            .arg(reportDate(generated))};
}

/// An empty table of one group's actions. The grouping's own column is its heading.
Table groupTable(bool byOwner)
{
    Table t;
    t.header = byOwner ? QStringList{tr("Statement"), tr("Action"), tr("Due"), tr("Status")}
                       : QStringList{tr("Statement"), tr("Action"), tr("Owner"), tr("Due"), tr("Status")};
    t.widths = byOwner ? QList<int>{14, 56, 13, 17} : QList<int>{12, 40, 20, 13, 15};
    t.linkColumn = 0;
    return t;
}

/// An action's row: its statement (with its gap rank, linked to the gap list's row when it has
/// one), text, owner unless grouped by owner, due date and status (OVERDUE flagged).
void appendActionRow(Table &t, const Action &x, const QHash<QString, int> &ranks, bool byOwner,
                     const QDate &generated)
{
    QString statement = x.indicator;
    if (ranks.contains(x.indicator))
        statement += u'\n' + tr("gap rank %1").arg(ranks.value(x.indicator));
    QString status = capitalised(x.status);
    if (overdue(x, generated))
        status += u'\n' + tr("OVERDUE");
    const QString due = x.due.isValid() ? reportDate(x.due, true) : QString();
    t.rows.append(byOwner ? QStringList{statement, x.text, due, status}
                          : QStringList{statement, x.text, x.owner.trimmed(), due, status});
    t.links.append(ranks.contains(x.indicator) ? gapAnchor(x.indicator) : QString());
}

/// A group's subheading and table, unless it has no rows.
void appendGroup(Section &s, const QString &group, const Table &t)
{
    if (t.rows.isEmpty())
        return;
    s.blocks.append(Subheading{group});
    s.blocks.append(t);
}

} // namespace

Section actionPlan(const Assessment &a, const Scorecard &card, const Options &options)
{
    Section s{QStringLiteral("actions"), tr("Action plan"), true, {}};
    if (a.actions.isEmpty()) {
        s.blocks.append(Paragraph{tr("No actions are recorded in this assessment.")});
        return s;
    }
    s.blocks.append(planSummary(a.actions, options.generated));
    const QHash<QString, int> ranks = gapRanks(card);
    const bool byOwner = options.actionGroups == Options::ActionGroups::Owner;
    Table t = groupTable(byOwner);
    QString current;
    for (const Action *x : planOrder(a.actions, options.actionGroups)) {
        const QString group = groupOf(*x, options.actionGroups);
        if (group != current) {
            appendGroup(s, current, t);
            t = groupTable(byOwner);
            t.caption = tr("Actions: %1").arg(group);
            current = group;
        }
        appendActionRow(t, *x, ranks, byOwner, options.generated);
    }
    appendGroup(s, current, t);
    return s;
}

} // namespace wgll::report::parts
