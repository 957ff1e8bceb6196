// SPDX-License-Identifier: GPL-3.0-or-later
// The workshop record in the document: participants, sessions and attendance, votes, decisions.
// Each edit is one durable transaction through Document::edit(), like a score.
#include "document.h"
#include "assessment/statuses.h"
#include "assessment/textrules.h"
#include "assessment/workshoprules.h"
#include "sqlite/database.h"
#include "storage/assessmentrows.h"

#include <QHash>
#include <QSet>

namespace wgll::storage {

Workshop Document::workshop() const
{
    return rows::readWorkshop(*m_db);
}

Result<qint64> Document::addParticipant(const Participant &participant)
{
    if (const auto problem = workshoprules::problemWith(participant)) {
        return fail(ErrorKind::BadData, *problem).error();
    }
    qint64 id = 0;
    const QString what = QStringLiteral("cannot add the participant");
    const Status added = edit(what, [&](bool &) -> Status {
        sqlite::Statement s = m_db->prepare("INSERT INTO participant(name, role, organisation) VALUES (?1, ?2, ?3)");
        if (!s.bind(1, participant.name.trimmed()).bind(2, participant.role).bind(3, participant.organisation).exec())
            return sqlFail(what);
        id = m_db->lastInsertId();
        return {};
    });
    if (!added) {
        return added.error();
    }
    return id;
}

Status Document::insertSession(WorkshopSession &session)
{
    const QString what = QStringLiteral("cannot start the workshop session");
    sqlite::Statement s =
        m_db->prepare("INSERT INTO workshop_session(title, date, facilitator, disagreement_rule) VALUES (?1, ?2, ?3, ?4)");
    if (!s.bind(1, session.title.trimmed())
             .bind(2, session.date.toString(Qt::ISODate))
             .bind(3, session.facilitator)
             .bind(4, workshop::ruleName(session.disagreementRule))
             .exec())
        return sqlFail(what);
    session.id = m_db->lastInsertId();
    sqlite::Statement a = m_db->prepare("INSERT INTO attendance(session, participant, status) VALUES (?1, ?2, ?3)");
    for (const WorkshopSession::Attendance &x : session.attendance) {
        a.reset();
        if (!a.bind(1, session.id).bind(2, x.participant).bind(3, x.status).exec())
            return sqlFail(what);
    }
    // Attendance must name real participants: the foreign key says so, checked here at once.
    if (m_db->scalar("SELECT count(*) FROM attendance WHERE participant NOT IN (SELECT id FROM participant)") != 0)
        return fail(ErrorKind::BadData, QStringLiteral("the attendance register names an unknown participant"));
    return {};
}

Result<qint64> Document::startSession(const WorkshopSession &session)
{
    if (const auto problem = workshoprules::problemWith(session)) {
        return fail(ErrorKind::BadData, *problem).error();
    }
    WorkshopSession s = session;
    const Status started = edit(QStringLiteral("cannot start the workshop session"),
                                [&](bool &) -> Status { return insertSession(s); });
    if (!started) {
        return started.error();
    }
    return s.id;
}

Status Document::setAttendance(qint64 session, qint64 participant, const QString &status)
{
    if (const auto problem = workshoprules::problemWithAttendance(status))
        return fail(ErrorKind::BadData, *problem);
    const QString what = QStringLiteral("cannot record the attendance");
    return edit(what, [&](bool &) -> Status {
        sqlite::Statement s = m_db->prepare(
            "INSERT INTO attendance(session, participant, status) SELECT ?1, ?2, ?3 "
            "WHERE EXISTS (SELECT 1 FROM workshop_session WHERE id = ?1) AND EXISTS (SELECT 1 FROM participant WHERE id = ?2) "
            "ON CONFLICT(session, participant) DO UPDATE SET status = excluded.status");
        if (!s.bind(1, session).bind(2, participant).bind(3, status).exec())
            return sqlFail(what);
        if (m_db->changes() == 0)
            return fail(ErrorKind::NotFound, QStringLiteral("has no such session or participant"));
        return {};
    });
}

Status Document::insertVote(qint64 session, qint64 participant, const QString &indicator, int score)
{
    if (const auto problem = workshoprules::problemWithVote(indicator, score, m_framework))
        return fail(ErrorKind::BadData, *problem);
    sqlite::Statement s = m_db->prepare(
        "INSERT INTO vote(session, participant, indicator, score, cast_at) SELECT ?1, ?2, ?3, ?4, ?5 "
        "WHERE EXISTS (SELECT 1 FROM workshop_session WHERE id = ?1) AND EXISTS (SELECT 1 FROM participant WHERE id = ?2)");
    if (!s.bind(1, session).bind(2, participant).bind(3, indicator).bind(4, score).bind(5, now()).exec())
        return sqlFail(QStringLiteral("cannot record the vote"));
    if (m_db->changes() == 0)
        return fail(ErrorKind::NotFound, QStringLiteral("has no such session or participant"));
    return {};
}

Status Document::replaceVotes(qint64 session, const QString &indicator, const QList<std::pair<qint64, int>> &votes)
{
    sqlite::Statement clear = m_db->prepare("DELETE FROM vote WHERE session = ?1 AND indicator = ?2");
    if (!clear.bind(1, session).bind(2, indicator).exec())
        return sqlFail(QStringLiteral("cannot record the votes"));
    QSet<qint64> seen;
    for (const auto &[participant, score] : votes) {
        if (seen.contains(participant))
            return fail(ErrorKind::BadData, QStringLiteral("a participant can vote once on a statement"));
        seen.insert(participant);
        if (const Status v = insertVote(session, participant, indicator, score); !v)
            return v;
    }
    return {};
}

Status Document::setVotes(qint64 session, const QString &indicator, const QList<std::pair<qint64, int>> &votes)
{
    return edit(QStringLiteral("cannot record the votes"),
                [&](bool &) -> Status { return replaceVotes(session, indicator, votes); });
}

Status Document::clearBlindAnswers(qint64 session, qint64 participant, const QString &indicator)
{
    const QString what = QStringLiteral("cannot record the vote");
    // participant 0 (no such row id) stands for everyone in the round.
    for (const char *sql : {"DELETE FROM vote WHERE session = ?1 AND indicator = ?3 AND (?2 = 0 OR participant = ?2)",
                            "DELETE FROM cant_say WHERE session = ?1 AND indicator = ?3 AND (?2 = 0 OR participant = ?2)",
                            "INSERT OR IGNORE INTO unrevealed(session, indicator) SELECT ?1, ?3 "
                            "WHERE EXISTS (SELECT 1 FROM workshop_session WHERE id = ?1)"}) {
        sqlite::Statement s = m_db->prepare(sql);
        if (!s.bind(1, session).bind(2, participant).bind(3, indicator).exec())
            return sqlFail(what);
    }
    return {};
}

Status Document::castVote(qint64 session, qint64 participant, const QString &indicator, std::optional<int> score)
{
    const QString what = QStringLiteral("cannot record the vote");
    return edit(what, [&](bool &) -> Status {
        if (const Status cleared = clearBlindAnswers(session, participant, indicator); !cleared)
            return cleared;
        if (score)
            return insertVote(session, participant, indicator, *score);
        if (!m_framework.indicator(indicator))
            return fail(ErrorKind::BadData, u"there is no statement \"" + indicator + u"\" in " + m_framework.id);
        sqlite::Statement s = m_db->prepare(
            "INSERT INTO cant_say(session, participant, indicator, cast_at) SELECT ?1, ?2, ?3, ?4 "
            "WHERE EXISTS (SELECT 1 FROM workshop_session WHERE id = ?1) AND EXISTS (SELECT 1 FROM participant WHERE id = ?2)");
        if (!s.bind(1, session).bind(2, participant).bind(3, indicator).bind(4, now()).exec())
            return sqlFail(what);
        if (m_db->changes() == 0)
            return fail(ErrorKind::NotFound, QStringLiteral("has no such session or participant"));
        return {};
    });
}

Status Document::withdrawVote(qint64 session, qint64 participant, const QString &indicator)
{
    return edit(QStringLiteral("cannot take the vote back"),
                [&](bool &) -> Status { return clearBlindAnswers(session, participant, indicator); });
}

Status Document::tallyVotes(qint64 session, const QString &indicator, const QList<std::pair<qint64, int>> &votes)
{
    return edit(QStringLiteral("cannot record the votes"), [&](bool &) -> Status {
        if (const Status cleared = clearBlindAnswers(session, 0, indicator); !cleared)
            return cleared;
        return replaceVotes(session, indicator, votes);
    });
}

Status Document::recordClaim(qint64 session, qint64 participant, const QString &device, bool released,
                             const QByteArray &tokenDigest)
{
    if (const auto problem = text::problemWithText(device, text::Lines::Single, text::MaxDevice))
        return fail(ErrorKind::BadData, u"the device " + *problem);
    const QString what = QStringLiteral("cannot log the claim");
    return edit(what, [&](bool &) -> Status {
        sqlite::Statement s = m_db->prepare(
            "INSERT INTO claim(session, participant, device, at, released) SELECT ?1, ?2, ?3, ?4, ?5 "
            "WHERE EXISTS (SELECT 1 FROM workshop_session WHERE id = ?1) AND EXISTS (SELECT 1 FROM participant WHERE id = ?2)");
        if (!s.bind(1, session).bind(2, participant).bind(3, device).bind(4, now()).bind(5, released ? 1 : 0).exec())
            return sqlFail(what);
        if (m_db->changes() == 0)
            return fail(ErrorKind::NotFound, QStringLiteral("has no such session or participant"));
        return keepTokenDigest(session, participant, released ? QByteArray() : tokenDigest);
    });
}

Status Document::revealVotes(qint64 session, const QString &indicator)
{
    const QString what = QStringLiteral("cannot reveal the votes");
    return edit(what, [&](bool &changed) -> Status {
        sqlite::Statement s = m_db->prepare("DELETE FROM unrevealed WHERE session = ?1 AND indicator = ?2");
        if (!s.bind(1, session).bind(2, indicator).exec())
            return sqlFail(what);
        changed = m_db->changes() > 0;
        return {};
    });
}

QHash<qint64, std::optional<int>> Document::blindAnswers(qint64 session, const QString &indicator) const
{
    QHash<qint64, std::optional<int>> answers;
    if (m_db->scalar("PRAGMA user_version", 0) < 3)
        return answers; // an older file opened read-only: it has no blind rounds
    sqlite::Statement s = m_db->prepare(
        "SELECT participant, score FROM vote WHERE session = ?1 AND indicator = ?2 AND EXISTS "
        "(SELECT 1 FROM unrevealed WHERE session = ?1 AND indicator = ?2) UNION ALL "
        "SELECT participant, NULL FROM cant_say WHERE session = ?1 AND indicator = ?2 AND EXISTS "
        "(SELECT 1 FROM unrevealed WHERE session = ?1 AND indicator = ?2)");
    s.bind(1, session).bind(2, indicator);
    while (s.step())
        answers.insert(s.int64(0), s.isNull(1) ? std::nullopt : std::optional<int>(s.integer(1)));
    return answers;
}

Status Document::inOneTransaction(const QString &what, const std::function<Status()> &body)
{
    if (const Status w = editableCheck(); !w)
        return w;
    // The edits inside count themselves as they release their savepoints; if the whole is rolled
    // back, so is the count.
    const qint64 generation = m_generation;
    sqlite::Transaction tx(*m_db);
    if (!tx.begun())
        return sqlFail(what);
    if (const Status written = body(); !written) {
        m_generation = generation;
        return written;
    }
    if (!tx.commit()) {
        m_generation = generation;
        return sqlFail(what);
    }
    return {};
}

Result<qint64> Document::recordDecision(const Decision &decision)
{
    if (const auto problem = workshoprules::problemWith(decision, m_framework)) {
        return fail(ErrorKind::BadData, *problem).error();
    }
    qint64 id = 0;
    const QString what = QStringLiteral("cannot record the decision");
    const Status recorded = edit(what, [&](bool &) -> Status {
        sqlite::Statement s = m_db->prepare("INSERT INTO decision(session, indicator, text, rationale, dissent, recorded) "
                                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        if (decision.session > 0)
            s.bind(1, decision.session);
        else
            s.bindNull(1);
        if (decision.indicator.isEmpty())
            s.bindNull(2);
        else
            s.bind(2, decision.indicator);
        if (!s.bind(3, decision.text).bind(4, decision.rationale).bind(5, decision.dissent).bind(6, now()).exec())
            return sqlFail(what);
        id = m_db->lastInsertId();
        if (m_db->scalar("SELECT count(*) FROM decision WHERE session IS NOT NULL AND session NOT IN "
                         "(SELECT id FROM workshop_session)") != 0)
            return fail(ErrorKind::NotFound, QStringLiteral("has no workshop session %1").arg(decision.session));
        return {};
    });
    if (!recorded) {
        return recorded.error();
    }
    return id;
}

Result<qint64> Document::importVotes(const WorkshopSession &session, const QList<VoteRow> &rows)
{
    if (const auto problem = workshoprules::problemWith(session)) {
        return fail(ErrorKind::BadData, *problem).error();
    }
    WorkshopSession s = session;
    const QString what = QStringLiteral("cannot import the votes");
    const Status imported = edit(what, [&](bool &) -> Status {
        QHash<QString, qint64> ids; // participants by name, existing ones first
        sqlite::Statement known = m_db->prepare("SELECT id, name FROM participant ORDER BY id");
        while (known.step())
            ids.insert(known.text(1), known.int64(0));
        sqlite::Statement add = m_db->prepare("INSERT INTO participant(name) VALUES (?1)");
        QList<qint64> voters;
        for (const VoteRow &r : rows) {
            const QString name = r.participant.trimmed();
            if (const auto problem = workshoprules::problemWith(Participant{0, name, {}, {}}))
                return fail(ErrorKind::BadData, *problem);
            if (!ids.contains(name)) {
                add.reset();
                if (!add.bind(1, name).exec())
                    return sqlFail(what);
                ids.insert(name, m_db->lastInsertId());
            }
            if (!voters.contains(ids.value(name)))
                voters.append(ids.value(name));
        }
        for (qint64 id : voters) {
            if (std::none_of(s.attendance.cbegin(), s.attendance.cend(),
                             [id](const WorkshopSession::Attendance &a) { return a.participant == id; }))
                s.attendance.append({id, storedName(Attendance::Present)});
        }
        if (const Status started = insertSession(s); !started)
            return started;
        for (const VoteRow &r : rows) {
            if (const Status v = insertVote(s.id, ids.value(r.participant.trimmed()), r.indicator, r.score); !v)
                return v;
        }
        return {};
    });
    if (!imported) {
        return imported.error();
    }
    return s.id;
}

} // namespace wgll::storage
