// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"
#include "util/edit.h"
#include "util/result.h"
#include "util/status.h"
#include "votinglink.h"
#include "workingcopy.h"

#include <QByteArrayView>
#include <QHash>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace wgll::sqlite {
class Database;
}

namespace wgll::storage {

/// An open .wgll assessment. SQLite works on a private working copy (WorkingCopy); the
/// user's file is only ever read by copying it and written by replacing it atomically.
/// Every edit is one durable transaction in the working copy, so a score survives a crash
/// or kill the moment the call returns; save() is export: VACUUM INTO a temporary file beside
/// the target, verify it, fsync, rename over the target, fsync the folder.
///
/// Every file opened is untrusted (DocumentChecker). Owns its connection and working copy;
/// destroying a Document with unsaved edits keeps the working copy for recovery.
class Document
{
public:
    /// What to do when a crash left unsaved edits to the same file.
    /// ReadOnly: leave the unsaved edits where they are and open the file as last saved,
    /// read-only (the command line's read-only commands, while a recovery waits).
    enum class Recovery { Refuse, Restore, Discard, ReadOnly };
    /// Whether a save may replace a file another program changed since it was read or saved:
    /// RefuseIfChanged refuses before writing anything (Conflict) when the change is already
    /// there; KeepBoth goes on. With either, a change found just before the rename keeps both
    /// versions: ours is saved beside it ("NAME (saved DATE TIME).wgll", which becomes the
    /// document's file) and the result is a Conflict naming both. Always replaces it.
    enum class Overwrite { RefuseIfChanged, KeepBoth, Always };
    static constexpr qint64 MaxFileSize = 2LL * 1024 * 1024 * 1024;

    ~Document();
    Document(const Document &) = delete;
    Document &operator=(const Document &) = delete;

    /// Creates `fileName` (which must not exist) as a new assessment of `framework`.
    static Result<std::unique_ptr<Document>> create(const QString &fileName, const Framework &framework,
                                            const AssessmentInfo &info, QString workRoot = {});
    /// Creates `fileName` starting from last year's assessment: targets, weights and actions carry
    /// over, scores do not, and the baseline is recorded (Assessment::baseline, ::reassessed).
    /// All or nothing: when anything fails, no file is left behind.
    static Result<std::unique_ptr<Document>> createFromBaseline(const QString &fileName, const Framework &framework,
                                                        const AssessmentInfo &info,
                                                        const Assessment &baseline,
                                                        QString workRoot = {});
    /// Opens `fileName`. A second process opening the same file gets a read-only document.
    /// With Recovery::Refuse, unsaved edits left by a crash give a Conflict error that says so.
    static Result<std::unique_ptr<Document>> open(const QString &fileName,
                                          Recovery recovery = Recovery::Refuse, QString workRoot = {});

    QString fileName() const { return m_fileName; }
    /// The name as the caller typed it at open, create or save-as, for messages.
    QString typedName() const { return m_typedName; }
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    bool isModified() const;
    /// Counts edits since the document was created; each committed edit adds one.
    qint64 generation() const { return m_generation; }
    const Framework &framework() const { return m_framework; }

    AssessmentInfo info() const;
    Assessment assessment() const;
    std::optional<Answer> answer(const QString &indicator) const;
    QList<Evidence> evidence() const;
    QList<Action> actions() const;

    /// Validates the details (assessmentrules), writes them as one durable edit and says
    /// whether anything changed: the one core call behind an undoable details edit.
    Result<Edit> changeInfo(const AssessmentInfo &info);
    /// changeInfo(), for callers that only need to know it worked.
    Status setInfo(const AssessmentInfo &info);
    /// Validates one answer (assessmentrules), replaces it as one durable edit with a change
    /// history row per changed field, and says whether anything changed (Edit::Unchanged: nothing
    /// written, the generation stays): the one core call behind an undoable score edit.
    Result<Edit> changeAnswer(const Answer &answer, const QString &author = {});
    /// changeAnswer(), for callers that only need to know it worked.
    Status setAnswer(const Answer &answer, const QString &author = {});
    /// Replaces several answers in one transaction: all or nothing.
    Status setAnswers(const QList<Answer> &answers, const QString &author = {});

    /// Stores a file's bytes in the document, streamed in chunks with its SHA-256.
    Result<qint64> addEvidenceFile(const QString &path, const QString &title,
                                          const QStringList &indicators);
    Result<qint64> addEvidenceLink(const QString &url, const QString &title,
                                          const QStringList &indicators);
    /// A note without a title is titled by its first line (text::titleFromFirstLine).
    Result<qint64> addEvidenceNote(const QString &note, const QString &title,
                                          const QStringList &indicators);
    Status removeEvidence(qint64 id);
    /// Reads every evidence file and checks it against its SHA-256 (`wgll check`).
    Status verifyEvidence() const;
    /// Writes an evidence file's bytes to `outFile` through an OutputFile (whole or not at all;
    /// never the document itself, a device or a folder), checking its SHA-256 before the commit.
    Status extractEvidence(qint64 id, const QString &outFile) const;
    /// Passes an evidence file's bytes to `sink` chunk by chunk (standard output, say). The
    /// content is read twice, checked first, so nothing damaged is ever passed on.
    Status extractEvidence(qint64 id, const std::function<Status(QByteArrayView)> &sink) const;

    Result<qint64> addAction(const Action &action);
    /// Adds `actions` in one transaction, all or none (`wgll action import`); their ids in order.
    Result<QList<qint64>> addActions(const QList<Action> &actions);
    Status updateAction(const Action &action);
    Status removeAction(qint64 id);
    /// Removes every one of `ids` or, when one is unknown (BadData, "has no action N"), none.
    Status removeActions(const QList<qint64> &ids);

    /// The workshop record: participants, sessions with attendance, votes, decisions.
    Workshop workshop() const;
    Result<qint64> addParticipant(const Participant &participant);
    /// Starts a session with its attendance register (participants must exist).
    Result<qint64> startSession(const WorkshopSession &session);
    /// Sets one participant's attendance of a session: "present" or "apologies".
    Status setAttendance(qint64 session, qint64 participant, const QString &status);
    /// Replaces a session's votes on one statement (participant id, level): all or nothing.
    Status setVotes(qint64 session, const QString &indicator, const QList<std::pair<qint64, int>> &votes);
    /// Records one participant's answer in a voting round as it arrives (a phone's vote or one
    /// typed by the facilitator): a level, or with no `score` "can't say", replacing their earlier
    /// answer there. The round stays blind (unrevealed) until revealVotes(): workshop() and
    /// everything made from it (reports, exports) leave its answers out. One durable
    /// transaction, so a crash after it returns loses nothing.
    Status castVote(qint64 session, qint64 participant, const QString &indicator, std::optional<int> score);
    /// Takes a participant's answer in a blind round back (typed by mistake); the round stays blind.
    Status withdrawVote(qint64 session, qint64 participant, const QString &indicator);
    /// A show-of-hands tally for a blind round: replaces every answer of the round with `votes`
    /// (participant id, level), all or nothing; the round stays blind.
    Status tallyVotes(qint64 session, const QString &indicator, const QList<std::pair<qint64, int>> &votes);
    /// Logs that a phone claimed `participant`'s name on the voting page of `session` from
    /// `device` (its address and browser), or with `released` that the facilitator freed it.
    /// While the session's voting link is kept (keepVotingLink()), the claim's `tokenDigest`
    /// joins it in the same transaction, and a release deletes it.
    Status recordClaim(qint64 session, qint64 participant, const QString &device, bool released,
                       const QByteArray &tokenDigest = {});
    /// Keeps where `link`'s session is being served and its tokens' digests (replacing what was
    /// kept for it): one transaction.
    Status keepVotingLink(const VotingLink &link);
    /// The voting link kept for `session`, if phones were voting in it when it was last kept,
    /// here: a link whose seal this user's key does not verify (a file made elsewhere, or one
    /// tampered with) is as none.
    std::optional<VotingLink> votingLink(qint64 session) const;
    /// The sessions with a voting link kept: phones were voting when the workbench stopped.
    QList<qint64> sessionsWithVotingLink() const;
    /// Deletes `session`'s voting link and token digests: phones stopped voting.
    Status forgetVotingLink(qint64 session);
    /// Reveals a round: its answers join workshop()'s votes from now on.
    Status revealVotes(qint64 session, const QString &indicator);
    /// The answers of a round still blind, by participant id (a level, or none for "can't
    /// say"), for the room that takes it up again after a crash; empty when it is revealed.
    QHash<qint64, std::optional<int>> blindAnswers(qint64 session, const QString &indicator) const;
    /// Runs `body`, whose edits (castVote() and the rest) then share one durable commit: one
    /// fsync for a burst of phones' votes instead of one each (issue 18's 50 ms budget). Each
    /// edit inside stays all-or-nothing on its own (a savepoint) and reports its own failure;
    /// when `body` fails or the shared commit does, nothing of it is kept and that is returned.
    Status inOneTransaction(const QString &what, const std::function<Status()> &body);
    Result<qint64> recordDecision(const Decision &decision);
    /// One row of a votes CSV: who (by name), on which statement, which level.
    struct VoteRow
    {
        QString participant;
        QString indicator;
        int score = 0;
    };
    /// Records `rows` as the votes of a new session (participants found by name, or added),
    /// everyone who voted marked present: one transaction, all rows or none. Returns the session.
    Result<qint64> importVotes(const WorkshopSession &session, const QList<VoteRow> &rows);

    /// The board paper's cover sheet.
    CoverSheet cover() const;
    /// Every sign-off, oldest first (Assessment::signOffs).
    QList<SignOff> signOffs() const;
    /// The scored content (scoredContent() JSON) kept with sign-off `revision`; empty when none.
    QByteArray signedContent(int revision) const;
    /// Replaces the cover sheet, all fields in one transaction.
    Status setCover(const CoverSheet &cover);
    /// Signs the assessment off: records `by`, `meeting`, the time (UTC), the revision and the
    /// SHA-256 of the scored content as read back from the file, keeps that content, and sets the
    /// status to final, in one transaction. Refused when already signed off (NotPermitted) or
    /// when no statement is scored or marked N/A (BadData).
    Result<SignOff> signOff(const QString &by, const QString &meeting);
    /// Reopens a signed-off assessment for changes: the sign-off is kept, marked reopened by `by`
    /// now, the status goes back to draft and the revision goes up. BadData when not signed off.
    Result<SignOff> reopen(const QString &by);
    /// When a sign-off is in force, checks that the scored content still has the hash it
    /// recorded (BadData "signed-off content was changed after sign-off" when not).
    Status verifySignOff() const;

    /// Whether an edit would be accepted now: read-only and closed documents are refused, and
    /// NotPermitted while a sign-off is in force (the message names who signed off and how to
    /// reopen). Every edit checks this itself; callers ask first only to refuse before work.
    Status checkEditable() const { return editableCheck(); }

    /// Writes the document to its file (through a symbolic link: to the link's target, keeping
    /// the link and the file's permissions). If another program changed the file since it was
    /// opened or last saved, see Overwrite.
    Status save(Overwrite overwrite = Overwrite::RefuseIfChanged);
    /// Writes to `fileName` (replacing it) and makes that the document's file.
    Status saveAs(const QString &fileName);
    /// Ends the session and deletes the working copy, discarding unsaved edits.
    void close();

private:
    Document();
    Status fail(ErrorKind kind, const QString &message) const;
    /// `status` with the resolved `target` it names replaced by `typedName`.
    static Status typed(Status status, const QString &target, const QString &typedName);
    Status sqlFail(const QString &what) const;
    Status writableCheck() const;
    /// writableCheck(), and NotPermitted while a sign-off is in force: every edit's first step.
    Status editableCheck() const;
    /// Runs one edit as one durable transaction: `body` writes and may clear `changed`; when
    /// something changed, the edit counter and modified time move on and the edit commits.
    /// Every public edit goes through here, so none can forget a step.
    Status edit(const QString &what, const std::function<Status(bool &changed)> &body);
    /// edit(); `signOffChange` lets signOff() and reopen() past the sign-off guard, nothing else.
    Status runEdit(const QString &what, const std::function<Status(bool &changed)> &body, bool signOffChange);
    Status bumpGeneration();
    Result<Edit> changeAnswers(const QList<Answer> &answers, const QString &author);
    /// The body of changeAnswers(), inside its transaction; clears `changed` when all were no-ops.
    Status writeAnswers(const QList<Answer> &answers, const QString &author, bool &changed);
    Status writeHistory(const Answer &old, const Answer &stored, const QString &author, const QString &when);
    /// The carrying over of createFromBaseline(), as one transaction.
    Status carryOverFrom(const Assessment &baseline);
    Status writeAction(const Action &action);
    Status insertAction(Action &action);
    /// The current time as stored in the file (ISO 8601, UTC, milliseconds).
    static QString now();
    /// Inside an edit: keeps `digest` as `participant`'s token in `session`'s voting link, or
    /// deletes it when `digest` is empty; nothing while no link is kept for the session.
    Status keepTokenDigest(qint64 session, qint64 participant, const QByteArray &digest);
    /// This user's key that seals a kept voting link (linkkey.h), from the working copies' folder.
    QByteArray votingLinkKey() const;
    Status exportTo(const QString &target, Overwrite overwrite);
    /// exportTo()'s steps: the content checksum sealed in the working copy; a compact copy at
    /// `temp`, read back and checked; the copy renamed to `target` or, when `changed` (another
    /// program's version is there), beside it. placeCopy() gives the name it got.
    Status sealContent();
    Status writeVerifiedCopy(const QString &temp, const QString &target);
    Result<QString> placeCopy(const QString &temp, const QString &target, bool changed);
    /// A new version in place: the name it got, whether another program's version kept the
    /// target's name (`changed`), the copy's identity and the manifest that notes it in flight.
    struct PlacedCopy
    {
        QString written;
        bool changed = false;
        FileIdentity identity;
        WorkingCopy::Manifest manifest;
    };
    /// exportTo()'s steps 2 to 5, from the copy at `temp` to its rename; on failure the caller
    /// removes `temp`.
    Result<PlacedCopy> placeNewVersion(const QString &temp, const QString &target, Overwrite overwrite);
    /// exportTo()'s last step: the manifest records the version saved, the folder is synced, and a
    /// version kept beside another program's becomes the session's file.
    Status recordSave(const PlacedCopy &placed, const QString &folder);
    /// The name a save keeps its version under when another program changed `target`.
    /// `n` > 1 numbers it when that name is taken.
    static QString keptAsName(const QString &target, int n);
    bool loadFramework();
    /// Why create() would refuse to start `fileName` (it exists, a target or text out of range).
    static Status checkNewAssessment(const QString &fileName, const Framework &framework, const AssessmentInfo &info);
    /// Opens the working copy a crash left, as it is (Recovery::Restore), and takes it over.
    Status restoreWorkingCopy(std::unique_ptr<WorkingCopy> work);
    /// The rest of open(): copies `real` in, checks it, and opens it in `work` or, without one,
    /// read-only (for `readOnlyReason`).
    Status readFile(const QString &real, std::unique_ptr<WorkingCopy> work, const QString &workRoot,
                    const QString &readOnlyReason);
    /// Checks a fresh copy of the user's file; its edit counter when it passes.
    Result<qint64> checkCopy(const QString &copy);
    /// Makes a checked copy the working copy described by `manifest`, brought up to date.
    Status adoptCopy(const QString &copy, WorkingCopy &work, WorkingCopy::Manifest manifest);
    Status linkEvidence(qint64 id, const QStringList &indicators);
    Result<qint64> insertEvidence(const Evidence &e);
    Status streamEvidenceFile(qint64 id, const QString &path, qint64 size);
    Status streamEvidence(qint64 id, const std::function<Status(QByteArrayView)> &sink) const;
    Status insertSession(WorkshopSession &session);
    Status insertVote(qint64 session, qint64 participant, const QString &indicator, int score);
    /// Inside an edit: deletes `participant`'s level and "can't say" in a round (all the
    /// round's answers when `participant` is 0) and marks the round blind.
    Status clearBlindAnswers(qint64 session, qint64 participant, const QString &indicator);
    /// Inside an edit: the votes of a round replaced by `votes`, each participant once.
    Status replaceVotes(qint64 session, const QString &indicator, const QList<std::pair<qint64, int>> &votes);

    std::unique_ptr<sqlite::Database> m_db;
    std::unique_ptr<WorkingCopy> m_work;
    QString m_readOnlyCopy; ///< private copy when read-only; deleted on close
    QString m_fileName;
    /// The name as the caller spelled it (relative, through links): what errors show the user.
    QString m_typedName;
    Framework m_framework;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    qint64 m_generation = 0;
    /// The sign-off in force, as committed (editableCheck()).
    std::optional<SignOff> m_signOffInForce;
};

} // namespace wgll::storage
