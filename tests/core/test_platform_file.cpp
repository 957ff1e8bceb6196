// SPDX-License-Identifier: GPL-3.0-or-later
// The promises of core/platform/platformfile.h that the save rules rely on, checked on the
// implementation this machine compiles (POSIX); the same tests are meant for the Win32 one.
#include "testsupport.h"

#include "platform/platformfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cerrno>

using namespace wgll;
using platform::Entry;
using platform::File;
using platform::SysError;

namespace {

void put(const QString &fileName, const QByteArray &bytes)
{
    QFile f(fileName);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

// A whole file written the way a save writes its temporary file.
void writeNew(const QString &fileName, const QByteArray &bytes)
{
    SysError error;
    File file = File::createNew(fileName, error);
    REQUIRE_FALSE(error.failed());
    REQUIRE_FALSE(file.writeAll(bytes).failed());
    REQUIRE_FALSE(file.flush().failed());
    REQUIRE_FALSE(file.close().failed());
    CHECK_FALSE(file.isOpen());
}

} // namespace

TEST_CASE("platform: a new file is never an existing one", "[platform]")
{
    QTemporaryDir dir;
    const QString name = dir.filePath(QStringLiteral("a.wgll"));
    writeNew(name, "first");
    SysError error;
    const File again = File::createNew(name, error);
    CHECK_FALSE(again.isOpen());
    CHECK(error.cause == SysError::Cause::Exists);
    CHECK_FALSE(error.text.isEmpty());
    CHECK(test::readAll(name) == "first");

    const File nowhere = File::createNew(dir.filePath(QStringLiteral("no/such/folder/a.wgll")), error);
    CHECK_FALSE(nowhere.isOpen());
    CHECK(error.cause == SysError::Cause::NotFound);
}

TEST_CASE("platform: replacing a file is one move, and the target becomes the new file", "[platform]")
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("a.wgll"));
    const QString temp = dir.filePath(QStringLiteral(".a.wgll.1234.tmp"));
    put(target, "old version");
    writeNew(temp, "new version, longer");
    const std::optional<platform::FileInfo> before = platform::infoOf(target);
    const std::optional<platform::FileInfo> replacement = platform::infoOf(temp);
    REQUIRE(before);
    REQUIRE(replacement);
    const bool sameFile = before->device == replacement->device && before->file == replacement->file;
    CHECK_FALSE(sameFile);

    REQUIRE_FALSE(platform::replaceFile(temp, target).failed());
    REQUIRE_FALSE(platform::flushFolder(dir.path()).failed());
    CHECK(test::readAll(target) == "new version, longer");
    CHECK_FALSE(QFile::exists(temp));
    // The identity moves with the file: what was noted before the move matches the target after.
    const std::optional<platform::FileInfo> after = platform::infoOf(target);
    REQUIRE(after);
    CHECK(after->device == replacement->device);
    CHECK(after->file == replacement->file);
    CHECK(after->size == 19);
    CHECK(after->regular);

    const SysError missing = platform::replaceFile(temp, target);
    CHECK(missing.cause == SysError::Cause::NotFound);
    CHECK(test::readAll(target) == "new version, longer");
}

TEST_CASE("platform: a move that must not replace refuses a taken name", "[platform]")
{
    QTemporaryDir dir;
    const QString taken = dir.filePath(QStringLiteral("a.wgll"));
    const QString temp = dir.filePath(QStringLiteral("temp"));
    put(taken, "another program's version");
    put(temp, "ours");
    const SysError refused = platform::moveNoReplace(temp, taken);
    CHECK(refused.cause == SysError::Cause::Exists);
    CHECK(test::readAll(taken) == "another program's version");
    CHECK(test::readAll(temp) == "ours");

    const QString free = dir.filePath(QStringLiteral("a (saved 1).wgll"));
    REQUIRE_FALSE(platform::moveNoReplace(temp, free).failed());
    CHECK(test::readAll(free) == "ours");
    CHECK_FALSE(QFile::exists(temp));
}

TEST_CASE("platform: reading at an offset, identity and time of an open file", "[platform]")
{
    QTemporaryDir dir;
    const QString name = dir.filePath(QStringLiteral("a.wgll"));
    put(name, "0123456789");
    SysError error;
    File file = File::openRead(name, error);
    REQUIRE(file.isOpen());
    char buffer[4] = {};
    CHECK(file.read(buffer, 4, error, 6) == 4);
    CHECK(QByteArray(buffer, 4) == "6789");
    CHECK(file.read(buffer, 4, error, 10) == 0); // the end
    CHECK_FALSE(error.failed());
    CHECK(file.read(buffer, 4, error, 0) == 4);
    CHECK(QByteArray(buffer, 4) == "0123");
    const std::optional<platform::FileInfo> info = file.info();
    REQUIRE(info);
    CHECK(info->regular);
    CHECK(info->size == 10);
    const qint64 now = QDateTime::currentMSecsSinceEpoch() * 1'000'000;
    CHECK(info->mtimeNs > now - qint64{60'000} * 1'000'000);
    CHECK(info->mtimeNs < now + qint64{60'000} * 1'000'000);

    const File none = File::openRead(dir.filePath(QStringLiteral("none")), error);
    CHECK_FALSE(none.isOpen());
    CHECK(error.cause == SysError::Cause::NotFound);
    CHECK_FALSE(platform::infoOf(dir.filePath(QStringLiteral("none"))));
    CHECK(platform::flushFolder(dir.filePath(QStringLiteral("none"))).cause == SysError::Cause::NotFound);
    CHECK_FALSE(platform::flushFile(name).failed());
}

TEST_CASE("platform: what is at a path, links not followed", "[platform]")
{
    QTemporaryDir dir;
    const QString name = dir.filePath(QStringLiteral("a.wgll"));
    put(name, "x");
    SysError error;
    CHECK(platform::entryAt(name, error).kind == Entry::Kind::Regular);
    CHECK(platform::entryAt(dir.path(), error).kind == Entry::Kind::Folder);
    CHECK(platform::entryAt(dir.filePath(QStringLiteral("none")), error).kind == Entry::Kind::Missing);
    CHECK_FALSE(error.failed()); // missing is an answer, not an error
    const QString link = dir.filePath(QStringLiteral("link.wgll"));
    REQUIRE(QFile::link(QStringLiteral("a.wgll"), link));
    const Entry entry = platform::entryAt(link, error);
    CHECK(entry.kind == Entry::Kind::Link);
#ifndef Q_OS_WIN
    CHECK(entry.linkTarget == u"a.wgll"); // as written (Windows reports it absolute)
    CHECK(platform::entryAt(QStringLiteral("/dev/null"), error).kind == Entry::Kind::Device);
#endif
    // infoOf follows the link to the file itself.
    const std::optional<platform::FileInfo> viaLink = platform::infoOf(link);
    const std::optional<platform::FileInfo> direct = platform::infoOf(name);
    REQUIRE(viaLink);
    REQUIRE(direct);
    CHECK(viaLink->file == direct->file);
}

#ifndef Q_OS_WIN
TEST_CASE("platform: a replacement keeps the original's permissions", "[platform]")
{
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("a.wgll"));
    const QString replacement = dir.filePath(QStringLiteral("b"));
    put(original, "private");
    put(replacement, "new");
    REQUIRE(QFile::setPermissions(original, QFile::ReadOwner | QFile::WriteOwner));
    REQUIRE(QFile::permissions(replacement) != QFile::permissions(original));
    REQUIRE_FALSE(platform::keepAccess(original, replacement).failed());
    CHECK(QFile::permissions(replacement) == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    // No original: nothing to keep, and no error.
    CHECK_FALSE(platform::keepAccess(dir.filePath(QStringLiteral("none")), replacement).failed());
}
#endif

TEST_CASE("platform: an errno value is described as the system does, with its cause", "[platform]")
{
    const SysError full = SysError::fromErrno(ENOSPC);
    CHECK(full.cause == SysError::Cause::Device);
    CHECK(full.text == u"No space left on device");
    CHECK(SysError::fromErrno(EINVAL).cause == SysError::Cause::Unsupported);
    CHECK(SysError::fromErrno(EACCES).cause == SysError::Cause::Other);
    CHECK_FALSE(SysError::fromErrno(0).failed());
}
