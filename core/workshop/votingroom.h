// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/workshop.h"
#include "util/result.h"
#include "util/status.h"
#include "workshop/votes.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace wgll::storage {
class Document;
}

namespace wgll::workshop {

/// What a participant answers: a level of the scale, or "can't say" (no level).
using Choice = std::optional<int>;

/// The state of one phone-voting session over an open document (issue 18): who may vote (the
/// attendance register), which phone claimed which name, the statement being voted on and its
/// round, and the votes. Blind: until reveal() nobody is told a level but the voter themself;
/// the facilitator sees only who has voted. Each vote is written to the document the moment it
/// arrives (Document::castVote, one durable transaction), so a crash loses none.
///
/// Round 1 of every statement is voted in the room's own workshop session; a second round
/// (revote(), Delphi style) is voted in a session of its own, "TITLE (round 2)", with the same
/// register, so both rounds stay in the file and the record, and the latest round is what the
/// scorecard reads (Workshop::latestVotes).
///
/// No network here: the voting API (votingapi.h) turns requests into calls on this object.
class VotingRoom
{
public:
    struct Voter
    {
        qint64 participant = 0;
        QString name;
    };
    enum class Phase { Closed, Voting, Revealed };
    /// "6 of 8 voted" and who is still to vote; never a level.
    struct Count
    {
        int voted = 0;
        int of = 0;
        QStringList waiting;
    };
    /// What reveal() shows: the spread of the levels and how many could not say.
    struct Outcome
    {
        std::optional<VoteSummary> summary;
        int cantSay = 0;
    };
    /// One name claimed from a device: kept for the record of the session.
    struct ClaimRecord
    {
        QString name;
        QString device;
        QDateTime at;
        bool released = false;
    };

    /// Starts a session titled `title` today with `names` (found by name in the register, or
    /// added) all present, and a room over it: one transaction for the session and attendance.
    /// Its votes are judged by `rule`, kept with the session in the file.
    static Result<VotingRoom> start(storage::Document &doc, const QString &title, const QString &facilitator,
                                    const QStringList &names, DisagreementRule rule = DisagreementRule::Range);
    /// A room over a session already recorded (the window's Start Session dialog records it,
    /// with roles and apologies): `voters` are its people present, in register order. A session
    /// with rounds in the file (the window or host was stopped or crashed) is taken up where it
    /// was: a round still blind comes back with its answers when its statement is opened, and a
    /// statement's next round follows the last one in the file.
    static VotingRoom over(storage::Document &doc, const WorkshopSession &session, QList<Voter> voters);

    /// Where the voting page is served (or was, when the workbench stopped while phones voted).
    struct Endpoint
    {
        QString address;
        quint16 port = 0;
    };
    /// Where the page is served now (keepLink()), none when it is not.
    const std::optional<Endpoint> &servedAt() const { return m_servedAt; }
    /// Where phones were voting when the workbench stopped, as this user's own file kept it
    /// (Document::votingLink verifies its seal); none when they were not, or once it is taken
    /// up or dropped.
    std::optional<Endpoint> keptLink() const;
    /// The page is to be served at keptLink() again: its secret and claims are taken up, so
    /// every phone still open on it reconnects as the voter it was. Call before serving.
    void takeUpKeptLink();
    /// The page will not be served at keptLink() (declined, or it cannot be): a new secret, no
    /// name claimed, and the kept link leaves the file. Also after takeUpKeptLink() when serving
    /// there failed.
    Status dropKeptLink();
    /// The voting page is served at `address`:`port`: kept in the file with the secret and the
    /// tokens' digests (Document::keepVotingLink), until forgetLink().
    Status keepLink(const QString &address, quint16 port);
    /// Phones stopped voting: the address, secret and digests leave the file.
    Status forgetLink();

    /// The session secret in the join address: 128 random bits, 32 hexadecimal digits, the
    /// kept one after takeUpKeptLink().
    const QByteArray &secret() const { return m_secret; }
    const QList<Voter> &voters() const { return m_voters; }
    qint64 session() const { return m_rounds.first(); }
    const QString &title() const { return m_session.title; }
    storage::Document &document() const { return *m_doc; }

    /// Gives `voter` to the phone that asks first: a fresh random token it votes with. Conflict
    /// when the name is already claimed. `device` (address and browser, cleaned of control
    /// characters) goes into the claim log, in memory and in the file (Document::recordClaim)
    /// before the token is given; when the file cannot take it, the claim is refused.
    Result<QByteArray> claim(int voter, const QString &device);
    /// The facilitator frees a claimed name (a phone lost or the wrong name picked); its token
    /// stops working. False when the name was not claimed, or the release could not be logged
    /// in the file (then the claim stands).
    bool release(int voter);
    bool isClaimed(int voter) const { return m_tokenDigests.contains(voter); }
    /// The voter holding `token`, or -1; compares with every token in constant time.
    int voterWithToken(const QByteArray &token) const;
    const QList<ClaimRecord> &claimLog() const { return m_claimLog; }

    /// Opens a vote on `indicator`: its next round (the first when it has none yet in this room).
    /// A round left before its reveal (the facilitator looked at another statement) is taken up
    /// again with the votes it had, not replaced by a new one.
    Status open(const QString &indicator);
    /// Records `choice` for `voter` (replacing an earlier one) and writes it to the document.
    /// Conflict when no round is open or its votes are revealed.
    Status vote(int voter, Choice choice);
    /// Takes `voter`'s vote back (the facilitator typed it by mistake): removed from the
    /// document too, and they count as not voted. Conflict as vote().
    Status withdraw(int voter);
    /// A show of hands: the voters in register order get `levels`, the rest no vote, all
    /// written in one transaction (all or nothing). Conflict as vote(); BadData for more
    /// levels than voters or a level off the scale.
    Status voteAll(const QList<int> &levels);
    /// Shows the round's votes; Conflict when none is open, or nobody has voted yet.
    Status reveal();
    /// After reveal: a second (third, …) round on the same statement, every vote cleared.
    Status revote();
    /// After reveal: records `level` as the statement's score and the decision with its
    /// rationale, and closes the round.
    Status agree(int level, const QString &rationale);
    /// Closes the round without a decision (its votes stay in the file).
    void close();
    /// Leaves the statement as open() does for another one (an unrevealed round is kept, to be
    /// taken up again), with no round open afterwards: the window went to a decided statement.
    void leave();
    /// A round on `indicator` was left before its reveal: open() takes it up again.
    bool hasPendingRound(const QString &indicator) const { return m_pending.contains(indicator); }

    Phase phase() const { return m_phase; }
    QString statement() const { return m_statement; }
    int round() const { return m_round; }
    /// The workshop session the open round's votes are recorded in (0 before its first vote):
    /// its decision belongs there too.
    qint64 roundSessionId() const { return m_rounds.value(m_round - 1, 0); }
    /// A random value naming the open round: a vote sent for another round (a replayed request)
    /// is refused by it.
    const QByteArray &ballot() const { return m_ballot; }
    /// The voter's own choice, when they have made one (for their phone only).
    std::optional<Choice> choiceOf(int voter) const { return m_choices.value(voter); }
    Count count() const;
    /// Runs `body` (a burst of votes from phones) so that its writes share one durable commit
    /// (Document::inOneTransaction): one fsync for the burst instead of one per vote. When that
    /// commit fails, the room forgets what `body` changed, as the file does, so it never counts
    /// a vote the file does not hold; the failure is returned.
    Status inOneCommit(const std::function<Status()> &body);
    /// The spread: only once revealed (blind until then).
    std::optional<Outcome> outcome() const;

    static QByteArray randomHex128();
    /// The SHA-256 of a phone's token, in hexadecimal: what the room and the file keep.
    static QByteArray digestOf(const QByteArray &token);
    static bool sameSecret(const QByteArray &a, const QByteArray &b);

private:
    VotingRoom(storage::Document &doc, WorkshopSession session, QList<Voter> voters);
    Result<qint64> roundSession(int round);
    /// Reads the session's rounds back from the file (over()).
    void takeUpFromFile();
    /// The voting link and claim log kept for the session (takeUpFromFile()).
    void takeUpLink(const Workshop &w);
    /// Round 1 is voted in the session itself, round N in "TITLE (round N)".
    QString roundTitle(int round) const;
    void startRound(int round);
    /// Why a vote cannot be taken now (no round open, or revealed), or nothing.
    std::optional<Error> closedToVotes() const;
    /// A round left unrevealed: its number and its votes, to take it up again.
    struct Pending
    {
        int round = 0;
        QList<std::optional<Choice>> choices;
    };

    storage::Document *m_doc;
    WorkshopSession m_session; ///< round 1's session, its register copied into later rounds'
    QList<Voter> m_voters;
    QByteArray m_secret;
    QHash<int, QByteArray> m_tokenDigests; ///< voter index → SHA-256 of their phone's token (digestOf())
    std::optional<Endpoint> m_servedAt;
    /// The link the file kept, not yet taken up: where, the secret, and voter index → digest.
    struct Kept
    {
        Endpoint at;
        QByteArray secret;
        QHash<int, QByteArray> tokenDigests;
    };
    std::optional<Kept> m_kept;
    QList<ClaimRecord> m_claimLog;
    QList<qint64> m_rounds; ///< workshop session of round N at N - 1
    QHash<QString, int> m_lastRound; ///< statement → the last round with a vote on it
    Phase m_phase = Phase::Closed;
    QString m_statement;
    int m_round = 0;
    QByteArray m_ballot;
    QList<std::optional<Choice>> m_choices; ///< per voter: unset = not voted yet
    QHash<QString, Pending> m_pending;      ///< statement → its round left before the reveal
};

} // namespace wgll::workshop
