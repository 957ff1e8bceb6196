// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QKeySequence>
#include <QList>

class QAction;

namespace wgll {

/// The window's commands that have keyboard shortcuts, each under its own name.
enum class ActionId {
    Undo,
    Redo,
    NotApplicable,
    ClearScore,
    NextStatement,
    /// Score the statement at level 0 to 9 (a framework's scale lies within 0–10; the keys
    /// are the digits): scoreLevel(n).
    ScoreLevel0 = 100,
};

constexpr ActionId scoreLevel(int digit)
{
    return static_cast<ActionId>(static_cast<int>(ActionId::ScoreLevel0) + digit);
}

/// The window's actions and their shortcuts in one place (after Tiled's ActionManager). A key
/// sequence belongs to one action at most, and once in that action: Qt reports a key bound
/// twice as an "Ambiguous shortcut overload" and then does nothing at all, so the registry
/// refuses a second binding instead of leaving the user a dead key.
class ActionRegistry
{
public:
    /// Registers `action` under `id` with these shortcuts (platform bindings expanded, each key
    /// once, keys already bound to another registered action left out).
    void add(ActionId id, QAction *action, const QList<QKeySequence> &shortcuts);
    /// The action registered under `id`, or null.
    QAction *action(ActionId id) const { return m_actions.value(id); }
    QList<QAction *> actions() const { return m_actions.values(); }
    /// Every key sequence bound to a registered action.
    QList<QKeySequence> boundKeys() const;

    /// A standard key's bindings on this platform (QKeySequence::keyBindings) followed by `more`.
    static QList<QKeySequence> standardPlus(QKeySequence::StandardKey key, const QList<QKeySequence> &more);

private:
    QHash<ActionId, QAction *> m_actions;
};

} // namespace wgll
