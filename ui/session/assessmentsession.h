// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/scorecard.h"
#include "util/edit.h"
#include "util/result.h"
#include "util/status.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace wgll::storage {
class Document;
}

namespace wgll {

/// One open assessment as the window sees it: the Document, its undo stack, and the scorecard
/// computed from it. The one place views change the assessment (so every change is undoable and
/// durable) and the one notifier they listen to (so every view stays in step).
///
/// A score or details edit crosses into core once: the front end below pushes a ChangeValue
/// command, whose redo() calls the one Document function that validates, writes durably and
/// says whether anything changed (Document::changeAnswer, ::changeInfo). A refused edit or one
/// that changes nothing leaves no undo step. The mutators the commands call are private. Each
/// edit is committed to the working copy before the call returns; a refusal or failure is
/// reported through `failed` and changes nothing on screen. Each change is notified once, with
/// what changed (the statement, or the details).
class AssessmentSession : public QObject
{
    Q_OBJECT
public:
    /// Takes ownership of an open document.
    explicit AssessmentSession(std::unique_ptr<storage::Document> document, QObject *parent = nullptr);
    ~AssessmentSession() override;

    storage::Document &document() const { return *m_document; }
    QUndoStack *undoStack() { return &m_undo; }
    const Assessment &assessment() const { return m_assessment; }
    const Scorecard &scorecard() const { return m_scorecard; }
    const Framework &framework() const { return m_assessment.framework; }
    Answer answer(const QString &indicator) const;
    /// Evidence items linked to a statement.
    int evidenceCount(const QString &indicator) const;

    // The front end every view uses. Each returns false (after `failed`) when refused, true when
    // done or when there was nothing to change.
    bool setScore(const QString &indicator, int level);
    bool setNotApplicable(const QString &indicator, const QString &reason);
    bool clearScore(const QString &indicator);
    bool setTarget(const QString &indicator, std::optional<int> target);
    bool setWeight(const QString &indicator, int weight);
    bool setNotes(const QString &indicator, const QString &notes);

    /// Organisation, period, draft or final, and the default target: undoable, like a score.
    bool setDetails(const AssessmentInfo &details);

    // Evidence, stored in the document. Not on the undo stack: removing asks first instead.
    bool attachFile(const QString &indicator, const QString &path, const QString &title = {});
    bool addLink(const QString &indicator, const QString &url, const QString &title);
    bool addNote(const QString &indicator, const QString &note, const QString &title);
    bool removeEvidence(qint64 id);
    /// The evidence linked to one statement, in the order added.
    QList<Evidence> evidenceFor(const QString &indicator) const;
    /// Writes a stored file to `outFile` after checking its SHA-256.
    Status extractEvidence(qint64 id, const QString &outFile) const;

    // Improvement actions against a statement. Not on the undo stack either.
    std::optional<qint64> addAction(const Action &action);
    bool updateAction(const Action &action);
    bool removeAction(qint64 id);
    QList<Action> actionsFor(const QString &indicator) const;

    // The workshop record. Not on the undo stack: a vote or a decision records what happened.
    const Workshop &workshop() const { return m_assessment.workshop; }
    std::optional<qint64> addParticipant(const Participant &participant);
    std::optional<qint64> startWorkshopSession(const WorkshopSession &session);
    bool setVotes(qint64 session, const QString &indicator, const QList<std::pair<qint64, int>> &votes);
    /// The workshop record was written through core directly (a workshop::VotingRoom's typed
    /// and phones' votes): reads it back, with the scorecard's vote figures, and notifies.
    void workshopWritten();
    std::optional<qint64> recordDecision(const Decision &decision);
    /// Whether recordDecision() would take `decision`; if not, says why (`failed`). For an edit
    /// made of two steps (a score, then its decision) to check the second before the first.
    bool acceptsDecision(const Decision &decision);
    /// While a workshop session runs, actions added are also logged as its decisions.
    void setWorkshopSession(qint64 session) { m_workshopSession = session; }

    // The board paper (boardpapersession.cpp). Not on the undo stack: signing off is a record
    // of approval, and it ends the undo history (nothing before it may be undone while signed off).
    bool setCover(const CoverSheet &cover);
    bool signOff(const QString &by, const QString &meeting);
    bool reopen(const QString &by);
    /// The sign-off in force, or null while the assessment is open for changes.
    const SignOff *signOffInForce() const { return m_assessment.signOffInForce(); }

    /// The author recorded in the change history.
    void setAuthor(const QString &author) { m_author = author; }

Q_SIGNALS:
    /// A statement's answer changed (edit, undo or redo); the scorecard is already updated.
    void answerChanged(const QString &indicator);
    /// The assessment's details changed; with the default target, every statement's target may
    /// have too, so views showing targets or gaps refresh whole. The scorecard is already updated.
    void detailsChanged();
    /// The evidence changed.
    void evidenceChanged();
    /// The actions changed.
    void actionsChanged();
    /// Participants, sessions, votes or decisions changed; the scorecard's vote figures too.
    void workshopChanged();
    /// The cover sheet changed.
    void coverChanged();
    /// The assessment was signed off or reopened (status, revision, whether edits are allowed).
    void signOffChanged();
    /// A change was refused or failed; `message` is for the user, naming the file and the fault.
    void failed(const QString &message);

private:
    void reload();
    /// Pushes a command for `after` replacing the statement's answer; notes-only edits merge.
    bool changeAnswer(const Answer &after, const QString &description);
    /// Pushes `command` (its redo() is the edit) and says whether the edit was accepted.
    bool pushEdit(QUndoCommand *command);
    // The mutators, reached only through the commands (redo and undo): one core call each.
    Result<Edit> writeAnswer(const Answer &answer, const QString &what);
    Result<Edit> writeDetails(const AssessmentInfo &details, const QString &what);
    /// Reports a refused or failed edit through `failed`, naming the edit when it was refused.
    void refuse(const QString &what, const Error &error);
    /// After an evidence or action edit: report a failure, or reload the lists and notify.
    bool finishEdit(const Status &status, void (AssessmentSession::*changed)());

    std::unique_ptr<storage::Document> m_document;
    QUndoStack m_undo;
    Assessment m_assessment;
    Scorecard m_scorecard;
    QString m_author;
    qint64 m_workshopSession = 0;
    /// Set by refuse() while pushEdit() runs a command's first redo: QUndoStack::push() returns
    /// nothing, and a refused command is deleted inside it.
    bool m_refused = false;
};

} // namespace wgll
