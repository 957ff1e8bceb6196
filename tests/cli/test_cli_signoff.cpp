// SPDX-License-Identifier: GPL-3.0-or-later
// `wgll details | signoff | reopen | check --expect` end to end (issue 16), and every edit
// command refused with 77 on a signed-off file.
#include "clirunner.h"
#include "forge.h"

#include <QJsonDocument>
#include <QJsonObject>

using wgll::test::Run;

namespace {

struct Board : wgll::test::Cli
{
    QString file = path(QStringLiteral("northshire.wgll"));

    Board()
    {
        ok({QStringLiteral("new"), file, QStringLiteral("--framework"), QStringLiteral("wgll-org"),
            QStringLiteral("--organisation"), QStringLiteral("Northshire Hospitals NHS FT")});
        ok({QStringLiteral("import"), file, wgll::test::sourceDir() + u"/resources/demo/northshire-responses.csv"});
    }
    Run ok(const QStringList &args) const
    {
        const Run r = (*this)(args);
        INFO(args.join(u' ').toStdString() << ": " << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r;
    }
    QJsonObject json(const QStringList &args) const
    {
        return QJsonDocument::fromJson(ok(args + QStringList{QStringLiteral("--format"), QStringLiteral("json")})
                                           .out.toUtf8())
            .object();
    }
    QString signOff() const
    {
        const QJsonObject o = json({QStringLiteral("signoff"), file, QStringLiteral("--by"), QStringLiteral("Jane Chair"),
                                    QStringLiteral("--meeting"), QStringLiteral("Trust Board, 3 December 2026")});
        return o.value(QStringLiteral("signOff")).toObject().value(QStringLiteral("contentSha256")).toString();
    }
};

} // namespace

TEST_CASE("wgll details shows and sets the cover sheet, all or nothing", "[cli][signoff][details]")
{
    Board b;
    Run r = b.ok({QStringLiteral("details"), b.file});
    CHECK(r.out.contains(u"meeting:               (not set)"));
    b.ok({QStringLiteral("details"), b.file, QStringLiteral("--set"), QStringLiteral("meeting=Trust Board (public)"),
          QStringLiteral("--set"), QStringLiteral("meeting-date=2026-12-03"), QStringLiteral("--set"),
          QStringLiteral("purpose=assurance"), QStringLiteral("--set"), QStringLiteral("risks=SR5 Cyber security\nBAF 2.1")});
    const QJsonObject cover = b.json({QStringLiteral("details"), b.file}).value(QStringLiteral("cover")).toObject();
    CHECK(cover.value(QStringLiteral("meeting")).toString() == u"Trust Board (public)");
    CHECK(cover.value(QStringLiteral("meetingDate")).toString() == u"2026-12-03");
    CHECK(cover.value(QStringLiteral("purpose")).toString() == u"Assurance"); // as the list spells it
    CHECK(cover.value(QStringLiteral("risks")).toString() == u"SR5 Cyber security\nBAF 2.1");
    r = b.ok({QStringLiteral("details"), b.file});
    CHECK(r.out.contains(u"risks:                 SR5 Cyber security\n                       BAF 2.1\n"));

    const QByteArray before = wgll::test::readAll(b.file);
    struct Bad
    {
        const char *set;
        const char *message;
    };
    const Bad bad = GENERATE(values<Bad>({
        {"colour=blue", "unknown cover sheet key 'colour'"},
        {"meeting-date=3/12/2026", "meeting-date must be a date as YYYY-MM-DD, not '3/12/2026'"},
        {"meeting-date=2026-02-30", "meeting-date must be a date as YYYY-MM-DD"},
        {"assurance=Total", "assurance must be one of Substantial, Reasonable, Limited, No assurance, not 'Total'"},
        {"meeting", "--set needs KEY=VALUE, not 'meeting'"},
        {"author=Line\nbreak", "the author contains a line break"},
    }));
    INFO(bad.set);
    // A good change beside the bad one is not made either.
    r = b({QStringLiteral("details"), b.file, QStringLiteral("--set"), QStringLiteral("agenda-item=8.2"),
           QStringLiteral("--set"), QString::fromUtf8(bad.set)});
    CHECK(r.exitCode == 64);
    INFO(r.err.toStdString());
    CHECK(r.err.contains(QString::fromUtf8(bad.message)));
    CHECK(wgll::test::readAll(b.file) == before);

    // An empty value clears.
    b.ok({QStringLiteral("details"), b.file, QStringLiteral("--set"), QStringLiteral("meeting-date=")});
    CHECK(b.json({QStringLiteral("details"), b.file}).value(QStringLiteral("cover")).toObject().value(
              QStringLiteral("meetingDate")).isNull());
}

TEST_CASE("wgll signoff records the hash, every edit command then exits 77, wgll reopen allows them again",
          "[cli][signoff]")
{
    Board b;
    const QString hash = b.signOff();
    CHECK(hash.size() == 64);
    const QJsonObject details = b.json({QStringLiteral("details"), b.file});
    CHECK(details.value(QStringLiteral("status")).toString() == u"final");
    CHECK(details.value(QStringLiteral("signOff")).toObject().value(QStringLiteral("contentSha256")).toString() == hash);
    CHECK(b.ok({QStringLiteral("summary"), b.file}).out.contains(u"(final)"));
    // check --expect with the hash as the board paper prints it.
    CHECK(b.ok({QStringLiteral("check"), b.file, QStringLiteral("--expect"), hash.left(12)}).out.contains(hash));

    const QString csv = b.path(QStringLiteral("more.csv"));
    wgll::test::writeAll(csv, "indicator,score,target,weight,note\n2.1,5,,,\n");
    const QString votes = b.path(QStringLiteral("votes.csv"));
    wgll::test::writeAll(votes, "participant,indicator,score\nAna,2.1,3\n");
    const QString note = b.path(QStringLiteral("minutes.txt"));
    wgll::test::writeAll(note, "minutes");
    const QList<QStringList> edits{
        {QStringLiteral("import"), b.file, csv},
        {QStringLiteral("evidence"), QStringLiteral("add"), b.file, QStringLiteral("2.1"), note},
        {QStringLiteral("votes"), QStringLiteral("import"), b.file, votes},
        {QStringLiteral("details"), b.file, QStringLiteral("--set"), QStringLiteral("agenda-item=9")},
        {QStringLiteral("signoff"), b.file, QStringLiteral("--by"), QStringLiteral("Jane Chair")},
    };
    const QByteArray signedBytes = wgll::test::readAll(b.file);
    for (const QStringList &edit : edits) {
        const Run r = b(edit);
        INFO(edit.join(u' ').toStdString() << ": " << r.err.toStdString());
        CHECK(r.exitCode == 77);
        CHECK(r.err.startsWith(u"wgll: " + b.file + u": is signed off (revision 1, by Jane Chair on "));
        CHECK(r.err.contains(u"'wgll reopen " + b.file + u" --by NAME'"));
    }
    CHECK(wgll::test::readAll(b.file) == signedBytes);

    const Run reopened = b.ok({QStringLiteral("reopen"), b.file, QStringLiteral("--by"), QStringLiteral("Secretary")});
    CHECK(reopened.out.contains(u"revision 1 (signed off by Jane Chair, SHA-256 " + hash.left(12) + u") is kept"));
    CHECK(reopened.out.contains(u"now revision 2"));
    for (const QStringList &edit : edits)
        b.ok(edit); // the last signs revision 2 off
    const QJsonObject again = b.json({QStringLiteral("details"), b.file});
    CHECK(again.value(QStringLiteral("revision")).toInt() == 2);
    CHECK(again.value(QStringLiteral("signOff")).toObject().value(QStringLiteral("revision")).toInt() == 2);
    // Reopening what is not signed off, and signing off without a name, are refused.
    b.ok({QStringLiteral("reopen"), b.file, QStringLiteral("--by"), QStringLiteral("Secretary")});
    Run r = b({QStringLiteral("reopen"), b.file, QStringLiteral("--by"), QStringLiteral("Secretary")});
    CHECK(r.exitCode == 65);
    CHECK(r.err.contains(u"is not signed off"));
    r = b({QStringLiteral("signoff"), b.file});
    CHECK(r.exitCode == 64);
    CHECK(r.err.contains(u"--by NAME is required"));
}

TEST_CASE("wgll signoff refuses an assessment with nothing scored", "[cli][signoff]")
{
    wgll::test::Cli cli;
    const QString file = cli.path(QStringLiteral("empty.wgll"));
    REQUIRE(cli({QStringLiteral("new"), file, QStringLiteral("--framework"), QStringLiteral("wgll-org")}).exitCode == 0);
    const Run r = cli({QStringLiteral("signoff"), file, QStringLiteral("--by"), QStringLiteral("Jane Chair")});
    CHECK(r.exitCode == 65);
    CHECK(r.err.contains(u"has nothing to sign off"));
}

TEST_CASE("wgll check catches signed-off content changed with sqlite3, its file checksum recomputed",
          "[cli][signoff][forgery]")
{
    Board b;
    const QString hash = b.signOff();
    b.ok({QStringLiteral("check"), b.file});
    // What a determined editor does: change a score behind the program's back and seal the file
    // again with its recomputed content checksum.
    wgll::test::forge(b.file, "UPDATE answer SET score = 5 WHERE indicator = '3.1'");
    const Run r = b({QStringLiteral("check"), b.file});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 65);
    CHECK(r.err.contains(u"signed-off content was changed after sign-off"));
    CHECK(r.err.contains(hash));
}

TEST_CASE("wgll check --expect: right, wrong, short and malformed hashes", "[cli][signoff][expect]")
{
    Board b;
    const QString hash = b.signOff();
    struct Case
    {
        QString expect;
        int exit;
    };
    QString wrong = hash;
    wrong[0] = wrong[0] == u'0' ? u'1' : u'0';
    const QList<Case> cases{
        {hash, 0},
        {hash.left(12), 0},
        {hash.left(12).toUpper(), 0},
        {wrong, 65},
        {wrong.left(12), 65},
        {hash.left(11), 64},
        {hash.left(13), 64},
        {hash + u'0', 64},
        {QStringLiteral("zzzzzzzzzzzz"), 64},
        {QString(), 64},
    };
    for (const Case &c : cases) {
        const Run r = b({QStringLiteral("check"), b.file, QStringLiteral("--expect"), c.expect});
        INFO(c.expect.toStdString() << ": " << r.err.toStdString());
        CHECK(r.exitCode == c.exit);
        if (c.exit == 65) {
            CHECK(r.err.contains(u"its scored content has SHA-256 " + hash));
            CHECK(r.err.contains(u"which does not begin with " + c.expect));
        }
        if (c.exit == 64)
            CHECK(r.err.contains(u"--expect needs 12 or 64 hex digits"));
    }
    // After a change, the hash printed on last month's paper no longer matches.
    b.ok({QStringLiteral("reopen"), b.file, QStringLiteral("--by"), QStringLiteral("Secretary")});
    b.ok({QStringLiteral("details"), b.file, QStringLiteral("--set"), QStringLiteral("agenda-item=9")});
    CHECK(b({QStringLiteral("check"), b.file, QStringLiteral("--expect"), hash.left(12)}).exitCode == 65);
}
