// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/edit.h"
#include "util/result.h"

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace wgll {

/// The ids of the undo commands. QUndoStack tries to merge a command only into one with the same
/// id, so each kind of value has its own.
enum class CommandId { Answer = 1, Details = 2 };

/// The one undoable edit (after Tiled's ChangeValue<T>): a value from `before` to `after`, written
/// by `write`, which makes the one core call that validates, writes durably and says whether
/// anything changed. Pushing the command runs redo(), which is the edit itself: there is no
/// "already done" first redo. A redo or undo that was refused or changed nothing marks the command
/// obsolete, so QUndoStack drops it instead of keeping a step that undoes nothing.
///
/// Commands with the same non-empty merge key merge (typing in a notes field: one step per
/// statement, not per keystroke); a run typed back to where it started leaves no step.
///
/// Ownership: the session creates commands and the undo stack owns them; `write` is a private
/// member of the session bound by it, so nothing but a command can reach the session's mutators.
/// Private to ui/session: views call AssessmentSession's front end.
template<typename T>
class ChangeValue final : public QUndoCommand
{
public:
    /// Writes `value` through one core call; `what` (the command's text) names a refused edit.
    using Write = std::function<Result<Edit>(const T &value, const QString &what)>;

    ChangeValue(CommandId id, Write write, T before, T after, const QString &text, QString mergeKey = {})
        : m_id(id), m_write(std::move(write)), m_before(std::move(before)), m_after(std::move(after)),
          m_mergeKey(std::move(mergeKey))
    {
        setText(text);
    }

    void redo() override { write(m_after); }
    void undo() override { write(m_before); }
    int id() const override { return static_cast<int>(m_id); }

    bool mergeWith(const QUndoCommand *other) override
    {
        // The same id means the same T: one id per value type.
        const auto *next = static_cast<const ChangeValue *>(other);
        if (m_mergeKey.isEmpty() || next->m_mergeKey != m_mergeKey || next->isObsolete())
            return false;
        m_after = next->m_after;
        setObsolete(m_after == m_before); // typed back to where it started: nothing to undo
        return true;
    }

private:
    void write(const T &value)
    {
        const Result<Edit> done = m_write(value, text());
        if (!done || *done == Edit::Unchanged)
            setObsolete(true);
    }

    CommandId m_id;
    Write m_write;
    T m_before;
    T m_after;
    QString m_mergeKey;
};

} // namespace wgll
