// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailscommand.h"

#include "assessmentsession.h"

namespace wgll {

DetailsCommand::DetailsCommand(AssessmentSession &session, AssessmentInfo before, AssessmentInfo after)
    : m_session(session), m_before(std::move(before)), m_after(std::move(after))
{
    setText(m_before.status != m_after.status && m_after.status == u"final"
                ? AssessmentSession::tr("Mark the assessment final")
                : AssessmentSession::tr("Change the assessment details"));
}

void DetailsCommand::redo()
{
    // As with AnswerCommand, the first redo is the edit the session has already committed.
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    if (!m_session.applyDetails(m_after))
        setObsolete(true);
}

void DetailsCommand::undo()
{
    if (!m_session.applyDetails(m_before))
        setObsolete(true);
}

} // namespace wgll
