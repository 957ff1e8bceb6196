// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workshop/votes.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace wgll {

/// Someone who takes part in scoring workshops.
struct Participant
{
    qint64 id = 0;
    QString name;
    QString role;
    QString organisation;

    friend bool operator==(const Participant &, const Participant &) = default;
};

/// One workshop: when, who ran it, who came (present) and who sent apologies.
struct WorkshopSession
{
    struct Attendance
    {
        qint64 participant = 0;
        QString status = QStringLiteral("present"); ///< "present" or "apologies"
        friend bool operator==(const Attendance &, const Attendance &) = default;
    };
    qint64 id = 0;
    QString title;
    QDate date;
    QString facilitator;
    QList<Attendance> attendance;
    /// When the room's votes count as disagreement, chosen before the session (format 3).
    workshop::DisagreementRule disagreementRule = workshop::DisagreementRule::Range;

    friend bool operator==(const WorkshopSession &, const WorkshopSession &) = default;
};

/// One participant's level for one statement in one session (blind until revealed).
struct Vote
{
    qint64 session = 0;
    qint64 participant = 0;
    QString indicator;
    int score = 0;
    QDateTime castAt;

    friend bool operator==(const Vote &, const Vote &) = default;
};

/// A participant who answered "can't say" in a round: counted as taking part, with no level.
struct CantSay
{
    qint64 session = 0;
    qint64 participant = 0;
    QString indicator;
    QDateTime castAt;

    friend bool operator==(const CantSay &, const CantSay &) = default;
};

/// A round whose answers are not revealed yet: all anyone outside the room is told of it is how
/// many have answered (a report or export made mid-round must not break the vote's blindness).
struct BlindRound
{
    qint64 session = 0;
    QString indicator;
    int answered = 0;

    friend bool operator==(const BlindRound &, const BlindRound &) = default;
};

/// A name claimed on the voting page from a device (its address and browser), or freed again by
/// the facilitator: the session's record of who voted from where (issue 18).
struct Claim
{
    qint64 id = 0;
    qint64 session = 0;
    qint64 participant = 0;
    QString device; ///< empty for a release
    QDateTime at;
    bool released = false;

    friend bool operator==(const Claim &, const Claim &) = default;
};

/// What the room agreed, with why and any dissent; `indicator` empty for a general decision.
struct Decision
{
    qint64 id = 0;
    qint64 session = 0; ///< 0: not made in a session
    QString indicator;
    QString text;
    QString rationale;
    QString dissent;
    QDateTime recorded;

    friend bool operator==(const Decision &, const Decision &) = default;
};

/// The workshop record of an assessment.
struct Workshop
{
    QList<Participant> participants;
    QList<WorkshopSession> sessions; ///< oldest first
    QList<Vote> votes;          ///< revealed rounds only
    QList<CantSay> cantSays;    ///< revealed rounds only
    QList<BlindRound> blindRounds;
    QList<Claim> claims; ///< oldest first
    QList<Decision> decisions;

    const Participant *participant(qint64 id) const;
    /// The votes on `indicator` of the latest session that voted on it (what the room said last
    /// time it was discussed); empty when none has.
    QList<int> latestVotes(const QString &indicator) const;
    /// latestVotes() of every statement voted on, in one pass over the votes (asking statement
    /// by statement is quadratic: 2,000 statements × 60,000 votes).
    QHash<QString, QList<int>> latestVotesByIndicator() const;
    /// The disagreement rule of the session latestVotes() comes from, per statement voted on:
    /// the votes are judged by the rule the room chose when it cast them.
    QHash<QString, workshop::DisagreementRule> latestRuleByIndicator() const;
};

} // namespace wgll
