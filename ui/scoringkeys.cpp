// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoringkeys.h"

#include "actionregistry.h"
#include "framework/scale.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QTextEdit>

#include <algorithm>

namespace wgll {

namespace {

bool isScoringKey(int key)
{
    return (key >= Qt::Key_0 && key <= Qt::Key_9) || key == Qt::Key_N || key == Qt::Key_Delete ||
           key == Qt::Key_Backspace || key == Qt::Key_Return || key == Qt::Key_Enter;
}

} // namespace

ScoringKeys::ScoringKeys(QMainWindow &window, ActionRegistry &registry)
    : QObject(&window), m_window(window), m_registry(registry)
{
    const auto add = [this](ActionId id, const QString &text, const QList<QKeySequence> &keys) {
        auto *action = new QAction(text, &m_window);
        action->setEnabled(false);
        m_window.addAction(action); // a window shortcut: it works without a menu, focus anywhere
        m_registry.add(id, action, keys);
        m_actions.append(action);
        return action;
    };
    for (int digit = 0; digit <= 9; ++digit) {
        QAction *level =
            add(scoreLevel(digit), tr("Score Level %1").arg(digit), {QKeySequence(Qt::Key_0 + digit)});
        connect(level, &QAction::triggered, this, [this, digit] { Q_EMIT scoreChosen(digit); });
    }
    connect(add(ActionId::NotApplicable, tr("Not Applicable…"), {QKeySequence(Qt::Key_N)}),
            &QAction::triggered, this, &ScoringKeys::notApplicableChosen);
    connect(add(ActionId::ClearScore, tr("Clear Score"),
                {QKeySequence(Qt::Key_Delete), QKeySequence(Qt::Key_Backspace)}),
            &QAction::triggered, this, &ScoringKeys::clearChosen);
    connect(add(ActionId::NextStatement, tr("Next Statement"),
                {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}),
            &QAction::triggered, this, &ScoringKeys::nextChosen);
    // Before a shortcut fires Qt asks the focus widget and its parents, up to this window,
    // whether they want the key themselves (ShortcutOverride).
    m_window.installEventFilter(this);
}

void ScoringKeys::setAvailable(bool available, const Scale &scale)
{
    for (QAction *a : std::as_const(m_actions))
        a->setEnabled(available);
    for (int digit = 0; digit <= 9; ++digit)
        m_registry.action(scoreLevel(digit))->setEnabled(available && scale.contains(digit));
}

void ScoringKeys::withdraw()
{
    for (QAction *a : std::as_const(m_actions))
        a->setEnabled(false);
}

bool ScoringKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != &m_window ||
        (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress))
        return QObject::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if ((key->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier || !isScoringKey(key->key()))
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride && focusKeepsKey(key->key())) {
        key->accept(); // the key goes to the focus widget as typed, not to the action
        return true;
    }
    // Enter that a field used and passed on (QLineEdit does), having let the focus go because
    // what was typed is accepted (the N/A reason): on to the next statement, as before the keys
    // were actions. A refused reason keeps the focus, and the user stays to correct it.
    QAction *next = m_registry.action(ActionId::NextStatement);
    if (event->type() == QEvent::KeyPress && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
        !QApplication::focusWidget() && next->isEnabled()) {
        next->trigger();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void ScoringKeys::setEnterMovesOnIn(const QList<QPointer<QWidget>> &panes)
{
    m_enterPanes = panes;
}

bool ScoringKeys::focusKeepsKey(int key) const
{
    const QWidget *focus = QApplication::focusWidget();
    if (!focus || focus == &m_window)
        return false;
    const auto within = [focus](const QWidget *area) {
        return area && (focus == area || area->isAncestorOf(focus));
    };
    // The docks (workshop panel, history) are not the statement area: their keys are theirs.
    if (!within(m_window.centralWidget()))
        return true;
    // Elsewhere in the statement area (the overview) Enter is the pane's: the gap list jumps
    // to the statement chosen with it.
    if ((key == Qt::Key_Return || key == Qt::Key_Enter) &&
        std::none_of(m_enterPanes.begin(), m_enterPanes.end(), within))
        return true;
    // Text fields take what they type; a QLineEdit or spin box also acts on Enter (the N/A
    // reason is entered with it), which Qt would otherwise give to Next Statement.
    const bool text = qobject_cast<const QLineEdit *>(focus) || qobject_cast<const QPlainTextEdit *>(focus) ||
                      qobject_cast<const QTextEdit *>(focus) || qobject_cast<const QAbstractSpinBox *>(focus);
    return text;
}

} // namespace wgll
