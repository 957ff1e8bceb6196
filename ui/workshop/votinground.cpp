// SPDX-License-Identifier: GPL-3.0-or-later
#include "votinground.h"

#include "session/assessmentsession.h"

#include <QLocale>

#include <cmath>

namespace wgll {

VotingRound::VotingRound(AssessmentSession &session, qint64 workshopSession, QList<qint64> voters, QObject *parent)
    : QObject(parent), m_session(session), m_workshopSession(workshopSession), m_voters(std::move(voters))
{
    m_votes = QList<std::optional<int>>(m_voters.size());
}

QString VotingRound::voterName(int index) const
{
    const Participant *p = m_session.workshop().participant(m_voters.value(index));
    return p ? p->name : QString();
}

void VotingRound::setStatement(const QString &indicator)
{
    m_statement = indicator;
    m_votes = QList<std::optional<int>>(m_voters.size());
    m_entryOrder.clear();
    m_revealed = false;
    Q_EMIT changed();
}

bool VotingRound::enterVote(int voter, int level)
{
    if (m_revealed || m_statement.isEmpty() || voter < 0 || voter >= m_votes.size() ||
        !m_session.framework().scale.contains(level))
        return false;
    m_votes[voter] = level;
    m_entryOrder.removeAll(voter);
    m_entryOrder.append(voter);
    Q_EMIT changed();
    return true;
}

bool VotingRound::enterNext(int level)
{
    for (int i = 0; i < m_votes.size(); ++i) {
        if (!m_votes[i])
            return enterVote(i, level);
    }
    return false;
}

bool VotingRound::undoLast()
{
    if (m_revealed || m_entryOrder.isEmpty())
        return false;
    m_votes[m_entryOrder.takeLast()].reset();
    Q_EMIT changed();
    return true;
}

bool VotingRound::enterTally(const QString &tally, QString &problem)
{
    if (m_revealed || m_statement.isEmpty()) {
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
    m_votes = QList<std::optional<int>>(m_voters.size());
    m_entryOrder.clear();
    for (int i = 0; i < levels->size(); ++i) {
        m_votes[i] = levels->at(i);
        m_entryOrder.append(i);
    }
    Q_EMIT changed();
    return true;
}

int VotingRound::votesIn() const
{
    return static_cast<int>(std::count_if(m_votes.cbegin(), m_votes.cend(), [](const auto &v) { return v.has_value(); }));
}

QString VotingRound::shownVote(int voter) const
{
    const std::optional<int> v = m_votes.value(voter);
    if (!v)
        return {};
    return m_revealed ? QString::number(*v) : QStringLiteral("●");
}

bool VotingRound::reveal()
{
    if (m_revealed || votesIn() == 0)
        return false;
    QList<std::pair<qint64, int>> votes;
    for (int i = 0; i < m_votes.size(); ++i) {
        if (m_votes[i])
            votes.append({m_voters[i], *m_votes[i]});
    }
    if (!m_session.setVotes(m_workshopSession, m_statement, votes))
        return false; // the session said why
    m_revealed = true;
    Q_EMIT changed();
    return true;
}

std::optional<workshop::VoteSummary> VotingRound::summary() const
{
    if (!m_revealed)
        return std::nullopt;
    QList<int> levels;
    for (const auto &v : m_votes) {
        if (v)
            levels.append(*v);
    }
    return workshop::summarise(levels, m_session.framework().scale);
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
    if (!m_revealed)
        return false;
    Decision d;
    d.session = m_workshopSession;
    d.indicator = m_statement;
    d.text = tr("Agreed score %1").arg(level);
    d.rationale = rationale.trimmed();
    d.dissent = dissent.trimmed();
    // The decision is checked before the score is set: a refused rationale leaves neither.
    if (!m_session.acceptsDecision(d) || !m_session.setScore(m_statement, level))
        return false;
    return m_session.recordDecision(d).has_value();
}

} // namespace wgll
