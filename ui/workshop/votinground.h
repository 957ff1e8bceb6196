// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workshop/votes.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace wgll {

class AssessmentSession;

/// One statement's vote in a workshop session, blind until revealed. The facilitator enters
/// each voter's level (in register order) or a show-of-hands tally; nobody sees a level or the
/// spread until reveal(), which also writes the votes to the document. agree() then records the
/// agreed score (undoable, like any score) and the decision with its rationale and dissent.
/// The window's workshop panel and the presenter view both show this one object.
class VotingRound : public QObject
{
    Q_OBJECT
public:
    VotingRound(AssessmentSession &session, qint64 workshopSession, QList<qint64> voters, QObject *parent = nullptr);

    qint64 workshopSession() const { return m_workshopSession; }
    const QList<qint64> &voters() const { return m_voters; }
    QString voterName(int index) const;

    /// Starts the vote on a statement: no votes, hidden.
    void setStatement(const QString &indicator);
    QString statement() const { return m_statement; }

    /// Enters a level for a voter (index in register order); refused after reveal or off-scale.
    bool enterVote(int voter, int level);
    /// Enters a level for the first voter who has none yet.
    bool enterNext(int level);
    /// Takes back the last level entered.
    bool undoLast();
    /// Replaces the entered votes with a show-of-hands tally ("3×2, 4×5"), given to the voters
    /// in register order; refused if it has more votes than voters.
    bool enterTally(const QString &tally, QString &problem);
    int votesIn() const;

    /// What a voter's cell shows: "" (no vote), "●" (voted, hidden) or the level once revealed.
    QString shownVote(int voter) const;
    bool isRevealed() const { return m_revealed; }
    /// Reveals the votes and records them in the document; false with no votes or on failure.
    bool reveal();
    /// The spread of the votes: only after reveal() (blind until then).
    std::optional<workshop::VoteSummary> summary() const;

    /// "3 votes · median 3.5 · range 2–5" and, when they disagree, `disagreement` after it.
    static QString describe(const workshop::VoteSummary &summary, const QString &disagreement);

    /// Records the agreed level as the statement's score and the decision; after reveal().
    bool agree(int level, const QString &rationale, const QString &dissent);

Q_SIGNALS:
    void changed();

private:
    AssessmentSession &m_session;
    qint64 m_workshopSession;
    QList<qint64> m_voters;
    QString m_statement;
    QList<std::optional<int>> m_votes; ///< per voter
    QList<int> m_entryOrder;           ///< voter indices in the order levels were entered
    bool m_revealed = false;
};

} // namespace wgll
