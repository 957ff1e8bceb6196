// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMainWindow;

namespace wgll {

class ActionRegistry;
struct Scale;

/// Scoring from the keyboard as actions of the main window: the digits of the scale score the
/// selected statement, N marks it N/A (asking for the reason), Delete or Backspace clears it,
/// Enter moves on to the next statement. They work wherever the focus is in the statement area
/// (the navigator, the scoring panel, the overview) or when nothing has it (after the N/A
/// reason is entered), but a text field or spin box keeps the keys it types, the docks (the
/// workshop panel takes votes as digits) keep theirs, and the overview keeps Enter.
class ScoringKeys : public QObject
{
    Q_OBJECT
public:
    /// The statement area is the window's central widget.
    ScoringKeys(QMainWindow &window, ActionRegistry &registry);

    /// Offers the keys (those of `scale`'s levels) or withdraws them all: they are offered when
    /// a statement is selected and the assessment can be changed.
    void setAvailable(bool available, const Scale &scale);
    void withdraw();
    /// The panes where Enter moves on to the next statement (the navigator and the scoring
    /// panel); elsewhere the focus widget keeps it.
    void setEnterMovesOnIn(const QList<QPointer<QWidget>> &panes);

Q_SIGNALS:
    void scoreChosen(int level);
    void notApplicableChosen();
    void clearChosen();
    void nextChosen();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Whether the focus widget keeps a key the actions would otherwise take.
    bool focusKeepsKey(int key) const;

    QMainWindow &m_window;
    ActionRegistry &m_registry;
    QList<QAction *> m_actions;
    QList<QPointer<QWidget>> m_enterPanes;
};

} // namespace wgll
