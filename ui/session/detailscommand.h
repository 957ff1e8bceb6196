// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"

#include <QUndoCommand>

namespace wgll {

class AssessmentSession;

/// An undoable change of the assessment's details (organisation, period, draft or final, default
/// target). On the undo stack like a score, since a default target changes every gap.
class DetailsCommand : public QUndoCommand
{
public:
    DetailsCommand(AssessmentSession &session, AssessmentInfo before, AssessmentInfo after);

    void undo() override;
    void redo() override;

private:
    AssessmentSession &m_session;
    AssessmentInfo m_before;
    AssessmentInfo m_after;
    bool m_firstRedo = true;
};

} // namespace wgll
