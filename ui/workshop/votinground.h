// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workshop/statementrecord.h"
#include "workshop/votes.h"
#include "workshop/votingroom.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace wgll {

class AssessmentSession;

/// One statement's vote in the window's workshop session, blind until revealed. Votes come
/// typed by the facilitator (each voter's level in register order, or a show-of-hands tally)
/// and from the participants' phones, into one core workshop::VotingRoom: each is written to
/// the document as it is entered (Document::castVote, one durable transaction), so a crash
/// before the reveal loses none. Nobody sees a level or the spread until reveal(). agree() then
/// records the agreed score (undoable, like any score) and the decision with its rationale and
/// dissent. The window's workshop panel and the presenter view both show this one object.
class VotingRound : public QObject
{
    Q_OBJECT
public:
    VotingRound(AssessmentSession &session, qint64 workshopSession, QList<qint64> voters, QObject *parent = nullptr);

    qint64 workshopSession() const { return m_room.session(); }
    const QList<qint64> &voters() const { return m_voters; }
    QString voterName(int index) const;
    /// The room the phones' server serves (net::VotingServer): the same votes.
    workshop::VotingRoom &room() { return m_room; }
    const workshop::VotingRoom &room() const { return m_room; }

    /// Follows the statement in view. One the room has already decided (in this session or an
    /// earlier one) shows its record and opens no round (reopen() does); any other opens a vote,
    /// hidden; a round left before its reveal comes back as it was.
    void setStatement(const QString &indicator);
    /// The statement in view, voted on or decided.
    QString statement() const { return m_statement; }
    /// A round is open on the statement in view (voting, or revealed and not yet agreed).
    bool isOpen() const { return m_room.phase() != workshop::VotingRoom::Phase::Closed; }
    /// With no round open: what the room decided on the statement in view, if it has.
    std::optional<workshop::StatementRecord> record() const;
    /// Starts a new round on the decided statement in view; its earlier rounds and decision
    /// stay in the file. False when there is no record to reopen.
    bool reopen();
    /// After the reveal: a second (third, …) round on the same statement, Delphi style, each
    /// round kept in the file (VotingRoom::revote). False before the reveal.
    bool revote();

    /// Enters a level for a voter (index in register order); refused after reveal or off-scale.
    bool enterVote(int voter, int level);
    /// Enters a level for the first voter who has none yet.
    bool enterNext(int level);
    /// Takes back the last level typed.
    bool undoLast();
    /// Replaces the votes with a show-of-hands tally ("3×2, 4×5"), given to the voters in
    /// register order; refused if it has more votes than voters.
    bool enterTally(const QString &tally, QString &problem);
    int votesIn() const { return m_room.count().voted; }
    /// "6 of 8 voted" and who is still to vote; never a level.
    workshop::VotingRoom::Count count() const { return m_room.count(); }

    /// What a voter's cell shows: "" (no vote), "●" (voted, hidden) or, once revealed, the
    /// level ("?" for can't say).
    QString shownVote(int voter) const;
    bool isRevealed() const { return m_room.phase() == workshop::VotingRoom::Phase::Revealed; }
    /// Reveals the votes (already in the document); false with no votes.
    bool reveal();
    /// The spread of the votes: only after reveal() (blind until then).
    std::optional<workshop::VoteSummary> summary() const;

    /// "3 votes · median 3.5 · range 2–5" and, when they disagree, `disagreement` after it.
    static QString describe(const workshop::VoteSummary &summary, const QString &disagreement);
    /// At the reveal, with fewer than VoteSummary::FewVoters levels voted ("can't say" is no
    /// level): "Only 4 votes: treat the spread with care"; empty otherwise.
    static QString fewVotesWarning(const workshop::VoteSummary &summary);
    /// describe() with fewVotesWarning() on a line of its own when there is one.
    static QString describeWithWarning(const workshop::VoteSummary &summary, const QString &disagreement);

    /// A decided statement's record, as the panel and the presenter view show it: the agreed
    /// score, rationale and dissent, the latest round's votes and, when there were more, the first's.
    static QString describe(const workshop::StatementRecord &record, const Scale &scale);
    /// The latest round's votes per level (index 0 = the scale's lowest), for the vote chart.
    static QList<int> latestDistribution(const workshop::StatementRecord &record, const Scale &scale);

    /// Records the agreed level as the statement's score and the decision; after reveal().
    bool agree(int level, const QString &rationale, const QString &dissent);

    /// A phone claimed a name or voted (net::VotingServer::roomChanged): the views follow.
    void roomChangedElsewhere() { Q_EMIT changed(); }

Q_SIGNALS:
    void changed();

private:
    /// Reports a refused or failed write as the session reports its own.
    bool done(const Status &status);

    AssessmentSession &m_session;
    QList<qint64> m_voters;
    workshop::VotingRoom m_room;
    QList<int> m_entryOrder; ///< voter indices in the order levels were typed
    QString m_statement;     ///< in view: the room's open round is on it, or it is decided
};

} // namespace wgll
