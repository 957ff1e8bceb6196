// SPDX-License-Identifier: GPL-3.0-or-later
// The command line with links in its paths, and after a crash: `wgll recover`, and read-only
// commands that read the saved file while a recovery waits.
#include "clirunner.h"

#include "framework/frameworkcatalog.h"
#include "storage/assessmentfile.h"
#include "storage/document.h"

#include <QDir>
#include <QFileInfo>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace wgll;
using test::Run;

namespace {

const QString Header = QStringLiteral("indicator,score,target,weight,note\n");

/// The real `wgll` with its working folder at a known place, so the test can leave a crash
/// behind in it.
struct CrashLab
{
    test::Cli cli;
    QString work() const { return cli.path(QStringLiteral("work")); }
    QString file() const { return cli.path(QStringLiteral("trust.wgll")); }
    Run operator()(const QStringList &args) const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("WGLL_WORK_DIR"), work());
        return test::runProgram(test::Cli::program(), args, cli.home.path(), env);
    }
    // A process opens the file, commits an edit and is killed (SIGKILL) before it saves.
    void crashAfterEdit(const QString &indicator, int score) const
    {
        const pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            Error error;
            auto doc = wgll::take(storage::Document::open(file(), storage::Document::Recovery::Refuse, work()), error);
            Answer a;
            a.indicator = indicator;
            a.score = score;
            if (!doc || !doc->setAnswer(a))
                ::_exit(3);
            ::raise(SIGKILL);
            ::_exit(4);
        }
        int status = 0;
        REQUIRE(::waitpid(child, &status, 0) == child);
        REQUIRE(WIFSIGNALED(status));
        REQUIRE(WTERMSIG(status) == SIGKILL);
    }
    std::optional<int> savedScore(const QString &indicator) const
    {
        Error error;
        auto doc = wgll::take(storage::Document::open(file(), storage::Document::Recovery::Refuse, work()), error);
        INFO(error.toString().toStdString());
        REQUIRE(doc);
        const std::optional<int> score = doc->answer(indicator)->score;
        doc->close();
        return score;
    }
};

QStringList lines(const QString &text)
{
    return text.split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("wgll works with its home, the XDG folders, the folder and the file behind symbolic links",
          "[cli][symlink]")
{
    test::Cli wgll;
    QTemporaryDir elsewhere;
    // A redirected home: every user folder the program uses is reached through a link.
    const QString linkedHome = elsewhere.filePath(QStringLiteral("home"));
    REQUIRE(QFile::link(wgll.home.path(), linkedHome));
    const QString realFolder = wgll.path(QStringLiteral("assessments"));
    REQUIRE(QDir().mkpath(realFolder));
    const QString linkedFolder = linkedHome + u"/linked-assessments";
    REQUIRE(QFile::link(realFolder, linkedFolder));
    auto run = [&](const QStringList &args) { return test::runProgram(QStringLiteral(WGLL_CLI), args, linkedHome); };

    const QString file = linkedFolder + u"/trust.wgll";
    const Run created = run({QStringLiteral("new"), file, QStringLiteral("--framework"), QStringLiteral("wgll-org")});
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    test::writeAll(wgll.path(QStringLiteral("r.csv")), (Header + u"1.1,3,,,\n").toUtf8());
    const Run imported = run({QStringLiteral("import"), file, wgll.path(QStringLiteral("r.csv"))});
    INFO(imported.err.toStdString());
    CHECK(imported.exitCode == 0);

    // A symlinked .wgll: the real file is updated and the link stays a link.
    const QString link = wgll.path(QStringLiteral("current.wgll"));
    REQUIRE(QFile::link(realFolder + u"/trust.wgll", link));
    test::writeAll(wgll.path(QStringLiteral("r2.csv")), (Header + u"2.1,5,,,\n").toUtf8());
    const Run throughLink = run({QStringLiteral("import"), link, wgll.path(QStringLiteral("r2.csv"))});
    INFO(throughLink.err.toStdString());
    CHECK(throughLink.exitCode == 0);
    CHECK(QFileInfo(link).isSymLink());
    CHECK(QFileInfo(realFolder + u"/trust.wgll").isFile());
    Error error;
    const std::optional<Assessment> real = storage::readAssessmentFile(realFolder + u"/trust.wgll", error);
    REQUIRE(real);
    CHECK(real->answer(QStringLiteral("1.1"))->score == 3);
    CHECK(real->answer(QStringLiteral("2.1"))->score == 5);
    const Run checked = run({QStringLiteral("check"), link});
    CHECK(checked.exitCode == 0);
    CHECK(checked.out == u"ok\n");
    CHECK(QDir(realFolder).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("trust.wgll")});
}

TEST_CASE("after a crash, read-only commands warn and read the saved file, and wgll recover settles it",
          "[cli][recovery]")
{
    CrashLab wgll;
    REQUIRE(wgll({QStringLiteral("new"), wgll.file(), QStringLiteral("--framework"), QStringLiteral("wgll-org")})
                .exitCode == 0);
    test::writeAll(wgll.cli.path(QStringLiteral("r.csv")), (Header + u"1.1,2,,,\n").toUtf8());
    REQUIRE(wgll({QStringLiteral("import"), wgll.file(), wgll.cli.path(QStringLiteral("r.csv"))}).exitCode == 0);
    REQUIRE(wgll({QStringLiteral("new"), wgll.cli.path(QStringLiteral("other.wgll")), QStringLiteral("--framework"),
                  QStringLiteral("wgll-org")})
                .exitCode == 0);
    const QByteArray saved = test::readAll(wgll.file());
    wgll.crashAfterEdit(QStringLiteral("1.1"), 5);

    // Editing refuses (75) and says how to settle it.
    const Run import = wgll({QStringLiteral("import"), wgll.file(), wgll.cli.path(QStringLiteral("r.csv"))});
    CHECK(import.exitCode == 75);
    CHECK(import.err.contains(u"wgll recover"));

    // Read-only commands read the file as last saved, with a one-line warning.
    const QString out = wgll.cli.path(QStringLiteral("out.json"));
    const QList<QStringList> readers{
        {QStringLiteral("check"), wgll.file()},
        {QStringLiteral("summary"), wgll.file()},
        {QStringLiteral("gaps"), wgll.file()},
        {QStringLiteral("export"), wgll.file(), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), out},
        {QStringLiteral("report"), wgll.file(), QStringLiteral("-o"), wgll.cli.path(QStringLiteral("r.html"))},
        {QStringLiteral("compare"), wgll.cli.path(QStringLiteral("other.wgll")), wgll.file()},
        {QStringLiteral("rollup"), wgll.file()},
        {QStringLiteral("evidence"), QStringLiteral("list"), wgll.file()},
    };
    for (const QStringList &args : readers) {
        CAPTURE(args.join(u' '));
        const Run r = wgll(args);
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 0);
        REQUIRE(lines(r.err).size() == 1);
        CHECK(r.err.startsWith(u"wgll: " + wgll.file() + u": warning: unsaved changes"));
        // --quiet (issue 20): the same result without the warning.
        const Run quiet = wgll(QStringList{QStringLiteral("--quiet")} + args);
        CHECK(quiet.exitCode == 0);
        CHECK(quiet.err.isEmpty());
    }
    CHECK(wgll({QStringLiteral("check"), wgll.file()}).out == u"ok\n");
    CHECK(test::readAll(out).contains("\"score\": 2"));
    CHECK(test::readAll(wgll.file()) == saved);

    const Run shown = wgll({QStringLiteral("recover"), wgll.file(), QStringLiteral("--show")});
    INFO(shown.err.toStdString());
    CHECK(shown.exitCode == 0);
    CHECK(shown.out.contains(u"statements changed: 1.1\n"));
    CHECK(test::readAll(wgll.file()) == saved);

    SECTION("--restore saves the edit into the file")
    {
        const Run restored = wgll({QStringLiteral("recover"), wgll.file(), QStringLiteral("--restore")});
        INFO(restored.err.toStdString());
        CHECK(restored.exitCode == 0);
        CHECK(wgll.savedScore(QStringLiteral("1.1")) == 5);
    }
    SECTION("--discard drops it")
    {
        const Run discarded = wgll({QStringLiteral("recover"), wgll.file(), QStringLiteral("--discard")});
        CHECK(discarded.exitCode == 0);
        CHECK(wgll.savedScore(QStringLiteral("1.1")) == 2);
    }
    // Settled: no warning, nothing to recover, and editing works again.
    const Run summary = wgll({QStringLiteral("summary"), wgll.file()});
    CHECK(summary.exitCode == 0);
    CHECK(summary.err.isEmpty());
    const Run nothing = wgll({QStringLiteral("recover"), wgll.file(), QStringLiteral("--show")});
    CHECK(nothing.exitCode == 0);
    CHECK(nothing.out == wgll.file() + u": nothing to recover\n");
    CHECK(wgll({QStringLiteral("import"), wgll.file(), wgll.cli.path(QStringLiteral("r.csv"))}).exitCode == 0);
}

TEST_CASE("after a crash, evidence extract writes the saved file's evidence with the one-line warning",
          "[cli][recovery]")
{
    CrashLab wgll;
    REQUIRE(wgll({QStringLiteral("new"), wgll.file(), QStringLiteral("--framework"), QStringLiteral("wgll-org")})
                .exitCode == 0);
    QByteArray letter;
    for (int i = 0; i < 70000; ++i)
        letter.append(static_cast<char>(i % 253));
    test::writeAll(wgll.cli.path(QStringLiteral("letter.pdf")), letter);
    const Run added = wgll({QStringLiteral("evidence"), QStringLiteral("add"), wgll.file(), QStringLiteral("1.1"),
                            wgll.cli.path(QStringLiteral("letter.pdf"))});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QByteArray saved = test::readAll(wgll.file());
    wgll.crashAfterEdit(QStringLiteral("1.1"), 5);

    const QString out = wgll.cli.path(QStringLiteral("out.pdf"));
    const Run extracted = wgll({QStringLiteral("evidence"), QStringLiteral("extract"), wgll.file(),
                                QStringLiteral("1"), QStringLiteral("-o"), out});
    INFO(extracted.err.toStdString());
    CHECK(extracted.exitCode == 0);
    REQUIRE(lines(extracted.err).size() == 1);
    CHECK(extracted.err.startsWith(u"wgll: " + wgll.file() + u": warning: unsaved changes"));
    CHECK(test::readAll(out) == letter);

    const Run toStdout = wgll({QStringLiteral("evidence"), QStringLiteral("extract"), wgll.file(),
                               QStringLiteral("1"), QStringLiteral("-o"), QStringLiteral("-")});
    CHECK(toStdout.exitCode == 0);
    CHECK(lines(toStdout.err).size() == 1);

    // The saved file and the pending recovery are untouched.
    CHECK(test::readAll(wgll.file()) == saved);
    const Run shown = wgll({QStringLiteral("recover"), wgll.file(), QStringLiteral("--show")});
    CHECK(shown.out.contains(u"statements changed: 1.1\n"));
}

TEST_CASE("wgll recover needs exactly one of --show, --restore, --discard", "[cli][recovery]")
{
    CrashLab wgll;
    REQUIRE(wgll({QStringLiteral("new"), wgll.file(), QStringLiteral("--framework"), QStringLiteral("wgll-org")})
                .exitCode == 0);
    CHECK(wgll({QStringLiteral("recover"), wgll.file()}).exitCode == 64);
    CHECK(wgll({QStringLiteral("recover"), wgll.file(), QStringLiteral("--show"), QStringLiteral("--discard")})
              .exitCode == 64);
    const Run missing = wgll({QStringLiteral("recover"), wgll.cli.path(QStringLiteral("nope.wgll")),
                              QStringLiteral("--restore")});
    CHECK(missing.exitCode == 66);
    CHECK(missing.err.endsWith(u"nope.wgll: no such file\n"));
}
