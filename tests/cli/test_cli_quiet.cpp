// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 20, item 2: quiet by default. A command that succeeds prints nothing on stderr, in the
// environment a script runs in (no XDG_RUNTIME_DIR, no QT_QPA_PLATFORM); errors name the file
// as the user typed it; --quiet drops warnings.
#include "hostileworld.h"

#include <QFile>
#include <QProcess>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using wgll::test::Run;

namespace {

/// Runs wgll in `dir` as a script would from cron or a container: the user folders in the test's
/// home, but no XDG_RUNTIME_DIR and no Qt platform chosen.
Run scripted(const wgll::test::Cli &wgll, const QStringList &args, const QString &dir = {},
             const QProcessEnvironment &extra = {})
{
    return wgll::test::runProgram(wgll::test::Cli::program(), args, wgll.home.path(), extra,
                                  {u"XDG_RUNTIME_DIR"_s, u"QT_QPA_PLATFORM"_s},
                                  dir.isEmpty() ? wgll.home.path() : dir);
}

} // namespace

TEST_CASE("report and chart print nothing on stderr without XDG_RUNTIME_DIR", "[cli][quiet]")
{
    wgll::test::Cli wgll;
    const QString a = wgll::test::assessmentWithEvidence(wgll, u"a"_s);
    const QList<QStringList> succeeding{
        {u"report"_s, u"--help"_s},
        {u"chart"_s, u"--help"_s},
        {u"report"_s, a, u"-o"_s, wgll.path(u"r.pdf"_s)},
        {u"report"_s, a, u"-o"_s, wgll.path(u"r.html"_s)},
        {u"chart"_s, a, u"-o"_s, wgll.path(u"c.png"_s)},
        {u"chart"_s, a, u"-o"_s, wgll.path(u"c.svg"_s), u"--kind"_s, u"bars"_s},
        {u"--verbose"_s, u"report"_s, a, u"-o"_s, wgll.path(u"v.html"_s)},
        {u"summary"_s, a},
        {u"export"_s, a, u"--format"_s, u"xlsx"_s, u"-o"_s, wgll.path(u"x.xlsx"_s)},
    };
    for (const QStringList &args : succeeding) {
        INFO("wgll " << args.join(u' ').toStdString());
        const Run r = scripted(wgll, args);
        CHECK(r.exitCode == 0);
        CHECK(r.err.isEmpty());
        INFO(r.err.toStdString());
    }
    // A failing report: its error alone, one line.
    const Run bare = scripted(wgll, {u"report"_s});
    CHECK(bare.exitCode == 64);
    CHECK(bare.err.startsWith(u"wgll: "));
    CHECK(bare.err.count(u'\n') == 1);
}

TEST_CASE("xlsx export failures are one wgll: line, never the XLSX library's own [ERROR] lines", "[cli][quiet]")
{
    wgll::test::Cli wgll;
    const QString a = wgll::test::assessmentWithEvidence(wgll, u"a"_s);

    // A folder that cannot take the output: 73, refused before the library runs.
    {
        const wgll::test::TinyTmpfs readOnly(wgll.path(u"ro"_s), 64, true);
        if (!readOnly.mounted) {
            REQUIRE(::geteuid() != 0);
            REQUIRE(::chmod(QFile::encodeName(readOnly.folder).constData(), 0555) == 0);
        }
        const QString out = readOnly.folder + u"/export.xlsx";
        const Run r = scripted(wgll, {u"export"_s, a, u"--format"_s, u"xlsx"_s, u"-o"_s, out});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 73);
        CHECK(r.err.startsWith(u"wgll: " + out + u": cannot create: "));
        CHECK(r.err.count(u'\n') == 1);
    }

    // The library itself fails: its scratch space (TMPDIR) fills while it zips the workbook. It
    // prints "[ERROR] workbook_close(): ..." on stderr; the user sees only wgll's message.
    const wgll::test::TinyTmpfs scratch(wgll.path(u"scratch"_s), 16);
    if (!scratch.mounted) {
        WARN("cannot mount a tmpfs here (not root?): the library's own failure is not reproduced");
        return;
    }
    QProcessEnvironment env;
    env.insert(u"TMPDIR"_s, scratch.folder);
    const QString out = wgll.path(u"full.xlsx"_s);
    const Run r = scripted(wgll, {u"export"_s, a, u"--format"_s, u"xlsx"_s, u"-o"_s, out}, {}, env);
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 74);
    CHECK(r.err.startsWith(u"wgll: " + out + u": cannot build the workbook: "));
    CHECK(r.err.contains(u"No space left on device"));
    CHECK(r.err.count(u'\n') == 1);
    CHECK_FALSE(r.err.contains(u"[ERROR]"));
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("errors name the document as the user typed it, not its absolute or resolved path", "[cli][quiet]")
{
    wgll::test::Cli wgll;
    QDir(wgll.home.path()).mkpath(u"real"_s);
    REQUIRE(scripted(wgll, {u"new"_s, u"real/a.wgll"_s, u"--framework"_s, u"wgll-org"_s}).exitCode == 0);
    REQUIRE(QFile::link(u"real/a.wgll"_s, wgll.path(u"link.wgll"_s)));
    for (const QString &typed : {u"real/a.wgll"_s, u"link.wgll"_s, u"./real/../link.wgll"_s}) {
        INFO(typed.toStdString());
        const Run r = scripted(wgll, {u"evidence"_s, u"add"_s, typed, u"1.1"_s, u"ftp://example.org/x"_s, u"--link"_s});
        CHECK(r.exitCode == 65);
        CHECK(r.err.startsWith(u"wgll: " + typed + u": "));
        CHECK(r.err.count(u'\n') == 1);
    }
}

TEST_CASE("with --quiet warnings are dropped and errors kept", "[cli][quiet]")
{
    wgll::test::Cli wgll;
    QTemporaryDir dir;
    wgll::test::writeAll(dir.filePath(u"broken.json"_s), "[]");
    QProcessEnvironment env;
    env.insert(u"WGLL_FRAMEWORK_PATH"_s, dir.path());
    const QString program = wgll::test::Cli::program();
    const Run loud = wgll::test::runProgram(program, {u"framework"_s, u"list"_s}, wgll.home.path(), env);
    CHECK(loud.exitCode == 0);
    CHECK(loud.err.startsWith(u"wgll: warning: "));
    for (const QStringList &args : {QStringList{u"--quiet"_s, u"framework"_s, u"list"_s},
                                    QStringList{u"framework"_s, u"list"_s, u"--quiet"_s}}) {
        INFO("wgll " << args.join(u' ').toStdString());
        const Run quiet = wgll::test::runProgram(program, args, wgll.home.path(), env);
        CHECK(quiet.exitCode == 0);
        CHECK(quiet.err.isEmpty());
        CHECK(quiet.out == loud.out);
    }
    const Run failing = wgll::test::runProgram(
        program, {u"--quiet"_s, u"framework"_s, u"show"_s, u"no-such-framework"_s}, wgll.home.path(), env);
    CHECK(failing.exitCode == 66);
    CHECK(failing.err.startsWith(u"wgll: no-such-framework: "));
}
