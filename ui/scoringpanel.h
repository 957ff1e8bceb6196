// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QButtonGroup;
class QLabel;
class QLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimer;
class QVBoxLayout;

namespace wgll {

class AssessmentSession;
class ActionsPanel;
class EvidencePanel;

/// The statement being scored, large and readable, with everything that is decided about it:
/// the level buttons 1–5 (label and descriptor), N/A with its required reason, target, weight
/// and notes. Every control writes through the session, so each change is undoable and
/// durable; the panel redraws from the session when anything changes (including undo).
class ScoringPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ScoringPanel(AssessmentSession &session, QWidget *parent = nullptr);

    QString statement() const { return m_id; }
    void setStatement(const QString &id);
    /// Starts marking the statement N/A: shows the reason field and puts the cursor in it. The
    /// statement becomes N/A only once a reason is entered.
    void beginNotApplicable();
    /// Writes any notes still being typed (called before saving and on leaving the statement).
    void flushNotes();
    void setReadOnly(bool readOnly);
    EvidencePanel *evidence() const { return m_evidence; }

private:
    void buildStatementText(QVBoxLayout &layout);
    /// The level buttons 1–5 and N/A in a row.
    QLayout *buildLevelButtons();
    /// Target, weight, notes, evidence and actions.
    QLayout *buildDetailsForm();
    void connectControls();
    void refresh();
    /// Clears everything of the last statement when a measure (or nothing) is chosen.
    void showNoStatement();
    void commitReason();

    AssessmentSession &m_session;
    QString m_id;
    bool m_readOnly = false;
    bool m_refreshing = false;
    /// The notes in the editor were refused (too long, a control character): they stay in the
    /// editor, not replaced by the saved notes, until they are accepted or another statement is
    /// chosen.
    bool m_notesRefused = false;
    QLabel *m_heading = nullptr;
    QLabel *m_text = nullptr;
    QLabel *m_summary = nullptr;
    QButtonGroup *m_levels = nullptr;
    QPushButton *m_notApplicable = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_descriptor = nullptr;
    QSpinBox *m_target = nullptr;
    QSpinBox *m_weight = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QTimer *m_notesTimer = nullptr;
    EvidencePanel *m_evidence = nullptr;
    ActionsPanel *m_actions = nullptr;
};

} // namespace wgll
