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
#include "testsupport.h"
#include "validfile.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <sqlite3.h>

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
        auto doc = Document::create(templateFile, catalog.find(QStringLiteral("wgll-org"))->framework, info,
                                    error, work());
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
        auto doc = Document::open(file, error, r, work());
        INFO(error.toString().toStdString());
        REQUIRE(doc);
        return doc;
    }
};

// The fault positions an operation went through; the loop stops at the first N it never reached.
constexpr int MaxPositions = 400;

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
    int failed = 0;

    SECTION("a score edit, then a restart")
    {
        for (int n = 1; n < MaxPositions; ++n) {
            CAPTURE(n);
            const QString file = lab.fresh(n);
            const QByteArray original = test::readAll(file);
            auto doc = lab.open(file);
            REQUIRE(doc->setAnswer(scored(QStringLiteral("1.2"), 3))); // committed before the fault
            vfs.arm(call, n, mode, code);
            const Status edited = doc->setAnswer(scored(QStringLiteral("2.1"), 5));
            const bool reached = vfs.calls() >= n;
            vfs.disarm();
            if (!edited) {
                ++failed;
                CHECK(edited.error().kind == ErrorKind::Io);
                CHECK_FALSE(edited.error().message.isEmpty());
            }
            // A restart after the fault: the committed edit is there, the working copy is whole.
            doc.reset();
            CHECK(test::readAll(file) == original);
            auto again = lab.open(file, Document::Recovery::Restore);
            CHECK(again->answer(QStringLiteral("1.2"))->score == 3);
            if (edited)
                CHECK(again->answer(QStringLiteral("2.1"))->score == 5);
            // The session carries on: another edit and a save work.
            REQUIRE(again->setAnswer(scored(QStringLiteral("3.1"), 1)));
            REQUIRE(again->save());
            again->close();
            if (!reached && edited)
                break;
        }
    }

    SECTION("an import of every statement in one transaction")
    {
        for (int n = 1; n < MaxPositions; ++n) {
            CAPTURE(n);
            const QString file = lab.fresh(n);
            auto doc = lab.open(file);
            QList<Answer> all;
            for (const Measure &m : doc->framework().measures) {
                for (const Indicator &i : m.indicators)
                    all.append(scored(i.id, 1 + static_cast<int>(all.size() % 5)));
            }
            vfs.arm(call, n, mode, code);
            const Status imported = doc->setAnswers(all);
            const bool reached = vfs.calls() >= n;
            vfs.disarm();
            if (!imported)
                ++failed;
            doc.reset();
            auto again = lab.open(file, imported ? Document::Recovery::Restore : Document::Recovery::Discard);
            // All or nothing, never part: count the statements holding the imported score.
            int matching = 0;
            for (const Answer &a : all)
                matching += again->answer(a.indicator)->score == a.score ? 1 : 0;
            if (imported) {
                CHECK(matching == all.size());
            } else {
                CHECK(matching < all.size());
            }
            again->close();
            if (!reached && imported)
                break;
        }
    }

    SECTION("a save")
    {
        for (int n = 1; n < MaxPositions; ++n) {
            CAPTURE(n);
            const QString file = lab.fresh(n);
            auto doc = lab.open(file);
            REQUIRE(doc->setAnswer(scored(QStringLiteral("4.2"), 4)));
            const QByteArray before = test::readAll(file);
            vfs.arm(call, n, mode, code);
            const Status saved = doc->save();
            const bool reached = vfs.calls() >= n;
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
            if (!reached && saved)
                break;
        }
    }

    SECTION("an open")
    {
        for (int n = 1; n < MaxPositions; ++n) {
            CAPTURE(n);
            const QString file = lab.fresh(n);
            const QByteArray before = test::readAll(file);
            Error error;
            vfs.arm(call, n, mode, code);
            auto doc = Document::open(file, error, Document::Recovery::Refuse, lab.work());
            const bool reached = vfs.calls() >= n;
            vfs.disarm();
            if (!doc) {
                ++failed;
                CHECK_FALSE(error.message.isEmpty());
                // Nothing is left half-open: a second try opens normally.
                doc = lab.open(file);
            }
            CHECK(doc->answer(QStringLiteral("1.1"))->score == 2);
            doc->close();
            CHECK(test::readAll(file) == before);
            if (!reached)
                break;
        }
    }

    SECTION("creating a new file")
    {
        static const FrameworkCatalog catalog = FrameworkCatalog::load({});
        for (int n = 1; n < MaxPositions; ++n) {
            CAPTURE(n);
            const QString file = lab.dir.filePath(QStringLiteral("new-%1.wgll").arg(n));
            Error error;
            vfs.arm(call, n, mode, code);
            auto doc = Document::create(file, catalog.find(QStringLiteral("wgll-ics"))->framework, {}, error,
                                        lab.work());
            const bool reached = vfs.calls() >= n;
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
            if (!reached && doc)
                break;
        }
    }
    // Every one of these operations writes, so a write fault must have made it fail at
    // some position, or the loop proved nothing. (SQLite tolerates some failed syncs and reads,
    // and none of these paths truncates a file, so those counts may be zero.)
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
        failingStep = "copy";
        Error error;
        CHECK_FALSE(Document::open(file, error, Document::Recovery::Discard, lab.work()));
        failingStep = nullptr;
        CHECK(error.kind == ErrorKind::Io);
        CHECK(lab.open(file, Document::Recovery::Discard)->answer(QStringLiteral("1.1"))->score == 2);
    }
    storage::durable::setFaultHook(nullptr);
    failingStep = nullptr;
    if (doc)
        doc->close();
    CHECK(lab.open(file, Document::Recovery::Discard));
}
