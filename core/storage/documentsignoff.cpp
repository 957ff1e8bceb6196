// SPDX-License-Identifier: GPL-3.0-or-later
// The board paper in a Document: the cover sheet, signing off and reopening (issue 16). The
// guard that refuses every other edit while a sign-off is in force is Document::editableCheck(),
// on the path every edit takes (Document::edit).
#include "document.h"

#include "assessmentrows.h"
#include "assessment/coverrules.h"
#include "assessment/scoredcontent.h"
#include "assessment/textlimits.h"
#include "assessment/textrules.h"
#include "sqlite/database.h"

#include <QCryptographicHash>

namespace wgll::storage {

CoverSheet Document::cover() const
{
    return rows::readCover(*m_db);
}

QList<SignOff> Document::signOffs() const
{
    return rows::readSignOffs(*m_db);
}

QByteArray Document::signedContent(int revision) const
{
    return rows::readSignedContent(*m_db, revision);
}

Status Document::setCover(const CoverSheet &cover)
{
    if (const Status w = editableCheck(); !w)
        return w;
    if (const auto problem = coverrules::problemWith(cover))
        return fail(ErrorKind::BadData, *problem);
    const QString what = QStringLiteral("cannot change the cover sheet");
    return edit(what, [&](bool &changed) -> Status {
        changed = rows::readCover(*m_db) != cover;
        if (!changed)
            return {};
        sqlite::Statement s = m_db->prepare(
            "INSERT OR REPLACE INTO cover_sheet(id, meeting, meeting_date, agenda_item, report_title, purpose, "
            "recommendation, assurance, assurance_rationale, risks, author, executive_lead, previously_considered, "
            "executive_summary) VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
        s.bind(1, cover.meeting)
            .bind(2, cover.meetingDate.isValid() ? cover.meetingDate.toString(Qt::ISODate) : QString())
            .bind(3, cover.agendaItem)
            .bind(4, cover.reportTitle)
            .bind(5, cover.purpose)
            .bind(6, cover.recommendation)
            .bind(7, cover.assurance);
        s.bind(8, cover.assuranceRationale)
            .bind(9, cover.risks)
            .bind(10, cover.author)
            .bind(11, cover.executiveLead)
            .bind(12, cover.previouslyConsidered)
            .bind(13, cover.executiveSummary);
        return s.exec() ? Status() : sqlFail(what);
    });
}

Result<SignOff> Document::signOff(const QString &by, const QString &meeting)
{
    auto refuse = [&](const Status &status) {
        return status.error();
    };
    if (const Status w = editableCheck(); !w)
        return refuse(w);
    if (by.trimmed().isEmpty())
        return refuse(fail(ErrorKind::BadData, QStringLiteral("a sign-off needs the name of who signs it off")));
    if (const auto problem = text::problemWithText(by.trimmed(), text::Lines::Single, text::MaxName))
        return refuse(fail(ErrorKind::BadData, u"the name " + *problem));
    if (const auto problem = text::problemWithText(meeting.trimmed(), text::Lines::Single, text::MaxName))
        return refuse(fail(ErrorKind::BadData, u"the meeting " + *problem));
    const Assessment before = assessment();
    const bool anything = std::any_of(before.answers.begin(), before.answers.end(),
                                      [](const Answer &a) { return a.score || a.notApplicable; });
    if (!anything)
        return refuse(fail(ErrorKind::BadData, QStringLiteral("has nothing to sign off: no statement is scored or "
                                                              "marked N/A")));
    SignOff signed_;
    const QString what = QStringLiteral("cannot record the sign-off");
    const Status done = runEdit(
        what,
        [&](bool &) -> Status {
            // The hash of the content as read back from the file inside this transaction: what
            // is signed is exactly what is stored.
            const Assessment content = rows::readAssessment(*m_db, m_framework);
            const QByteArray bytes = scoredContent(content);
            signed_.revision = content.revision();
            signed_.by = by.trimmed();
            signed_.meeting = meeting.trimmed();
            signed_.at = QDateTime::fromString(now(), Qt::ISODateWithMs);
            signed_.contentSha256 =
                QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
            sqlite::Statement s = m_db->prepare("INSERT INTO signoff(revision, signed_by, signed_at, meeting, "
                                                "content_sha256, content) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
            s.bind(1, signed_.revision).bind(2, signed_.by).bind(3, signed_.at.toString(Qt::ISODateWithMs));
            s.bind(4, signed_.meeting).bind(5, signed_.contentSha256).bind(6, QString::fromUtf8(bytes));
            sqlite::Statement status = m_db->prepare("UPDATE assessment SET status = 'final' WHERE id = 1");
            return s.exec() && status.exec() ? Status() : sqlFail(what);
        },
        false);
    if (!done)
        return refuse(done);
    m_signOffInForce = signed_;
    return signed_;
}

Result<SignOff> Document::reopen(const QString &by)
{
    auto refuse = [&](const Status &status) {
        return status.error();
    };
    if (const Status w = writableCheck(); !w)
        return refuse(w);
    if (by.trimmed().isEmpty())
        return refuse(fail(ErrorKind::BadData, QStringLiteral("reopening needs the name of who reopens it")));
    if (const auto problem = text::problemWithText(by.trimmed(), text::Lines::Single, text::MaxName))
        return refuse(fail(ErrorKind::BadData, u"the name " + *problem));
    const QList<SignOff> list = signOffs();
    if (list.isEmpty() || !list.constLast().inForce())
        return refuse(fail(ErrorKind::BadData, QStringLiteral("is not signed off: there is nothing to reopen")));
    SignOff reopened = list.constLast();
    reopened.reopenedBy = by.trimmed();
    reopened.reopenedAt = QDateTime::fromString(now(), Qt::ISODateWithMs);
    const QString what = QStringLiteral("cannot reopen the assessment");
    const Status done = runEdit(
        what,
        [&](bool &) -> Status {
            sqlite::Statement s =
                m_db->prepare("UPDATE signoff SET reopened_by = ?2, reopened_at = ?3 WHERE revision = ?1");
            s.bind(1, reopened.revision).bind(2, reopened.reopenedBy);
            s.bind(3, reopened.reopenedAt.toString(Qt::ISODateWithMs));
            sqlite::Statement status = m_db->prepare("UPDATE assessment SET status = 'draft' WHERE id = 1");
            return s.exec() && status.exec() ? Status() : sqlFail(what);
        },
        true);
    if (!done)
        return refuse(done);
    m_signOffInForce.reset();
    return reopened;
}

Status Document::verifySignOff() const
{
    const Assessment a = assessment();
    const SignOff *inForce = a.signOffInForce();
    if (!inForce)
        return {};
    const QString actual = scoredContentSha256(a);
    if (actual != inForce->contentSha256)
        return fail(ErrorKind::BadData,
                    u"signed-off content was changed after sign-off (revision " + QString::number(inForce->revision) +
                        u" was signed off by " + inForce->by + u" with SHA-256 " + inForce->contentSha256 +
                        u"; the content now has " + actual + u')');
    return {};
}

} // namespace wgll::storage
