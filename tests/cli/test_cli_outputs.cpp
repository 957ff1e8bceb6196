// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13: what a command may write to. Never its own input, a device, FIFO, socket or folder;
// every write checked, a failure leaving nothing behind (faults 4, 5 and 6 and the smaller ones).
#include "hostileworld.h"

#include <QFileInfo>
#include <QProcess>

#include <csignal>
#include <cstring>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using wgll::test::Run;

namespace {

mode_t typeOf(const QString &path)
{
    struct stat st = {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & S_IFMT) : 0;
}

bool onlyWgllLines(const QString &err)
{
    for (const QString &line : err.split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.startsWith(u"wgll: "))
            return false;
    }
    return true;
}

} // namespace

TEST_CASE("an output naming the command's own input is refused, by identity, and the input is kept",
          "[cli][outputs]")
{
    wgll::test::Cli wgll;
    const QString self = wgll::test::assessmentWithEvidence(wgll, u"self"_s);
    const QByteArray before = wgll::test::readAll(self);
    // The same file by other names: a "./" path, a symbolic link and a hard link.
    const QString dotted = wgll.home.path() + u"/./self.wgll";
    const QString link = wgll.path(u"link.json"_s);
    const QString hard = wgll.path(u"hard.json"_s);
    REQUIRE(QFile::link(self, link));
    REQUIRE(::link(QFile::encodeName(self).constData(), QFile::encodeName(hard).constData()) == 0);
    // report and chart choose the format by extension: their inputs get names that fit.
    const QString asHtml = wgll.path(u"self.html"_s);
    const QString asSvg = wgll.path(u"base.svg"_s);
    REQUIRE(QFile::copy(self, asHtml));
    REQUIRE(QFile::copy(self, asSvg));
    const QByteArray htmlBefore = wgll::test::readAll(asHtml);
    const QByteArray svgBefore = wgll::test::readAll(asSvg);

    for (const QString &out : {self, dotted, link, hard}) {
        const QList<QStringList> commands{
            {u"export"_s, self, u"--format"_s, u"json"_s, u"-o"_s, out},
            {u"export"_s, self, u"--format"_s, u"csv"_s, u"-o"_s, out},
            {u"export"_s, self, u"--format"_s, u"xlsx"_s, u"-o"_s, out},
            {u"rollup"_s, self, u"--format"_s, u"json"_s, u"-o"_s, out},
            {u"rollup"_s, self, u"-o"_s, out},
            {u"evidence"_s, u"extract"_s, self, u"1"_s, u"-o"_s, out},
        };
        for (const QStringList &args : commands) {
            INFO(args.join(u' ').toStdString());
            const Run r = wgll(args);
            INFO(r.err.toStdString());
            CHECK(r.exitCode == 73);
            CHECK(r.err.startsWith(u"wgll: " + out + u": is "));
            CHECK(r.err.contains(u"input"));
            CHECK(wgll::test::readAll(self) == before);
            CHECK(typeOf(link) == S_IFLNK);
        }
    }
    const Run report = wgll({u"report"_s, asHtml, u"-o"_s, asHtml});
    CHECK(report.exitCode == 73);
    CHECK(wgll::test::readAll(asHtml) == htmlBefore);
    const Run chart = wgll({u"chart"_s, self, u"--baseline"_s, asSvg, u"-o"_s, asSvg});
    CHECK(chart.exitCode == 73);
    CHECK(wgll::test::readAll(asSvg) == svgBefore);
    CHECK(wgll({u"check"_s, self}).exitCode == 0);
}

TEST_CASE("an output that is a FIFO, socket, device node or folder is refused and stays what it was",
          "[cli][outputs]")
{
    wgll::test::Cli wgll;
    const QString a = wgll::test::assessmentWithEvidence(wgll, u"a"_s);
    const QString fifo = wgll.path(u"fifo.json"_s);
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const QString socketPath = wgll.path(u"sock.json"_s);
    const int sock = ::socket(AF_UNIX, SOCK_STREAM, 0);
    REQUIRE(sock >= 0);
    sockaddr_un address = {};
    address.sun_family = AF_UNIX;
    const QByteArray encoded = QFile::encodeName(socketPath);
    REQUIRE(static_cast<size_t>(encoded.size()) < sizeof address.sun_path);
    std::memcpy(address.sun_path, encoded.constData(), static_cast<size_t>(encoded.size()));
    REQUIRE(::bind(sock, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
    const QString folder = wgll.path(u"folder.json"_s);
    REQUIRE(QDir().mkdir(folder));
    // A device node of our own (as /dev/full: major 1, minor 7), so a fault replaces nothing of
    // the system's; creating one needs root, as the reported fault did.
    const QString device = wgll.path(u"full.json"_s);
    const bool haveDevice = ::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0666, makedev(1, 7)) == 0;
    // A symbolic link to what standard output is, like /dev/stdout.
    const QString stdoutLink = wgll.path(u"stdout.json"_s);
    REQUIRE(QFile::link(u"/proc/self/fd/1"_s, stdoutLink));

    QList<std::pair<QString, mode_t>> outputs{
        {fifo, S_IFIFO}, {socketPath, S_IFSOCK}, {folder, S_IFDIR}, {folder + u'/', S_IFDIR}, {stdoutLink, S_IFLNK}};
    if (haveDevice)
        outputs.append({device, S_IFCHR});
    for (const auto &[out, type] : outputs) {
        for (const QString &format : {u"json"_s, u"xlsx"_s}) {
            INFO(out.toStdString() << " " << format.toStdString());
            const Run r = wgll({u"export"_s, a, u"--format"_s, format, u"-o"_s, out});
            INFO(r.err.toStdString());
            CHECK(r.exitCode == 73);
            CHECK(r.err.startsWith(u"wgll: " + out + u": "));
            CHECK(typeOf(out.endsWith(u'/') ? out.chopped(1) : out) == type);
        }
        const Run extract = wgll({u"evidence"_s, u"extract"_s, a, u"1"_s, u"-o"_s, out});
        CHECK(extract.exitCode == 73);
        CHECK(typeOf(out.endsWith(u'/') ? out.chopped(1) : out) == type);
    }
    ::close(sock);
    CHECK(wgll::test::entriesOf(folder).isEmpty());
    // Nothing was left beside them either: only what the test made.
    CHECK(wgll::test::entriesOf(wgll.home.path()).filter(u".tmp"_s).isEmpty());
}

TEST_CASE("system device paths are refused as outputs, and -o - is standard output", "[cli][outputs]")
{
    // Kept apart from the test above: an old build would replace these system files.
    wgll::test::Cli wgll;
    const QString a = wgll::test::assessmentWithEvidence(wgll, u"a"_s);
    for (const QString &out : {u"/dev/stdout"_s, u"/dev/null"_s, u"/dev/full"_s, u"/proc/self/fd/1"_s}) {
        const Run r = wgll({u"export"_s, a, u"--format"_s, u"json"_s, u"-o"_s, out});
        INFO(out.toStdString() << ": " << r.err.toStdString());
        CHECK(r.exitCode == 73);
        CHECK(r.out.isEmpty());
    }
    CHECK(typeOf(u"/dev/full"_s) == S_IFCHR);
    CHECK(typeOf(u"/dev/null"_s) == S_IFCHR);
    const Run toStdout = wgll({u"export"_s, a, u"--format"_s, u"json"_s, u"-o"_s, u"-"_s});
    CHECK(toStdout.exitCode == 0);
    CHECK(toStdout.out.startsWith(u'{'));
    const Run evidence = wgll({u"evidence"_s, u"extract"_s, a, u"1"_s, u"-o"_s, u"-"_s});
    CHECK(evidence.exitCode == 0);
    CHECK(evidence.out.size() > 0);
}

TEST_CASE("an output that is a symlink to a file replaces the file and keeps the link and its mode",
          "[cli][outputs]")
{
    wgll::test::Cli wgll;
    const QString a = wgll::test::assessmentWithEvidence(wgll, u"a"_s);
    REQUIRE(QDir().mkdir(wgll.path(u"real"_s)));
    const QString target = wgll.path(u"real/export.json"_s);
    wgll::test::writeAll(target, "old");
    REQUIRE(::chmod(QFile::encodeName(target).constData(), 0600) == 0);
    const QString link = wgll.path(u"export.json"_s);
    REQUIRE(QFile::link(u"real/export.json"_s, link));
    const Run r = wgll({u"export"_s, a, u"--format"_s, u"json"_s, u"-o"_s, link});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(typeOf(link) == S_IFLNK);
    CHECK(wgll::test::readAll(target).startsWith("{"));
    CHECK((QFileInfo(target).permissions() & (QFile::ReadOther | QFile::ReadGroup)) == 0);
    CHECK(wgll::test::entriesOf(wgll.path(u"real"_s)) == QStringList{u"export.json"_s});
}

TEST_CASE("an empty -o is a usage error", "[cli][outputs]")
{
    wgll::test::Cli wgll;
    const QString a = wgll::test::assessmentWithEvidence(wgll, u"a"_s);
    CHECK(wgll({u"evidence"_s, u"extract"_s, a, u"1"_s, u"-o"_s, QString()}).exitCode == 64);
    CHECK(wgll({u"export"_s, a, u"--format"_s, u"json"_s, u"-o"_s, QString()}).exitCode == 64);
    CHECK(wgll({u"rollup"_s, a, u"-o"_s, QString()}).exitCode == 64);
}

TEST_CASE("a full disk fails evidence extract and export with the system's reason, leaving nothing",
          "[cli][outputs]")
{
    wgll::test::Cli wgll;
    const QString a = wgll::test::assessmentWithEvidence(wgll, u"a"_s);
    // A real full file system: a 64 KiB tmpfs (the evidence file is 300 kB).
    const wgll::test::TinyTmpfs full(wgll.path(u"full"_s), 64);
    if (!full.mounted) {
        WARN("cannot mount a tmpfs here (not root?): the file-size limit test below covers the write path");
        return;
    }
    const QString out = full.folder + u"/dspt.pdf";
    const Run extract = wgll({u"evidence"_s, u"extract"_s, a, u"1"_s, u"-o"_s, out});
    INFO(extract.err.toStdString());
    CHECK(extract.exitCode == 74);
    CHECK(extract.err == u"wgll: " + out + u": cannot write: No space left on device\n");
    CHECK(wgll::test::entriesOf(full.folder).isEmpty());
    // Fill what is left, then an export (a few kB) meets the same.
    QFile filler(full.folder + u"/filler"_s);
    REQUIRE(filler.open(QIODevice::WriteOnly));
    filler.write(QByteArray(128 * 1024, 'x'));
    filler.close();
    for (const QString &format : {u"json"_s, u"csv"_s, u"xlsx"_s}) {
        const QString exported = full.folder + u"/export." + format;
        const Run r = wgll({u"export"_s, a, u"--format"_s, format, u"-o"_s, exported});
        INFO(format.toStdString() << ": " << r.err.toStdString());
        CHECK(r.exitCode == 74);
        CHECK(r.err.contains(u"No space left on device"));
        CHECK(onlyWgllLines(r.err));
    }
    CHECK(wgll::test::entriesOf(full.folder) == QStringList{u"filler"_s});
}

TEST_CASE("a write refused by the file-size limit fails the export and leaves nothing", "[cli][outputs]")
{
    // The same write path as a full disk, without root: RLIMIT_FSIZE makes write(2) fail (EFBIG).
    wgll::test::Cli wgll;
    const QString a = wgll::test::assessmentWithEvidence(wgll, u"a"_s);
    REQUIRE(QDir().mkdir(wgll.path(u"out"_s)));
    for (const QString &format : {u"json"_s, u"xlsx"_s}) {
        const QString out = wgll.path(u"out/export."_s + format);
        QProcess p;
        p.setChildProcessModifier([] {
            const rlimit small{4096, 4096};
            ::setrlimit(RLIMIT_FSIZE, &small);
            std::signal(SIGXFSZ, SIG_IGN);
        });
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, wgll.home.path());
        p.setProcessEnvironment(env);
        p.start(wgll::test::Cli::program(), {u"export"_s, a, u"--format"_s, format, u"-o"_s, out});
        REQUIRE(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        INFO(format.toStdString() << ": " << err.toStdString());
        CHECK(p.exitStatus() == QProcess::NormalExit);
        CHECK(p.exitCode() == 74);
        CHECK(err.contains(u"File too large"));
        CHECK(onlyWgllLines(err));
        CHECK(wgll::test::entriesOf(wgll.path(u"out"_s)).isEmpty());
    }
}

TEST_CASE("xlsx export into a read-only folder exits 73 with only wgll: lines", "[cli][outputs]")
{
    wgll::test::Cli wgll;
    const QString a = wgll::test::assessmentWithEvidence(wgll, u"a"_s);
    // Root ignores folder permissions: a read-only mount refuses even root.
    const wgll::test::TinyTmpfs readOnly(wgll.path(u"ro"_s), 64, true);
    if (!readOnly.mounted) {
        REQUIRE(::geteuid() != 0);
        REQUIRE(::chmod(QFile::encodeName(readOnly.folder).constData(), 0555) == 0);
    }
    for (const QString &format : {u"xlsx"_s, u"json"_s}) {
        const QString out = readOnly.folder + u"/export." + format;
        const Run r = wgll({u"export"_s, a, u"--format"_s, format, u"-o"_s, out});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 73);
        CHECK(r.err.startsWith(u"wgll: " + out + u": cannot create: "));
        CHECK(onlyWgllLines(r.err));
    }
    CHECK(wgll::test::entriesOf(readOnly.folder).isEmpty());
}
