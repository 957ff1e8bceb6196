// SPDX-License-Identifier: GPL-3.0-or-later
// `wgll import` changes only what the CSV says (issue 20, item 4): empty cells keep the current
// value, the author defaults to the login name, notes are appended or replaced.
#include "clirunner.h"
#include "sqlite/database.h"
#include "sqlite/statement.h"

#include <pwd.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using wgll::test::Cli;
using wgll::test::Run;

namespace {

const QString Header = u"indicator,score,target,weight,note\n"_s;

struct Row
{
    QString score;
    QString na;
    QString target;
    QString weight;
    QString notes;
    QString naReason;
};

struct Change
{
    QString indicator;
    QString field;
    QString before;
    QString after;
    QString author;
    friend bool operator==(const Change &, const Change &) = default;
};

} // namespace

namespace Catch {
template <>
struct StringMaker<Change>
{
    static std::string convert(const Change &c)
    {
        return QString(c.indicator + u' ' + c.field + u' ' + c.before + u"→" + c.after + u" by " + c.author)
            .toStdString();
    }
};
} // namespace Catch

namespace {

/// A consultant's session: one home, USER set as a login shell sets it.
struct Consultant : Cli
{
    QProcessEnvironment env;
    Consultant() { env.insert(u"USER"_s, u"asha.patel"_s); }
    Run run(const QStringList &args) const { return wgll::test::runProgram(program(), args, home.path(), env); }
    Run import(const QString &file, const QString &csv, const QStringList &options = {}) const
    {
        const QString csvFile = path(u"responses.csv"_s);
        wgll::test::writeAll(csvFile, (Header + csv).toUtf8());
        return run(QStringList{u"import"_s, file, csvFile} + options);
    }
    /// The old file with scores, targets and weights, and a new one started from it.
    QString startFromBaseline()
    {
        const QString older = path(u"older.wgll"_s);
        REQUIRE(run({u"new"_s, older, u"--framework"_s, u"wgll-org"_s}).exitCode == 0);
        REQUIRE(import(older, u"1.1,2,5,3,Last year\n2.1,3,,2,\n3.5,NA,,,Provided by the ICS\n"_s).exitCode == 0);
        const QString newer = path(u"newer.wgll"_s);
        REQUIRE(run({u"new"_s, newer, u"--baseline"_s, older}).exitCode == 0);
        return newer;
    }
};

Row row(const QString &file, const QString &indicator)
{
    wgll::sqlite::Database db;
    REQUIRE(db.open(file, wgll::sqlite::Database::Mode::ReadOnly));
    wgll::sqlite::Statement s = db.prepare("SELECT ifnull(score, ''), na, ifnull(target, ''), weight, notes, "
                                           "na_reason FROM answer WHERE indicator = ?1");
    REQUIRE(s.bind(1, indicator).step());
    return {s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5)};
}

/// The change history after row `after` (the rows an import added).
QList<Change> history(const QString &file, qint64 after = 0)
{
    wgll::sqlite::Database db;
    REQUIRE(db.open(file, wgll::sqlite::Database::Mode::ReadOnly));
    wgll::sqlite::Statement s = db.prepare(
        "SELECT indicator, field, old_value, new_value, author FROM history WHERE id > ?1 ORDER BY id");
    s.bind(1, after);
    QList<Change> changes;
    while (s.step())
        changes.append({s.text(0), s.text(1), s.text(2), s.text(3), s.text(4)});
    return changes;
}

qint64 lastHistoryId(const QString &file)
{
    wgll::sqlite::Database db;
    REQUIRE(db.open(file, wgll::sqlite::Database::Mode::ReadOnly));
    wgll::sqlite::Statement s = db.prepare("SELECT ifnull(max(id), 0) FROM history");
    REQUIRE(s.step());
    return s.int64(0);
}

} // namespace

TEST_CASE("wgll import keeps the targets and weights a baseline carried over when the cells are empty",
          "[cli][import]")
{
    Consultant wgll;
    const QString file = wgll.startFromBaseline();
    // What the baseline carried over: targets and weights, not scores.
    REQUIRE(row(file, u"1.1"_s).target == u"5");
    REQUIRE(row(file, u"1.1"_s).weight == u"3");
    REQUIRE(row(file, u"2.1"_s).weight == u"2");
    const qint64 before = lastHistoryId(file);

    const Run r = wgll.import(file, u"1.1,3,,,\n2.1,4,,,\n"_s);
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.isEmpty());
    CHECK(row(file, u"1.1"_s).score == u"3");
    CHECK(row(file, u"1.1"_s).target == u"5");
    CHECK(row(file, u"1.1"_s).weight == u"3");
    CHECK(row(file, u"2.1"_s).score == u"4");
    CHECK(row(file, u"2.1"_s).weight == u"2");
    // Only the scores changed, and the history says so and who did it.
    const QList<Change> expected{{u"1.1"_s, u"score"_s, QString(), u"3"_s, u"asha.patel"_s},
                                 {u"2.1"_s, u"score"_s, QString(), u"4"_s, u"asha.patel"_s}};
    CHECK(history(file, before) == expected);
    CHECK(wgll.run({u"check"_s, file}).exitCode == 0);
}

TEST_CASE("wgll import keeps a statement's N/A and other fields when its cells are empty", "[cli][import]")
{
    Consultant wgll;
    const QString file = wgll.startFromBaseline();
    REQUIRE(wgll.import(file, u"3.5,NA,,,Provided by the ICS\n1.1,2,,,Agreed at the board\n"_s).exitCode == 0);
    const qint64 before = lastHistoryId(file);
    // Only a target for 3.5, only a weight for 1.1.
    REQUIRE(wgll.import(file, u"3.5,,4,,\n1.1,,,1,\n"_s).exitCode == 0);
    const Row na = row(file, u"3.5"_s);
    CHECK(na.na == u"1");
    CHECK(na.naReason == u"Provided by the ICS");
    CHECK(na.target == u"4");
    const Row scored = row(file, u"1.1"_s);
    CHECK(scored.score == u"2");
    CHECK(scored.notes == u"Agreed at the board");
    CHECK(scored.target == u"5");
    CHECK(scored.weight == u"1");
    const QList<Change> expected{{u"3.5"_s, u"target"_s, QString(), u"4"_s, u"asha.patel"_s},
                                 {u"1.1"_s, u"weight"_s, u"3"_s, u"1"_s, u"asha.patel"_s}};
    CHECK(history(file, before) == expected);
    // A score ends the N/A and its reason.
    REQUIRE(wgll.import(file, u"3.5,2,,,\n"_s).exitCode == 0);
    CHECK(row(file, u"3.5"_s).na == u"0");
    CHECK(row(file, u"3.5"_s).naReason.isEmpty());
    CHECK(row(file, u"3.5"_s).score == u"2");
}

TEST_CASE("wgll import --reset-empty resets what a row leaves empty", "[cli][import]")
{
    Consultant wgll;
    const QString file = wgll.startFromBaseline();
    REQUIRE(wgll.import(file, u"1.1,2,,,A note\n"_s).exitCode == 0);
    const qint64 before = lastHistoryId(file);
    REQUIRE(wgll.import(file, u"1.1,,,,\n"_s, {u"--reset-empty"_s}).exitCode == 0);
    const Row r = row(file, u"1.1"_s);
    CHECK(r.score.isEmpty());
    CHECK(r.target.isEmpty());
    CHECK(r.weight == u"1");
    CHECK(r.notes.isEmpty());
    const QList<Change> expected{{u"1.1"_s, u"score"_s, u"2"_s, QString(), u"asha.patel"_s},
                                 {u"1.1"_s, u"target"_s, u"5"_s, QString(), u"asha.patel"_s},
                                 {u"1.1"_s, u"weight"_s, u"3"_s, u"1"_s, u"asha.patel"_s},
                                 {u"1.1"_s, u"notes"_s, u"A note"_s, QString(), u"asha.patel"_s}};
    CHECK(history(file, before) == expected);
}

TEST_CASE("wgll import appends notes by default, once, and replaces them when asked", "[cli][import]")
{
    Consultant wgll;
    const QString file = wgll.path(u"t.wgll"_s);
    REQUIRE(wgll.run({u"new"_s, file, u"--framework"_s, u"wgll-org"_s}).exitCode == 0);
    REQUIRE(wgll.import(file, u"1.1,3,,,First workshop\n"_s).exitCode == 0);
    REQUIRE(wgll.import(file, u"1.1,,,,Second workshop\n"_s).exitCode == 0);
    CHECK(row(file, u"1.1"_s).notes == u"First workshop\n\nSecond workshop");
    // The same batch again, or a note already there, adds nothing and records nothing.
    const qint64 before = lastHistoryId(file);
    REQUIRE(wgll.import(file, u"1.1,,,,Second workshop\n"_s).exitCode == 0);
    REQUIRE(wgll.import(file, u"1.1,,,,First workshop\n"_s).exitCode == 0);
    REQUIRE(wgll.import(file, u"1.1,,,,\" Second workshop \"\n"_s, {u"--notes"_s, u"append"_s}).exitCode == 0);
    CHECK(row(file, u"1.1"_s).notes == u"First workshop\n\nSecond workshop");
    CHECK(history(file, before).isEmpty());

    REQUIRE(wgll.import(file, u"1.1,,,,Board agreed\n"_s, {u"--notes"_s, u"replace"_s}).exitCode == 0);
    CHECK(row(file, u"1.1"_s).notes == u"Board agreed");
    CHECK(row(file, u"1.1"_s).score == u"3");

    const QByteArray kept = wgll::test::readAll(file);
    const Run bad = wgll.import(file, u"1.1,,,,x\n"_s, {u"--notes"_s, u"merge"_s});
    CHECK(bad.exitCode == 64);
    CHECK(bad.err.startsWith(u"wgll: --notes must be append or replace, not 'merge'"));
    CHECK(wgll::test::readAll(file) == kept);
}

TEST_CASE("wgll import records the login name when --author is not given", "[cli][import]")
{
    Consultant wgll;
    const QString file = wgll.path(u"t.wgll"_s);
    REQUIRE(wgll.run({u"new"_s, file, u"--framework"_s, u"wgll-org"_s}).exitCode == 0);

    REQUIRE(wgll.import(file, u"1.1,1,,,\n"_s).exitCode == 0);
    CHECK(history(file).constLast().author == u"asha.patel");

    wgll.env.insert(u"USER"_s, QString());
    wgll.env.insert(u"LOGNAME"_s, u"j.smith"_s);
    REQUIRE(wgll.import(file, u"1.1,2,,,\n"_s).exitCode == 0);
    CHECK(history(file).constLast().author == u"j.smith");

    // Neither set (cron, some containers): the password database's name for the user.
    wgll.env.insert(u"LOGNAME"_s, u"  "_s);
    const passwd *me = getpwuid(getuid());
    REQUIRE(me);
    REQUIRE(wgll.import(file, u"1.1,3,,,\n"_s).exitCode == 0);
    CHECK(history(file).constLast().author == QString::fromLocal8Bit(me->pw_name));

    REQUIRE(wgll.import(file, u"1.1,4,,,\n"_s, {u"--author"_s, u"Board workshop"_s}).exitCode == 0);
    CHECK(history(file).constLast().author == u"Board workshop");

    const Run empty = wgll.import(file, u"1.1,5,,,\n"_s, {u"--author"_s, u" "_s});
    CHECK(empty.exitCode == 64);
    CHECK(empty.err.startsWith(u"wgll: --author needs a name"));
    CHECK(row(file, u"1.1"_s).score == u"4");
    for (const Change &c : history(file))
        CHECK_FALSE(c.author.isEmpty());
}
