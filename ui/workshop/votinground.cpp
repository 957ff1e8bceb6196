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
    if (const Status opened = m_room.open(indicator); !opened)
        Q_EMIT m_session.failed(opened.error().toString());
    Q_EMIT changed();
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

bool VotingRound::agree(int level, const QString &rationale, const QString &dissent)
{
    if (!isRevealed())
        return false;
    Decision d;
    d.session = m_room.roundSessionId();
    d.indicator = m_room.statement();
    d.text = tr("Agreed score %1").arg(level);
    d.rationale = rationale.trimmed();
    d.dissent = dissent.trimmed();
    // The decision is checked before the score is set: a refused rationale leaves neither. The
    // score goes through the session, so it is undoable like any other.
    if (!m_session.acceptsDecision(d) || !m_session.setScore(d.indicator, level))
        return false;
    return m_session.recordDecision(d).has_value();
}

} // namespace wgll
