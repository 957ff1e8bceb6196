// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"

#include <QUndoCommand>

namespace wgll {

class AssessmentSession;

/// The one undoable change: a statement's answer from `before` to `after`. Typing in a notes
/// field merges into one command per statement, so undo takes back the whole edit, not a
/// keystroke. Private to the session: views call AssessmentSession's front end.
class AnswerCommand : public QUndoCommand
{
public:
    enum { Id = 1 };
    AnswerCommand(AssessmentSession &session, Answer before, Answer after, const QString &text,
                  bool mergeable);

    void undo() override;
    void redo() override;
    int id() const override { return Id; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    AssessmentSession &m_session;
    Answer m_before;
    Answer m_after;
    bool m_mergeable;
    bool m_firstRedo = true;
};

} // namespace wgll
