// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13, faults 10 and 11: text from a file reaches a terminal escaped, and an XML file
// well-formed, whatever control characters or bidirectional overrides it holds.
#include "hostileworld.h"

using namespace Qt::Literals::StringLiterals;
using wgll::test::Run;

namespace {

// Control characters cannot reach a file any more (the text rules refuse them on input and the
// checker on open: docs/file-format.md, "Text"), but bidirectional overrides and isolates and the
// Unicode line separators are legal text that a terminal would still act on: an organisation
// that reverses what follows it, a period whose line separator would start a forged `wgll:`
// line, an evidence title and a participant wrapped in isolates.
const QString Organisation = u"Evil\u202e Trust\u2066"_s;
const QString Period = u"2026/27\u2028wgll: forged.wgll: is damaged"_s;
const QString Title = u"\u202dred\u2066title\u2069"_s;

struct Hostile : wgll::test::Cli
{
    QString file;
    QString older;
    Hostile()
    {
        file = wgll::test::assessmentWithEvidence(*this, u"hostile"_s, Organisation, Period);
        older = wgll::test::assessmentWithEvidence(*this, u"older"_s, Organisation, Period);
        REQUIRE((*this)({u"evidence"_s, u"add"_s, file, u"2.1"_s, u"https://example.org/"_s, u"--link"_s,
                         u"--title"_s, Title})
                    .exitCode == 0);
        wgll::test::writeAll(path(u"votes.csv"_s), QStringLiteral("participant,indicator,score\n"
                                                                  "\"Ann\u202e\u2029wgll: x\",1.1,3\n")
                                                        .toUtf8());
        const Run votes = (*this)({u"votes"_s, u"import"_s, file, path(u"votes.csv"_s), u"--session"_s, Title});
        INFO(votes.err.toStdString());
        REQUIRE(votes.exitCode == 0);
    }
};

} // namespace

TEST_CASE("text output escapes control characters and bidirectional overrides from the file",
          "[cli][escapes]")
{
    Hostile wgll;
    const QList<QStringList> commands{
        {u"summary"_s, wgll.file},
        {u"summary"_s, wgll.file, u"--explain"_s, u"--what-if"_s, u"2"_s},
        {u"gaps"_s, wgll.file},
        {u"compare"_s, wgll.older, wgll.file},
        {u"rollup"_s, wgll.file},
        {u"evidence"_s, u"list"_s, wgll.file},
    };
    for (const QStringList &args : commands) {
        const Run r = wgll(args);
        INFO(args.join(u' ').toStdString() << "\n" << r.out.toStdString() << r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(wgll::test::terminalSafe(r.out));
        CHECK(wgll::test::terminalSafe(r.err));
        CHECK_FALSE(r.out.contains(u"\nwgll:"));
        CHECK_FALSE(r.out.startsWith(u"wgll:"));
    }
    // What was there stays visible, escaped.
    const Run summary = wgll({u"summary"_s, wgll.file});
    CHECK(summary.out.startsWith(u"Evil\\u202e Trust\\u2066, 2026/27\\u2028wgll: forged"));
    const Run listed = wgll({u"evidence"_s, u"list"_s, wgll.file});
    CHECK(listed.out.contains(u"\\u202dred\\u2066title\\u2069"));
    // Control characters are refused where they come in, with one escaped line naming the field.
    const Run refused = wgll({u"new"_s, wgll.path(u"evil.wgll"_s), u"--framework"_s, u"wgll-org"_s,
                              u"--organisation"_s, u"Evil\x1b]0;owned\x07 Trust"_s, u"--period"_s,
                              u"2026/27\r\nwgll: forged.wgll: is damaged"_s});
    CHECK(refused.exitCode == 65);
    CHECK(wgll::test::terminalSafe(refused.err));
    CHECK(refused.err.count(u'\n') == 1);
    CHECK_FALSE(QFile::exists(wgll.path(u"evil.wgll"_s)));
    // Error messages quote file content too, one escaped line each.
    wgll::test::writeAll(wgll.path(u"bad.csv"_s), "indicator,score,target,weight,note\n\"9.9\x1b[2J\r\nwgll: x\",1,,,\n");
    const Run bad = wgll({u"import"_s, wgll.file, wgll.path(u"bad.csv"_s)});
    CHECK(bad.exitCode == 65);
    CHECK(wgll::test::terminalSafe(bad.err));
    CHECK(bad.err.count(u'\n') == 1);
}

TEST_CASE("a user framework's text is escaped by framework show and list", "[cli][escapes]")
{
    wgll::test::Cli wgll;
    QString json = QString::fromUtf8(wgll::test::readAll(wgll::test::sourceDir() + u"/frameworks/wgll-org.json"));
    json.replace(u"\"id\": \"wgll-org\""_s, u"\"id\": \"evil-org\""_s);
    const qsizetype title = json.indexOf(u"\"title\": \""_s);
    REQUIRE(title > 0);
    // The framework reader refuses C0 controls already; bidirectional overrides are text to it.
    json.insert(title + 10, u"\\u202eevil\\u2066"_s);
    REQUIRE(json.contains(u"evil-org"_s));
    QDir().mkpath(wgll.path(u"frameworks"_s));
    wgll::test::writeAll(wgll.path(u"frameworks/evil.json"_s), json.toUtf8());
    QProcessEnvironment env;
    env.insert(u"WGLL_FRAMEWORK_PATH"_s, wgll.path(u"frameworks"_s));
    for (const QStringList &args : {QStringList{u"framework"_s, u"list"_s}, QStringList{u"framework"_s, u"show"_s, u"evil-org"_s}}) {
        const Run r = wgll::test::runProgram(wgll::test::Cli::program(), args, wgll.home.path(), env);
        INFO(r.out.toStdString() << r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains(u"\\u202eevil\\u2066"_s));
        CHECK(wgll::test::terminalSafe(r.out));
    }
}

TEST_CASE("the XLSX and ODT outputs are well-formed XML whatever the text holds", "[cli][escapes]")
{
    Hostile wgll;
    const QString xlsx = wgll.path(u"hostile.xlsx"_s);
    const Run exported = wgll({u"export"_s, wgll.file, u"--format"_s, u"xlsx"_s, u"-o"_s, xlsx});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    QString why;
    CHECK(wgll::test::zipPartsWellFormed(xlsx, why));
    INFO(why.toStdString());
    const QString odt = wgll.path(u"hostile.odt"_s);
    const Run reported = wgll({u"report"_s, wgll.file, u"-o"_s, odt});
    INFO(reported.err.toStdString());
    REQUIRE(reported.exitCode == 0);
    CHECK(wgll::test::zipPartsWellFormed(odt, why));
    INFO(why.toStdString());
    // The HTML report is polyglot XHTML: an XML parser must accept it too.
    const QString html = wgll.path(u"hostile.html"_s);
    REQUIRE(wgll({u"report"_s, wgll.file, u"-o"_s, html}).exitCode == 0);
    CHECK(wgll::test::xmlWellFormed(html, why));
    INFO(why.toStdString());
    CHECK(wgll::test::terminalSafe(QString::fromUtf8(wgll::test::readAll(html)).remove(u'\t')));
}
