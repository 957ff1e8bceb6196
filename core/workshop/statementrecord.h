// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/workshop.h"

#include <QList>
#include <QString>

#include <optional>

namespace wgll::workshop {

/// The text an agreed score is recorded under ("Agreed score 4"): the file's wording, never
/// translated, so that the record of a decided statement is found whatever the window's language.
QString agreedText(int level);
/// The level of a decision recorded by agreedText(), or nothing for any other decision.
std::optional<int> agreedLevel(const Decision &decision);

/// What the room decided on one statement (issue 18, item 5): the latest agreed score with its
/// rationale and dissent, and the rounds of votes that led to it, oldest first. Going back to a
/// decided statement shows this, not a fresh vote.
struct StatementRecord
{
    struct Round
    {
        qint64 session = 0;
        QString title; ///< the workshop session's title ("Board workshop (round 2)")
        QList<int> votes;
        DisagreementRule rule = DisagreementRule::Range; ///< the session's
    };
    Decision decision; ///< the latest "Agreed score N" decision on the statement
    int agreed = 0;
    QList<Round> rounds; ///< the sessions that voted on it up to the decision, oldest first
};

/// The record of `indicator`, or nothing when no session has agreed a score on it.
std::optional<StatementRecord> decidedRecord(const Workshop &workshop, const QString &indicator);

} // namespace wgll::workshop
