// SPDX-License-Identifier: GPL-3.0-or-later
// `rollup --migrate-to` (docs/method.md, "Migration"), worked out by hand: files on two revisions
// migrated to a third that rewords 3.5 and lacks 7.5; and a target of another framework refused.
#include "export/rollupexport.h"
#include "scoring/rollup.h"
#include "blankassessment.h"
#include "testsupport.h"

#include <QJsonArray>

using namespace wgll;

namespace {

void score(Assessment &a, const QString &id, int s)
{
    test::answerIn(a, id).score = s;
}

/// The newest organisation revision without statement 7.5, as a revision of its own.
Framework withoutSevenFive()
{
    Framework f = test::bundledFrameworks().find(QStringLiteral("wgll-org"))->framework;
    f.version = QStringLiteral("2030-01-01");
    for (Measure &m : f.measures)
        m.indicators.removeIf([](const Indicator &i) { return i.id == u"7.5"; });
    return f;
}

const Statistic &statistic(const QList<Statistic> &list, const QString &id)
{
    const auto it = std::find_if(list.begin(), list.end(), [&](const Statistic &s) { return s.id == id; });
    REQUIRE(it != list.end());
    return *it;
}

} // namespace

TEST_CASE("roll-up migrated to one revision keeps scores by id, lists reworded statements and drops absent ones",
          "[scoring][rollup][migrate]")
{
    // Alpha (2021-08-31): 3.1 = 4, 3.5 = 1, 7.5 = 4. Beta (2021-10-04): 3.1 = 2, 3.5 = 5, 7.5 = 2.
    Assessment a = test::blankAssessment(QStringLiteral("wgll-org@2021-08-31"), QStringLiteral("Alpha"), QStringLiteral("2026/27"));
    Assessment b = test::blankAssessment(QStringLiteral("wgll-org"), QStringLiteral("Beta"), QStringLiteral("2026/27"));
    score(a, QStringLiteral("3.1"), 4);
    score(a, QStringLiteral("3.5"), 1);
    score(a, QStringLiteral("7.5"), 4);
    score(b, QStringLiteral("3.1"), 2);
    score(b, QStringLiteral("3.5"), 5);
    score(b, QStringLiteral("7.5"), 2);
    const Framework target = withoutSevenFive();
    RollupBuilder builder({RollupMethod::Mean, false, target});
    REQUIRE_FALSE(builder.add(QStringLiteral("a.wgll"), Scorecard::of(a)));
    REQUIRE_FALSE(builder.add(QStringLiteral("b.wgll"), Scorecard::of(b)));
    const Rollup r = builder.result();
    CHECK(r.migratedTo == u"2030-01-01");
    CHECK(r.revisions == QStringList{QStringLiteral("2021-08-31"), QStringLiteral("2021-10-04")});
    CHECK_FALSE(r.comparableOnly());
    CHECK(r.notComparable.isEmpty());
    // 3.5 now counts: (1 + 5) / 2 = 3; measure 3: Alpha (4 + 1) / 2 = 2.5, Beta (2 + 5) / 2 = 3.5, mean 3.0.
    CHECK(*statistic(r.indicators, QStringLiteral("3.5")).value == Approx(3.0));
    CHECK(*statistic(r.measures, QStringLiteral("3")).value == Approx(3.0));
    // 7.5 is dropped: measure 7 has no score, and the overall is measure 3's alone.
    CHECK_FALSE(statistic(r.measures, QStringLiteral("7")).value);
    CHECK(*r.overall.value == Approx(3.0));
    // Only 2021-08-31's 3.5 was worded otherwise than the target (2021-10-04's is the same).
    REQUIRE(r.migrated.size() == 1);
    CHECK(r.migrated[0].id == u"3.5");
    CHECK(r.migrated[0].fromRevision == u"2021-08-31");
    CHECK(r.migrated[0].fromText.contains(u"senior information responsible officer"));
    CHECK(r.migrated[0].toText.contains(u"senior information risk owner"));
    REQUIRE(r.dropped.size() == 2);
    CHECK(r.dropped[0].id == u"7.5");
    CHECK(r.dropped[0].revision == u"2021-08-31");
    CHECK(r.dropped[1].revision == u"2021-10-04");

    const QJsonObject j = rollups::json(r);
    CHECK(j[u"migratedTo"].toString() == u"2030-01-01");
    CHECK(j[u"migrated"][0][u"fromRevision"].toString() == u"2021-08-31");
    CHECK(j[u"dropped"].toArray().size() == 2);
    const records::Table t = rollups::longTable(r);
    const qsizetype statement = t.header.indexOf(QStringLiteral("statement"));
    const qsizetype revision = t.header.indexOf(QStringLiteral("revision"));
    const qsizetype comparable = t.header.indexOf(QStringLiteral("comparable"));
    int migratedRows = 0;
    for (const QStringList &row : t.rows) {
        migratedRows += row[comparable] == u"migrated" ? 1 : 0;
        if (row[statement] == u"7.5")
            CHECK(row[comparable] == u"no");
    }
    CHECK(migratedRows == 1); // Alpha's 3.5
    CHECK(t.rows.constFirst()[revision] == u"2021-08-31 -> 2030-01-01"); // Alpha's rows: migrated from, to
    CHECK(t.rows.constLast()[revision] == u"2021-08-31 + 2021-10-04 -> 2030-01-01");
}

TEST_CASE("roll-up migration to a revision of another framework is refused", "[scoring][rollup][migrate]")
{
    const Framework ics = test::bundledFrameworks().find(QStringLiteral("wgll-ics"))->framework;
    RollupBuilder builder({RollupMethod::Mean, false, ics});
    const auto problem = builder.add(QStringLiteral("a.wgll"), Scorecard::of(test::blankAssessment(
                                                                   QStringLiteral("wgll-org"), QStringLiteral("Alpha"))));
    REQUIRE(problem);
    CHECK(problem->contains(u"--migrate-to names wgll-ics@2021-10-04, a revision of another framework"));
}
