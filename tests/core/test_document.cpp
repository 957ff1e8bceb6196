// SPDX-License-Identifier: GPL-3.0-or-later
// Raw sqlite3 calls (tamper()) on purpose: files are damaged outside the hardened wrapper, as a
// careless tool would, to test that the document and its checks reject them.
#include "testsupport.h"

#include "framework/frameworkcatalog.h"
#include "sqlite/database.h"
#include "storage/document.h"
#include "storage/recovery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>

#include <sqlite3.h>

#include <csignal>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace wgll;
using storage::Document;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    QString work() const { return dir.filePath(QStringLiteral("work")); }
    QString file(const QString &name = QStringLiteral("a.wgll")) const { return dir.filePath(name); }

    std::unique_ptr<Document> create(const QString &name = QStringLiteral("a.wgll"))
    {
        static const FrameworkCatalog catalog = FrameworkCatalog::load({});
        AssessmentInfo info;
        info.organisation = QStringLiteral("Northshire Hospitals NHS FT");
        info.period = QStringLiteral("2026/27");
        Error error;
        auto doc = wgll::take(Document::create(file(name), catalog.find(QStringLiteral("wgll-org"))->framework, info, work()), error);
        INFO(error.toString().toStdString());
        REQUIRE(doc);
        return doc;
    }
    std::unique_ptr<Document> open(const QString &name = QStringLiteral("a.wgll"),
                                   Document::Recovery r = Document::Recovery::Refuse)
    {
        Error error;
        auto doc = wgll::take(Document::open(file(name), r, work()), error);
        INFO(error.toString().toStdString());
        REQUIRE(doc);
        return doc;
    }
    Error openError(const QString &path)
    {
        Error error;
        auto doc = wgll::take(Document::open(path, Document::Recovery::Refuse, work()), error);
        CHECK_FALSE(doc);
        return error;
    }
};

Answer scored(const QString &id, int score)
{
    Answer a;
    a.indicator = id;
    a.score = score;
    return a;
}

// Edits a saved file with SQL, as an attacker or a careless tool would, keeping it a valid
// SQLite file in rollback mode.
void tamper(const QString &path, const char *sql)
{
    sqlite3 *raw = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &raw) == SQLITE_OK);
    char *message = nullptr;
    const int rc = sqlite3_exec(raw, sql, nullptr, nullptr, &message);
    INFO((message ? message : ""));
    sqlite3_free(message);
    sqlite3_close(raw);
    REQUIRE(rc == SQLITE_OK);
}

} // namespace

TEST_CASE("create, edit, save, reopen gives the same assessment, evidence bytes included", "[document]")
{
    Fixture f;
    {
        auto doc = f.create();
        CHECK_FALSE(doc->isModified());
        REQUIRE(doc->setAnswer(scored(QStringLiteral("1.1"), 3)));
        Answer na;
        na.indicator = QStringLiteral("3.5");
        na.notApplicable = true;
        na.naReason = QStringLiteral("Provided by the ICS");
        na.weight = 2;
        na.notes = QStringLiteral("<b>not markup</b> \u2018quoted\u2019");
        REQUIRE(doc->setAnswer(na));
        CHECK(doc->isModified());
        const QString evidence = f.file(QStringLiteral("policy.bin"));
        QByteArray bytes(3 * 1024 * 1024 + 17, '\0');
        for (qsizetype i = 0; i < bytes.size(); ++i)
            bytes[i] = static_cast<char>(i * 7919 % 251);
        wgll::test::writeAll(evidence, bytes);
        Error error;
        REQUIRE(wgll::take(doc->addEvidenceFile(evidence, QStringLiteral("Cyber policy"), {QStringLiteral("3.5")}), error));
        REQUIRE(wgll::take(doc->addEvidenceLink(QStringLiteral("https://example.org/dspt"), QString(), {QStringLiteral("3.1")}), error));
        Action action{0, QStringLiteral("1.1"), QStringLiteral("Appoint a CNIO"), QStringLiteral("Chief Nurse"),
                      QDate(2027, 3, 31), QStringLiteral("open")};
        REQUIRE(wgll::take(doc->addAction(action), error));
        REQUIRE(doc->save());
        CHECK_FALSE(doc->isModified());
        doc->close();
    }
    auto doc = f.open();
    const Assessment a = doc->assessment();
    CHECK(a.info.organisation == u"Northshire Hospitals NHS FT");
    CHECK(a.answers.size() == 49);
    CHECK(a.answer(QStringLiteral("1.1"))->score == 3);
    CHECK(a.answer(QStringLiteral("3.5"))->notApplicable);
    CHECK(a.answer(QStringLiteral("3.5"))->notes == u"<b>not markup</b> \u2018quoted\u2019");
    CHECK_FALSE(a.answer(QStringLiteral("2.1"))->score.has_value());
    REQUIRE(a.evidence.size() == 2);
    CHECK(a.evidence.at(0).size == 3 * 1024 * 1024 + 17);
    CHECK(a.actions.size() == 1);
    CHECK(a.actions.at(0).due == QDate(2027, 3, 31));
    const QString out = f.file(QStringLiteral("out.bin"));
    REQUIRE(doc->extractEvidence(a.evidence.at(0).id, out));
    CHECK(wgll::test::readAll(out) == wgll::test::readAll(f.file(QStringLiteral("policy.bin"))));
    CHECK(doc->verifyEvidence());
    // No sidecar files beside the user's file, ever.
    CHECK(QDir(f.dir.path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("a.wgll")) ==
          QStringList{QStringLiteral("a.wgll")});
}

TEST_CASE("invalid answers are refused and change nothing", "[document]")
{
    Fixture f;
    auto doc = f.create();
    const qint64 generation = doc->generation();
    Answer a = scored(QStringLiteral("1.1"), 6);
    CHECK(doc->setAnswer(a).error().message.contains(u"score 6 is outside the scale 1–5"));
    a = scored(QStringLiteral("9.9"), 3);
    CHECK(doc->setAnswer(a).error().message.contains(u"no statement \"9.9\""));
    a = Answer{QStringLiteral("1.2"), {}, true, QString(), {}, 1, {}, {}};
    CHECK(doc->setAnswer(a).error().message.contains(u"N/A needs a reason"));
    a = scored(QStringLiteral("1.2"), 2);
    a.weight = 4;
    CHECK_FALSE(doc->setAnswer(a));
    // All or nothing: one bad answer in a batch stops the good ones too.
    CHECK_FALSE(doc->setAnswers({scored(QStringLiteral("1.1"), 2), scored(QStringLiteral("1.2"), 0)}));
    CHECK_FALSE(doc->answer(QStringLiteral("1.1"))->score.has_value());
    CHECK(doc->generation() == generation);
    // An edit that changes nothing is not an edit.
    REQUIRE(doc->setAnswer(scored(QStringLiteral("1.1"), 2)));
    const qint64 after = doc->generation();
    REQUIRE(doc->setAnswer(scored(QStringLiteral("1.1"), 2)));
    CHECK(doc->generation() == after);
}

TEST_CASE("crafted bad files are rejected with a specific message", "[document][errors]")
{
    struct Case
    {
        const char *name;
        const char *sql;
        const char *message;
    };
    const Case c = GENERATE(values<Case>({
        {"zero application id", "PRAGMA application_id = 0", "not a WGLL assessment (application id 0x00000000"},
        {"other application id", "PRAGMA application_id = 1234", "application id 0x000004d2"},
        {"newer version", "PRAGMA user_version = 4", "made by a newer WGLL Workbench (file format 4"},
        {"extra table", "CREATE TABLE loot(x)", "unexpected table \"loot\""},
        {"view", "CREATE VIEW v AS SELECT 1", "unexpected view \"v\""},
        {"trigger", "CREATE TRIGGER t AFTER UPDATE ON answer BEGIN SELECT 1; END", "unexpected trigger \"t\""},
        {"virtual table", "CREATE VIRTUAL TABLE r USING rtree(id, a, b)", "unexpected table \"r\""},
        {"extra index", "CREATE INDEX i ON answer(notes)", "unexpected index \"i\""},
        {"altered table", "ALTER TABLE answer ADD COLUMN extra TEXT", "the table \"answer\" has been altered"},
        {"dropped table", "DROP TABLE vote", "the table \"vote\" is missing"},
        {"score out of range", "UPDATE answer SET score = 9 WHERE indicator = '1.1'", "statement 1.1: score 9 is outside the scale 1–5"},
        {"score as text", "UPDATE answer SET score = 'three' WHERE indicator = '1.1'", "statement 1.1: score three is outside"},
        {"N/A and scored", "UPDATE answer SET na = 1, na_reason = 'x', score = 3 WHERE indicator = '1.1'", "marked N/A but also scored"},
        {"weight", "UPDATE answer SET weight = 7 WHERE indicator = '2.1'", "statement 2.1: weight must be 1, 2 or 3"},
        {"orphan answer", "INSERT INTO answer(indicator, position) VALUES ('8.1', 99)", "statement \"8.1\", which is not in the framework"},
        {"missing answer", "DELETE FROM answer WHERE indicator = '7.5'", "1 of the framework's 49 statements have no answer row"},
        {"orphan evidence link", "PRAGMA foreign_keys = OFF; INSERT INTO evidence_link VALUES (42, '1.1')", "refers to something that does not exist"},
        {"oversized text", "UPDATE answer SET notes = printf('%.*c', 30000, 'x') WHERE indicator = '1.1'", "column \"notes\" of table \"answer\" is longer than 20000 characters"},
        {"no checksum", "DELETE FROM meta WHERE key = 'content-sha256'", "has no content checksum"},
        {"edited content", "UPDATE answer SET notes = 'changed' WHERE indicator = '1.1'", "content does not match its checksum"},
        {"broken framework", "UPDATE framework SET json = '{}'", "the embedded framework is invalid"},
        {"bad status", "UPDATE assessment SET status = 'approved'", "assessment status \"approved\""},
        {"javascript link", "INSERT INTO evidence(kind, title, url, added) VALUES ('link', 't', 'javascript:alert(1)', '2026-01-01T00:00:00Z')",
         "not an http, https or mailto address"},
        {"vote out of scale", "INSERT INTO participant(id, name) VALUES (1, 'A'); INSERT INTO workshop_session(id, title, date) "
         "VALUES (1, 'W', '2026-11-20'); INSERT INTO vote VALUES (1, 1, '1.1', 9, '2026-11-20T10:00:00Z')",
         "a workshop vote is outside the scale"},
        {"cover date", "INSERT INTO cover_sheet(id, meeting_date) VALUES (1, '2026-13-01')",
         "the cover sheet's meeting date \"2026-13-01\" is not a date"},
        {"cover purpose", "INSERT INTO cover_sheet(id, purpose) VALUES (1, 'Rubber stamp')",
         "the cover sheet's purpose \"Rubber stamp\" is not one of"},
        {"cover assurance", "INSERT INTO cover_sheet(id, assurance) VALUES (1, 'Total')",
         "the cover sheet's assurance \"Total\" is not one of"},
        {"cover text too long", "INSERT INTO cover_sheet(id, risks) VALUES (1, printf('%.*c', 4001, 'x'))",
         "column \"risks\" of table \"cover_sheet\" (row 1) is longer than 4000 characters"},
        {"sign-off out of order", "INSERT INTO signoff VALUES (2, 'Chair', '2026-11-20T10:00:00.000Z', '', "
         "'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', '', 'Chair', '2026-11-21T10:00:00.000Z')",
         "the sign-offs are not numbered 1, 2, 3"},
        {"sign-off hash not hex", "INSERT INTO signoff VALUES (1, 'Chair', '2026-11-20T10:00:00.000Z', '', "
         "'E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855', '', 'Chair', '2026-11-21T10:00:00.000Z')",
         "the recorded hash is not 64 lower-case hex digits"},
        {"sign-off content swapped", "INSERT INTO signoff VALUES (1, 'Chair', '2026-11-20T10:00:00.000Z', '', "
         "'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'other', 'Chair', "
         "'2026-11-21T10:00:00.000Z')",
         "the content kept with it does not match its recorded hash"},
        {"sign-off bad time", "INSERT INTO signoff VALUES (1, 'Chair', 'yesterday', '', "
         "'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', '', 'Chair', '2026-11-21T10:00:00.000Z')",
         "the time \"yesterday\" is not a valid time"},
        {"half reopened", "INSERT INTO signoff VALUES (1, 'Chair', '2026-11-20T10:00:00.000Z', '', "
         "'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', '', 'Chair', '')",
         "the reopening is incomplete"},
        {"two in force", "INSERT INTO signoff VALUES (1, 'Chair', '2026-11-20T10:00:00.000Z', '', "
         "'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', '', '', ''), (2, 'Chair', "
         "'2026-11-21T10:00:00.000Z', '', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', '', '', '');"
         "UPDATE assessment SET status = 'final'",
         "a sign-off follows one that is still in force"},
        {"final without sign-off", "UPDATE assessment SET status = 'final'",
         "the assessment is marked final but no sign-off is in force"},
        {"sign-off without final", "INSERT INTO signoff VALUES (1, 'Chair', '2026-11-20T10:00:00.000Z', '', "
         "'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', '', '', '')",
         "the assessment is signed off but its status is not final"},
        {"vote by nobody", "PRAGMA foreign_keys = OFF; INSERT INTO workshop_session(id, title, date) VALUES (1, 'W', "
         "'2026-11-20'); INSERT INTO vote VALUES (1, 7, '1.1', 3, '2026-11-20T10:00:00Z')",
         "refers to something that does not exist"},
    }));
    INFO(c.name);
    Fixture f;
    f.create()->close();
    tamper(f.file(), c.sql);
    const Error e = f.openError(f.file());
    CHECK(e.kind == ErrorKind::BadData);
    CHECK(e.file == f.file());
    INFO(e.message.toStdString());
    CHECK(e.message.contains(QString::fromUtf8(c.message)));
}

TEST_CASE("files that are not .wgll files, or not whole, are rejected", "[document][errors]")
{
    Fixture f;
    f.create()->close();
    const QByteArray good = wgll::test::readAll(f.file());

    const QString text = f.file(QStringLiteral("notes.wgll"));
    wgll::test::writeAll(text, "Board minutes, not an assessment");
    CHECK(f.openError(text).message == u"not a WGLL assessment (not an SQLite database)");

    const QString empty = f.file(QStringLiteral("empty.wgll"));
    wgll::test::writeAll(empty, QByteArray());
    CHECK(f.openError(empty).message.contains(u"not an SQLite database"));

    QByteArray wal = good;
    wal[18] = 2;
    wal[19] = 2;
    const QString walFile = f.file(QStringLiteral("wal.wgll"));
    wgll::test::writeAll(walFile, wal);
    CHECK(f.openError(walFile).message.contains(u"write-ahead-log mode"));

    wgll::test::writeAll(f.file() + u"-journal", "hot");
    CHECK(f.openError(f.file()).message.contains(u"unfinished SQLite journal file beside it"));
    QFile::remove(f.file() + u"-journal");

    CHECK(f.openError(f.file(QStringLiteral("missing.wgll"))).kind == ErrorKind::NotFound);
    CHECK(f.openError(f.dir.path()).kind == ErrorKind::NotFound);
}

TEST_CASE("every truncation of a valid file is rejected", "[document][sweep]")
{
    Fixture f;
    {
        auto doc = f.create();
        REQUIRE(doc->setAnswer(scored(QStringLiteral("1.1"), 3)));
        REQUIRE(doc->save());
    }
    const QByteArray good = wgll::test::readAll(f.file());
    const QString cut = f.file(QStringLiteral("cut.wgll"));
    int rejected = 0;
    for (qsizetype size = 0; size < good.size(); size += 512) {
        wgll::test::writeAll(cut, good.left(size));
        Error error;
        auto doc = wgll::take(Document::open(cut, Document::Recovery::Refuse, f.work()), error);
        CHECK_FALSE(doc);
        rejected += doc ? 0 : 1;
    }
    CHECK(rejected == (good.size() + 511) / 512);
}

TEST_CASE("no single-bit flip changes a score silently", "[document][sweep]")
{
    Fixture f;
    {
        auto doc = f.create();
        for (const char *id : {"1.1", "2.3", "3.5", "7.5"})
            REQUIRE(doc->setAnswer(scored(QString::fromLatin1(id), 2)));
        REQUIRE(doc->save());
    }
    const QByteArray good = wgll::test::readAll(f.file());
    const QString flipped = f.file(QStringLiteral("flip.wgll"));
    int opened = 0, rejected = 0;
    // One bit in every 29th byte, rotating through the bit positions, so every page and every
    // part of a page is hit within a ctest-sized run (the full per-byte sweep is a benchmark).
    qsizetype tried = 0;
    for (qsizetype at = 0; at < good.size(); at += 29, ++tried) {
        QByteArray bytes = good;
        bytes[at] = static_cast<char>(bytes.at(at) ^ (1 << (at % 8)));
        wgll::test::writeAll(flipped, bytes);
        Error error;
        auto doc = wgll::take(Document::open(flipped, Document::Recovery::Refuse, f.work()), error);
        if (!doc) {
            ++rejected;
            continue;
        }
        ++opened;
        // Whatever opens must hold exactly the saved scores.
        const Assessment a = doc->assessment();
        for (const Answer &answer : a.answers) {
            const bool wasScored = QStringList{QStringLiteral("1.1"), QStringLiteral("2.3"), QStringLiteral("3.5"),
                                               QStringLiteral("7.5")}
                                       .contains(answer.indicator);
            INFO("byte " << at << " statement " << answer.indicator.toStdString());
            CHECK(answer.score == (wasScored ? std::optional<int>(2) : std::nullopt));
        }
        doc->close();
    }
    INFO("opened " << opened << ", rejected " << rejected);
    CHECK(rejected > 0);
    CHECK(opened + rejected == tried);
}

TEST_CASE("a second opener gets read-only access with a clear reason", "[document]")
{
    Fixture f;
    f.create()->close();
    // Another instance of the program, on this machine, opens the file for editing and holds it.
    QProcess holder;
    holder.start(QStringLiteral(WGLL_HOLD_DOCUMENT), {f.file(), f.work()});
    REQUIRE(holder.waitForStarted());
    // Wait for what it reports: it prints its pid once it holds the lock.
    QByteArray reported;
    while (!reported.contains('\n') && holder.waitForReadyRead(60000))
        reported += holder.readAllStandardOutput();
    INFO("holder said: " << reported.toStdString() << holder.readAllStandardError().toStdString());
    REQUIRE(reported == "locked " + QByteArray::number(holder.processId()) + '\n');

    Error error;
    auto second = wgll::take(Document::open(f.file(), Document::Recovery::Refuse, f.work()), error);
    INFO(error.toString().toStdString());
    REQUIRE(second);
    CHECK(second->isReadOnly());
    INFO(second->readOnlyReason().toStdString());
    CHECK(second->readOnlyReason() == u"it is open in wgll-hold-document (process " +
                                          QString::number(holder.processId()) + u" on " +
                                          QSysInfo::machineHostName() + u')');
    const Status refused = second->setAnswer(scored(QStringLiteral("1.1"), 3));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == ErrorKind::Conflict);
    CHECK(refused.error().message.contains(u"read-only"));
    second->close();

    // The holder dies without closing: its lock file stays, naming a process that is gone.
    holder.kill();
    REQUIRE(holder.waitForFinished());
    CHECK(holder.exitStatus() == QProcess::CrashExit);
    const QStringList folders = QDir(f.work()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    REQUIRE(folders.size() == 1);
    REQUIRE(QFileInfo::exists(f.work() + u'/' + folders.first() + u"/lock"));
    // A stale lock from a dead process does not keep the file read-only.
    auto third = wgll::take(Document::open(f.file(), Document::Recovery::Refuse, f.work()), error);
    INFO(error.toString().toStdString());
    REQUIRE(third);
    CHECK_FALSE(third->isReadOnly());
    REQUIRE(third->setAnswer(scored(QStringLiteral("1.1"), 3)));
    REQUIRE(third->save());
    third->close();
    CHECK(f.open()->answer(QStringLiteral("1.1"))->score == 3);
}

TEST_CASE("a lock file left empty by a crash while opening does not keep unsaved edits out of reach",
          "[document][recovery]")
{
    // Found by the kill -9 loop on a loaded machine: a process killed between creating the lock
    // file and writing its name in leaves an empty lock, which Qt never calls stale; every later
    // opener then got the saved file read-only ("open in another program (process 0 on )") and
    // the unsaved edits could never be restored.
    Fixture f;
    {
        auto doc = f.create();
        REQUIRE(doc->setAnswer(scored(QStringLiteral("4.2"), 5)));
    } // the process "dies": its working copy and unsaved edit stay
    const QStringList folders = QDir(f.work()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    REQUIRE(folders.size() == 1);
    const QString lock = f.work() + u'/' + folders.first() + u"/lock";
    REQUIRE_FALSE(QFileInfo::exists(lock));
    QFile empty(lock);
    REQUIRE(empty.open(QIODevice::WriteOnly)); // the next opener, killed before it wrote its name
    empty.close();

    CHECK(storage::recovery::inspect(f.file(), f.work()).kind == storage::RecoveryState::Kind::Pending);
    auto doc = f.open(QStringLiteral("a.wgll"), Document::Recovery::Restore);
    INFO(doc->readOnlyReason().toStdString());
    CHECK_FALSE(doc->isReadOnly());
    CHECK(doc->answer(QStringLiteral("4.2"))->score == 5);
    REQUIRE(doc->save());
    doc->close();
}

TEST_CASE("unsaved edits left by a crash are offered back, restored or discarded", "[document][recovery]")
{
    Fixture f;
    {
        auto doc = f.create();
        REQUIRE(doc->setAnswer(scored(QStringLiteral("4.2"), 5)));
        // The process "dies": destroying a modified document keeps its working copy.
    }
    const Error refused = f.openError(f.file());
    CHECK(refused.kind == ErrorKind::Conflict);
    CHECK(refused.message.contains(u"unsaved changes from a session that ended unexpectedly"));
    {
        auto restored = f.open(QStringLiteral("a.wgll"), Document::Recovery::Restore);
        CHECK(restored->isModified());
        CHECK(restored->answer(QStringLiteral("4.2"))->score == 5);
    }
    auto fresh = f.open(QStringLiteral("a.wgll"), Document::Recovery::Discard);
    CHECK_FALSE(fresh->isModified());
    CHECK_FALSE(fresh->answer(QStringLiteral("4.2"))->score.has_value());
}

TEST_CASE("unsaved edits from a crash are their own cause of failure, not a message to match", "[document][recovery]")
{
    Fixture f;
    // Another failure of the same kind and a plain failure carry no cause.
    f.create();
    const FrameworkCatalog catalog = FrameworkCatalog::load({});
    const Result<std::unique_ptr<Document>> exists =
        Document::create(f.file(), catalog.find(QStringLiteral("wgll-org"))->framework, {}, f.work());
    REQUIRE_FALSE(exists);
    CHECK(exists.error().cause == ErrorCause::Unspecified);
    const Error missing = f.openError(f.file(QStringLiteral("missing.wgll")));
    CHECK(missing.cause == ErrorCause::Unspecified);
    {
        auto doc = f.open(QStringLiteral("a.wgll"));
        REQUIRE(doc->setAnswer(scored(QStringLiteral("4.2"), 5)));
        // The process "dies": destroying a modified document keeps its working copy.
    }
    const Result<std::unique_ptr<Document>> refused = Document::open(f.file(), Document::Recovery::Refuse, f.work());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().cause == ErrorCause::UnsavedEdits);
    // The CLI maps it by its kind, so its exit code stays 75 (test_cli_recover checks that end to end).
    CHECK(refused.error().kind == ErrorKind::Conflict);
    // Every other way of opening it settles or leaves the edits, and reports no such failure.
    auto readOnly = Document::open(f.file(), Document::Recovery::ReadOnly, f.work());
    REQUIRE(readOnly);
    CHECK((*readOnly)->isReadOnly());
}

namespace {

// Sets a file's modification time exactly, to the nanosecond.
void setModified(const QString &path, qint64 seconds, long nanoseconds = 0)
{
    const struct timespec times[2] = {{0, UTIME_OMIT}, {static_cast<time_t>(seconds), nanoseconds}};
    REQUIRE(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) == 0);
}

// Another program's version of the assessment lands over `target` (a sync client, an e-mail
// attachment saved over it): a different assessment, as a new file (a new inode).
QByteArray replaceWithAnother(const QString &target, const QString &notes = {})
{
    Fixture other;
    auto doc = other.create();
    REQUIRE(doc->setAnswer(scored(QStringLiteral("2.3"), 5)));
    if (!notes.isEmpty()) {
        Answer a = scored(QStringLiteral("2.4"), 1);
        a.notes = notes;
        REQUIRE(doc->setAnswer(a));
    }
    REQUIRE(doc->save());
    doc->close();
    REQUIRE(QFile::remove(target));
    REQUIRE(QFile::copy(other.file(), target));
    return wgll::test::readAll(target);
}

constexpr qint64 OpenedAt = 1'780'000'000; // the file's time when it was opened (2026)

} // namespace

TEST_CASE("saving refuses to overwrite a file another program changed", "[document]")
{
    Fixture f;
    f.create()->close();
    setModified(f.file(), OpenedAt);
    const qint64 size = QFileInfo(f.file()).size();
    auto doc = f.open();
    REQUIRE(doc->setAnswer(scored(QStringLiteral("1.1"), 4)));
    QByteArray theirs;
    SECTION("same size, a later modification time")
    {
        theirs = replaceWithAnother(f.file());
        REQUIRE(theirs.size() == size);
        setModified(f.file(), OpenedAt + 1);
    }
    SECTION("same size, a modification time one millisecond later")
    {
        theirs = replaceWithAnother(f.file());
        REQUIRE(theirs.size() == size);
        setModified(f.file(), OpenedAt, 1'000'000);
    }
    SECTION("a different size, the same modification time")
    {
        theirs = replaceWithAnother(f.file(), QString(3000, u'n'));
        REQUIRE(theirs.size() != size);
        setModified(f.file(), OpenedAt);
    }
    const Status saved = doc->save();
    REQUIRE_FALSE(saved);
    CHECK(saved.error().kind == ErrorKind::Conflict);
    CHECK(wgll::test::readAll(f.file()) == theirs);
    REQUIRE(doc->saveAs(f.file(QStringLiteral("mine.wgll"))));
    CHECK(doc->fileName() == f.file(QStringLiteral("mine.wgll")));
}

TEST_CASE("saving over the file it opened when nobody changed it is not refused", "[document]")
{
    Fixture f;
    f.create()->close();
    setModified(f.file(), OpenedAt);
    auto doc = f.open();
    REQUIRE(doc->setAnswer(scored(QStringLiteral("1.1"), 4)));
    // Its time set again to the same value (a backup tool restoring times): still our file.
    setModified(f.file(), OpenedAt);
    REQUIRE(doc->save());
    doc->close();
    CHECK(f.open()->answer(QStringLiteral("1.1"))->score == 4);
}

// Size and modification time alone cannot tell (cp -p, rsync -t, a sync client restoring times
// give another program's file of the same size the same time): the save also compares the
// file's inode and a hash of its header (storage::FileIdentity, issue 13).
TEST_CASE("saving refuses to overwrite a changed file with the same size and modification time",
          "[document]")
{
    Fixture f;
    f.create()->close();
    setModified(f.file(), OpenedAt);
    const qint64 size = QFileInfo(f.file()).size();
    auto doc = f.open();
    REQUIRE(doc->setAnswer(scored(QStringLiteral("1.1"), 4)));
    const QByteArray theirs = replaceWithAnother(f.file());
    REQUIRE(theirs.size() == size);
    setModified(f.file(), OpenedAt);
    const Status saved = doc->save();
    CHECK_FALSE(saved);
    CHECK(wgll::test::readAll(f.file()) == theirs);
}

TEST_CASE("a failed save leaves the user's file byte-identical", "[document][faults]")
{
    Fixture f;
    auto doc = f.create();
    Error error;
    const QString big = f.file(QStringLiteral("big.bin"));
    wgll::test::writeAll(big, QByteArray(256 * 1024, 'x'));
    REQUIRE(wgll::take(doc->addEvidenceFile(big, QString(), {QStringLiteral("2.2")}), error));
    REQUIRE(doc->save());
    const QByteArray before = wgll::test::readAll(f.file());
    REQUIRE(doc->setAnswer(scored(QStringLiteral("1.1"), 4)));
    // Every write past 64 KiB now fails (EFBIG), as on a full disk; this works even as root.
    struct rlimit old {};
    REQUIRE(getrlimit(RLIMIT_FSIZE, &old) == 0);
    std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit small = old;
    small.rlim_cur = 64 * 1024;
    REQUIRE(setrlimit(RLIMIT_FSIZE, &small) == 0);
    const Status saved = doc->save();
    REQUIRE(setrlimit(RLIMIT_FSIZE, &old) == 0);
    REQUIRE_FALSE(saved);
    INFO(saved.error().toString().toStdString());
    CHECK((saved.error().kind == ErrorKind::Io || saved.error().kind == ErrorKind::CannotCreate));
    CHECK(wgll::test::readAll(f.file()) == before);
    CHECK(doc->isModified());
    CHECK(QDir(f.dir.path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral(".tmp")).isEmpty());
    // With space again, the same session saves normally and nothing was lost.
    REQUIRE(doc->save());
    doc->close();
    CHECK(f.open()->answer(QStringLiteral("1.1"))->score == 4);
}

TEST_CASE("the workshop record: participants, a session, votes and decisions survive save and reopen",
          "[document][workshop]")
{
    Fixture f;
    auto doc = f.create();
    Error error;
    const auto alice = wgll::take(doc->addParticipant({0, QStringLiteral("Alice Smith"), QStringLiteral("CIO"), {}}), error);
    const auto bob = wgll::take(doc->addParticipant({0, QStringLiteral("Bob Jones"), QStringLiteral("CCIO"), {}}), error);
    REQUIRE(alice);
    REQUIRE(bob);
    CHECK_FALSE(wgll::take(doc->addParticipant({0, QStringLiteral("  "), {}, {}}), error));
    CHECK(error.message.contains(u"needs a name"));

    WorkshopSession w{0, QStringLiteral("Board workshop"), QDate(2026, 11, 20), QStringLiteral("Alice Smith"),
                      {{*alice, QStringLiteral("present")}, {*bob, QStringLiteral("apologies")}}};
    const auto session = wgll::take(doc->startSession(w), error);
    REQUIRE(session);
    CHECK_FALSE(wgll::take(doc->startSession({0, QStringLiteral("No date"), {}, {}, {}}), error));
    CHECK(doc->setAttendance(*session, *bob, QStringLiteral("present")));
    CHECK_FALSE(doc->setAttendance(*session, *bob, QStringLiteral("maybe")));
    CHECK_FALSE(doc->setAttendance(*session, 99, QStringLiteral("present")));

    REQUIRE(doc->setVotes(*session, QStringLiteral("1.1"), {{*alice, 3}, {*bob, 5}}));
    REQUIRE(doc->setVotes(*session, QStringLiteral("1.1"), {{*alice, 4}, {*bob, 5}})); // replaces, not adds
    CHECK_FALSE(doc->setVotes(*session, QStringLiteral("1.1"), {{*alice, 6}}));
    CHECK_FALSE(doc->setVotes(*session, QStringLiteral("1.1"), {{*alice, 2}, {*alice, 3}}));
    CHECK_FALSE(doc->setVotes(*session, QStringLiteral("9.9"), {{*alice, 2}}));
    CHECK_FALSE(doc->setVotes(*session, QStringLiteral("1.1"), {{77, 2}}));
    const auto decision = wgll::take(doc->recordDecision({0, *session, QStringLiteral("1.1"), QStringLiteral("Agreed 4"),
                                               QStringLiteral("Median of the room"), QStringLiteral("Bob says 5"), {}}), error);
    REQUIRE(decision);
    CHECK_FALSE(wgll::take(doc->recordDecision({0, 42, {}, QStringLiteral("x"), {}, {}, {}}), error));
    REQUIRE(doc->save());
    doc->close();

    auto reopened = f.open();
    const Workshop record = reopened->workshop();
    REQUIRE(record.participants.size() == 2);
    CHECK(record.participants[0].name == u"Alice Smith");
    REQUIRE(record.sessions.size() == 1);
    CHECK(record.sessions[0].date == QDate(2026, 11, 20));
    CHECK(record.sessions[0].attendance ==
          QList<WorkshopSession::Attendance>{{*alice, QStringLiteral("present")}, {*bob, QStringLiteral("present")}});
    CHECK(record.latestVotes(QStringLiteral("1.1")) == QList<int>{4, 5});
    REQUIRE(record.decisions.size() == 1);
    CHECK(record.decisions[0].dissent == u"Bob says 5");
    CHECK(reopened->assessment().workshop.votes.size() == 2);
    reopened->close();
}
