// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessmentsession.h"

#include "assessment/workshoprules.h"
#include "changevalue.h"
#include "storage/document.h"

namespace wgll {

AssessmentSession::AssessmentSession(std::unique_ptr<storage::Document> document, QObject *parent)
    : QObject(parent), m_document(std::move(document))
{
    reload();
}

AssessmentSession::~AssessmentSession() = default;

void AssessmentSession::reload()
{
    m_assessment = m_document->assessment();
    m_scorecard = Scorecard::of(m_assessment);
}

Answer AssessmentSession::answer(const QString &indicator) const
{
    const Answer *a = m_assessment.answer(indicator);
    return a ? *a : Answer{indicator, {}, false, {}, {}, 1, {}, {}};
}

int AssessmentSession::evidenceCount(const QString &indicator) const
{
    int n = 0;
    for (const Evidence &e : m_assessment.evidence)
        n += e.indicators.contains(indicator) ? 1 : 0;
    return n;
}

bool AssessmentSession::pushEdit(QUndoCommand *command)
{
    m_refused = false;
    m_undo.push(command); // runs redo(): the edit itself, one core call
    return !m_refused;
}

void AssessmentSession::refuse(const QString &what, const Error &error)
{
    m_refused = true;
    // Say which edit was refused: a note refused after a pause in typing is not obvious.
    Q_EMIT failed(error.kind == ErrorKind::BadData ? tr("Not saved (%1): %2").arg(what, error.message)
                                                   : error.toString());
}

Result<Edit> AssessmentSession::writeAnswer(const Answer &answer, const QString &what)
{
    const Result<Edit> done = m_document->changeAnswer(answer, m_author);
    if (!done) {
        refuse(what, done.error());
        return done;
    }
    if (*done == Edit::Unchanged)
        return done;
    const std::optional<Answer> stored = m_document->answer(answer.indicator); // as stored: trimmed
    for (Answer &a : m_assessment.answers) {
        if (a.indicator == answer.indicator && stored)
            a = *stored;
    }
    m_scorecard = Scorecard::of(m_assessment);
    Q_EMIT answerChanged(answer.indicator);
    return done;
}

bool AssessmentSession::changeAnswer(const Answer &after, const QString &description)
{
    const Answer before = answer(after.indicator);
    // Checked before the push as well as by the core: pushing, even a command that drops out,
    // would discard the redo steps after the current one.
    if (after == before)
        return true;
    const bool notesOnly = [&] {
        Answer b = before;
        b.notes = after.notes;
        return b == after;
    }();
    auto write = [this](const Answer &a, const QString &what) { return writeAnswer(a, what); };
    return pushEdit(new ChangeValue<Answer>(CommandId::Answer, write, before, after, description,
                                            notesOnly ? after.indicator : QString()));
}

Result<Edit> AssessmentSession::writeDetails(const AssessmentInfo &details, const QString &what)
{
    const Result<Edit> done = m_document->changeInfo(details);
    if (!done) {
        refuse(what, done.error());
        return done;
    }
    if (*done == Edit::Unchanged)
        return done;
    m_assessment.info = m_document->info(); // as stored: trimmed, with the modified time
    m_scorecard = Scorecard::of(m_assessment);
    Q_EMIT detailsChanged();
    return done;
}

bool AssessmentSession::setDetails(const AssessmentInfo &details)
{
    const AssessmentInfo before = m_assessment.info;
    AssessmentInfo after = before;
    after.organisation = details.organisation.trimmed();
    after.period = details.period.trimmed();
    after.status = details.status;
    after.defaultTarget = details.defaultTarget;
    if (after == before)
        return true; // as in changeAnswer(): keep the redo steps
    auto write = [this](const AssessmentInfo &i, const QString &what) { return writeDetails(i, what); };
    return pushEdit(new ChangeValue<AssessmentInfo>(CommandId::Details, write, before, after,
                                                    tr("Change the assessment details")));
}

bool AssessmentSession::setScore(const QString &indicator, int level)
{
    Answer a = answer(indicator);
    a.score = level;
    a.notApplicable = false;
    a.naReason.clear();
    return changeAnswer(a, tr("Score %1 as %2").arg(indicator).arg(level));
}

bool AssessmentSession::setNotApplicable(const QString &indicator, const QString &reason)
{
    Answer a = answer(indicator);
    a.score.reset();
    a.notApplicable = true;
    a.naReason = reason.trimmed();
    return changeAnswer(a, tr("Mark %1 N/A").arg(indicator));
}

bool AssessmentSession::clearScore(const QString &indicator)
{
    Answer a = answer(indicator);
    a.score.reset();
    a.notApplicable = false;
    a.naReason.clear();
    return changeAnswer(a, tr("Clear the score of %1").arg(indicator));
}

bool AssessmentSession::setTarget(const QString &indicator, std::optional<int> target)
{
    Answer a = answer(indicator);
    a.target = target;
    return changeAnswer(a, tr("Set the target of %1").arg(indicator));
}

bool AssessmentSession::setWeight(const QString &indicator, int weight)
{
    Answer a = answer(indicator);
    a.weight = weight;
    return changeAnswer(a, tr("Set the weight of %1 to %2").arg(indicator).arg(weight));
}

bool AssessmentSession::setNotes(const QString &indicator, const QString &notes)
{
    Answer a = answer(indicator);
    a.notes = notes;
    return changeAnswer(a, tr("Edit the notes of %1").arg(indicator));
}

bool AssessmentSession::finishEdit(const Status &status, void (AssessmentSession::*changed)())
{
    if (!status) {
        Q_EMIT failed(status.error().toString());
        return false;
    }
    // Read back only what this kind of edit can change.
    if (changed == &AssessmentSession::evidenceChanged) {
        m_assessment.evidence = m_document->evidence();
    } else if (changed == &AssessmentSession::actionsChanged) {
        m_assessment.actions = m_document->actions();
    } else {
        m_assessment.workshop = m_document->workshop();
        m_scorecard = Scorecard::of(m_assessment); // the vote figures live in the scorecard
    }
    Q_EMIT(this->*changed)();
    return true;
}

namespace {

// An add that returns an id, as a Status.
Status added(const std::optional<qint64> &id, const Error &error)
{
    return id ? Status() : Status(error);
}

} // namespace

bool AssessmentSession::attachFile(const QString &indicator, const QString &path, const QString &title)
{
    Error error;
    const auto id = wgll::take(m_document->addEvidenceFile(path, title, {indicator}), error);
    return finishEdit(added(id, error), &AssessmentSession::evidenceChanged);
}

bool AssessmentSession::addLink(const QString &indicator, const QString &url, const QString &title)
{
    Error error;
    const auto id = wgll::take(m_document->addEvidenceLink(url, title, {indicator}), error);
    return finishEdit(added(id, error), &AssessmentSession::evidenceChanged);
}

bool AssessmentSession::addNote(const QString &indicator, const QString &note, const QString &title)
{
    Error error;
    const auto id = wgll::take(m_document->addEvidenceNote(note, title, {indicator}), error);
    return finishEdit(added(id, error), &AssessmentSession::evidenceChanged);
}

bool AssessmentSession::removeEvidence(qint64 id)
{
    return finishEdit(m_document->removeEvidence(id), &AssessmentSession::evidenceChanged);
}

QList<Evidence> AssessmentSession::evidenceFor(const QString &indicator) const
{
    QList<Evidence> items;
    for (const Evidence &e : m_assessment.evidence) {
        if (e.indicators.contains(indicator))
            items.append(e);
    }
    return items;
}

Status AssessmentSession::extractEvidence(qint64 id, const QString &outFile) const
{
    return m_document->extractEvidence(id, outFile);
}

std::optional<qint64> AssessmentSession::addAction(const Action &action)
{
    Error error;
    const std::optional<qint64> id = wgll::take(m_document->addAction(action), error);
    if (!finishEdit(added(id, error), &AssessmentSession::actionsChanged))
        return std::nullopt;
    if (m_workshopSession > 0) {
        // Agreed in the room: the decision log says so, with the time and the session.
        Decision d;
        d.session = m_workshopSession;
        d.indicator = action.indicator;
        d.text = tr("Action: %1").arg(action.text);
        if (!action.owner.isEmpty())
            d.text += u"; " + tr("owner %1").arg(action.owner);
        if (action.due.isValid())
            d.text += u"; " + tr("due %1").arg(action.due.toString(Qt::ISODate));
        recordDecision(d);
    }
    return id;
}

bool AssessmentSession::updateAction(const Action &action)
{
    return finishEdit(m_document->updateAction(action), &AssessmentSession::actionsChanged);
}

bool AssessmentSession::removeAction(qint64 id)
{
    return finishEdit(m_document->removeAction(id), &AssessmentSession::actionsChanged);
}

QList<Action> AssessmentSession::actionsFor(const QString &indicator) const
{
    QList<Action> items;
    for (const Action &a : m_assessment.actions) {
        if (a.indicator == indicator)
            items.append(a);
    }
    return items;
}

std::optional<qint64> AssessmentSession::addParticipant(const Participant &participant)
{
    Error error;
    const auto id = wgll::take(m_document->addParticipant(participant), error);
    return finishEdit(added(id, error), &AssessmentSession::workshopChanged) ? id : std::nullopt;
}

std::optional<qint64> AssessmentSession::startWorkshopSession(const WorkshopSession &session)
{
    Error error;
    const auto id = wgll::take(m_document->startSession(session), error);
    return finishEdit(added(id, error), &AssessmentSession::workshopChanged) ? id : std::nullopt;
}

bool AssessmentSession::setVotes(qint64 session, const QString &indicator, const QList<std::pair<qint64, int>> &votes)
{
    return finishEdit(m_document->setVotes(session, indicator, votes), &AssessmentSession::workshopChanged);
}

void AssessmentSession::workshopWritten()
{
    finishEdit(Status(), &AssessmentSession::workshopChanged);
}

bool AssessmentSession::acceptsDecision(const Decision &decision)
{
    if (const auto problem = workshoprules::problemWith(decision, framework())) {
        Q_EMIT failed(tr("Not saved (%1): %2").arg(tr("Agree on %1").arg(decision.indicator), *problem));
        return false;
    }
    return true;
}

std::optional<qint64> AssessmentSession::recordDecision(const Decision &decision)
{
    Error error;
    const auto id = wgll::take(m_document->recordDecision(decision), error);
    return finishEdit(added(id, error), &AssessmentSession::workshopChanged) ? id : std::nullopt;
}

} // namespace wgll
