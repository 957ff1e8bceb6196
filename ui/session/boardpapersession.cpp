// SPDX-License-Identifier: GPL-3.0-or-later
// AssessmentSession's board paper edits: the cover sheet, signing off and reopening.
#include "assessmentsession.h"

#include "storage/document.h"

namespace wgll {

bool AssessmentSession::setCover(const CoverSheet &cover)
{
    if (const Status s = m_document->setCover(cover); !s) {
        Q_EMIT failed(s.error().toString());
        return false;
    }
    m_assessment.cover = m_document->cover();
    Q_EMIT coverChanged();
    return true;
}

bool AssessmentSession::signOff(const QString &by, const QString &meeting)
{
    Error error;
    if (!wgll::take(m_document->signOff(by, meeting), error)) {
        Q_EMIT failed(error.toString());
        return false;
    }
    // An undo now would be refused by the document: the history ends at the sign-off.
    m_undo.clear();
    reload();
    Q_EMIT signOffChanged();
    Q_EMIT detailsChanged(); // the status is final
    return true;
}

bool AssessmentSession::reopen(const QString &by)
{
    Error error;
    if (!wgll::take(m_document->reopen(by), error)) {
        Q_EMIT failed(error.toString());
        return false;
    }
    reload();
    Q_EMIT signOffChanged();
    Q_EMIT detailsChanged();
    return true;
}

} // namespace wgll
