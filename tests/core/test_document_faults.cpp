// SPDX-License-Identifier: GPL-3.0-or-later
// I/O fault injection, as in SQLite's own I/O-error tests: for each kind of call (write, sync,
// truncate, read), fail call number N for N = 1, 2, ... until the operation completes without
// reaching N. After every failure the user's file must be byte-identical (or, where the
// operation is a save, a valid new version), no committed edit may be lost, and the session
// must carry on once the fault clears.
#include "faultyvfs.h"
#include "framework/frameworkcatalog.h"
#include "storage/document.h"
#include "storage/durablefile.h"
#include "storage/filepaths.h"
#include "storage/workingcopy.h"
#include "testsupport.h"
#include "validfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <sqlite3.h>
#include <sys/resource.h>

using namespace wgll;
using storage::Document;
using test::FaultyVfs;
using test::isValidDocument;

namespace {

Answer scored(const QString &id, int score)
{
    Answer a;
    a.indicator = id;
    a.score = score;
    return a;
}

QStringList leftoverTemporaries(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral(".tmp"));
}

int errorCodeFor(FaultyVfs::Call call, FaultyVfs::Mode mode)
{
    switch (call) {
    case FaultyVfs::Call::Write:
        return mode == FaultyVfs::Mode::Persistent ? SQLITE_FULL : SQLITE_IOERR_WRITE;
    case FaultyVfs::Call::Sync:
        return SQLITE_IOERR_FSYNC;
    case FaultyVfs::Call::Truncate:
        return SQLITE_IOERR_TRUNCATE;
    case FaultyVfs::Call::Read:
        return SQLITE_IOERR_READ;
    }
    return SQLITE_IOERR;
}

/// A saved assessment with a few scores, copied afresh for every fault position.
struct Lab
{
    QTemporaryDir dir;
    QString templateFile;

    Lab()
    {
        static const FrameworkCatalog catalog = FrameworkCatalog::load({});
        templateFile = dir.filePath(QStringLiteral("template.wgll"));
        AssessmentInfo info;
        info.organisation = QStringLiteral("Fault Lab NHS Trust");
        Error error;
        auto doc = wgll::take(Document::create(templateFile, catalog.find(QStringLiteral("wgll-org"))->framework, info, work()), error);
        REQUIRE(doc);
        REQUIRE(doc->setAnswer(scored(QStringLiteral("1.1"), 2)));
        REQUIRE(doc->save());
        doc->close();
    }
    QString work() const { return dir.filePath(QStringLiteral("work")); }
    QString fresh(int n) const
    {
        const QString name = dir.filePath(QStringLiteral("case-%1.wgll").arg(n));
        QFile::remove(name);
        REQUIRE(QFile::copy(templateFile, name));
        return name;
    }
    std::unique_ptr<Document> open(const QString &file,
                                   Document::Recovery r = Document::Recovery::Refuse) const
    {
        Error error;
        auto doc = wgll::take(Document::open(file, r, work()), error);
        INFO(error.toString().toStdString());
        REQUIRE(doc);
        return doc;
    }
};

// The fault positions an operation went through; the loop stops at the first N it never reached.
// Reaching this cap instead fails the test: the later positions were never tried.
constexpr int MaxPositions = 400;

constexpr const char *EndOfSession = "the end of a session, then a restart";

// Whether `operation` makes calls of this kind at all. Where it makes none the fault cannot fire
// and that pairing proves nothing, so it is named here, and the test fails if it ever does make
// one (then it must be tested). Only a checkpoint truncates (the working copy's size after the
// WAL is copied back), and an edit or an import reads nothing: the pages are in the
// connection's cache.
bool makesCalls(const char *operation, FaultyVfs::Call call)
{
    const bool endOfSession = std::strcmp(operation, EndOfSession) == 0;
    switch (call) {
    case FaultyVfs::Call::Write:
    case FaultyVfs::Call::Sync:
        return true;
    case FaultyVfs::Call::Truncate:
        return endOfSession;
    case FaultyVfs::Call::Read:
        return std::strcmp(operation, "a score edit, then a restart") != 0 &&
               std::strcmp(operation, "an import of every statement in one transaction") != 0;
    }
    return true;
}

} // namespace

TEST_CASE("an I/O fault at any call position loses no committed edit and damages no file",
          "[document][faults]")
{
    const FaultyVfs::Call call = GENERATE(FaultyVfs::Call::Write, FaultyVfs::Call::Sync,
                                          FaultyVfs::Call::Truncate, FaultyVfs::Call::Read);
    const FaultyVfs::Mode mode = GENERATE(FaultyVfs::Mode::Once, FaultyVfs::Mode::Persistent);
    const int code = errorCodeFor(call, mode);
    CAPTURE(test::callName(call), mode == FaultyVfs::Mode::Once ? "once" : "persistent");
    Lab lab;
    FaultyVfs vfs;
    int failed = 0;   // operations the fault made fail
    int injected = 0; // calls the fault actually failed
    int ended = 0;    // the position at which the loop stopped, having tried every earlier one
    const char *operation = "";

    SECTION("a score edit, then a restart")
    {
        operation = "a score edit, then a restart";
        for (int n = 1; n < MaxPositions; ++n) {
            CAPTURE(n);
            const QString file = lab.fresh(n);
            const QByteArray original = test::readAll(file);
            auto doc = lab.open(file);
            REQUIRE(doc->setAnswer(scored(QStringLiteral("1.2"), 3))); // committed before the fault
            vfs.arm(call, n, mode, code);
            const Status edited = doc->setAnswer(scored(QStringLiteral("2.1"), 5));
            const bool reached = vfs.calls() >= n;
            injected += vfs.failures();
            vfs.disarm();
            if (!edited) {
                ++failed;
                CHECK(edited.error().kind == ErrorKind::Io);
                CHECK_FALSE(edited.error().message.isEmpty());
                // The live session does not show the edit it reported as failed.
                CHECK_FALSE(doc->answer(QStringLiteral("2.1"))->score.has_value());
            }
            // A restart after the fault: the committed edit is there, the working copy is whole,
            // and the edit whose commit failed is not.
            doc.reset();
            CHECK(test::readAll(file) == original);
            auto again = lab.open(file, Document::Recovery::Restore);
            CHECK(again->isModified());
            CHECK(again->answer(QStringLiteral("1.2"))->score == 3);
            if (edited)
                CHECK(again->answer(QStringLiteral("2.1"))->score == 5);
            else
                CHECK_FALSE(again->answer(QStringLiteral("2.1"))->score.has_value());
            // The session carries on: another edit and a save work.
            REQUIRE(again->setAnswer(scored(QStringLiteral("3.1"), 1)));
            REQUIRE(again->save());
            again->close();
            if (!reached && edited) {
                ended = n;
                break;
            }
        }
    }

    SECTION("the end of a session, then a restart")
    {
        operation = EndOfSession;
        for (int n = 1; n < MaxPositions; ++n) {
            CAPTURE(n);
            const QString file = lab.fresh(n);
            const QByteArray original = test::readAll(file);
            auto doc = lab.open(file);
            REQUIRE(doc->setAnswer(scored(QStringLiteral("1.2"), 3)));
            REQUIRE(doc->setAnswer(scored(QStringLiteral("2.1"), 5)));
            // The session ends with unsaved edits: closing the connection checkpoints the WAL
            // into the working copy (reads, writes, a truncate, syncs), all under the fault.
            vfs.arm(call, n, mode, code);
            doc.reset();
            const bool reached = vfs.calls() >= n;
            injected += vfs.failures();
            failed += vfs.failures() > 0 ? 1 : 0;
            vfs.disarm();
            CHECK(test::readAll(file) == original);
            auto again = lab.open(file, Document::Recovery::Restore);
            CHECK(again->isModified());
            CHECK(again->answer(QStringLiteral("1.2"))->score == 3);
            CHECK(again->answer(QStringLiteral("2.1"))->score == 5);
            REQUIRE(again->setAnswer(scored(QStringLiteral("3.1"), 1)));
            REQUIRE(again->save());
            again->close();
            CHECK(lab.open(file)->answer(QStringLiteral("2.1"))->score == 5);
            if (!reached) {
                ended = n;
                break;
            }
        }
    }

    SECTION("an import of every statement in one transaction")
    {
        operation = "an import of every statement in one transaction";
        for (int n = 1; n < MaxPositions; ++n) {
            CAPTURE(n);
            const QString file = lab.fresh(n);
            auto doc = lab.open(file);
            // An unsaved edit first, so that a restart restores this working copy rather than
            // reading the user's untouched file again.
            REQUIRE(doc->setAnswer(scored(QStringLiteral("1.2"), 3)));
            QList<Answer> all;
            for (const Measure &m : doc->framework().measures) {
                for (const Indicator &i : m.indicators)
                    all.append(scored(i.id, 1 + static_cast<int>(all.size() % 5)));
            }
            vfs.arm(call, n, mode, code);
            const Status imported = doc->setAnswers(all);
            const bool reached = vfs.calls() >= n;
            injected += vfs.failures();
            vfs.disarm();
            // All or nothing, never part: count the statements holding the imported score (no
            // statement holds it before: 1.1 is 2 and 1.2 is 3, the rest unscored).
            const auto importedRows = [&](const Document &d) {
                int matching = 0;
                for (const Answer &a : all)
                    matching += d.answer(a.indicator)->score == a.score ? 1 : 0;
                return matching;
            };
            const int expected = imported ? static_cast<int>(all.size()) : 0;
            if (!imported)
                ++failed;
            CHECK(importedRows(*doc) == expected); // the live session
            doc.reset();
            auto again = lab.open(file, Document::Recovery::Restore);
            CHECK(again->isModified()); // the working copy was restored, not the file reread
            CHECK(importedRows(*again) == expected);
            if (!imported) {
                CHECK(again->answer(QStringLiteral("1.1"))->score == 2);
                CHECK(again->answer(QStringLiteral("1.2"))->score == 3);
            }
            again->close();
            if (!reached && imported) {
                ended = n;
                break;
            }
        }
    }

    SECTION("a save")
    {
        operation = "a save";
        for (int n = 1; n < MaxPositions; ++n) {
            CAPTURE(n);
            const QString file = lab.fresh(n);
            auto doc = lab.open(file);
            REQUIRE(doc->setAnswer(scored(QStringLiteral("4.2"), 4)));
            const QByteArray before = test::readAll(file);
            vfs.arm(call, n, mode, code);
            const Status saved = doc->save();
            const bool reached = vfs.calls() >= n;
            injected += vfs.failures();
            vfs.disarm();
            QString why;
            if (saved) {
                CHECK(isValidDocument(file, why));
                CHECK(!doc->isModified());
            } else {
                ++failed;
                INFO(saved.error().toString().toStdString());
                CHECK(test::readAll(file) == before);
                CHECK(doc->isModified());
            }
            CHECK(leftoverTemporaries(lab.dir.path()).isEmpty());
            // With the fault gone the same session saves, and the edit is in the file.
            REQUIRE(doc->save());
            doc->close();
            CHECK(lab.open(file)->answer(QStringLiteral("4.2"))->score == 4);
            if (!reached && saved) {
                ended = n;
                break;
            }
        }
    }

    SECTION("an open")
    {
        operation = "an open";
        for (int n = 1; n < MaxPositions; ++n) {
            CAPTURE(n);
            const QString file = lab.fresh(n);
            const QByteArray before = test::readAll(file);
            Error error;
            vfs.arm(call, n, mode, code);
            auto doc = wgll::take(Document::open(file, Document::Recovery::Refuse, lab.work()), error);
            const bool reached = vfs.calls() >= n;
            injected += vfs.failures();
            vfs.disarm();
            const bool opened = doc != nullptr;
            if (!doc) {
                ++failed;
                CHECK_FALSE(error.message.isEmpty());
                // Nothing is left half-open: a second try opens normally.
                doc = lab.open(file);
            }
            CHECK(doc->answer(QStringLiteral("1.1"))->score == 2);
            doc->close();
            CHECK(test::readAll(file) == before);
            if (!reached) {
                CHECK(opened);
                ended = n;
                break;
            }
        }
    }

    SECTION("creating a new file")
    {
        operation = "creating a new file";
        static const FrameworkCatalog catalog = FrameworkCatalog::load({});
        for (int n = 1; n < MaxPositions; ++n) {
            CAPTURE(n);
            const QString file = lab.dir.filePath(QStringLiteral("new-%1.wgll").arg(n));
            Error error;
            vfs.arm(call, n, mode, code);
            auto doc = wgll::take(Document::create(file, catalog.find(QStringLiteral("wgll-ics"))->framework, {},
                                        lab.work()), error);
            const bool reached = vfs.calls() >= n;
            injected += vfs.failures();
            vfs.disarm();
            QString why;
            if (doc) {
                CHECK(isValidDocument(file, why));
                doc->close();
            } else {
                ++failed;
                CHECK_FALSE(error.message.isEmpty());
                CHECK_FALSE(QFile::exists(file)); // no half-made file
            }
            CHECK(leftoverTemporaries(lab.dir.path()).isEmpty());
            if (!reached && doc) {
                ended = n;
                break;
            }
        }
    }
    // The loop stopped because the operation got past every position, not at the cap.
    INFO(operation << ", " << test::callName(call) << (mode == FaultyVfs::Mode::Once ? " once" : " persistent")
                   << ": positions tried: " << ended << ", faults injected: " << injected << ", operations failed: " << failed);
    CHECK(ended > 0);
    if (makesCalls(operation, call)) {
        // The fault must actually have fired, or the loop proved nothing.
        CHECK(ended > 1);
        CHECK(injected > 0);
    } else {
        CHECK(ended == 1);
        CHECK(injected == 0);
    }
    // Every one of these operations writes, so a write fault must have made it fail at some
    // position. (SQLite tolerates some failed syncs and reads, so those may not fail it.)
    if (call == FaultyVfs::Call::Write)
        CHECK(failed > 0);
}

namespace {
const char *failingStep = nullptr;
int failStep(const char *step)
{
    return failingStep && std::strcmp(step, failingStep) == 0 ? EIO : 0;
}
// The manifest's own writes flush the working folder too, and the first (the save in flight,
// noted before the target is renamed) must succeed: fail only the folder flushes after the
// target's rename, the second rename of a save.
int renames = 0;
int failFolderSyncAfterRename(const char *step)
{
    if (std::strcmp(step, "rename") == 0)
        ++renames;
    return renames >= 2 && std::strcmp(step, "sync-folder") == 0 ? EIO : 0;
}
} // namespace

TEST_CASE("a failure in the save's own file-system steps leaves the old or the new file",
          "[document][faults]")
{
    Lab lab;
    const QString file = lab.fresh(0);
    auto doc = lab.open(file);
    REQUIRE(doc->setAnswer(scored(QStringLiteral("5.1"), 5)));
    const QByteArray before = test::readAll(file);
    storage::durable::setFaultHook(failStep);
    QString why;

    SECTION("flushing the new copy or renaming it fails: the old file stays, byte for byte")
    {
        failingStep = GENERATE("sync-file", "rename");
        CAPTURE(failingStep);
        const Status saved = doc->save();
        failingStep = nullptr;
        REQUIRE_FALSE(saved);
        CHECK(test::readAll(file) == before);
        CHECK(doc->isModified());
        CHECK(leftoverTemporaries(lab.dir.path()).isEmpty());
    }
    SECTION("flushing the folder after the rename fails: the new file is in place and the user is told")
    {
        renames = 0;
        storage::durable::setFaultHook(failFolderSyncAfterRename);
        const Status saved = doc->save();
        storage::durable::setFaultHook(failStep);
        REQUIRE(renames == 3); // the manifest's note, the target, the manifest's record
        REQUIRE_FALSE(saved);
        CHECK(saved.error().message.contains(QStringLiteral("could not confirm")));
        CHECK(isValidDocument(file, why));
        // Our own rename is not mistaken for another program's change on the next save.
        CHECK(doc->save());
    }
    SECTION("copying the file in on open fails: a clear error, nothing left behind")
    {
        doc->close();
        const auto workFiles = [&] {
            return QDir(lab.work()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        };
        REQUIRE(QFileInfo(lab.work()).isDir());
        REQUIRE(workFiles().isEmpty()); // the closed session left nothing
        const qint64 size = before.size();
        REQUIRE(size > 8192);
        // Before the first byte (the fault hook), or part-way: after one page, half-way, or at
        // the very last byte, where every further write fails with EFBIG as on a full disk.
        const qint64 limit = GENERATE_COPY(values<qint64>({0, 4096, size / 2, size - 1}));
        CAPTURE(limit);
        Error error;
        std::unique_ptr<Document> opened;
        if (limit == 0) {
            failingStep = "copy";
            opened = wgll::take(Document::open(file, Document::Recovery::Discard, lab.work()), error);
            failingStep = nullptr;
        } else {
            struct rlimit old {};
            REQUIRE(getrlimit(RLIMIT_FSIZE, &old) == 0);
            std::signal(SIGXFSZ, SIG_IGN);
            struct rlimit small = old;
            small.rlim_cur = static_cast<rlim_t>(limit);
            REQUIRE(setrlimit(RLIMIT_FSIZE, &small) == 0);
            opened = wgll::take(Document::open(file, Document::Recovery::Discard, lab.work()), error);
            REQUIRE(setrlimit(RLIMIT_FSIZE, &old) == 0);
        }
        INFO(error.toString().toStdString());
        CHECK_FALSE(opened);
        CHECK(error.kind == ErrorKind::Io);
        // The copy itself failed, part-way through writing where the limit allowed some bytes.
        CHECK(error.message.startsWith(limit == 0 ? u"cannot copy" : u"cannot write"));
        // Nothing is left behind: no working folder, no partial copy, no temporary file beside
        // the user's file, and the user's file is unchanged.
        INFO(workFiles().join(u' ').toStdString());
        CHECK(workFiles().isEmpty());
        CHECK(leftoverTemporaries(lab.dir.path()).isEmpty());
        CHECK(test::readAll(file) == before);
        CHECK(lab.open(file, Document::Recovery::Discard)->answer(QStringLiteral("1.1"))->score == 2);
    }
    storage::durable::setFaultHook(nullptr);
    failingStep = nullptr;
    if (doc)
        doc->close();
    CHECK(lab.open(file, Document::Recovery::Discard));
}

namespace {
// A kill during an open: before each of the open's file-system steps, the working folder is
// copied aside, as a kill at that moment would leave it.
QString snapshotSource;
QString snapshotRoot;
int snapshots = 0;

void copyFolder(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    const QStringList names = QDir(from).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &name : names) {
        if (name != u"lock") // the killed process's lock dies with it
            REQUIRE(QFile::copy(from + u'/' + name, to + u'/' + name));
    }
}

int snapshotBeforeStep(const char *)
{
    copyFolder(snapshotSource, snapshotRoot + u'/' + QString::number(snapshots++));
    return 0;
}
} // namespace

TEST_CASE("a kill at any step of an open leaves a working folder whose next session saves in place",
          "[document][faults]")
{
    // Seen in the kill loop: killed after the copy was in the working folder but before the
    // manifest said which file it came from, the next session restored it as unsaved edits
    // with no record of the user's file, and its save was refused as another program's change.
    Lab lab;
    const QString file = lab.fresh(0);
    snapshotSource = storage::WorkingCopy::folderFor(lab.work(), storage::paths::resolved(file));
    snapshotRoot = lab.dir.filePath(QStringLiteral("kills"));
    snapshots = 0;
    storage::durable::setFaultHook(snapshotBeforeStep);
    auto first = lab.open(file);
    storage::durable::setFaultHook(nullptr);
    first->close();
    REQUIRE(snapshots >= 4); // the copy in, its placing, the manifest's write and its rename

    for (int kill = 0; kill < snapshots; ++kill) {
        CAPTURE(kill);
        QDir(snapshotSource).removeRecursively();
        copyFolder(snapshotRoot + u'/' + QString::number(kill), snapshotSource);
        auto doc = lab.open(file, Document::Recovery::Restore);
        REQUIRE(doc->setAnswer(scored(QStringLiteral("2.1"), 3 + kill % 2)));
        const Status saved = doc->save();
        INFO((saved ? QString() : saved.error().toString()).toStdString());
        CHECK(saved);
        CHECK(doc->fileName() == file);
        doc->close();
        const QStringList beside = QDir(lab.dir.path()).entryList({QStringLiteral("case-0 (saved*")}, QDir::Files);
        CHECK(beside.isEmpty());
    }
}
