// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordexport.h"
#include "assessment/statuses.h"

namespace wgll::records {

namespace {

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

QString numberText(const std::optional<int> &v)
{
    return v ? QString::number(*v) : QString();
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

bool isFile(const Evidence &e)
{
    return e.kind == Evidence::Kind::File;
}

QString participantName(const Workshop &w, qint64 id)
{
    const Participant *p = w.participant(id);
    return p ? p->name : QString();
}

QList<bool> numericColumns(qsizetype count, std::initializer_list<qsizetype> numeric)
{
    QList<bool> columns(count, false);
    for (const qsizetype c : numeric)
        columns[c] = true;
    return columns;
}

} // namespace

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QStringList tableNames()
{
    return {QStringLiteral("answers"),  QStringLiteral("actions"),      QStringLiteral("evidence"),
            QStringLiteral("participants"), QStringLiteral("sessions"), QStringLiteral("attendance"),
            QStringLiteral("votes"),    QStringLiteral("decisions"),    QStringLiteral("cover"),
            QStringLiteral("signoffs"), QStringLiteral("history")};
}

std::optional<Table> table(const QString &name, const Assessment &a, const QList<Change> &changes)
{
    if (name == u"answers")
        return answers(a);
    if (name == u"actions")
        return actions(a.actions);
    if (name == u"evidence")
        return evidence(a.evidence);
    if (name == u"participants")
        return participants(a.workshop);
    if (name == u"sessions")
        return sessions(a.workshop);
    if (name == u"attendance")
        return attendance(a.workshop);
    if (name == u"votes")
        return votes(a.workshop);
    if (name == u"decisions")
        return decisions(a.workshop);
    if (name == u"cover")
        return cover(a.cover);
    if (name == u"signoffs")
        return signOffs(a);
    if (name == u"history")
        return history(changes);
    return std::nullopt;
}

Table answers(const Assessment &a)
{
    Table t{QStringLiteral("answers"), QStringLiteral("Answers"),
            {QStringLiteral("indicator"), QStringLiteral("score"), QStringLiteral("na"), QStringLiteral("na_reason"),
             QStringLiteral("target"), QStringLiteral("weight"), QStringLiteral("confidence"), QStringLiteral("notes")},
            {}, numericColumns(8, {1, 4, 5, 6})};
    for (const Answer &x : a.answers) {
        t.rows.append({x.indicator, numberText(x.score), yesNo(x.notApplicable), x.naReason, numberText(x.target),
                       QString::number(x.weight), numberText(x.confidence), x.notes});
    }
    return t;
}

Table actions(const QList<Action> &list)
{
    Table t{QStringLiteral("actions"), QStringLiteral("Actions"),
            {QStringLiteral("id"), QStringLiteral("statement"), QStringLiteral("text"), QStringLiteral("owner"),
             QStringLiteral("due"), QStringLiteral("status")},
            {}, numericColumns(6, {0})};
    for (const Action &x : list)
        t.rows.append({QString::number(x.id), x.indicator, x.text, x.owner, dateText(x.due), x.status});
    return t;
}

Table evidence(const QList<Evidence> &list)
{
    Table t{QStringLiteral("evidence"), QStringLiteral("Evidence"),
            {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("title"), QStringLiteral("file_name"),
             QStringLiteral("media_type"), QStringLiteral("size"), QStringLiteral("sha256"), QStringLiteral("url"),
             QStringLiteral("note"), QStringLiteral("added"), QStringLiteral("review_by"),
             QStringLiteral("statements")},
            {}, numericColumns(12, {0, 5})};
    for (const Evidence &e : list) {
        t.rows.append({QString::number(e.id), Evidence::kindName(e.kind), e.title, e.fileName, e.mediaType,
                       isFile(e) ? QString::number(e.size) : QString(), e.sha256, e.url, e.note, timeText(e.added),
                       dateText(e.reviewBy), e.indicators.join(u',')});
    }
    return t;
}

Table participants(const Workshop &w)
{
    Table t{QStringLiteral("participants"), QStringLiteral("Participants"),
            {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("organisation")},
            {}, numericColumns(4, {0})};
    for (const Participant &p : w.participants)
        t.rows.append({QString::number(p.id), p.name, p.role, p.organisation});
    return t;
}

Table sessions(const Workshop &w)
{
    Table t{QStringLiteral("sessions"), QStringLiteral("Sessions"),
            {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("date"), QStringLiteral("facilitator")},
            {}, numericColumns(4, {0})};
    for (const WorkshopSession &s : w.sessions)
        t.rows.append({QString::number(s.id), s.title, dateText(s.date), s.facilitator});
    return t;
}

Table attendance(const Workshop &w)
{
    Table t{QStringLiteral("attendance"), QStringLiteral("Attendance"),
            {QStringLiteral("session"), QStringLiteral("participant"), QStringLiteral("name"), QStringLiteral("status")},
            {}, numericColumns(4, {0, 1})};
    for (const WorkshopSession &s : w.sessions) {
        for (const WorkshopSession::Attendance &at : s.attendance)
            t.rows.append({QString::number(s.id), QString::number(at.participant),
                           participantName(w, at.participant), at.status});
    }
    return t;
}

Table votes(const Workshop &w)
{
    Table t{QStringLiteral("votes"), QStringLiteral("Votes"),
            {QStringLiteral("session"), QStringLiteral("participant"), QStringLiteral("name"),
             QStringLiteral("statement"), QStringLiteral("score"), QStringLiteral("cast_at")},
            {}, numericColumns(6, {0, 1, 4})};
    for (const Vote &v : w.votes)
        t.rows.append({QString::number(v.session), QString::number(v.participant), participantName(w, v.participant),
                       v.indicator, QString::number(v.score), timeText(v.castAt)});
    return t;
}

Table decisions(const Workshop &w)
{
    Table t{QStringLiteral("decisions"), QStringLiteral("Decisions"),
            {QStringLiteral("id"), QStringLiteral("session"), QStringLiteral("statement"), QStringLiteral("text"),
             QStringLiteral("rationale"), QStringLiteral("dissent"), QStringLiteral("recorded")},
            {}, numericColumns(7, {0, 1})};
    for (const Decision &d : w.decisions)
        t.rows.append({QString::number(d.id), d.session ? QString::number(d.session) : QString(), d.indicator, d.text,
                       d.rationale, d.dissent, timeText(d.recorded)});
    return t;
}

Table cover(const CoverSheet &c)
{
    Table t{QStringLiteral("cover"), QStringLiteral("Cover sheet"), {QStringLiteral("field"), QStringLiteral("value")},
            {}, numericColumns(2, {})};
    for (const auto &[key, value] : c.fields())
        t.rows.append({key, value});
    return t;
}

Table signOffs(const Assessment &a)
{
    Table t{QStringLiteral("signoffs"), QStringLiteral("Sign-offs"),
            {QStringLiteral("revision"), QStringLiteral("by"), QStringLiteral("at"), QStringLiteral("meeting"),
             QStringLiteral("content_sha256"), QStringLiteral("reopened_by"), QStringLiteral("reopened_at"),
             QStringLiteral("in_force")},
            {}, numericColumns(8, {0})};
    for (const SignOff &s : a.signOffs)
        t.rows.append({QString::number(s.revision), s.by, timeText(s.at), s.meeting, s.contentSha256, s.reopenedBy,
                       timeText(s.reopenedAt), yesNo(s.inForce())});
    return t;
}

Table history(const QList<Change> &changes)
{
    Table t{QStringLiteral("history"), QStringLiteral("History"),
            {QStringLiteral("id"), QStringLiteral("indicator"), QStringLiteral("field"), QStringLiteral("old_value"),
             QStringLiteral("new_value"), QStringLiteral("author"), QStringLiteral("changed")},
            {}, numericColumns(7, {0})};
    for (const Change &c : changes)
        t.rows.append({QString::number(c.id), c.indicator, c.field, c.oldValue.value_or(QString()),
                       c.newValue.value_or(QString()), c.author, timeText(c.changed)});
    return t;
}

QJsonObject actionJson(const Action &x, const std::optional<QDate> &today)
{
    QJsonObject o{{QStringLiteral("id"), x.id},
                  {QStringLiteral("statement"), x.indicator},
                  {QStringLiteral("text"), x.text},
                  {QStringLiteral("owner"), x.owner},
                  {QStringLiteral("due"), textOrNull(dateText(x.due))},
                  {QStringLiteral("status"), x.status}};
    if (today)
        o.insert(QStringLiteral("overdue"), x.due.isValid() && x.due < *today && actionStatusFrom(x.status) != ActionStatus::Done);
    return o;
}

QJsonObject evidenceJson(const Evidence &e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("kind"), Evidence::kindName(e.kind)},
            {QStringLiteral("title"), e.title},
            {QStringLiteral("fileName"), textOrNull(e.fileName)},
            {QStringLiteral("mediaType"), textOrNull(e.mediaType)},
            {QStringLiteral("size"), isFile(e) ? QJsonValue(e.size) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("sha256"), isFile(e) ? QJsonValue(e.sha256) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("url"), textOrNull(e.url)},
            {QStringLiteral("note"), textOrNull(e.note)},
            {QStringLiteral("added"), textOrNull(timeText(e.added))},
            {QStringLiteral("reviewBy"), textOrNull(dateText(e.reviewBy))},
            {QStringLiteral("indicators"), QJsonArray::fromStringList(e.indicators)}};
}

namespace {

/// The workshop's answers (revealed rounds only), its rounds still blind and its claim log.
void addVotingJson(QJsonObject &o, const Workshop &w)
{
    QJsonArray votes;
    for (const Vote &v : w.votes)
        votes.append(QJsonObject{{QStringLiteral("session"), v.session},
                                 {QStringLiteral("participant"), v.participant},
                                 {QStringLiteral("statement"), v.indicator},
                                 {QStringLiteral("score"), v.score},
                                 {QStringLiteral("castAt"), textOrNull(timeText(v.castAt))}});
    QJsonArray cantSay;
    for (const CantSay &c : w.cantSays)
        cantSay.append(QJsonObject{{QStringLiteral("session"), c.session},
                                   {QStringLiteral("participant"), c.participant},
                                   {QStringLiteral("statement"), c.indicator},
                                   {QStringLiteral("castAt"), textOrNull(timeText(c.castAt))}});
    // A round not yet revealed: how many answered, never who said what (blind until the reveal).
    QJsonArray blind;
    for (const BlindRound &b : w.blindRounds)
        blind.append(QJsonObject{{QStringLiteral("session"), b.session},
                                 {QStringLiteral("statement"), b.indicator},
                                 {QStringLiteral("answered"), b.answered}});
    QJsonArray claims;
    for (const Claim &c : w.claims)
        claims.append(QJsonObject{{QStringLiteral("id"), c.id},
                                  {QStringLiteral("session"), c.session},
                                  {QStringLiteral("participant"), c.participant},
                                  {QStringLiteral("device"), c.device},
                                  {QStringLiteral("at"), textOrNull(timeText(c.at))},
                                  {QStringLiteral("released"), c.released}});
    o.insert(QStringLiteral("votes"), votes);
    o.insert(QStringLiteral("cantSay"), cantSay);
    o.insert(QStringLiteral("roundsNotRevealed"), blind);
    o.insert(QStringLiteral("claims"), claims);
}

} // namespace

QJsonObject workshopJson(const Workshop &w)
{
    QJsonArray participants;
    for (const Participant &p : w.participants)
        participants.append(QJsonObject{{QStringLiteral("id"), p.id},
                                        {QStringLiteral("name"), p.name},
                                        {QStringLiteral("role"), p.role},
                                        {QStringLiteral("organisation"), p.organisation}});
    QJsonArray sessions;
    for (const WorkshopSession &s : w.sessions) {
        QJsonArray attendance;
        for (const WorkshopSession::Attendance &at : s.attendance)
            attendance.append(QJsonObject{{QStringLiteral("participant"), at.participant},
                                          {QStringLiteral("status"), at.status}});
        sessions.append(QJsonObject{{QStringLiteral("id"), s.id},
                                    {QStringLiteral("title"), s.title},
                                    {QStringLiteral("date"), textOrNull(dateText(s.date))},
                                    {QStringLiteral("facilitator"), s.facilitator},
                                    {QStringLiteral("disagreementRule"), workshop::ruleName(s.disagreementRule)},
                                    {QStringLiteral("attendance"), attendance}});
    }
    QJsonArray decisions;
    for (const Decision &d : w.decisions)
        decisions.append(QJsonObject{{QStringLiteral("id"), d.id},
                                     {QStringLiteral("session"), d.session ? QJsonValue(d.session) : QJsonValue()},
                                     {QStringLiteral("statement"), textOrNull(d.indicator)},
                                     {QStringLiteral("text"), d.text},
                                     {QStringLiteral("rationale"), d.rationale},
                                     {QStringLiteral("dissent"), d.dissent},
                                     {QStringLiteral("recorded"), textOrNull(timeText(d.recorded))}});
    QJsonObject o{{QStringLiteral("participants"), participants},
                  {QStringLiteral("sessions"), sessions},
                  {QStringLiteral("decisions"), decisions}};
    addVotingJson(o, w);
    return o;
}

QJsonObject coverJson(const CoverSheet &c)
{
    QJsonObject o;
    for (const auto &[key, value] : c.fields())
        o.insert(key, textOrNull(value));
    return o;
}

QJsonArray signOffsJson(const QList<SignOff> &list)
{
    QJsonArray out;
    for (const SignOff &s : list)
        out.append(QJsonObject{{QStringLiteral("revision"), s.revision},
                               {QStringLiteral("by"), s.by},
                               {QStringLiteral("at"), textOrNull(timeText(s.at))},
                               {QStringLiteral("meeting"), s.meeting},
                               {QStringLiteral("contentSha256"), s.contentSha256},
                               {QStringLiteral("reopenedBy"), textOrNull(s.reopenedBy)},
                               {QStringLiteral("reopenedAt"), textOrNull(timeText(s.reopenedAt))},
                               {QStringLiteral("inForce"), s.inForce()}});
    return out;
}

QJsonArray historyJson(const QList<Change> &changes)
{
    auto orNull = [](const std::optional<QString> &v) { return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null); };
    QJsonArray out;
    for (const Change &c : changes)
        out.append(QJsonObject{{QStringLiteral("id"), c.id},
                               {QStringLiteral("indicator"), c.indicator},
                               {QStringLiteral("field"), c.field},
                               {QStringLiteral("oldValue"), orNull(c.oldValue)},
                               {QStringLiteral("newValue"), orNull(c.newValue)},
                               {QStringLiteral("author"), c.author},
                               {QStringLiteral("changed"), textOrNull(timeText(c.changed))}});
    return out;
}

void addRecords(QJsonObject &exported, const Assessment &a, const QList<Change> &changes)
{
    QJsonArray indicators = exported.value(QStringLiteral("indicators")).toArray();
    for (qsizetype i = 0; i < indicators.size(); ++i) {
        QJsonObject o = indicators.at(i).toObject();
        if (const Answer *x = a.answer(o.value(QStringLiteral("id")).toString())) {
            o.insert(QStringLiteral("notes"), x->notes);
            o.insert(QStringLiteral("naReason"), x->naReason);
            o.insert(QStringLiteral("confidence"), x->confidence ? QJsonValue(*x->confidence) : QJsonValue());
            // `target` is the target that applies; this says whether the statement has its own.
            o.insert(QStringLiteral("ownTarget"), x->target ? QJsonValue(*x->target) : QJsonValue());
        }
        indicators.replace(i, o);
    }
    exported.insert(QStringLiteral("indicators"), indicators);
    QJsonArray actions;
    for (const Action &x : a.actions)
        actions.append(actionJson(x));
    exported.insert(QStringLiteral("actions"), actions);
    QJsonArray evidence;
    for (const Evidence &e : a.evidence)
        evidence.append(evidenceJson(e));
    exported.insert(QStringLiteral("evidence"), evidence);
    exported.insert(QStringLiteral("workshop"), workshopJson(a.workshop));
    exported.insert(QStringLiteral("cover"), coverJson(a.cover));
    exported.insert(QStringLiteral("signOffs"), signOffsJson(a.signOffs));
    exported.insert(QStringLiteral("revision"), a.revision());
    exported.insert(QStringLiteral("history"), historyJson(changes));
    QJsonObject assessment = exported.value(QStringLiteral("assessment")).toObject();
    assessment.insert(QStringLiteral("created"), textOrNull(timeText(a.info.created)));
    assessment.insert(QStringLiteral("modified"), textOrNull(timeText(a.info.modified)));
    exported.insert(QStringLiteral("assessment"), assessment);
}

} // namespace wgll::records
