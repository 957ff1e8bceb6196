// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"

#include "assessmentrows.h"
#include "contentchecksum.h"
#include "documentchecker.h"
#include "durablefile.h"
#include "assessment/assessmentrules.h"
#include "assessment/textrules.h"
#include "fileheader.h"
#include "fileidentity.h"
#include "filepaths.h"
#include "generation.h"
#include "framework/frameworkreader.h"
#include "framework/frameworkwriter.h"
#include "recovery.h"
#include "schema.h"
#include "sqlite/database.h"
#include "workingcopy.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUuid>


#include <cerrno>
#include <cstring>

namespace wgll::storage {

namespace {

QString optionalText(const std::optional<int> &v)
{
    return v ? QString::number(*v) : QString();
}

// The working copy is private and edited one small transaction at a time: WAL with
// synchronous=FULL makes each commit durable with a single fsync.
bool configureWorkingCopy(sqlite::Database &db)
{
    sqlite::Statement wal = db.prepare("PRAGMA journal_mode=WAL");
    return wal.step() && wal.text(0) == u"wal" && db.exec("PRAGMA synchronous=FULL");
}

// Deletes what a save killed half-way left beside `target`. Only called while holding the
// document's lock, so no other WGLL process can be saving to the same name meanwhile.
void removeUnfinishedSaves(const QString &target)
{
    const QFileInfo info(target);
    QDir folder = info.absoluteDir();
    const QString pattern = u'.' + info.fileName() + u".????????.tmp";
    const QStringList leftovers =
        folder.entryList({pattern, pattern + u"-journal"}, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : leftovers)
        folder.remove(name);
}

// Fills a freshly created schema with the assessment, its framework snapshot and one
// unscored answer row per statement, as one transaction.
bool writeNewAssessment(sqlite::Database &db, const Framework &framework, const AssessmentInfo &info,
                        const QString &created)
{
    sqlite::Transaction tx(db);
    sqlite::Statement a = db.prepare("INSERT INTO assessment(id, organisation, period, status, "
                                     "default_target, framework_id, framework_version, "
                                     "created, modified) VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)");
    a.bind(1, info.organisation.trimmed()).bind(2, info.period.trimmed()).bind(3, info.status);
    a.bind(4, info.defaultTarget).bind(5, framework.id).bind(6, framework.version).bind(7, created);
    sqlite::Statement f = db.prepare("INSERT INTO framework(id, json) VALUES (1, ?1)");
    f.bind(1, QString::fromUtf8(FrameworkWriter::toBytes(framework, false)));
    sqlite::Statement m = db.prepare("INSERT INTO meta(key, value) VALUES ('generation', '1'), "
                                     "('created-by', ?1)");
    m.bind(1, QStringLiteral("WGLL Workbench " WGLL_VERSION));
    bool ok = tx.begun() && a.exec() && f.exec() && m.exec();
    sqlite::Statement ans = db.prepare("INSERT INTO answer(indicator, position) VALUES (?1, ?2)");
    int position = 0;
    for (const Measure &measure : framework.measures) {
        for (const Indicator &indicator : measure.indicators) {
            ans.reset();
            ok = ok && ans.bind(1, indicator.id).bind(2, position++).exec();
        }
    }
    return ok && tx.commit();
}

} // namespace

Document::Document() = default;

QString Document::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Status Document::edit(const QString &what, const std::function<Status(bool &changed)> &body)
{
    return runEdit(what, body, false);
}

Status Document::runEdit(const QString &what, const std::function<Status(bool &changed)> &body,
                         bool signOffChange)
{
    // The one gate every edit passes: while a sign-off is in force, only reopening may write.
    if (const Status w = signOffChange ? writableCheck() : editableCheck(); !w)
        return w;
    sqlite::Transaction tx(*m_db);
    if (!tx.begun())
        return sqlFail(what);
    bool changed = true;
    if (const Status written = body(changed); !written)
        return written; // the transaction rolls back
    if (!changed)
        return {};
    if (const Status b = bumpGeneration(); !b)
        return b;
    if (!tx.commit())
        return sqlFail(what);
    ++m_generation;
    return {};
}

Document::~Document()
{
    if (m_readOnly) {
        close();
        return;
    }
    // Keep unsaved edits for recovery; otherwise leave nothing behind.
    if (m_work && !isModified())
        close();
    m_db.reset();
}

Status Document::fail(ErrorKind kind, const QString &message) const
{
    return Error{kind, m_typedName, 0, message};
}

// Saves write the file behind every link (paths::resolved); the user typed the link's name,
// and that is the name an error should show.
Status Document::typed(Status status, const QString &target, const QString &typedName)
{
    if (!status && status.error().file == target) {
        Error e = status.error();
        e.file = typedName;
        return e;
    }
    return status;
}

Status Document::sqlFail(const QString &what) const
{
    const sqlite::Failure failure = sqlite::failureOf(m_db->errorCode());
    const ErrorKind kind =
        failure == sqlite::Failure::DiskFull || failure == sqlite::Failure::Io ? ErrorKind::Io : ErrorKind::BadData;
    const QString why = m_db->errorReason();
    return fail(kind, what + u": " + why);
}

Status Document::writableCheck() const
{
    if (m_readOnly)
        return fail(ErrorKind::Conflict, u"is open read-only: " + m_readOnlyReason);
    if (!m_db)
        return fail(ErrorKind::Io, QStringLiteral("is closed"));
    return {};
}

Status Document::editableCheck() const
{
    if (const Status w = writableCheck(); !w)
        return w;
    if (!m_signOffInForce)
        return {};
    const SignOff &s = *m_signOffInForce;
    return fail(ErrorKind::NotPermitted,
                u"is signed off (revision " + QString::number(s.revision) + u", by " + s.by + u" on " +
                    s.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) +
                    u" UTC): no change is allowed until it is reopened with 'wgll reopen " + m_typedName +
                    u" --by NAME' or File → Reopen for Changes");
}

bool Document::loadFramework()
{
    sqlite::Statement s = m_db->prepare("SELECT json FROM framework WHERE id = 1");
    if (!s.step())
        return false;
    FrameworkReader reader;
    const auto f = reader.parse(s.blob(0), m_fileName);
    QString why;
    const std::optional<qint64> generation = readGeneration(*m_db, why);
    if (!f || !generation)
        return false;
    m_framework = *f;
    m_generation = *generation;
    // Only this document writes its working copy, so the sign-off in force is read once here and
    // kept up to date by signOff() and reopen(): the guard on every edit costs no query.
    const QList<SignOff> signOffs = rows::readSignOffs(*m_db);
    if (!signOffs.isEmpty() && signOffs.constLast().inForce())
        m_signOffInForce = signOffs.constLast();
    else
        m_signOffInForce.reset();
    return true;
}

bool Document::isModified() const
{
    return !m_readOnly && m_work && m_generation != m_work->manifest().savedGeneration;
}

Result<std::unique_ptr<Document>> Document::create(const QString &fileName, const Framework &framework,
                                                   const AssessmentInfo &info, QString workRoot)
{
    if (const Status valid = checkNewAssessment(fileName, framework, info); !valid)
        return valid.error();
    if (workRoot.isEmpty())
        workRoot = WorkingCopy::defaultRoot();
    QString lockedBy;
    Error error;
    std::unique_ptr<WorkingCopy> work = WorkingCopy::acquire(workRoot, fileName, lockedBy, error);
    if (!work) {
        if (!lockedBy.isEmpty())
            return Error{ErrorKind::Conflict, fileName, 0, u"is being created by " + lockedBy};
        return error;
    }
    work->discardFiles();
    removeUnfinishedSaves(paths::resolved(fileName));

    std::unique_ptr<Document> doc(new Document);
    doc->m_fileName = QFileInfo(fileName).absoluteFilePath();
    doc->m_typedName = fileName;
    doc->m_framework = framework;
    doc->m_db = std::make_unique<sqlite::Database>();
    sqlite::Database &db = *doc->m_db;
    // The connection closes before its files go.
    auto abandon = [&](const QString &why) {
        doc->m_db.reset();
        work->remove();
        return Error{ErrorKind::CannotCreate, fileName, 0, why};
    };
    if (!db.open(work->documentFile(), sqlite::Database::Mode::Create) || !Schema::create(db) ||
        !configureWorkingCopy(db))
        return abandon(u"cannot create the working copy: " + db.errorMessage());
    if (!writeNewAssessment(db, framework, info, now()))
        return abandon(u"cannot write the new assessment: " + db.errorMessage());
    doc->m_generation = 1;
    doc->m_work = std::move(work);
    const QString target = paths::resolved(doc->m_fileName);
    if (const Status saved = typed(doc->exportTo(target, Overwrite::RefuseIfChanged), target, fileName); !saved) {
        doc->m_db.reset();
        doc->m_work->remove();
        doc->m_work.reset();
        return saved.error();
    }
    return doc;
}

Status Document::checkNewAssessment(const QString &fileName, const Framework &framework, const AssessmentInfo &info)
{
    if (QFileInfo::exists(fileName))
        return Error{ErrorKind::CannotCreate, fileName, 0, QStringLiteral("already exists; choose another name")};
    if (!framework.scale.contains(info.defaultTarget))
        return Error{ErrorKind::BadData, fileName, 0,
                     QStringLiteral("default target %1 is outside the scale %2–%3")
                         .arg(info.defaultTarget)
                         .arg(framework.scale.min)
                         .arg(framework.scale.max)};
    for (const auto &[name, value] : {std::pair{QStringLiteral("the organisation name "), info.organisation.trimmed()},
                                      std::pair{QStringLiteral("the period "), info.period.trimmed()}}) {
        if (const auto problem = text::problemWithText(value, text::Lines::Single, text::MaxName))
            return Error{ErrorKind::BadData, fileName, 0, name + *problem};
    }
    return {};
}

Result<std::unique_ptr<Document>> Document::open(const QString &fileName, Recovery recovery, QString workRoot)
{
    if (const std::optional<Error> problem = problemWithPath(fileName, MaxFileSize))
        return *problem;
    // The file itself, every link resolved: what is copied, locked, and replaced on save.
    const QString real = paths::resolved(fileName);
    if (workRoot.isEmpty())
        workRoot = WorkingCopy::defaultRoot();

    std::unique_ptr<Document> doc(new Document);
    doc->m_fileName = QFileInfo(fileName).absoluteFilePath();
    doc->m_typedName = fileName;
    doc->m_db = std::make_unique<sqlite::Database>();
    QString lockedBy;
    Error error;
    std::unique_ptr<WorkingCopy> work = WorkingCopy::acquire(workRoot, real, lockedBy, error);
    if (!work && lockedBy.isEmpty())
        return error;
    // Without the working copy (another process has it) the document opens read-only.
    QString reason = u"it is open in " + lockedBy;
    if (work)
        removeUnfinishedSaves(real);

    if (work && work->hasDocument()) {
        // A working copy without a live owner: the last session ended without closing.
        const bool unsaved =
            storage::recovery::unsavedEdits(*work, real, true).kind == RecoveryState::Kind::Pending;
        if (unsaved && recovery == Recovery::Refuse)
            return Error{ErrorKind::Conflict, fileName, 0,
                         QStringLiteral("has unsaved changes from a session that ended unexpectedly; restore or "
                                        "discard them with 'wgll recover' or by opening it in WGLL Workbench"),
                         ErrorCause::UnsavedEdits};
        if (unsaved && recovery == Recovery::ReadOnly) {
            // Leave the working copy exactly as it is (the lock goes with `work`).
            work.reset();
            reason = QStringLiteral("it has unsaved changes from a session that ended unexpectedly, "
                                    "waiting to be restored or discarded");
        } else if (unsaved && recovery == Recovery::Restore) {
            if (const Status restored = doc->restoreWorkingCopy(std::move(work)); !restored)
                return restored.error();
            return doc;
        } else {
            work->discardFiles();
        }
    }
    if (const Status read = doc->readFile(real, std::move(work), workRoot, reason); !read)
        return read.error();
    return doc;
}

Status Document::restoreWorkingCopy(std::unique_ptr<WorkingCopy> work)
{
    sqlite::Database &db = *m_db;
    DocumentChecker checker(db, m_typedName);
    if (!db.open(work->documentFile(), sqlite::Database::Mode::ReadWrite) ||
        !checker.check(DocumentChecker::Checksum::Skip) || !configureWorkingCopy(db) || !Schema::migrate(db) ||
        !loadFramework())
        return checker.errors().isEmpty()
                   ? Error{ErrorKind::BadData, m_typedName, 0, u"the recovered copy cannot be opened: " + db.errorMessage()}
                   : checker.errors().first();
    m_work = std::move(work);
    return {};
}

Status Document::readFile(const QString &real, std::unique_ptr<WorkingCopy> work, const QString &workRoot,
                          const QString &readOnlyReason)
{
    // Copy the user's file byte for byte, with no SQLite connection on it, and check the copy.
    std::optional<QTemporaryDir> readOnlyDir; // only a read-only opener needs a private folder
    if (!work) {
        // SQLite refuses links in a path: the private folder's path is resolved on purpose.
        const QString root = paths::resolvedFolder(workRoot);
        if (root.isEmpty())
            return Error{ErrorKind::CannotCreate, workRoot, 0, QStringLiteral("cannot create the working folder")};
        readOnlyDir.emplace(root + u"/read-only-XXXXXX");
    }
    const QString copy = work ? work->incomingFile() : readOnlyDir->filePath(QStringLiteral("document.wgll"));
    const FileIdentity identity = FileIdentity::of(real);
    QFile::remove(copy);
    if (Status copied = durable::copy(real, copy); !copied) {
        if (work)
            work->remove();
        return typed(copied, real, m_typedName);
    }
    // The connection closes before the working copy's files go.
    auto reject = [&](const Error &e) {
        m_db.reset();
        if (work)
            work->remove();
        return Status(e);
    };
    const Result<qint64> generation = checkCopy(copy);
    if (!generation)
        return reject(generation.error());
    if (!work) {
        m_readOnly = true;
        m_readOnlyReason = readOnlyReason;
        readOnlyDir->setAutoRemove(false);
        m_readOnlyCopy = readOnlyDir->path();
        if (!m_db->open(copy, sqlite::Database::Mode::ReadOnly) || !loadFramework())
            return reject({ErrorKind::BadData, m_typedName, 0, u"cannot be opened: " + m_db->errorMessage()});
        return {};
    }
    WorkingCopy::Manifest manifest;
    manifest.source = real;
    manifest.savedGeneration = *generation;
    manifest.saved = identity;
    if (const Status adopted = adoptCopy(copy, *work, manifest); !adopted)
        return reject(adopted.error());
    m_work = std::move(work);
    return {};
}

Result<qint64> Document::checkCopy(const QString &copy)
{
    if (const std::optional<QString> problem = problemWithHeader(copy))
        return Error{ErrorKind::BadData, m_typedName, 0, *problem};
    sqlite::Database &db = *m_db;
    if (!db.open(copy, sqlite::Database::Mode::ReadOnly))
        return Error{ErrorKind::BadData, m_typedName, 0, u"cannot be opened: " + db.errorMessage()};
    DocumentChecker checker(db, m_typedName);
    if (!checker.check(DocumentChecker::Checksum::Required))
        return checker.errors().first();
    QString why;
    const std::optional<qint64> generation = readGeneration(db, why);
    if (!generation)
        return Error{ErrorKind::BadData, m_typedName, 0, why};
    db.close();
    return *generation;
}

Status Document::adoptCopy(const QString &copy, WorkingCopy &work, WorkingCopy::Manifest manifest)
{
    // The manifest first, then the copy: a kill between the two must never leave a working
    // copy without the record of the file it came from (the next session would take it for
    // unsaved edits of an unknown file, and refuse its own save as another program's change).
    if (const Status written = work.writeManifest(manifest); !written)
        return written;
    if (const Status moved = durable::replace(copy, work.documentFile()); !moved)
        return moved;
    // An older format is brought up to date here, in the working copy, in one transaction: the
    // user's file stays as it is until it is saved.
    sqlite::Database &db = *m_db;
    if (!db.open(work.documentFile(), sqlite::Database::Mode::ReadWrite) || !configureWorkingCopy(db) ||
        !Schema::migrate(db) || !loadFramework())
        return Error{ErrorKind::Io, m_typedName, 0, u"cannot prepare the working copy: " + db.errorMessage()};
    if (m_generation != manifest.savedGeneration) {
        // The migration counted as an edit; the copy still stands for the file as read.
        manifest.savedGeneration = m_generation;
        if (const Status written = work.writeManifest(manifest); !written)
            return written;
    }
    return {};
}

void Document::close()
{
    m_db.reset();
    if (m_work) {
        m_work->remove();
        m_work.reset();
    }
    if (!m_readOnlyCopy.isEmpty()) {
        QDir(m_readOnlyCopy).removeRecursively();
        m_readOnlyCopy.clear();
    }
}

Status Document::bumpGeneration()
{
    // Range-checked on open, and here: the counter can never wrap or turn negative.
    if (m_generation < 1 || m_generation >= MaxGeneration)
        return fail(ErrorKind::BadData, QStringLiteral("cannot record the change: the edit counter (generation) "
                                                       "has reached its limit"));
    sqlite::Statement g = m_db->prepare("UPDATE meta SET value = ?1 WHERE key = 'generation'");
    g.bind(1, QString::number(m_generation + 1));
    sqlite::Statement m = m_db->prepare("UPDATE assessment SET modified = ?1 WHERE id = 1");
    m.bind(1, now());
    if (!g.exec() || !m.exec())
        return sqlFail(QStringLiteral("cannot record the change"));
    return {};
}

AssessmentInfo Document::info() const
{
    return rows::readInfo(*m_db);
}

Status Document::setInfo(const AssessmentInfo &info)
{
    return changeInfo(info).status();
}

Result<Edit> Document::changeInfo(const AssessmentInfo &info)
{
    if (const Status w = editableCheck(); !w)
        return w.error();
    if (const auto problem = assessmentrules::problemWith(info, m_framework))
        return fail(ErrorKind::BadData, *problem).error();
    const AssessmentInfo old = this->info();
    // "final" means signed off: the status moves only with signOff() and reopen().
    if (info.status != old.status)
        return fail(ErrorKind::BadData, QStringLiteral("the status becomes final only by signing the assessment off "
                                                       "(File → Sign Off, or 'wgll signoff')"))
            .error();
    if (old.organisation == info.organisation.trimmed() && old.period == info.period.trimmed() &&
        old.status == info.status && old.defaultTarget == info.defaultTarget)
        return Edit::Unchanged;
    const QString what = QStringLiteral("cannot change the assessment details");
    const Status written = edit(what, [&](bool &) -> Status {
        sqlite::Statement s = m_db->prepare("UPDATE assessment SET organisation = ?1, period = ?2, status = "
                                            "?3, default_target = ?4 WHERE id = 1");
        s.bind(1, info.organisation.trimmed()).bind(2, info.period.trimmed()).bind(3, info.status);
        s.bind(4, info.defaultTarget);
        return s.exec() ? Status() : sqlFail(what);
    });
    if (!written)
        return written.error();
    return Edit::Changed;
}

std::optional<Answer> Document::answer(const QString &indicator) const
{
    return rows::readAnswer(*m_db, indicator);
}

Status Document::setAnswer(const Answer &answer, const QString &author)
{
    return changeAnswers({answer}, author).status();
}

Result<Edit> Document::changeAnswer(const Answer &answer, const QString &author)
{
    return changeAnswers({answer}, author);
}

Status Document::setAnswers(const QList<Answer> &answers, const QString &author)
{
    return changeAnswers(answers, author).status();
}

Result<Edit> Document::changeAnswers(const QList<Answer> &answers, const QString &author)
{
    if (const Status w = editableCheck(); !w)
        return w.error();
    for (const Answer &a : answers) {
        if (const auto problem = assessmentrules::problemWith(a, m_framework))
            return fail(ErrorKind::BadData, u"statement " + a.indicator + u": " + *problem).error();
    }
    if (const auto problem = text::problemWithText(author.left(text::MaxName), text::Lines::Single, text::MaxName))
        return fail(ErrorKind::BadData, u"the author's name " + *problem).error();
    bool anyChanged = false;
    const Status written = edit(QStringLiteral("cannot save the change"), [&](bool &changed) -> Status {
        const Status s = writeAnswers(answers, author, changed);
        anyChanged = changed;
        return s;
    });
    if (!written)
        return written.error();
    return anyChanged ? Edit::Changed : Edit::Unchanged;
}

Status Document::writeAnswers(const QList<Answer> &answers, const QString &author, bool &changed)
{
    sqlite::Statement update = m_db->prepare("UPDATE answer SET score = ?2, na = ?3, na_reason = ?4, "
                                             "target = ?5, weight = ?6, confidence = ?7, notes = ?8 "
                                             "WHERE indicator = ?1");
    const QString when = now();
    changed = false;
    for (const Answer &a : answers) {
        const std::optional<Answer> old = answer(a.indicator);
        if (!old)
            return fail(ErrorKind::BadData, u"statement " + a.indicator + u" has no answer row");
        const Answer stored{
            a.indicator, a.score,  a.notApplicable, a.notApplicable ? a.naReason.trimmed() : QString(),
            a.target,    a.weight, a.confidence,    a.notes};
        if (stored == *old)
            continue; // an edit that changes nothing leaves no history and no modified mark
        changed = true;
        update.reset();
        update.bind(1, a.indicator).bind(2, stored.score).bind(3, stored.notApplicable ? 1 : 0);
        update.bind(4, stored.naReason).bind(5, stored.target).bind(6, stored.weight).bind(7, stored.confidence);
        update.bind(8, stored.notes);
        if (!update.exec())
            return sqlFail(u"cannot change statement " + a.indicator);
        if (const Status h = writeHistory(*old, stored, author, when); !h)
            return h;
    }
    return {};
}

Status Document::writeHistory(const Answer &old, const Answer &stored, const QString &author, const QString &when)
{
    sqlite::Statement history =
        m_db->prepare("INSERT INTO history(indicator, field, old_value, new_value, author, changed) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    const QList<std::tuple<const char *, QString, QString>> fields{
        {"score", optionalText(old.score), optionalText(stored.score)},
        {"na", old.notApplicable ? QStringLiteral("1") : QStringLiteral("0"),
         stored.notApplicable ? QStringLiteral("1") : QStringLiteral("0")},
        {"na_reason", old.naReason, stored.naReason},
        {"target", optionalText(old.target), optionalText(stored.target)},
        {"weight", QString::number(old.weight), QString::number(stored.weight)},
        {"confidence", optionalText(old.confidence), optionalText(stored.confidence)},
        {"notes", old.notes, stored.notes},
    };
    for (const auto &[field, before, after] : fields) {
        if (before == after)
            continue;
        history.reset();
        history.bind(1, stored.indicator).bind(2, QString::fromLatin1(field)).bind(3, before).bind(4, after);
        history.bind(5, author.left(DocumentChecker::MaxShortText)).bind(6, when);
        if (!history.exec())
            return sqlFail(QStringLiteral("cannot record the change history"));
    }
    return {};
}

Assessment Document::assessment() const
{
    return rows::readAssessment(*m_db, m_framework);
}

Status Document::save(Overwrite overwrite)
{
    if (const Status w = writableCheck(); !w)
        return w;
    // Resolved now, not at open: a save through a link writes the link's target, keeps the link.
    const QString target = paths::resolved(m_fileName);
    const WorkingCopy::Manifest manifest = m_work->manifest();
    const FileIdentity current = FileIdentity::of(target);
    // An early refusal while nothing is written yet, so that the window can ask; the check
    // that protects the other version is the one just before the rename (exportTo).
    if (overwrite == Overwrite::RefuseIfChanged && current.exists() && manifest.saved.exists() &&
        !manifest.isOurs(current)) {
        return fail(ErrorKind::Conflict, QStringLiteral("was changed by another program since it was opened; "
                                                        "save under another name, or overwrite it"));
    }
    // Taken first: a save that keeps both versions moves the session to the new name.
    const QString typedName = m_typedName;
    return typed(exportTo(target, overwrite), target, typedName);
}

Status Document::saveAs(const QString &fileName)
{
    if (const Status w = writableCheck(); !w)
        return w;
    const QString target = paths::resolved(fileName);
    if (target == paths::resolved(m_fileName))
        return save(Overwrite::Always);
    if (const Status saved = exportTo(target, Overwrite::Always); !saved)
        return typed(saved, target, fileName);
    m_fileName = QFileInfo(fileName).absoluteFilePath();
    m_typedName = fileName;
    return {};
}

QString Document::keptAsName(const QString &target, int n)
{
    const QFileInfo info(target);
    QString stem = info.fileName();
    QString extension;
    if (stem.endsWith(u".wgll", Qt::CaseInsensitive)) {
        extension = stem.right(5);
        stem.chop(5);
    }
    QString when = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH.mm"));
    if (n > 1)
        when += u' ' + QString::number(n);
    return info.absolutePath() + u'/' + stem + u" (saved " + when + u')' + extension;
}

Status Document::sealContent()
{
    sqlite::Transaction tx(*m_db);
    sqlite::Statement s = m_db->prepare("INSERT OR REPLACE INTO meta(key, value) VALUES ('content-sha256', ?1)");
    const QByteArray checksum = contentChecksum(*m_db);
    if (checksum.isEmpty() || !tx.begun() || !s.bind(1, QString::fromLatin1(checksum)).exec() || !tx.commit())
        return sqlFail(QStringLiteral("cannot prepare the file for saving"));
    return {};
}

Status Document::writeVerifiedCopy(const QString &temp, const QString &target)
{
    if (!m_db->vacuumInto(temp)) {
        const sqlite::Failure failure = sqlite::failureOf(m_db->errorCode());
        const ErrorKind kind = failure == sqlite::Failure::CannotOpen || failure == sqlite::Failure::ReadOnly
                                   ? ErrorKind::CannotCreate
                                   : ErrorKind::Io;
        return Error{kind, target, 0, u"cannot write: " + m_db->errorReason()};
    }
    // Verify what was written before it replaces anything.
    if (const std::optional<QString> problem = problemWithHeader(temp))
        return Error{ErrorKind::Io, target, 0, u"the saved copy is wrong (" + *problem + u"); nothing was replaced"};
    sqlite::Database check;
    if (!check.open(temp, sqlite::Database::Mode::ReadOnly))
        return Error{ErrorKind::Io, target, 0, u"the saved copy cannot be read back: " + check.errorMessage()};
    DocumentChecker checker(check, target);
    if (!checker.check(DocumentChecker::Checksum::Required))
        return Error{ErrorKind::Io, target, 0,
                     u"the saved copy failed verification (" + checker.errors().first().message +
                         u"); nothing was replaced"};
    return {};
}

Result<QString> Document::placeCopy(const QString &temp, const QString &target, bool changed)
{
    if (!changed) {
        if (const Status renamed = durable::rename(temp, target); !renamed)
            return renamed.error();
        return target;
    }
    Status renamed = Error{ErrorKind::CannotCreate, target, 0, QStringLiteral("no free name to save under")};
    QString written;
    for (int n = 1; n <= 100 && !renamed; ++n) {
        written = keptAsName(target, n);
        if (QFileInfo::exists(written))
            continue; // never replaced: renameNoReplace refuses it anyway
        renamed = durable::renameNoReplace(temp, written);
        if (!renamed && !QFileInfo::exists(written))
            break; // a real failure, not a name taken meanwhile
    }
    if (!renamed)
        return renamed.error();
    return written;
}

Status Document::exportTo(const QString &target, Overwrite overwrite)
{
    const QString folder = QFileInfo(target).absolutePath();
    if (!QFileInfo(folder).isDir())
        return Error{ErrorKind::CannotCreate, target, 0, QStringLiteral("the folder does not exist")};

    // 1. Seal the content with its checksum, in the working copy.
    if (const Status sealed = sealContent(); !sealed)
        return sealed;
    const QString temp = durable::temporaryNameFor(target);
    const Result<PlacedCopy> placed = placeNewVersion(temp, target, overwrite);
    if (!placed) {
        // A save that failed leaves nothing of itself beside the target.
        QFile::remove(temp);
        QFile::remove(temp + u"-journal");
        return placed.error();
    }
    return recordSave(*placed, folder);
}

Result<Document::PlacedCopy> Document::placeNewVersion(const QString &temp, const QString &target,
                                                      Overwrite overwrite)
{
    // 2. A complete, compact, rollback-journal copy beside the target (.tmp: sync clients skip it),
    // 3. verified before it replaces anything.
    if (const Status copied = writeVerifiedCopy(temp, target); !copied)
        return copied.error();
    // 4. The file's permissions and owner carry over, then make it durable.
    if (const Status kept = durable::keepPermissions(target, temp); !kept)
        return kept.error();
    if (const Status synced = durable::syncFile(temp); !synced)
        return synced.error();
    // Note the save in flight (rename keeps the identity), so that a crash between the rename
    // and the next manifest write is not later mistaken for another program's change.
    PlacedCopy placed;
    placed.manifest = m_work->manifest();
    placed.identity = FileIdentity::of(temp);
    placed.manifest.pendingGeneration = m_generation;
    placed.manifest.pending = placed.identity;
    if (const Status noted = m_work->writeManifest(placed.manifest); !noted)
        return noted.error();

    // 5. At the last moment, is the target still the file we read or wrote? Another program's
    // version is never replaced: ours goes beside it under a new name instead.
    if (const Status reached = durable::checkpoint("before-replace", target); !reached)
        return reached.error();
    const FileIdentity current = FileIdentity::of(target);
    placed.changed = overwrite != Overwrite::Always && current.exists() && !placed.manifest.isOurs(current);
    const Result<QString> written = placeCopy(temp, target, placed.changed);
    if (!written)
        return written.error();
    placed.written = *written;
    return placed;
}

Status Document::recordSave(const PlacedCopy &placed, const QString &folder)
{
    // The new version is in place; record that before anything else can fail.
    WorkingCopy::Manifest manifest = placed.manifest;
    manifest.source = placed.written;
    manifest.savedGeneration = m_generation;
    manifest.saved = placed.identity;
    manifest.pendingGeneration = -1;
    manifest.pending = {};
    const Status recorded = m_work->writeManifest(manifest);
    const Status synced = durable::syncFolder(folder);
    if (placed.changed) {
        const QString typedName = m_typedName;
        m_fileName = placed.written; // from now on the session saves to its own copy
        m_typedName = placed.written;
        return Error{ErrorKind::Conflict, typedName, 0,
                     u"was changed by another program while it was being saved; that version was left as it "
                     u"is, and yours was saved as " + placed.written};
    }
    if (!synced)
        return fail(ErrorKind::Io, u"was saved, but the system could not confirm the save is on disk (" +
                                       synced.error().message + u"); save again to be sure");
    return recorded;
}

} // namespace wgll::storage
