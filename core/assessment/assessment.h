// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/boardpaper.h"
#include "assessment/textlimits.h"
#include "assessment/workshop.h"
#include "framework/framework.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wgll {

/// The answer to one indicator statement: an agreed score (a whole scale level), N/A with a
/// reason, or nothing yet; plus its target, weight, the assessors' confidence and notes.
struct Answer
{
    QString indicator;
    std::optional<int> score;      ///< unset = unscored (always unset when N/A)
    bool notApplicable = false;
    QString naReason;              ///< required when notApplicable
    std::optional<int> target;     ///< unset = the assessment's default target
    int weight = 1;                ///< 1–3
    std::optional<int> confidence; ///< 1 low, 2 medium, 3 high; unset = not stated
    QString notes;

    static constexpr int MinWeight = 1;
    static constexpr int MaxWeight = 3;
    static constexpr qsizetype MaxNotes = text::MaxLongText;

    friend bool operator==(const Answer &, const Answer &) = default;
};

/// An improvement action against one statement.
struct Action
{
    qint64 id = 0;
    QString indicator;
    QString text;
    QString owner;
    QDate due;
    QString status = QStringLiteral("open"); ///< "open", "in progress" or "done"

    /// The stored names of ActionStatus (statuses.h), in order.
    static QStringList statuses();
    friend bool operator==(const Action &, const Action &) = default;
};

/// A piece of evidence: a file kept inside the document, a link, or a note; linked to one or
/// more statements. File contents are not held here (they are streamed on demand).
struct Evidence
{
    enum class Kind { File, Link, Note };
    qint64 id = 0;
    Kind kind = Kind::Note;
    QString title;
    QString fileName;  ///< original file name (File)
    QString mediaType; ///< (File)
    qint64 size = 0;   ///< bytes (File)
    QString sha256;    ///< hex digest of the content (File)
    QString url;       ///< (Link)
    QString note;      ///< (Note)
    QDateTime added;
    QDate reviewBy;
    QStringList indicators;

    static constexpr qint64 MaxFileSize = 512LL * 1024 * 1024;
    static QString kindName(Kind kind);
    friend bool operator==(const Evidence &, const Evidence &) = default;
};

/// Who assessed what and when.
struct AssessmentInfo
{
    QString organisation;
    QString period;                           ///< e.g. "2026/27 Q3"
    QString status = QStringLiteral("draft"); ///< "draft" or "final"
    int defaultTarget = 4;
    QDateTime created;
    QDateTime modified;

    friend bool operator==(const AssessmentInfo &, const AssessmentInfo &) = default;
};

/// A whole assessment as plain data, read from a Document: what scoring, comparison, roll-up,
/// exports and reports work from.
struct Assessment
{
    AssessmentInfo info;
    Framework framework;
    QList<Answer> answers; ///< one per indicator, in framework order
    QList<Action> actions;
    QList<Evidence> evidence;
    /// When started from an earlier assessment (`new --baseline`): which one, in words.
    QString baseline;
    /// The statements whose score or N/A was set since this file was created, framework order.
    QStringList reassessed;
    /// Workshop sessions, attendance, votes and decisions.
    Workshop workshop;
    /// The board paper's cover sheet.
    CoverSheet cover;
    /// Every sign-off, oldest first; the last one is in force when it has not been reopened.
    QList<SignOff> signOffs;

    /// The revision being worked on or, when signed off, the one signed off: 1 + the number of
    /// sign-offs that were reopened.
    int revision() const;
    /// The sign-off in force, or null while the assessment is open for changes.
    const SignOff *signOffInForce() const;

    const Answer *answer(const QString &indicator) const;
    /// The target that applies to an answer: its own, else the assessment default.
    int effectiveTarget(const Answer &answer) const { return answer.target.value_or(info.defaultTarget); }
};

} // namespace wgll
