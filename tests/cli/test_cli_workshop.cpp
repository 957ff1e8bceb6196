// SPDX-License-Identifier: GPL-3.0-or-later
// `wgll votes import` end to end, and the vote statistics it gives `wgll export --format json`.
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using wgll::test::Run;

namespace {

struct Workshop : wgll::test::Cli
{
    QString file = path(QStringLiteral("a.wgll"));
    Workshop()
    {
        REQUIRE((*this)({QStringLiteral("new"), file, QStringLiteral("--framework"), QStringLiteral("wgll-org")})
                    .exitCode == 0);
    }
    Run import(const QString &csv, const QStringList &options = {})
    {
        wgll::test::writeAll(path(QStringLiteral("votes.csv")), csv.toUtf8());
        return (*this)(QStringList{QStringLiteral("votes"), QStringLiteral("import"), file,
                                   path(QStringLiteral("votes.csv"))} +
                       options);
    }
    QJsonObject indicator(const QString &id)
    {
        const Run r = (*this)({QStringLiteral("export"), file, QStringLiteral("--format"), QStringLiteral("json"),
                               QStringLiteral("-o"), QStringLiteral("-")});
        REQUIRE(r.exitCode == 0);
        for (const QJsonValue &i : QJsonDocument::fromJson(r.out.toUtf8())[u"indicators"].toArray()) {
            if (i[u"id"].toString() == id)
                return i.toObject();
        }
        FAIL("no indicator " << id.toStdString());
        return {};
    }
};

} // namespace

TEST_CASE("votes import records a session, and the JSON export gives the vote statistics", "[cli][workshop]")
{
    Workshop w;
    const Run r = w.import(QStringLiteral("participant,indicator,score\n"
                                          "Alice Smith,1.1,3\nBob Jones,1.1,4\nCarol Wu,1.1,4\nDan Patel,1.1,5\n"
                                          "Alice Smith,2.1,2\nBob Jones,2.1,2\nCarol Wu,2.1,3\n"),
                           {QStringLiteral("--session"), QStringLiteral("Board workshop"), QStringLiteral("--date"),
                            QStringLiteral("2026-11-20"), QStringLiteral("--facilitator"), QStringLiteral("CIO")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"imported 7 votes"));
    CHECK(w({QStringLiteral("check"), w.file}).exitCode == 0);

    // Even count between two levels: 3 4 4 5 → median 4; range 2 → disagreement.
    const QJsonObject v11 = w.indicator(QStringLiteral("1.1"))[u"votes"].toObject();
    CHECK(v11[u"n"].toInt() == 4);
    CHECK(v11[u"median"].toDouble() == 4.0);
    CHECK(v11[u"min"].toInt() == 3);
    CHECK(v11[u"max"].toInt() == 5);
    CHECK(v11[u"disagreement"].toBool());
    const QJsonObject v21 = w.indicator(QStringLiteral("2.1"))[u"votes"].toObject();
    CHECK(v21[u"n"].toInt() == 3);
    CHECK(v21[u"median"].toDouble() == 2.0);
    CHECK_FALSE(v21[u"disagreement"].toBool());
    CHECK(w.indicator(QStringLiteral("1.2"))[u"votes"].isNull());

    // The board report gains the workshop record: the session, who came, where the room split.
    const QString html = w.path(QStringLiteral("board.html"));
    REQUIRE(w({QStringLiteral("report"), w.file, QStringLiteral("-o"), html}).exitCode == 0);
    const QString page = QString::fromUtf8(wgll::test::readAll(html));
    CHECK(page.contains(u"<h1 id=\"workshop-title\" dir=\"auto\">Workshop record</h1>"));
    CHECK(page.contains(u"<h2 dir=\"auto\">Board workshop, 20 November 2026</h2>"));
    CHECK(page.contains(u"<p dir=\"auto\">Facilitated by CIO.</p>"));
    // Votes give names only: the Role and Organisation columns, empty for everyone, are left out.
    CHECK(page.contains(u"<td dir=\"auto\">Dan Patel</td><td dir=\"auto\">Present</td>"));
    CHECK(page.contains(u"<th scope=\"col\" dir=\"auto\">Name</th><th scope=\"col\" dir=\"auto\">Attendance</th>"));
    // 1.1 (range 2) is listed before 2.1 (range 1).
    CHECK(page.indexOf(u"<td dir=\"auto\">1.1  build digital") < page.indexOf(u"<td dir=\"auto\">2.1  "));

    // A later session on 1.1 is what the export reports; the same people are not added twice.
    REQUIRE(w.import(QStringLiteral("participant,indicator,score\nAlice Smith,1.1,4\nBob Jones,1.1,4\n")).exitCode == 0);
    const QJsonObject again = w.indicator(QStringLiteral("1.1"))[u"votes"].toObject();
    CHECK(again[u"n"].toInt() == 2);
    CHECK(again[u"median"].toDouble() == 4.0);
    CHECK_FALSE(again[u"disagreement"].toBool());
}

TEST_CASE("a bad votes file is refused with its line, and nothing is imported", "[cli][workshop][errors]")
{
    Workshop w;
    const QByteArray before = wgll::test::readAll(w.file);
    auto refused = [&](const QString &csv, const QString &says, const QStringList &options = {}, int code = 65) {
        const Run r = w.import(csv, options);
        INFO(csv.toStdString() << " → " << r.err.toStdString());
        CHECK(r.exitCode == code);
        CHECK(r.err.contains(says));
        CHECK(wgll::test::readAll(w.file) == before); // all or nothing: the file is untouched
    };
    const QString head = QStringLiteral("participant,indicator,score\n");
    refused(QStringLiteral("name,statement,level\nA,1.1,3\n"), QStringLiteral("votes.csv:1: expected the header"));
    refused(head, QStringLiteral("no votes after the header"));
    refused(head + u"Alice,1.1,3\nBob,9.9,3\n", QStringLiteral("votes.csv:3: there is no statement \"9.9\""));
    refused(head + u"Alice,1.1,3\nBob,1.1,6\n", QStringLiteral("votes.csv:3: score 6 is outside the scale 1–5"));
    refused(head + u"Alice,1.1,three\n", QStringLiteral("score \"three\" is not a whole number"));
    refused(head + u"Alice,1.1,3\nalice,1.1,4\n", QStringLiteral("votes.csv:3: alice has already voted on 1.1"));
    refused(head + u",1.1,3\n", QStringLiteral("name must be 1 to 300 characters"));
    refused(head + u"Alice,1.1\n", QStringLiteral("has 2 fields; expected 3"));
    refused(head + u"Alice,1.1,3\n", QStringLiteral("--date must be YYYY-MM-DD"),
            {QStringLiteral("--date"), QStringLiteral("20/11/2026")}, 64);
}
