// SPDX-License-Identifier: GPL-3.0-or-later
// Page 1 of the board report: the NHS cover sheet from the file's CoverSheet, then the report's
// identity, and the footer that ties every page to the scored content (revision and hash).
#include "reportparts.h"

namespace wgll::report {

namespace parts {

QString statusOf(const Assessment &a, const std::optional<QString> &requested)
{
    // A requested "final" cannot make an unsigned paper Final: only a sign-off in force can.
    if (requested && requested->compare(u"draft", Qt::CaseInsensitive) == 0)
        return tr("Draft");
    return a.signOffInForce() ? tr("Final") : tr("Draft");
}

QList<CoverItem> coverItems(const Assessment &a, const BoardReport &identity)
{
    const CoverSheet &c = a.cover;
    QList<CoverItem> items;
    const auto add = [&items](const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty()) // an empty field is left out, never printed blank
            items.append({label, value.trimmed()});
    };
    QString meeting = c.meeting.trimmed();
    if (c.meetingDate.isValid())
        meeting += (meeting.isEmpty() ? QString() : QStringLiteral(", ")) + reportDate(c.meetingDate);
    add(c.meeting.trimmed().isEmpty() ? tr("Meeting date") : tr("Meeting"), meeting);
    add(tr("Agenda item"), c.agendaItem);
    add(tr("Report title"), identity.title);
    add(tr("Purpose"), c.purpose);
    add(tr("The board is asked to"), c.recommendation);
    QString assurance = c.assurance.trimmed();
    if (!c.assuranceRationale.trimmed().isEmpty())
        assurance += (assurance.isEmpty() ? QString() : QStringLiteral("\n")) + c.assuranceRationale.trimmed();
    add(tr("Level of assurance"), assurance);
    add(tr("Links to the BAF and strategic risks"), c.risks);
    add(tr("Author"), c.author);
    add(tr("Executive lead"), c.executiveLead);
    add(tr("Previously considered by"), c.previouslyConsidered);
    add(tr("Executive summary"), c.executiveSummary);

    add(tr("Organisation"), identity.organisation);
    add(tr("Period"), identity.period);
    add(tr("Framework"), identity.framework);
    add(tr("Status"), identity.status);
    if (const wgll::SignOff *s = a.signOffInForce(); s && identity.isFinal()) {
        const QString when = reportDate(s->at.toUTC().date());
        add(tr("Signed off"),
            s->meeting.trimmed().isEmpty()
                ? tr("Signed off by %1 on %2, revision %3").arg(s->by, when).arg(s->revision)
                : tr("Signed off by %1 at %2 on %3, revision %4").arg(s->by, s->meeting.trimmed(), when).arg(s->revision));
    }
    add(tr("Report date"), reportDate(identity.generated));
    return items;
}

} // namespace parts

QString BoardReport::footerLine() const
{
    return parts::tr("Revision %1 · content %2").arg(revision).arg(contentHash);
}

Table BoardReport::coverTable() const
{
    Table t;
    t.caption = parts::tr("Cover sheet");
    t.header = {parts::tr("Cover sheet"), QString()};
    t.widths = {28, 72};
    for (const CoverItem &item : cover)
        t.rows.append({item.label, item.value});
    return t;
}

} // namespace wgll::report
