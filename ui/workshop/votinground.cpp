// SPDX-License-Identifier: GPL-3.0-or-later
#include "votinground.h"

#include "session/assessmentsession.h"
#include "storage/document.h"

#include <QLocale>

#include <cmath>

namespace wgll {

namespace {

WorkshopSession sessionWithId(const AssessmentSession &session, qint64 id)
{
    for (const WorkshopSession &s : session.workshop().sessions) {
        if (s.id == id)
            return s;
    }
    return WorkshopSession{id, {}, {}, {}, {}};
}

QList<workshop::VotingRoom::Voter> namedVoters(const AssessmentSession &session, const QList<qint64> &ids)
{
    QList<workshop::VotingRoom::Voter> voters;
    for (const qint64 id : ids) {
        const Participant *p = session.workshop().participant(id);
        voters.append({id, p ? p->name : QString()});
    }
    return voters;
}

} // namespace

VotingRound::VotingRound(AssessmentSession &session, qint64 workshopSession, QList<qint64> voters, QObject *parent)
    : QObject(parent), m_session(session), m_voters(std::move(voters)),
      m_room(workshop::VotingRoom::over(session.document(), sessionWithId(session, workshopSession),
                                        namedVoters(session, m_voters)))
{
}

QString VotingRound::voterName(int index) const
{
    return index >= 0 && index < m_room.voters().size() ? m_room.voters().at(index).name : QString();
}

bool VotingRound::done(const Status &status)
{
    if (!status) {
        Q_EMIT m_session.failed(status.error().toString());
        return false;
    }
    Q_EMIT changed();
    return true;
}

void VotingRound::setStatement(const QString &indicator)
{
    m_entryOrder.clear();
    m_statement = indicator;
    // Decided and not being voted on again: its record, not "0 of 5 voted" and a fresh vote.
    if (!m_room.hasPendingRound(indicator) && workshop::decidedRecord(m_session.workshop(), indicator)) {
        m_room.leave();
        Q_EMIT changed();
        return;
    }
    if (const Status opened = m_room.open(indicator); !opened)
        Q_EMIT m_session.failed(opened.error().toString());
    Q_EMIT changed();
}

std::optional<workshop::StatementRecord> VotingRound::record() const
{
    if (isOpen() || m_statement.isEmpty())
        return std::nullopt;
    return workshop::decidedRecord(m_session.workshop(), m_statement);
}

bool VotingRound::reopen()
{
    if (!record())
        return false;
    m_entryOrder.clear();
    if (const Status opened = m_room.open(m_statement); !opened) {
        Q_EMIT m_session.failed(opened.error().toString());
        return false;
    }
    Q_EMIT changed();
    return true;
}

bool VotingRound::revote()
{
    if (!isRevealed())
        return false;
    m_entryOrder.clear();
    return done(m_room.revote());
}

bool VotingRound::enterVote(int voter, int level)
{
    // Checked here, not only in core: a key pressed at the wrong moment is no failure to report.
    if (m_room.phase() != workshop::VotingRoom::Phase::Voting || voter < 0 || voter >= m_voters.size() ||
        !m_session.framework().scale.contains(level))
        return false;
    if (!done(m_room.vote(voter, level)))
        return false;
    m_entryOrder.removeAll(voter);
    m_entryOrder.append(voter);
    return true;
}

bool VotingRound::enterNext(int level)
{
    for (int i = 0; i < m_voters.size(); ++i) {
        if (!m_room.choiceOf(i))
            return enterVote(i, level);
    }
    return false;
}

bool VotingRound::undoLast()
{
    if (m_room.phase() != workshop::VotingRoom::Phase::Voting || m_entryOrder.isEmpty())
        return false;
    return done(m_room.withdraw(m_entryOrder.takeLast()));
}

bool VotingRound::enterTally(const QString &tally, QString &problem)
{
    if (m_room.phase() != workshop::VotingRoom::Phase::Voting) {
        problem = tr("the votes on this statement are already revealed");
        return false;
    }
    const std::optional<QList<int>> levels = workshop::parseTally(tally, m_session.framework().scale, problem);
    if (!levels)
        return false;
    if (levels->size() > m_voters.size()) {
        problem = tr("%1 votes, but only %2 people are present").arg(levels->size()).arg(m_voters.size());
        return false;
    }
    if (const Status set = m_room.voteAll(*levels); !set) {
        problem = set.error().toString();
        return false;
    }
    m_entryOrder.clear();
    for (int i = 0; i < levels->size(); ++i)
        m_entryOrder.append(i);
    Q_EMIT changed();
    return true;
}

QString VotingRound::shownVote(int voter) const
{
    const std::optional<workshop::Choice> choice = m_room.choiceOf(voter);
    if (!choice)
        return {};
    if (!isRevealed())
        return QStringLiteral("●");
    return *choice ? QString::number(**choice) : QStringLiteral("?");
}

bool VotingRound::reveal()
{
    if (!m_room.reveal())
        return false;
    // The votes went to the document as they came; the session reads them back now, so that
    // the scorecard's vote figures follow the reveal and never precede it.
    m_session.workshopWritten();
    Q_EMIT changed();
    return true;
}

std::optional<workshop::VoteSummary> VotingRound::summary() const
{
    const std::optional<workshop::VotingRoom::Outcome> outcome = m_room.outcome();
    return outcome ? outcome->summary : std::nullopt;
}

QString VotingRound::describe(const workshop::VoteSummary &s, const QString &disagreement)
{
    const bool whole = s.median == std::floor(s.median);
    return tr("%1 votes · median %2 · range %3–%4%5")
        .arg(s.n)
        .arg(QLocale().toString(s.median, 'f', whole ? 0 : 1))
        .arg(s.min)
        .arg(s.max)
        .arg(s.disagreement ? u" · " + disagreement : QString());
}

namespace {

/// "Board workshop: 3 votes · median 4 · range 3–5 · level 3: 1, level 4: 1, level 5: 1".
QString describeRound(const workshop::StatementRecord::Round &round, const Scale &scale)
{
    const std::optional<workshop::VoteSummary> s = workshop::summarise(round.votes, scale, round.rule);
    if (!s)
        return round.title;
    QStringList levels;
    for (qsizetype i = 0; i < s->distribution.size(); ++i) {
        if (s->distribution[i] > 0)
            levels.append(VotingRound::tr("level %1: %2").arg(scale.min + i).arg(s->distribution[i]));
    }
    return round.title + u": " + VotingRound::describe(*s, VotingRound::tr("they disagreed")) + u" · " +
           levels.join(QStringLiteral(", "));
}

} // namespace

QString VotingRound::describe(const workshop::StatementRecord &record, const Scale &scale)
{
    QStringList lines{tr("Decided: agreed score %1").arg(record.agreed)};
    if (!record.decision.rationale.isEmpty())
        lines.append(tr("Rationale: %1").arg(record.decision.rationale));
    if (!record.decision.dissent.isEmpty())
        lines.append(tr("Dissent: %1").arg(record.decision.dissent));
    if (!record.rounds.isEmpty()) {
        const bool several = record.rounds.size() > 1;
        lines.append((several ? tr("Last round, %1") : tr("Votes, %1")).arg(describeRound(record.rounds.last(), scale)));
        if (several)
            lines.append(tr("First round, %1").arg(describeRound(record.rounds.first(), scale)));
    }
    return lines.join(u'\n');
}

QList<int> VotingRound::latestDistribution(const workshop::StatementRecord &record, const Scale &scale)
{
    if (record.rounds.isEmpty())
        return {};
    const workshop::StatementRecord::Round &last = record.rounds.last();
    const std::optional<workshop::VoteSummary> s = workshop::summarise(last.votes, scale, last.rule);
    return s ? s->distribution : QList<int>{};
}

QString VotingRound::fewVotesWarning(const workshop::VoteSummary &s)
{
    if (s.n >= workshop::VoteSummary::FewVoters)
        return {};
    return s.n == 1 ? tr("Only 1 vote: treat the spread with care")
                    : tr("Only %1 votes: treat the spread with care").arg(s.n);
}

QString VotingRound::describeWithWarning(const workshop::VoteSummary &s, const QString &disagreement)
{
    const QString warning = fewVotesWarning(s);
    return describe(s, disagreement) + (warning.isEmpty() ? QString() : u'\n' + warning);
}

bool VotingRound::agree(int level, const QString &rationale, const QString &dissent)
{
    if (!isRevealed())
        return false;
    Decision d;
    d.session = m_room.roundSessionId();
    d.indicator = m_room.statement();
    d.text = workshop::agreedText(level); // the file's wording: how the record is found again
    d.rationale = rationale.trimmed();
    d.dissent = dissent.trimmed();
    // The decision is checked before the score is set: a refused rationale leaves neither. The
    // score goes through the session, so it is undoable like any other.
    if (!m_session.acceptsDecision(d) || !m_session.setScore(d.indicator, level))
        return false;
    if (!m_session.recordDecision(d))
        return false;
    // Decided: the statement now shows its record until the facilitator moves on or reopens it.
    m_room.close();
    Q_EMIT changed();
    return true;
}

} // namespace wgll
