// SPDX-License-Identifier: GPL-3.0-or-later
// The storage layer in a hostile world: symbolic links anywhere in a path, a file's permissions
// and owner, another program replacing the file during a save, a full disk under the working
// copy, and a forged edit counter.
#include "testsupport.h"
#include "validfile.h"

#include "framework/frameworkcatalog.h"
#include "sqlite/database.h"
#include "storage/contentchecksum.h"
#include "storage/document.h"
#include "storage/durablefile.h"
#include "storage/generation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace wgll;
using storage::Document;

namespace {

Answer scored(const QString &id, int score)
{
    Answer a;
    a.indicator = id;
    a.score = score;
    return a;
}

const Framework &framework()
{
    static const FrameworkCatalog catalog = FrameworkCatalog::load({});
    return catalog.find(QStringLiteral("wgll-org"))->framework;
}

std::unique_ptr<Document> createDoc(const QString &file, const QString &work)
{
    AssessmentInfo info;
    info.organisation = QStringLiteral("Linkshire NHS FT");
    Error error;
    auto doc = wgll::take(Document::create(file, framework(), info, work), error);
    INFO(error.toString().toStdString());
    REQUIRE(doc);
    return doc;
}

std::unique_ptr<Document> openDoc(const QString &file, const QString &work,
                                  Document::Recovery r = Document::Recovery::Refuse)
{
    Error error;
    auto doc = wgll::take(Document::open(file, r, work), error);
    INFO(error.toString().toStdString());
    REQUIRE(doc);
    return doc;
}

void makeLink(const QString &target, const QString &link)
{
    REQUIRE(QFile::link(target, link));
    REQUIRE(QFileInfo(link).isSymLink());
}

std::optional<int> savedScore(const QString &file, const QString &indicator)
{
    QString why;
    INFO(why.toStdString());
    REQUIRE(test::isValidDocument(file, why));
    sqlite::Database db;
    REQUIRE(db.open(file, sqlite::Database::Mode::ReadOnly));
    sqlite::Statement s = db.prepare("SELECT score FROM answer WHERE indicator = ?1");
    REQUIRE(s.bind(1, indicator).step());
    if (s.columnType(0) == sqlite::ColumnType::Null)
        return std::nullopt;
    return static_cast<int>(s.int64(0));
}

// Sets the edit counter of a saved file and reseals its checksum, as a sender could.
void forgeGeneration(const QString &file, const QString &value)
{
    sqlite::Database db;
    REQUIRE(db.open(file, sqlite::Database::Mode::ReadWrite));
    sqlite::Statement g = db.prepare("UPDATE meta SET value = ?1 WHERE key = 'generation'");
    REQUIRE(g.bind(1, value).exec());
    const QByteArray sum = storage::contentChecksum(db);
    sqlite::Statement c = db.prepare("UPDATE meta SET value = ?1 WHERE key = 'content-sha256'");
    REQUIRE(c.bind(1, QString::fromLatin1(sum)).exec());
}

} // namespace

TEST_CASE("saving and opening work through symbolic links anywhere in the path", "[storage][symlink]")
{
    QTemporaryDir dir;
    const QString real = dir.filePath(QStringLiteral("real"));
    REQUIRE(QDir().mkpath(real));

    SECTION("a symlinked folder, and the working folder behind a link (a redirected home)")
    {
        REQUIRE(QDir().mkpath(dir.filePath(QStringLiteral("realwork"))));
        makeLink(real, dir.filePath(QStringLiteral("linked")));
        makeLink(dir.filePath(QStringLiteral("realwork")), dir.filePath(QStringLiteral("work")));
        const QString work = dir.filePath(QStringLiteral("work")) + u"/working";
        const QString file = dir.filePath(QStringLiteral("linked/a.wgll"));
        auto doc = createDoc(file, work);
        REQUIRE(doc->setAnswer(scored(QStringLiteral("1.1"), 4)));
        const Status saved = doc->save();
        INFO((saved ? std::string() : saved.error().toString().toStdString()));
        REQUIRE(saved);
        CHECK(doc->fileName() == file); // the name the user gave
        doc->close();
        CHECK(savedScore(real + u"/a.wgll", QStringLiteral("1.1")) == 4);
        auto again = openDoc(file, work);
        CHECK(again->answer(QStringLiteral("1.1"))->score == 4);
        CHECK_FALSE(again->isReadOnly());
    }
    SECTION("a symlinked .wgll: the link's target is saved and the link stays a link")
    {
        const QString work = dir.filePath(QStringLiteral("work"));
        const QString target = real + u"/target.wgll";
        createDoc(target, work)->close();
        const QString link = dir.filePath(QStringLiteral("link.wgll"));
        makeLink(target, link);
        auto doc = openDoc(link, work);
        REQUIRE(doc->setAnswer(scored(QStringLiteral("2.1"), 5)));
        REQUIRE(doc->save());
        doc->close();
        CHECK(QFileInfo(link).isSymLink());
        CHECK(QFileInfo(link).symLinkTarget() == target);
        CHECK(savedScore(target, QStringLiteral("2.1")) == 5);
        // Opened directly and through the link, it is one document with one lock.
        auto direct = openDoc(target, work);
        CHECK(direct->answer(QStringLiteral("2.1"))->score == 5);
        Error error;
        auto second = wgll::take(Document::open(link, Document::Recovery::Refuse, work), error);
        REQUIRE(second);
        CHECK(second->isReadOnly());
    }
}

TEST_CASE("saving keeps the file's permission bits and owner", "[storage][permissions]")
{
    QTemporaryDir dir;
    const QString work = dir.filePath(QStringLiteral("work"));
    const QString file = dir.filePath(QStringLiteral("private.wgll"));
    createDoc(file, work)->close();
    REQUIRE(::chmod(QFile::encodeName(file).constData(), 0600) == 0);
    const bool root = ::geteuid() == 0;
    if (root) // only root may give a file to someone else; the save must keep it theirs
        REQUIRE(::chown(QFile::encodeName(file).constData(), 4321, 4322) == 0);
    auto doc = openDoc(file, work);
    REQUIRE(doc->setAnswer(scored(QStringLiteral("1.2"), 3)));
    REQUIRE(doc->save());
    doc->close();
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(file).constData(), &st) == 0);
    CHECK((st.st_mode & 07777) == 0600);
    if (root) {
        CHECK(st.st_uid == 4321u);
        CHECK(st.st_gid == 4322u);
    }
    CHECK(savedScore(file, QStringLiteral("1.2")) == 3);
}

namespace {

// What the hook does at "before-replace": put another program's version in place.
QString replaceTarget;
QString replacementSource;
int replaceDuringSave(const char *step)
{
    if (std::strcmp(step, "before-replace") == 0 && !replaceTarget.isEmpty()) {
        const QString temp = replaceTarget + u".other";
        QFile::remove(temp);
        if (!QFile::copy(replacementSource, temp) || !QFile::setPermissions(temp, QFile::ReadOwner | QFile::WriteOwner))
            return EIO;
        if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(replaceTarget).constData()) != 0)
            return errno;
        replaceTarget.clear();
    }
    return 0;
}

struct HookGuard
{
    explicit HookGuard(storage::durable::FaultHook hook) { storage::durable::setFaultHook(hook); }
    ~HookGuard() { storage::durable::setFaultHook(nullptr); }
};

} // namespace

TEST_CASE("a file replaced during a save, just before the rename, is kept and ours saved beside it",
          "[storage][changed-on-disk]")
{
    QTemporaryDir dir;
    const QString work = dir.filePath(QStringLiteral("work"));
    const QString file = dir.filePath(QStringLiteral("board.wgll"));
    createDoc(file, work)->close();
    auto doc = openDoc(file, work);
    REQUIRE(doc->setAnswer(scored(QStringLiteral("3.1"), 5)));

    SECTION("a colleague's different version")
    {
        replacementSource = dir.filePath(QStringLiteral("colleague.wgll"));
        createDoc(replacementSource, dir.filePath(QStringLiteral("work2")))->close();
    }
    SECTION("a byte-identical rewrite with the same size and modification time (a new inode)")
    {
        // Only the file's identity tells it apart: size and time to the millisecond match.
        replacementSource = dir.filePath(QStringLiteral("same.wgll"));
        REQUIRE(QFile::copy(file, replacementSource));
        struct stat st {};
        REQUIRE(::stat(QFile::encodeName(file).constData(), &st) == 0);
        const struct timespec times[2] = {st.st_atim, st.st_mtim};
        REQUIRE(::utimensat(AT_FDCWD, QFile::encodeName(replacementSource).constData(), times, 0) == 0);
    }
    const QByteArray theirs = test::readAll(replacementSource);
    replaceTarget = file;
    const HookGuard guard(replaceDuringSave);
    const Status saved = doc->save();
    REQUIRE(replaceTarget.isEmpty()); // the hook ran
    REQUIRE_FALSE(saved);
    CHECK(saved.error().kind == ErrorKind::Conflict);
    CHECK(saved.error().file == file);
    // Their version is untouched; ours is complete, beside it, and the session's file now.
    CHECK(test::readAll(file) == theirs);
    const QStringList kept = QDir(dir.path()).entryList({QStringLiteral("board (saved *).wgll")}, QDir::Files);
    REQUIRE(kept.size() == 1);
    const QString ours = dir.filePath(kept.constFirst());
    INFO(saved.error().message.toStdString());
    CHECK(saved.error().message.contains(ours));
    CHECK(savedScore(ours, QStringLiteral("3.1")) == 5);
    CHECK(doc->fileName() == ours);
    CHECK_FALSE(doc->isModified());
    // The next save goes to our own copy, never over theirs.
    REQUIRE(doc->setAnswer(scored(QStringLiteral("3.2"), 2)));
    REQUIRE(doc->save());
    CHECK(test::readAll(file) == theirs);
    CHECK(savedScore(ours, QStringLiteral("3.2")) == 2);
}

namespace {

// A small tmpfs (root only) for the working folder, to fill up at the moment of a save.
struct SmallDisk
{
    QString path;
    bool mounted = false;
    explicit SmallDisk(const QString &where) : path(where)
    {
        REQUIRE(QDir().mkpath(where));
        mounted = ::geteuid() == 0 &&
                  ::mount("tmpfs", QFile::encodeName(where).constData(), "tmpfs", 0, "size=4m") == 0;
    }
    ~SmallDisk()
    {
        if (mounted)
            ::umount2(QFile::encodeName(path).constData(), MNT_DETACH);
    }
};

QString diskToFill;

// Writes a filler until the file system refuses another byte.
bool fill(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder + u"/filler").constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        return false;
    const QByteArray block(4096, 'f');
    while (::write(fd, block.constData(), 4096) > 0) {
    }
    char one = 'x';
    while (::write(fd, &one, 1) > 0) {
    }
    const bool full = errno == ENOSPC;
    ::close(fd);
    return full;
}

// At the fsync of the saved copy, just before the manifest notes the save in flight: the
// working folder's disk becomes full.
int fillDiskBeforeManifest(const char *step)
{
    if (std::strcmp(step, "sync-file") == 0 && !diskToFill.isEmpty()) {
        const bool full = fill(diskToFill);
        diskToFill.clear();
        return full ? 0 : EIO;
    }
    return 0;
}

int noSpaceOnWrite(const char *step)
{
    return std::strcmp(step, "write") == 0 ? ENOSPC : 0;
}

} // namespace

TEST_CASE("a full disk under the working copy fails the save with the system's reason and loses nothing",
          "[storage][faults][disk-full]")
{
    QTemporaryDir dir;
    const SmallDisk disk(dir.filePath(QStringLiteral("small")));
    const QString work = disk.path + u"/work";
    const QString file = dir.filePath(QStringLiteral("a.wgll"));
    createDoc(file, work)->close();
    const QByteArray before = test::readAll(file);
    auto doc = openDoc(file, work);
    REQUIRE(doc->setAnswer(scored(QStringLiteral("4.1"), 4)));
    const QStringList folders = QDir(work).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    REQUIRE(folders.size() == 1);
    const QString manifest = work + u'/' + folders.constFirst() + u"/manifest.json";
    const QByteArray manifestBefore = test::readAll(manifest);
    REQUIRE_FALSE(QJsonDocument::fromJson(manifestBefore).isNull());

    Status saved;
    if (disk.mounted) {
        // Root: a real tmpfs, full at the moment the manifest is written.
        diskToFill = disk.path;
        const HookGuard guard(fillDiskBeforeManifest);
        saved = doc->save();
        REQUIRE(diskToFill.isEmpty()); // the disk was filled
    } else {
        // Elsewhere the same failure of the manifest's write(2), through the fault hook.
        const HookGuard guard(noSpaceOnWrite);
        saved = doc->save();
    }
    CAPTURE(disk.mounted);
    REQUIRE_FALSE(saved);
    INFO(saved.error().toString().toStdString());
    CHECK(saved.error().kind == ErrorKind::Io);
    CHECK(QFileInfo(saved.error().file).canonicalFilePath() == QFileInfo(manifest).canonicalFilePath());
    CHECK(saved.error().message.contains(u"No space left on device"));
    // Nothing half-written: the user's file and the manifest are as they were.
    CHECK(test::readAll(file) == before);
    CHECK(test::readAll(manifest) == manifestBefore);
    CHECK(QDir(QFileInfo(manifest).absolutePath()).entryList({QStringLiteral("*.tmp")}, QDir::Hidden | QDir::Files).isEmpty());
    CHECK(doc->isModified());
    if (disk.mounted)
        REQUIRE(QFile::remove(disk.path + u"/filler"));
    REQUIRE(doc->save());
    doc->close();
    CHECK(savedScore(file, QStringLiteral("4.1")) == 4);
}

TEST_CASE("a forged edit counter is refused on open and can never wrap", "[storage][generation]")
{
    QTemporaryDir dir;
    const QString work = dir.filePath(QStringLiteral("work"));
    const QString file = dir.filePath(QStringLiteral("g.wgll"));
    createDoc(file, work)->close();

    SECTION("out of range: refused with a clear message")
    {
        const QString value = QString::fromStdString(
            GENERATE(as<std::string>{}, "9223372036854775807", "-5", "0", "1e300", "12abc", "1000000000000001"));
        CAPTURE(value);
        forgeGeneration(file, value);
        Error error;
        CHECK_FALSE(wgll::take(Document::open(file, Document::Recovery::Refuse, work), error));
        CHECK(error.kind == ErrorKind::BadData);
        CHECK(error.message.contains(u"edit counter (generation)"));
    }
    SECTION("at the limit: edits stop with a clear error, and an unsaved edit survives a kill")
    {
        forgeGeneration(file, QString::number(storage::MaxGeneration - 1));
        {
            auto doc = openDoc(file, work);
            REQUIRE(doc->setAnswer(scored(QStringLiteral("1.1"), 2)));
            CHECK(doc->generation() == storage::MaxGeneration);
            const Status refused = doc->setAnswer(scored(QStringLiteral("1.2"), 2));
            REQUIRE_FALSE(refused);
            CHECK(refused.error().message.contains(u"has reached its limit"));
            // The process is killed between the commit and the save.
        }
        Error error;
        CHECK_FALSE(wgll::take(Document::open(file, Document::Recovery::Refuse, work), error));
        CHECK(error.kind == ErrorKind::Conflict);
        auto restored = openDoc(file, work, Document::Recovery::Restore);
        CHECK(restored->answer(QStringLiteral("1.1"))->score == 2);
        REQUIRE(restored->save());
    }
}

TEST_CASE("an unsaved edit is never taken for saved, whatever the manifest says", "[storage][recovery]")
{
    QTemporaryDir dir;
    const QString work = dir.filePath(QStringLiteral("work"));
    const QString file = dir.filePath(QStringLiteral("m.wgll"));
    createDoc(file, work)->close();
    {
        auto doc = openDoc(file, work);
        REQUIRE(doc->setAnswer(scored(QStringLiteral("5.1"), 3)));
    } // killed after the commit, before the save
    const QStringList folders = QDir(work).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    REQUIRE(folders.size() == 1);
    const QString manifest = work + u'/' + folders.constFirst() + u"/manifest.json";
    // A damaged or forged manifest: a saved counter beyond the working copy's, and a save in
    // flight with a negative counter (what the overflowing 2^63-1 once wrote).
    QJsonObject o = QJsonDocument::fromJson(test::readAll(manifest)).object();
    o.insert(QStringLiteral("savedGeneration"), QStringLiteral("900"));
    o.insert(QStringLiteral("pendingGeneration"), QStringLiteral("-9223372036854775807"));
    test::writeAll(manifest, QJsonDocument(o).toJson());
    Error error;
    CHECK_FALSE(wgll::take(Document::open(file, Document::Recovery::Refuse, work), error));
    CHECK(error.kind == ErrorKind::Conflict);
    auto restored = openDoc(file, work, Document::Recovery::Restore);
    CHECK(restored->answer(QStringLiteral("5.1"))->score == 3);
}
