// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessmentrows.h"

#include "sqlite/database.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace wgll::storage::rows {

namespace {

#define WGLL_ANSWER_COLUMNS                                                                                  \
    "SELECT indicator, score, na, na_reason, target, weight, confidence, notes FROM answer"

Answer answerFrom(const sqlite::Statement &s)
{
    Answer a;
    a.indicator = s.text(0);
    if (!s.isNull(1))
        a.score = s.integer(1);
    a.notApplicable = s.integer(2) == 1;
    a.naReason = s.text(3);
    if (!s.isNull(4))
        a.target = s.integer(4);
    a.weight = s.integer(5);
    if (!s.isNull(6))
        a.confidence = s.integer(6);
    a.notes = s.text(7);
    return a;
}

} // namespace

AssessmentInfo readInfo(sqlite::Database &db)
{
    AssessmentInfo info;
    sqlite::Statement s =
        db.prepare("SELECT organisation, period, status, default_target, created, modified FROM assessment");
    if (s.step()) {
        info.organisation = s.text(0);
        info.period = s.text(1);
        info.status = s.text(2);
        info.defaultTarget = s.integer(3);
        info.created = QDateTime::fromString(s.text(4), Qt::ISODateWithMs);
        info.modified = QDateTime::fromString(s.text(5), Qt::ISODateWithMs);
    }
    return info;
}

std::optional<Answer> readAnswer(sqlite::Database &db, const QString &indicator)
{
    sqlite::Statement s = db.prepare(WGLL_ANSWER_COLUMNS " WHERE indicator = ?1");
    s.bind(1, indicator);
    if (!s.step())
        return std::nullopt;
    return answerFrom(s);
}

QList<Evidence> readEvidence(sqlite::Database &db)
{
    QList<Evidence> items;
    sqlite::Statement s = db.prepare("SELECT id, kind, title, file_name, media_type, size, sha256, url, "
                                     "note, added, review_by FROM evidence ORDER BY id");
    sqlite::Statement links = db.prepare("SELECT indicator FROM evidence_link WHERE evidence = ?1");
    while (s.step()) {
        Evidence e;
        e.id = s.int64(0);
        e.kind = s.text(1) == u"file"   ? Evidence::Kind::File
                 : s.text(1) == u"link" ? Evidence::Kind::Link
                                        : Evidence::Kind::Note;
        e.title = s.text(2);
        e.fileName = s.text(3);
        e.mediaType = s.text(4);
        e.size = s.int64(5);
        e.sha256 = s.text(6);
        e.url = s.text(7);
        e.note = s.text(8);
        e.added = QDateTime::fromString(s.text(9), Qt::ISODateWithMs);
        e.reviewBy = QDate::fromString(s.text(10), Qt::ISODate);
        links.reset();
        links.bind(1, e.id);
        while (links.step())
            e.indicators.append(links.text(0));
        items.append(e);
    }
    return items;
}

QList<Action> readActions(sqlite::Database &db)
{
    QList<Action> items;
    sqlite::Statement s =
        db.prepare("SELECT id, indicator, text, owner, due, status FROM action ORDER BY id");
    while (s.step())
        items.append({s.int64(0), s.text(1), s.text(2), s.text(3), QDate::fromString(s.text(4), Qt::ISODate),
                      s.text(5)});
    return items;
}

QString readBaseline(sqlite::Database &db)
{
    sqlite::Statement s = db.prepare("SELECT value FROM meta WHERE key = 'baseline'");
    if (!s.step())
        return {};
    const QJsonObject o = QJsonDocument::fromJson(s.text(0).toUtf8()).object();
    return o.value(QStringLiteral("organisation")).toString() + u", " +
           o.value(QStringLiteral("period")).toString() + u" (framework " +
           o.value(QStringLiteral("frameworkVersion")).toString() + u')';
}

QStringList readReassessed(sqlite::Database &db)
{
    QStringList ids;
    sqlite::Statement s =
        db.prepare("SELECT DISTINCT h.indicator FROM history h JOIN answer a ON a.indicator = h.indicator "
                   "WHERE h.field IN ('score', 'na') ORDER BY a.position");
    while (s.step())
        ids.append(s.text(0));
    return ids;
}

Workshop readWorkshop(sqlite::Database &db)
{
    Workshop w;
    sqlite::Statement p = db.prepare("SELECT id, name, role, organisation FROM participant ORDER BY id");
    while (p.step())
        w.participants.append({p.int64(0), p.text(1), p.text(2), p.text(3)});
    // A file not yet migrated (format 1 or 2) has no rule: its sessions were judged by range.
    sqlite::Statement s = db.prepare(db.scalar("PRAGMA user_version", 0) >= 3
                                         ? "SELECT id, title, date, facilitator, disagreement_rule FROM workshop_session ORDER BY id"
                                         : "SELECT id, title, date, facilitator, 'range' FROM workshop_session ORDER BY id");
    sqlite::Statement a =
        db.prepare("SELECT participant, status FROM attendance WHERE session = ?1 ORDER BY participant");
    while (s.step()) {
        WorkshopSession session{s.int64(0), s.text(1), QDate::fromString(s.text(2), Qt::ISODate), s.text(3), {},
                                workshop::ruleNamed(s.text(4)).value_or(workshop::DisagreementRule::Range)};
        a.reset();
        a.bind(1, session.id);
        while (a.step())
            session.attendance.append({a.int64(0), a.text(1)});
        w.sessions.append(session);
    }
    // A round still blind (format 3) gives only how many answered, never who said what.
    const bool blindRounds = db.scalar("PRAGMA user_version", 0) >= 3;
    sqlite::Statement v = db.prepare(
        blindRounds ? "SELECT session, participant, indicator, score, cast_at FROM vote WHERE NOT EXISTS (SELECT 1 "
                      "FROM unrevealed u WHERE u.session = vote.session AND u.indicator = vote.indicator) "
                      "ORDER BY session, indicator, participant"
                    : "SELECT session, participant, indicator, score, cast_at FROM vote ORDER BY session, indicator, "
                      "participant");
    while (v.step())
        w.votes.append({v.int64(0), v.int64(1), v.text(2), v.integer(3),
                        QDateTime::fromString(v.text(4), Qt::ISODateWithMs)});
    if (blindRounds) {
        sqlite::Statement c = db.prepare(
            "SELECT session, participant, indicator, cast_at FROM cant_say WHERE NOT EXISTS (SELECT 1 FROM "
            "unrevealed u WHERE u.session = cant_say.session AND u.indicator = cant_say.indicator) "
            "ORDER BY session, indicator, participant");
        while (c.step())
            w.cantSays.append({c.int64(0), c.int64(1), c.text(2), QDateTime::fromString(c.text(3), Qt::ISODateWithMs)});
        sqlite::Statement b = db.prepare(
            "SELECT u.session, u.indicator, (SELECT count(*) FROM vote v WHERE v.session = u.session AND "
            "v.indicator = u.indicator) + (SELECT count(*) FROM cant_say c WHERE c.session = u.session AND "
            "c.indicator = u.indicator) FROM unrevealed u ORDER BY u.session, u.indicator");
        while (b.step())
            w.blindRounds.append({b.int64(0), b.text(1), b.integer(2)});
        sqlite::Statement k = db.prepare("SELECT id, session, participant, device, at, released FROM claim ORDER BY id");
        while (k.step())
            w.claims.append({k.int64(0), k.int64(1), k.int64(2), k.text(3),
                             QDateTime::fromString(k.text(4), Qt::ISODateWithMs), k.int64(5) == 1});
    }
    sqlite::Statement d = db.prepare(
        "SELECT id, session, indicator, text, rationale, dissent, recorded FROM decision ORDER BY id");
    while (d.step())
        w.decisions.append({d.int64(0), d.isNull(1) ? 0 : d.int64(1), d.isNull(2) ? QString() : d.text(2),
                            d.text(3), d.text(4), d.text(5), QDateTime::fromString(d.text(6), Qt::ISODateWithMs)});
    return w;
}

QList<Change> readHistory(sqlite::Database &db)
{
    QList<Change> changes;
    sqlite::Statement s =
        db.prepare("SELECT id, indicator, field, old_value, new_value, author, changed FROM history ORDER BY id");
    auto optionalText = [&](int column) {
        return s.isNull(column) ? std::optional<QString>() : std::optional<QString>(s.text(column));
    };
    while (s.step())
        changes.append({s.int64(0), s.text(1), s.text(2), optionalText(3), optionalText(4), s.text(5),
                        QDateTime::fromString(s.text(6), Qt::ISODateWithMs)});
    return changes;
}

CoverSheet readCover(sqlite::Database &db)
{
    CoverSheet c;
    if (db.scalar("PRAGMA user_version", 0) < 2)
        return c; // a version-1 file read as it is (read-only commands do not migrate)
    sqlite::Statement s = db.prepare(
        "SELECT meeting, meeting_date, agenda_item, report_title, purpose, recommendation, assurance, "
        "assurance_rationale, risks, author, executive_lead, previously_considered, executive_summary "
        "FROM cover_sheet WHERE id = 1");
    if (!s.step())
        return c;
    c.meeting = s.text(0);
    c.meetingDate = QDate::fromString(s.text(1), Qt::ISODate);
    c.agendaItem = s.text(2);
    c.reportTitle = s.text(3);
    c.purpose = s.text(4);
    c.recommendation = s.text(5);
    c.assurance = s.text(6);
    c.assuranceRationale = s.text(7);
    c.risks = s.text(8);
    c.author = s.text(9);
    c.executiveLead = s.text(10);
    c.previouslyConsidered = s.text(11);
    c.executiveSummary = s.text(12);
    return c;
}

QList<SignOff> readSignOffs(sqlite::Database &db)
{
    QList<SignOff> list;
    if (db.scalar("PRAGMA user_version", 0) < 2)
        return list;
    sqlite::Statement s = db.prepare("SELECT revision, signed_by, signed_at, meeting, content_sha256, reopened_by, "
                                     "reopened_at FROM signoff ORDER BY revision");
    while (s.step()) {
        SignOff o;
        o.revision = s.integer(0);
        o.by = s.text(1);
        o.at = QDateTime::fromString(s.text(2), Qt::ISODateWithMs);
        o.meeting = s.text(3);
        o.contentSha256 = s.text(4);
        o.reopenedBy = s.text(5);
        if (!s.text(6).isEmpty())
            o.reopenedAt = QDateTime::fromString(s.text(6), Qt::ISODateWithMs);
        list.append(o);
    }
    return list;
}

QByteArray readSignedContent(sqlite::Database &db, int revision)
{
    if (db.scalar("PRAGMA user_version", 0) < 2)
        return {};
    sqlite::Statement s = db.prepare("SELECT content FROM signoff WHERE revision = ?1");
    s.bind(1, revision);
    return s.step() ? s.blob(0) : QByteArray();
}

Assessment readAssessment(sqlite::Database &db, const Framework &framework)
{
    Assessment a;
    a.info = readInfo(db);
    a.framework = framework;
    QHash<QString, Answer> stored;
    sqlite::Statement s = db.prepare(WGLL_ANSWER_COLUMNS);
    while (s.step()) {
        const Answer answer = answerFrom(s);
        stored.insert(answer.indicator, answer);
    }
    for (const Measure &m : framework.measures) {
        for (const Indicator &i : m.indicators)
            a.answers.append(stored.value(i.id, Answer{i.id, {}, false, {}, {}, 1, {}, {}}));
    }
    a.actions = readActions(db);
    a.evidence = readEvidence(db);
    a.baseline = readBaseline(db);
    a.reassessed = readReassessed(db);
    a.workshop = readWorkshop(db);
    a.cover = readCover(db);
    a.signOffs = readSignOffs(db);
    return a;
}

} // namespace wgll::storage::rows
