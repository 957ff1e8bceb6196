// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 20, item 1: one exit-code policy (docs/cli.md, "Exit codes"). Every command's argument
// errors exit 64 with nothing on stdout and one `wgll:` line on stderr; each other code comes
// from its cause; with --format json the error is one JSON object.
#include "hostileworld.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using wgll::test::Run;

namespace {

enum class Kind { UnknownOption, ArgumentCount, BadValue };

/// One argument error: the command's words as `wgll --help` lists them, and what follows.
struct Row
{
    QString command;
    Kind kind;
    QStringList args;
};

/// The commands `wgll --help` lists, read from its "Commands:" section.
QStringList listedCommands(const wgll::test::Cli &wgll)
{
    const Run help = wgll({u"--help"_s});
    REQUIRE(help.exitCode == 0);
    QStringList names;
    bool inCommands = false;
    for (const QString &line : help.out.split(u'\n')) {
        if (line == u"Commands:") {
            inCommands = true;
        } else if (inCommands && line.startsWith(u"  ")) {
            names.append(line.trimmed().section(u"  "_s, 0, 0));
        } else if (inCommands) {
            break;
        }
    }
    return names;
}

void checkOneErrorLine(const Run &r)
{
    INFO(r.err.toStdString());
    CHECK(r.out.isEmpty());
    CHECK(r.err.startsWith(u"wgll: "));
    CHECK(r.err.endsWith(u'\n'));
    CHECK(r.err.count(u'\n') == 1);
}

} // namespace

TEST_CASE("every command's argument errors exit 64 with one wgll: line and nothing on stdout", "[cli][exitcodes]")
{
    wgll::test::Cli wgll;
    const QString a = wgll.path(u"a.wgll"_s);
    REQUIRE(wgll({u"new"_s, a, u"--framework"_s, u"wgll-org"_s}).exitCode == 0);
    const QString b = wgll.path(u"b.wgll"_s);
    REQUIRE(QFile::copy(a, b));
    const QString csv = wgll.path(u"r.csv"_s);
    wgll::test::writeAll(csv, "indicator,score,target,weight,note\n1.1,2,,,\n");
    const QString votes = wgll.path(u"v.csv"_s);
    wgll::test::writeAll(votes, "participant,indicator,score\nAnn,1.1,2\n");
    const QString created = wgll.path(u"new.wgll"_s);
    const QString out = wgll.path(u"out"_s);
    const QString pdf = out + u".pdf";
    const QString png = out + u".png";
    // Not json: with --format json the error is JSON (tested below), not a wgll: line.
    const QString csvFormat = u"csv"_s;

    using enum Kind;
    const QList<Row> rows{
        {u"framework list"_s, UnknownOption, {u"--bogus"_s}},
        {u"framework list"_s, ArgumentCount, {u"extra"_s}},
        {u"framework list"_s, BadValue, {u"--format"_s, u"xml"_s}},
        {u"framework show"_s, UnknownOption, {u"--bogus"_s, u"wgll-org"_s}},
        {u"framework show"_s, ArgumentCount, {}},
        {u"framework show"_s, BadValue, {u"wgll-org"_s, u"--format"_s, u"xml"_s}},
        {u"framework validate"_s, UnknownOption, {u"--bogus"_s, csv}},
        {u"framework validate"_s, ArgumentCount, {}},
        {u"framework validate"_s, ArgumentCount, {csv, votes}},
        {u"new"_s, UnknownOption, {u"--bogus"_s, created, u"--framework"_s, u"wgll-org"_s}},
        {u"new"_s, ArgumentCount, {u"--framework"_s, u"wgll-org"_s}},
        {u"new"_s, BadValue, {created}}, // --framework is required
        {u"new"_s, BadValue, {created, u"--framework"_s, u"wgll-org"_s, u"--target"_s, u"7"_s}},
        {u"new"_s, BadValue, {created, u"--framework"_s, u"wgll-org"_s, u"--target"_s, u"0"_s}},
        {u"new"_s, BadValue, {created, u"--framework"_s, u"wgll-org"_s, u"--target"_s, u"x"_s}},
        {u"new"_s, BadValue, {created, u"--framework"_s}}, // an option without its value
        {u"import"_s, UnknownOption, {u"--bogus"_s, a, csv}},
        {u"import"_s, ArgumentCount, {a}},
        {u"import"_s, BadValue, {a, csv, u"--author"_s}},
        {u"check"_s, UnknownOption, {u"--bogus"_s, a}},
        {u"check"_s, ArgumentCount, {}},
        {u"evidence add"_s, UnknownOption, {u"--bogus"_s, a, u"1.1"_s, csv}},
        {u"evidence add"_s, ArgumentCount, {a, u"1.1"_s}},
        {u"evidence add"_s, BadValue, {a, u"1.1"_s, u"x"_s, u"--link"_s, u"--note"_s}},
        {u"evidence add"_s, BadValue, {a, u"1.1"_s, csv, u"--title"_s}},
        {u"evidence list"_s, UnknownOption, {u"--bogus"_s, a}},
        {u"evidence list"_s, ArgumentCount, {}},
        {u"evidence extract"_s, UnknownOption, {u"--bogus"_s, a, u"1"_s, u"-o"_s, out}},
        {u"evidence extract"_s, ArgumentCount, {a, u"-o"_s, out}},
        {u"evidence extract"_s, BadValue, {a, u"1"_s}}, // -o is required
        {u"evidence extract"_s, BadValue, {a, u"1"_s, u"-o"_s, QString()}},
        {u"evidence extract"_s, BadValue, {a, u"x"_s, u"-o"_s, out}},
        {u"summary"_s, UnknownOption, {u"--bogus"_s, a}},
        {u"summary"_s, ArgumentCount, {}},
        {u"summary"_s, BadValue, {a, u"--format"_s, u"xml"_s}},
        {u"summary"_s, BadValue, {a, u"--what-if"_s, u"0"_s}},
        {u"gaps"_s, UnknownOption, {u"--bogus"_s, a}},
        {u"gaps"_s, ArgumentCount, {}},
        {u"gaps"_s, BadValue, {a, u"--top"_s, u"0"_s}},
        {u"gaps"_s, BadValue, {a, u"--top"_s, u"x"_s}},
        {u"gaps"_s, BadValue, {a, u"--format"_s, u"xml"_s}},
        {u"export"_s, UnknownOption, {u"--bogus"_s, a, u"--format"_s, csvFormat, u"-o"_s, out}},
        {u"export"_s, ArgumentCount, {u"--format"_s, csvFormat, u"-o"_s, out}},
        {u"export"_s, BadValue, {a, u"-o"_s, out}}, // --format is required
        {u"export"_s, BadValue, {a, u"--format"_s, u"xml"_s, u"-o"_s, out}},
        {u"export"_s, BadValue, {a, u"--format"_s, csvFormat, u"-o"_s, QString()}},
        {u"export"_s, BadValue, {a, u"--format"_s, u"xlsx"_s, u"-o"_s, u"-"_s}},
        {u"export"_s, BadValue, {a, u"--format"_s, csvFormat}}, // -o is required
        {u"compare"_s, UnknownOption, {u"--bogus"_s, a, b}},
        {u"compare"_s, ArgumentCount, {a}},
        {u"compare"_s, BadValue, {a, b, u"--format"_s, u"xml"_s}},
        {u"rollup"_s, UnknownOption, {u"--bogus"_s, a}},
        {u"rollup"_s, ArgumentCount, {}},
        {u"rollup"_s, BadValue, {a, u"--format"_s, u"xml"_s}},
        {u"rollup"_s, BadValue, {a, u"-o"_s, QString()}},
        {u"rollup"_s, BadValue, {a, u"--migrate-to"_s, u"1999-01-01"_s}},
        {u"trend"_s, UnknownOption, {u"--bogus"_s, a, b}},
        {u"trend"_s, ArgumentCount, {a}},
        {u"trend"_s, BadValue, {a, b, u"--format"_s, u"xlsx"_s}},
        {u"trend"_s, BadValue, {a, b, u"-o"_s, QString()}},
        {u"report"_s, UnknownOption, {u"--bogus"_s, a, u"-o"_s, pdf}},
        {u"report"_s, ArgumentCount, {}},
        {u"report"_s, BadValue, {a}}, // -o is required
        {u"report"_s, BadValue, {a, u"-o"_s, out + u".txt"}},
        {u"report"_s, BadValue, {a, u"-o"_s, pdf, u"--status"_s, u"maybe"_s}},
        {u"report"_s, BadValue, {a, u"-o"_s, QString()}},
        {u"chart"_s, UnknownOption, {u"--bogus"_s, a, u"-o"_s, png}},
        {u"chart"_s, ArgumentCount, {}},
        {u"chart"_s, BadValue, {a, u"-o"_s, png, u"--kind"_s, u"pie"_s}},
        {u"chart"_s, BadValue, {a, u"-o"_s, png, u"--size"_s, u"1x1"_s}},
        {u"chart"_s, BadValue, {a, u"-o"_s, out + u".gif"}},
        {u"votes import"_s, UnknownOption, {u"--bogus"_s, a, votes}},
        {u"votes import"_s, ArgumentCount, {a}},
        {u"votes import"_s, BadValue, {a, votes, u"--date"_s, u"2026-13-01"_s}},
        {u"workshop host"_s, UnknownOption, {u"--bogus"_s, a, u"--session"_s, u"S"_s, u"--participants"_s, u"Ann"_s}},
        {u"workshop host"_s, ArgumentCount, {u"--session"_s, u"S"_s, u"--participants"_s, u"Ann"_s}},
        {u"workshop host"_s, BadValue, {a, u"--session"_s, u"S"_s, u"--participants"_s, u"Ann"_s, u"--port"_s, u"70000"_s}},
        {u"workshop host"_s, BadValue, {a, u"--session"_s, u"S"_s, u"--participants"_s, u"Ann"_s, u"--bind"_s, u"laptop"_s}},
        {u"action add"_s, UnknownOption, {u"--bogus"_s, a, u"--statement"_s, u"1.1"_s, u"--text"_s, u"x"_s}},
        {u"action add"_s, ArgumentCount, {u"--statement"_s, u"1.1"_s, u"--text"_s, u"x"_s}},
        {u"action add"_s, BadValue, {a, u"--statement"_s, u"1.1"_s}}, // --text is required
        {u"action add"_s, BadValue, {a, u"--statement"_s, u"1.1"_s, u"--text"_s, u"x"_s, u"--due"_s, u"2027-13-01"_s}},
        {u"action add"_s, BadValue, {a, u"--statement"_s, u"1.1"_s, u"--text"_s, u"x"_s, u"--status"_s, u"closed"_s}},
        {u"action list"_s, UnknownOption, {u"--bogus"_s, a}},
        {u"action list"_s, ArgumentCount, {}},
        {u"action list"_s, BadValue, {a, u"--format"_s, u"xml"_s}},
        {u"action set"_s, UnknownOption, {u"--bogus"_s, a, u"1"_s, u"--status"_s, u"done"_s}},
        {u"action set"_s, ArgumentCount, {a, u"--status"_s, u"done"_s}},
        {u"action set"_s, BadValue, {a, u"1"_s}}, // nothing to change
        {u"action set"_s, BadValue, {a, u"x"_s, u"--status"_s, u"done"_s}},
        {u"action set"_s, BadValue, {a, u"1"_s, u"--due"_s, u"soon"_s}},
        {u"action remove"_s, UnknownOption, {u"--bogus"_s, a, u"1"_s}},
        {u"action remove"_s, ArgumentCount, {a}},
        {u"action remove"_s, BadValue, {a, u"0"_s}},
        {u"action import"_s, UnknownOption, {u"--bogus"_s, a, csv}},
        {u"action import"_s, ArgumentCount, {a}},
        {u"export"_s, BadValue, {a, u"--format"_s, csvFormat, u"--table"_s, u"nonsense"_s, u"-o"_s, out}},
        {u"export"_s, BadValue, {a, u"--format"_s, u"xlsx"_s, u"--table"_s, u"actions"_s, u"-o"_s, out + u".xlsx"}},
        {u"recover"_s, UnknownOption, {u"--bogus"_s, a}},
        {u"recover"_s, ArgumentCount, {}},
        {u"recover"_s, BadValue, {a}}, // one of --show, --restore, --discard is required
        {u"recover"_s, BadValue, {a, u"--show"_s, u"--discard"_s}},
        {u"details"_s, UnknownOption, {u"--bogus"_s, a}},
        {u"details"_s, ArgumentCount, {}},
        {u"details"_s, BadValue, {a, u"--set"_s, u"colour=blue"_s}},
        {u"details"_s, BadValue, {a, u"--set"_s, u"meeting-date=tomorrow"_s}},
        {u"details"_s, BadValue, {a, u"--format"_s, u"xml"_s}},
        {u"signoff"_s, UnknownOption, {u"--bogus"_s, a, u"--by"_s, u"Chair"_s}},
        {u"signoff"_s, ArgumentCount, {u"--by"_s, u"Chair"_s}},
        {u"signoff"_s, BadValue, {a}}, // --by is required
        {u"reopen"_s, UnknownOption, {u"--bogus"_s, a, u"--by"_s, u"Chair"_s}},
        {u"reopen"_s, ArgumentCount, {u"--by"_s, u"Chair"_s}},
        {u"reopen"_s, BadValue, {a, u"--by"_s, QString()}},
        {u"check"_s, BadValue, {a, u"--expect"_s, u"12345"_s}},
        {u"benchmark import"_s, UnknownOption, {u"--bogus"_s, csv}},
        {u"benchmark import"_s, ArgumentCount, {}},
        {u"benchmark list"_s, UnknownOption, {u"--bogus"_s}},
        {u"benchmark list"_s, ArgumentCount, {u"extra"_s}},
        {u"benchmark list"_s, BadValue, {u"--format"_s, u"xml"_s}},
        {u"benchmark show"_s, UnknownOption, {u"--bogus"_s, u"england-providers"_s}},
        {u"benchmark show"_s, ArgumentCount, {}},
        {u"benchmark show"_s, BadValue, {u"england-providers"_s, u"--format"_s, u"xml"_s}},
        {u"summary"_s, BadValue, {a, u"--benchmark"_s}}, // an option without its value
    };

    // The table covers every command the program lists, each with an unknown option and a
    // wrong number of arguments, and the same commands the other way round.
    const QStringList listed = listedCommands(wgll);
    REQUIRE(listed.size() >= 18);
    for (const QString &command : listed) {
        INFO(command.toStdString());
        CHECK(std::any_of(rows.begin(), rows.end(),
                          [&](const Row &r) { return r.command == command && r.kind == UnknownOption; }));
        CHECK(std::any_of(rows.begin(), rows.end(),
                          [&](const Row &r) { return r.command == command && r.kind == ArgumentCount; }));
    }
    for (const Row &row : rows)
        CHECK(listed.contains(row.command));

    const QByteArray before = wgll::test::readAll(a);
    for (const Row &row : rows) {
        const QStringList args = row.command.split(u' ') + row.args;
        INFO("wgll " << args.join(u' ').toStdString());
        const Run r = wgll(args);
        CHECK(r.exitCode == 64);
        checkOneErrorLine(r);
    }
    // Nothing was created or changed by a refused command.
    CHECK_FALSE(QFile::exists(created));
    CHECK(wgll::test::entriesOf(wgll.home.path()).filter(u"out"_s).isEmpty());
    CHECK(wgll::test::readAll(a) == before);

    // And the program's own words.
    for (const QStringList &args : {QStringList{}, QStringList{u"bogus"_s}, QStringList{u"framework"_s},
                                    QStringList{u"evidence"_s, u"bogus"_s}}) {
        INFO("wgll " << args.join(u' ').toStdString());
        const Run r = wgll(args);
        CHECK(r.exitCode == 64);
        checkOneErrorLine(r);
    }
}

TEST_CASE("each exit code comes from its cause: 65 bad data, 66 missing, 73 cannot create, 75 journal beside",
          "[cli][exitcodes]")
{
    wgll::test::Cli wgll;
    const QString a = wgll.path(u"a.wgll"_s);
    REQUIRE(wgll({u"new"_s, a, u"--framework"_s, u"wgll-org"_s}).exitCode == 0);
    const QString garbage = wgll.path(u"garbage.wgll"_s);
    wgll::test::writeAll(garbage, "not an assessment\n");

    const QList<std::pair<QStringList, int>> cases{
        {{u"summary"_s, garbage}, 65},
        {{u"summary"_s, wgll.path(u"missing.wgll"_s)}, 66},
        {{u"framework"_s, u"show"_s, u"no-such-framework"_s}, 66},
        {{u"export"_s, a, u"--format"_s, u"csv"_s, u"-o"_s, wgll.home.path()}, 73},
    };
    for (const auto &[args, code] : cases) {
        INFO("wgll " << args.join(u' ').toStdString());
        const Run r = wgll(args);
        CHECK(r.exitCode == code);
        checkOneErrorLine(r);
    }

    // Another program's SQLite transaction in progress: in use, try again (75), not bad data.
    wgll::test::writeAll(a + u"-journal", "hot");
    for (const QStringList &args : {QStringList{u"summary"_s, a}, QStringList{u"check"_s, a}}) {
        INFO("wgll " << args.join(u' ').toStdString());
        const Run r = wgll(args);
        CHECK(r.exitCode == 75);
        CHECK(r.err.contains(u"journal"));
        checkOneErrorLine(r);
    }
}

TEST_CASE("editing a document on a read-only file system exits 77 before any work", "[cli][exitcodes]")
{
    wgll::test::Cli wgll;
    const wgll::test::TinyTmpfs disk(wgll.path(u"disk"_s), 8192);
    const QString a = disk.folder + u"/a.wgll";
    REQUIRE(wgll({u"new"_s, a, u"--framework"_s, u"wgll-org"_s}).exitCode == 0);
    const QString csv = wgll.path(u"r.csv"_s);
    wgll::test::writeAll(csv, "indicator,score,target,weight,note\n1.1,2,,,\n");
    if (disk.mounted) {
        // Root may write anything a mode forbids; a read-only mount refuses even root.
        REQUIRE(::mount("tmpfs", QFile::encodeName(disk.folder).constData(), "tmpfs", MS_REMOUNT | MS_RDONLY,
                        nullptr) == 0);
    } else {
        REQUIRE(::geteuid() != 0);
        REQUIRE(::chmod(QFile::encodeName(a).constData(), 0444) == 0);
    }
    const QByteArray before = wgll::test::readAll(a);
    const Run r = wgll({u"import"_s, a, csv});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 77);
    CHECK(r.err.startsWith(u"wgll: " + a + u": cannot be changed: "));
    checkOneErrorLine(r);
    CHECK(wgll::test::readAll(a) == before);
    // Reading it is still allowed.
    CHECK(wgll({u"summary"_s, a}).exitCode == 0);
    if (disk.mounted)
        ::mount("tmpfs", QFile::encodeName(disk.folder).constData(), "tmpfs", MS_REMOUNT, nullptr);
}

TEST_CASE("with --format json an error is one JSON object on stderr", "[cli][exitcodes]")
{
    wgll::test::Cli wgll;
    const QString a = wgll.path(u"a.wgll"_s);
    REQUIRE(wgll({u"new"_s, a, u"--framework"_s, u"wgll-org"_s}).exitCode == 0);
    const QString garbage = wgll.path(u"garbage.wgll"_s);
    wgll::test::writeAll(garbage, "not an assessment\n");

    const auto errorOf = [](const Run &r) {
        INFO(r.err.toStdString());
        CHECK(r.out.isEmpty());
        CHECK(r.err.count(u'\n') == 1);
        QJsonParseError parsed;
        const QJsonDocument doc = QJsonDocument::fromJson(r.err.toUtf8(), &parsed);
        CHECK(parsed.error == QJsonParseError::NoError);
        return doc.object().value(u"error"_s).toObject();
    };

    // Bad data: the code, the file as typed, the message; no line where none is known.
    const Run bad = wgll({u"summary"_s, garbage, u"--format"_s, u"json"_s});
    CHECK(bad.exitCode == 65);
    const QJsonObject badError = errorOf(bad);
    CHECK(badError.value(u"code"_s).toInt() == 65);
    CHECK(badError.value(u"file"_s).toString() == garbage);
    CHECK_FALSE(badError.value(u"message"_s).toString().isEmpty());
    CHECK_FALSE(badError.contains(u"line"_s));

    // A usage error, --format=json spelled either way: code 64, no file.
    for (const QStringList &args : {QStringList{u"gaps"_s, a, u"--format"_s, u"json"_s, u"--top"_s, u"0"_s},
                                    QStringList{u"gaps"_s, a, u"--format=json"_s, u"--bogus"_s}}) {
        INFO("wgll " << args.join(u' ').toStdString());
        const Run usage = wgll(args);
        CHECK(usage.exitCode == 64);
        const QJsonObject usageError = errorOf(usage);
        CHECK(usageError.value(u"code"_s).toInt() == 64);
        CHECK_FALSE(usageError.contains(u"file"_s));
        CHECK_FALSE(usageError.value(u"message"_s).toString().isEmpty());
    }

    // JSON written to a file (-o) is a document like any other: its errors stay text lines;
    // to standard output (-o -) they are JSON.
    const QString out = wgll.path(u"out.json"_s);
    const Run toFile = wgll({u"export"_s, garbage, u"--format"_s, u"json"_s, u"-o"_s, out});
    CHECK(toFile.exitCode == 65);
    CHECK(toFile.err.startsWith(u"wgll: " + garbage + u": "));
    const Run toStdout = wgll({u"export"_s, garbage, u"--format"_s, u"json"_s, u"-o"_s, u"-"_s});
    CHECK(toStdout.exitCode == 65);
    CHECK(errorOf(toStdout).value(u"code"_s).toInt() == 65);

    // Text stays text.
    const Run text = wgll({u"summary"_s, garbage});
    CHECK(text.err.startsWith(u"wgll: " + garbage + u": "));
}
