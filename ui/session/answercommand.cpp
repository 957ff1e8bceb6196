// SPDX-License-Identifier: GPL-3.0-or-later
#include "answercommand.h"

#include "assessmentsession.h"

namespace wgll {

AnswerCommand::AnswerCommand(AssessmentSession &session, Answer before, Answer after, const QString &text,
                             bool mergeable)
    : m_session(session), m_before(std::move(before)), m_after(std::move(after)), m_mergeable(mergeable)
{
    setText(text);
}

void AnswerCommand::redo()
{
    // The first redo is the edit itself, already applied and committed by the session before
    // the command was pushed; later redos re-apply it.
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    if (!m_session.apply(m_after))
        setObsolete(true);
}

void AnswerCommand::undo()
{
    if (!m_session.apply(m_before))
        setObsolete(true);
}

bool AnswerCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const AnswerCommand *>(other);
    if (!m_mergeable || !next->m_mergeable || next->m_after.indicator != m_after.indicator)
        return false;
    m_after = next->m_after;
    if (m_after == m_before)
        setObsolete(true); // typed back to where it started: nothing to undo
    return true;
}

} // namespace wgll
