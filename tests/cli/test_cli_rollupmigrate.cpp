// SPDX-License-Identifier: GPL-3.0-or-later
// `wgll rollup --migrate-to` end to end (issue 19 item 1): files on the two organisation revisions
// migrated to the newer, 3.5 reported with both wordings, in text, JSON and CSV; an unknown
// revision (64) and one of another framework (65) refused.
#include "clirunner.h"
#include "io/csvreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using wgll::test::Run;

namespace {

struct Cli : wgll::test::Cli
{
    QString assessment(const QString &name, const QString &organisation, const QString &rows,
                       const QString &framework) const
    {
        const QString file = path(name + u".wgll");
        REQUIRE((*this)({QStringLiteral("new"), file, QStringLiteral("--framework"), framework,
                         QStringLiteral("--organisation"), organisation, QStringLiteral("--period"),
                         QStringLiteral("2026/27")})
                    .exitCode == 0);
        wgll::test::writeAll(path(name + u".csv"), (u"indicator,score,target,weight,note\n" + rows).toUtf8());
        REQUIRE((*this)({QStringLiteral("import"), file, path(name + u".csv")}).exitCode == 0);
        return file;
    }
};

/// Alpha (2021-08-31): 3.1 = 4, 3.5 = 1; Beta (2021-10-04): 3.1 = 2, 3.5 = 5. Migrated to
/// 2021-10-04, 3.5 counts: (1 + 5) / 2 = 3; measure 3: (2.5 + 3.5) / 2 = 3.0.
struct TwoRevisions : Cli
{
    QString old = assessment(QStringLiteral("old"), QStringLiteral("Alpha"), QStringLiteral("3.1,4,,,\n3.5,1,,,\n"),
                             QStringLiteral("wgll-org@2021-08-31"));
    QString now = assessment(QStringLiteral("now"), QStringLiteral("Beta"), QStringLiteral("3.1,2,,,\n3.5,5,,,\n"),
                             QStringLiteral("wgll-org"));
};

} // namespace

TEST_CASE("rollup --migrate-to keeps 3.5 under the newer wording and says so in text, JSON and CSV",
          "[cli][rollup][migrate]")
{
    TwoRevisions wgll;
    const Run text = wgll({QStringLiteral("rollup"), wgll.old, wgll.now, QStringLiteral("--migrate-to"),
                           QStringLiteral("2021-10-04")});
    INFO(text.err.toStdString());
    REQUIRE(text.exitCode == 0);
    const QString flat = text.out.simplified();
    CHECK(flat.contains(u"assessments of wgll-org, revisions 2021-08-31 and 2021-10-04 migrated to 2021-10-04; "
                        u"method: mean"));
    CHECK(flat.contains(u"Migrated to revision 2021-10-04: scores kept by statement id; 1 statement wordings changed"));
    CHECK(flat.contains(u"2021-08-31: have an adequately resourced cyber security function, including a senior "
                        u"information responsible officer"));
    CHECK(flat.contains(u"2021-10-04: have an adequately resourced cyber security function, including a senior "
                        u"information risk owner"));
    CHECK_FALSE(flat.contains(u"Not comparable"));

    const Run json = wgll({QStringLiteral("rollup"), wgll.old, wgll.now, QStringLiteral("--migrate-to"),
                           QStringLiteral("wgll-org@2021-10-04"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(json.exitCode == 0);
    const QJsonObject j = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(j[u"framework"].toString() == u"wgll-org");
    CHECK(j[u"migratedTo"].toString() == u"2021-10-04");
    CHECK_FALSE(j[u"comparableOnly"].toBool());
    CHECK(j[u"migrated"][0][u"id"].toString() == u"3.5");
    CHECK(j[u"notComparable"].toArray().isEmpty());
    for (const QJsonValue &m : j[u"measures"].toArray()) {
        if (m[u"id"].toString() == u"3")
            CHECK(m[u"value"].toDouble() == Approx(3.0));
    }

    const QString csv = wgll.path(QStringLiteral("r.csv"));
    REQUIRE(wgll({QStringLiteral("rollup"), wgll.old, wgll.now, QStringLiteral("--migrate-to"), QStringLiteral("2021-10-04"),
                  QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), csv})
                .exitCode == 0);
    wgll::CsvReader reader;
    const auto records = reader.parse(wgll::test::readAll(csv).mid(3), csv);
    REQUIRE(records);
    const QStringList header = records->constFirst().fields;
    CHECK(header.size() == 17); // the long table's columns as without --migrate-to
    const qsizetype comparable = header.indexOf(QStringLiteral("comparable"));
    const qsizetype statement = header.indexOf(QStringLiteral("statement"));
    const qsizetype organisation = header.indexOf(QStringLiteral("organisation"));
    const qsizetype revision = header.indexOf(QStringLiteral("revision"));
    QStringList migrated;
    for (const auto &r : *records) {
        if (r.fields[comparable] == u"migrated")
            migrated.append(r.fields[organisation] + u' ' + r.fields[statement]);
    }
    CHECK(migrated == QStringList{QStringLiteral("Alpha 3.5")});
    CHECK(records->at(1).fields[revision] == u"2021-08-31 -> 2021-10-04"); // Alpha's first row
    CHECK(records->constLast().fields[revision] == u"2021-08-31 + 2021-10-04 -> 2021-10-04");
}

TEST_CASE("rollup --migrate-to refuses an unknown revision (64) and one of another framework (65)",
          "[cli][rollup][migrate]")
{
    TwoRevisions wgll;
    const Run unknown = wgll({QStringLiteral("rollup"), wgll.old, wgll.now, QStringLiteral("--migrate-to"),
                              QStringLiteral("2019-01-01")});
    CHECK(unknown.exitCode == 64);
    CHECK(unknown.err.contains(u"--migrate-to: unknown revision '2019-01-01'"));
    CHECK(wgll({QStringLiteral("rollup"), wgll.old, QStringLiteral("--migrate-to"), QStringLiteral("wgll-org@2019-01-01")})
              .exitCode == 64);
    CHECK(wgll({QStringLiteral("rollup"), wgll.old, QStringLiteral("--migrate-to"), QString()}).exitCode == 64);
    const Run other = wgll({QStringLiteral("rollup"), wgll.old, wgll.now, QStringLiteral("--migrate-to"),
                            QStringLiteral("wgll-ics@2021-10-04")});
    CHECK(other.exitCode == 65);
    CHECK(other.out.isEmpty());
    CHECK(other.err.startsWith(u"wgll: " + wgll.old + u": is an assessment of wgll-org; --migrate-to names "
                               u"wgll-ics@2021-10-04, a revision of another framework"));
}
