// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace wgll {

/// What an NHS board paper opens with: the cover sheet. Every field is optional; a report prints
/// only the fields that are filled in, never a blank.
struct CoverSheet
{
    QString meeting;              ///< e.g. "Trust Board (public)"
    QDate meetingDate;
    QString agendaItem;           ///< e.g. "8.2"
    QString reportTitle;          ///< when empty, reports use their own title
    QString purpose;              ///< one of purposes(), or empty
    QString recommendation;       ///< what the board is asked to do
    QString assurance;            ///< one of assuranceLevels(), or empty
    QString assuranceRationale;   ///< why that level is given
    QString risks;                ///< links to the board assurance framework and strategic risks, one per line
    QString author;
    QString executiveLead;
    QString previouslyConsidered; ///< where the paper went before, e.g. "Digital Committee, 4 November 2026"
    QString executiveSummary;

    /// The purposes NHS cover sheets use, in the order they are offered.
    static QStringList purposes()
    {
        return {QStringLiteral("Approval"), QStringLiteral("Assurance"), QStringLiteral("Discussion"),
                QStringLiteral("Information")};
    }
    /// The levels of assurance in the wording most NHS boards use.
    static QStringList assuranceLevels()
    {
        return {QStringLiteral("Substantial"), QStringLiteral("Reasonable"), QStringLiteral("Limited"),
                QStringLiteral("No assurance")};
    }
    bool isEmpty() const { return *this == CoverSheet(); }
    /// Every field as text, in the order of an NHS cover sheet, under the key the JSON export,
    /// `wgll details --format json` and the scored content use (the date as YYYY-MM-DD, empty
    /// when unset).
    QList<std::pair<QString, QString>> fields() const
    {
        return {{QStringLiteral("meeting"), meeting},
                {QStringLiteral("meetingDate"), meetingDate.isValid() ? meetingDate.toString(Qt::ISODate) : QString()},
                {QStringLiteral("agendaItem"), agendaItem},
                {QStringLiteral("reportTitle"), reportTitle},
                {QStringLiteral("purpose"), purpose},
                {QStringLiteral("recommendation"), recommendation},
                {QStringLiteral("assurance"), assurance},
                {QStringLiteral("assuranceRationale"), assuranceRationale},
                {QStringLiteral("risks"), risks},
                {QStringLiteral("author"), author},
                {QStringLiteral("executiveLead"), executiveLead},
                {QStringLiteral("previouslyConsidered"), previouslyConsidered},
                {QStringLiteral("executiveSummary"), executiveSummary}};
    }
    friend bool operator==(const CoverSheet &, const CoverSheet &) = default;
};

/// One sign-off of the assessment: who marked it final, when, at which meeting, and the SHA-256 of
/// the scored content at that moment (scoredContentSha256). A sign-off stays in force until someone
/// reopens the assessment for changes; the reopened one is kept, and a new revision begins.
struct SignOff
{
    int revision = 1;   ///< the revision that was signed off (1, 2, …)
    QString by;
    QDateTime at;       ///< UTC
    QString meeting;
    QString contentSha256; ///< 64 lower-case hex digits
    QString reopenedBy;    ///< empty while the sign-off is in force
    QDateTime reopenedAt;

    bool inForce() const { return reopenedBy.isEmpty() && !reopenedAt.isValid(); }
    friend bool operator==(const SignOff &, const SignOff &) = default;
};

} // namespace wgll
