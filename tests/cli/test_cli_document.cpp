// SPDX-License-Identifier: GPL-3.0-or-later
// `wgll new | import | check | evidence` end to end, as a consultant would script them.
#include "clirunner.h"
#include "forge.h"

#include <QDir>

using wgll::test::Run;

namespace {

using wgll::test::Cli;

const QString Header = QStringLiteral("indicator,score,target,weight,note\n");

} // namespace

TEST_CASE("wgll new, import and check make a valid, self-contained file", "[cli][document]")
{
    Cli wgll;
    const QString file = wgll.path(QStringLiteral("trust.wgll"));
    const Run created = wgll({QStringLiteral("new"), file, QStringLiteral("--framework"), QStringLiteral("wgll-org"),
                              QStringLiteral("--organisation"), QStringLiteral("Northshire"), QStringLiteral("--period"),
                              QStringLiteral("2026/27")});
    REQUIRE(created.exitCode == 0);
    CHECK(created.out == u"created " + file + u": wgll-org 2021-10-04, 49 statements\n");
    wgll::test::writeAll(wgll.path(QStringLiteral("r.csv")),
                         (Header + u"1.1,3,,2,\"Board, and \"\"CCIO\"\"\"\n3.5,NA,,,Provided by the ICS\n2.4,4,5,1,\n").toUtf8());
    const Run imported = wgll({QStringLiteral("import"), file, wgll.path(QStringLiteral("r.csv"))});
    CHECK(imported.exitCode == 0);
    CHECK(imported.out == u"imported 3 responses into " + file + u'\n');
    const Run checked = wgll({QStringLiteral("check"), file});
    CHECK(checked.exitCode == 0);
    CHECK(checked.out == u"ok\n");
    // The header says: SQLite, rollback journal (bytes 18-19 = 1), application id "WGLL".
    const QByteArray bytes = wgll::test::readAll(file);
    CHECK(bytes.startsWith(QByteArrayView("SQLite format 3\0", 16)));
    CHECK(bytes.at(18) == 1);
    CHECK(bytes.at(19) == 1);
    CHECK(bytes.mid(68, 4) == "WGLL");
    CHECK(wgll.filesBeside(QStringLiteral("trust.wgll")) == QStringList{QStringLiteral("trust.wgll")});

    const Run again = wgll({QStringLiteral("new"), file, QStringLiteral("--framework"), QStringLiteral("wgll-org")});
    CHECK(again.exitCode == 73);
    CHECK(again.err.contains(u"already exists"));
}

TEST_CASE("wgll import with one bad row imports nothing and names the line", "[cli][document]")
{
    Cli wgll;
    const QString file = wgll.path(QStringLiteral("t.wgll"));
    REQUIRE(wgll({QStringLiteral("new"), file, QStringLiteral("--framework"), QStringLiteral("wgll-ics")}).exitCode == 0);
    const QByteArray before = wgll::test::readAll(file);
    struct Case
    {
        QString csv;
        QString message;
    };
    const QList<Case> cases{
        {Header + u"1.1,3,,,\n1.2,7,,,\n", u":3: score 7 is outside the scale 1–5"_qs},
        {Header + u"1.1,3,,,\n9.9,3,,,\n", u":3: there is no statement \"9.9\" in wgll-ics"_qs},
        {Header + u"1.1,3,,,\n1.1,4,,,\n", u":3: statement 1.1 appears more than once"_qs},
        {Header + u"1.1,NA,,,\n", u":2: N/A needs a reason"_qs},
        {Header + u"1.1,three,,,\n", u":2: score \"three\" is not a whole number, NA or empty"_qs},
        {Header + u"1.1,3,,5,\n", u":2: weight 5 is not 1, 2 or 3"_qs},
        {Header + u"1.1,3\n", u":2: has 2 fields; expected 5"_qs},
        {u"id,score\n1.1,3\n"_qs, u":1: expected the header indicator,score,target,weight,note, found id,score"_qs},
    };
    for (const Case &c : cases) {
        INFO(c.csv.toStdString());
        const QString csv = wgll.path(QStringLiteral("bad.csv"));
        wgll::test::writeAll(csv, c.csv.toUtf8());
        const Run r = wgll({QStringLiteral("import"), file, csv});
        CHECK(r.exitCode == 65);
        CHECK(r.out.isEmpty());
        CHECK(r.err == u"wgll: " + csv + c.message + u'\n');
        CHECK(wgll::test::readAll(file) == before);
    }
    const Run missing = wgll({QStringLiteral("import"), file, wgll.path(QStringLiteral("none.csv"))});
    CHECK(missing.exitCode == 66);
}

TEST_CASE("wgll check rejects damaged and foreign files with exit 65", "[cli][document]")
{
    Cli wgll;
    const QString file = wgll.path(QStringLiteral("t.wgll"));
    REQUIRE(wgll({QStringLiteral("new"), file, QStringLiteral("--framework"), QStringLiteral("wgll-org")}).exitCode == 0);
    QByteArray bytes = wgll::test::readAll(file);
    const QString damaged = wgll.path(QStringLiteral("damaged.wgll"));
    bytes.truncate(bytes.size() / 2);
    wgll::test::writeAll(damaged, bytes);
    const Run r = wgll({QStringLiteral("check"), damaged});
    CHECK(r.exitCode == 65);
    CHECK(r.err.startsWith(u"wgll: " + damaged + u": "));
    const Run none = wgll({QStringLiteral("check"), wgll.path(QStringLiteral("none.wgll"))});
    CHECK(none.exitCode == 66);
    CHECK(none.err == u"wgll: " + wgll.path(QStringLiteral("none.wgll")) + u": no such file\n");
}

TEST_CASE("wgll evidence add, list and extract round-trip the bytes", "[cli][document]")
{
    Cli wgll;
    const QString file = wgll.path(QStringLiteral("t.wgll"));
    REQUIRE(wgll({QStringLiteral("new"), file, QStringLiteral("--framework"), QStringLiteral("wgll-org")}).exitCode == 0);
    QByteArray payload;
    for (int i = 0; i < 300000; ++i)
        payload.append(static_cast<char>(i % 253));
    wgll::test::writeAll(wgll.path(QStringLiteral("dspt.pdf")), payload);
    const Run added = wgll({QStringLiteral("evidence"), QStringLiteral("add"), file, QStringLiteral("3.1,3.2"),
                            wgll.path(QStringLiteral("dspt.pdf")), QStringLiteral("--title"), QStringLiteral("DSPT 2026")});
    CHECK(added.exitCode == 0);
    CHECK(added.out == u"added evidence 1\n");
    const Run link = wgll({QStringLiteral("evidence"), QStringLiteral("add"), file, QStringLiteral("5.2"),
                           QStringLiteral("https://www.nhs.uk/nhs-app/"), QStringLiteral("--link")});
    CHECK(link.exitCode == 0);
    const Run listed = wgll({QStringLiteral("evidence"), QStringLiteral("list"), file});
    CHECK(listed.out.contains(u" 1  file  3.1,3.2     300000  DSPT 2026"));
    CHECK(listed.out.contains(u"link  5.2"));
    const QString out = wgll.path(QStringLiteral("out.pdf"));
    CHECK(wgll({QStringLiteral("evidence"), QStringLiteral("extract"), file, QStringLiteral("1"), QStringLiteral("-o"), out})
              .exitCode == 0);
    CHECK(wgll::test::readAll(out) == payload);
    const Run wrong = wgll({QStringLiteral("evidence"), QStringLiteral("extract"), file, QStringLiteral("2"),
                            QStringLiteral("-o"), wgll.path(QStringLiteral("x"))});
    CHECK(wrong.exitCode == 65);
    const Run bad = wgll({QStringLiteral("evidence"), QStringLiteral("add"), file, QStringLiteral("9.9"),
                          wgll.path(QStringLiteral("dspt.pdf"))});
    CHECK(bad.exitCode == 65);
    CHECK(bad.err.contains(u"no statement \"9.9\""));
    CHECK(wgll({QStringLiteral("check"), file}).exitCode == 0);
}

TEST_CASE("wgll check refuses forged text and hostile evidence names with exit 65", "[cli][document][text]")
{
    struct Case
    {
        const char *name;
        const char *sql;
        const char *message;
    };
    const Case c = GENERATE(values<Case>({
        {"NUL-padded organisation", "UPDATE assessment SET organisation = 'N' || char(0) || printf('%.*c', 1000000, 'x')",
         "column \"organisation\" of table \"assessment\" (row 1) is longer than 300 characters"},
        {"text as a BLOB", "UPDATE assessment SET period = CAST('2026' AS BLOB)",
         "column \"period\" of table \"assessment\" (row 1) is stored as a BLOB, not as text"},
        {"escape in a note", "UPDATE answer SET notes = char(27) || ']0;pwned' || char(7) WHERE indicator = '1.1'",
         "column \"notes\" of table \"answer\" contains a control character (U+001B)"},
        {"invalid UTF-8", "UPDATE assessment SET organisation = CAST(x'FF' AS TEXT)",
         "column \"organisation\" of table \"assessment\" (row 1) is not valid UTF-8 text"},
        {"evidence name with folders", "UPDATE evidence SET file_name = '../../x'",
         "column \"file_name\" of table \"evidence\" (row 1) contains a folder part (a slash)"},
        {"evidence name with U+202E", "UPDATE evidence SET file_name = 'report' || char(8238) || 'fdp.exe'",
         "column \"file_name\" of table \"evidence\" (row 1) contains a control or bidirectional-override character "
         "(U+202E)"},
    }));
    INFO(c.name);
    Cli wgll;
    const QString file = wgll.path(QStringLiteral("t.wgll"));
    REQUIRE(wgll({QStringLiteral("new"), file, QStringLiteral("--framework"), QStringLiteral("wgll-org")}).exitCode == 0);
    wgll::test::writeAll(wgll.path(QStringLiteral("dspt.pdf")), "%PDF-1.4\n");
    REQUIRE(wgll({QStringLiteral("evidence"), QStringLiteral("add"), file, QStringLiteral("3.1"),
                  wgll.path(QStringLiteral("dspt.pdf"))})
                .exitCode == 0);
    REQUIRE(wgll({QStringLiteral("check"), file}).exitCode == 0);
    wgll::test::forge(file, c.sql);
    const Run r = wgll({QStringLiteral("check"), file});
    CHECK(r.exitCode == 65);
    CHECK(r.err == u"wgll: " + file + u": " + QString::fromUtf8(c.message) + u'\n');
}

TEST_CASE("wgll check refuses a whole page of data after the last page", "[cli][document]")
{
    Cli wgll;
    const QString file = wgll.path(QStringLiteral("t.wgll"));
    REQUIRE(wgll({QStringLiteral("new"), file, QStringLiteral("--framework"), QStringLiteral("wgll-org")}).exitCode == 0);
    const QByteArray good = wgll::test::readAll(file);
    wgll::test::writeAll(file, good + QByteArray(4096, 'Z'));
    const Run appended = wgll({QStringLiteral("check"), file});
    CHECK(appended.exitCode == 65);
    CHECK(appended.err == u"wgll: " + file + u": has 4096 bytes of data after the last page of the database\n");
}
