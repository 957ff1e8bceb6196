// SPDX-License-Identifier: GPL-3.0-or-later
// The roll-up rules (docs/method.md, "Roll-up") on fixtures worked out by hand: each organisation
// once, mixed framework revisions, the three methods with odd and even counts, N/A everywhere.
#include "export/rollupexport.h"
#include "framework/frameworkcatalog.h"
#include "scoring/rollup.h"
#include "scoring/scorecard.h"
#include "blankassessment.h"
#include "testsupport.h"

#include <QJsonArray>

using namespace wgll;

namespace {

/// An unscored assessment of `organisation` for `period` on framework `key` (target 4).
Assessment blank(const QString &organisation, const QString &period = QStringLiteral("2026/27"),
                 const QString &key = QStringLiteral("wgll-org"))
{
    return test::blankAssessment(key, organisation, period);
}

Answer &answer(Assessment &a, const QString &id)
{
    return test::answerIn(a, id);
}

void score(Assessment &a, const QString &id, int s, int weight = 1)
{
    answer(a, id).score = s;
    answer(a, id).weight = weight;
}

void notApplicable(Assessment &a, const QString &id)
{
    answer(a, id).notApplicable = true;
    answer(a, id).score.reset();
}

const Statistic &statistic(const QList<Statistic> &list, const QString &id)
{
    const auto it = std::find_if(list.begin(), list.end(), [&](const Statistic &s) { return s.id == id; });
    REQUIRE(it != list.end());
    return *it;
}

Rollup rollUp(const QList<std::pair<QString, Assessment>> &files, RollupOptions options = {})
{
    RollupBuilder b(options);
    for (const auto &[file, a] : files) {
        const auto problem = b.add(file, Scorecard::of(a));
        INFO(problem.value_or(QString()).toStdString());
        REQUIRE_FALSE(problem);
    }
    return b.result();
}

} // namespace

TEST_CASE("roll-up counts an organisation once: the same organisation and period is refused naming both files",
          "[scoring][rollup]")
{
    RollupBuilder b;
    REQUIRE_FALSE(b.add(QStringLiteral("t1.wgll"), Scorecard::of(blank(QStringLiteral("Northshire Hospitals")))));
    REQUIRE_FALSE(b.add(QStringLiteral("t2.wgll"), Scorecard::of(blank(QStringLiteral("Southshire")))));
    // Case and runs of spaces aside, the same name is the same organisation.
    const auto again = b.add(QStringLiteral("copy.wgll"), Scorecard::of(blank(QStringLiteral(" northshire  HOSPITALS"))));
    REQUIRE(again);
    CHECK(again->contains(u"t1.wgll and copy.wgll are the same organisation and period"));
    CHECK(b.count() == 2);

    SECTION("another period of it is refused too, pointing at --latest")
    {
        const auto other = b.add(QStringLiteral("old.wgll"),
                                 Scorecard::of(blank(QStringLiteral("Northshire Hospitals"), QStringLiteral("2025/26"))));
        REQUIRE(other);
        CHECK(other->contains(u"t1.wgll and old.wgll are two periods of the same organisation"));
        CHECK(other->contains(u"--latest"));
    }
}

TEST_CASE("roll-up --latest keeps each organisation's newest period, whatever the order, and says what it left out",
          "[scoring][rollup]")
{
    Assessment old = blank(QStringLiteral("Northshire"), QStringLiteral("2025/26"));
    Assessment now = blank(QStringLiteral("Northshire"), QStringLiteral("2026/27"));
    Assessment other = blank(QStringLiteral("Southshire"), QStringLiteral("2024/25"));
    score(old, QStringLiteral("1.1"), 1);
    score(now, QStringLiteral("1.1"), 5);
    score(other, QStringLiteral("1.1"), 3);
    const RollupOptions latest{RollupMethod::Mean, true};
    for (const bool newerFirst : {false, true}) {
        const Rollup r = newerFirst ? rollUp({{QStringLiteral("now.wgll"), now},
                                              {QStringLiteral("s.wgll"), other},
                                              {QStringLiteral("old.wgll"), old}},
                                             latest)
                                    : rollUp({{QStringLiteral("old.wgll"), old},
                                              {QStringLiteral("s.wgll"), other},
                                              {QStringLiteral("now.wgll"), now}},
                                             latest);
        REQUIRE(r.organisations.size() == 2);
        CHECK(r.organisations[0].file == u"now.wgll"); // in the place of the first file of that organisation
        CHECK(r.organisations[1].file == u"s.wgll");
        REQUIRE(r.leftOut.size() == 1);
        CHECK(r.leftOut[0].file == u"old.wgll");
        CHECK(r.leftOut[0].keptFile == u"now.wgll");
        CHECK(*statistic(r.measures, QStringLiteral("1")).value == Approx(4.0)); // (5 + 3) / 2, not with 1
    }
    // --latest cannot choose between two files of the same period.
    RollupBuilder b(latest);
    REQUIRE_FALSE(b.add(QStringLiteral("a.wgll"), Scorecard::of(now)));
    CHECK(b.add(QStringLiteral("b.wgll"), Scorecard::of(now)));
}

TEST_CASE("periods order as people write them", "[scoring][rollup]")
{
    CHECK(comparePeriods(QStringLiteral("2025/26"), QStringLiteral("2026/27")) < 0);
    CHECK(comparePeriods(QStringLiteral("2026/27 Q10"), QStringLiteral("2026/27 Q2")) > 0);
    CHECK(comparePeriods(QStringLiteral("2026/27  q3"), QStringLiteral("2026/27 Q3")) == 0);
    CHECK(comparePeriods(QStringLiteral("2026"), QStringLiteral("2026/27")) < 0);
    CHECK(comparePeriods(QStringLiteral("007"), QStringLiteral("7")) == 0);
}

TEST_CASE("roll-up of mixed revisions uses only the statements worded alike, and names both revisions",
          "[scoring][rollup]")
{
    // Safe practice: A (2021-08-31) 3.1 = 4, 3.5 = 1; B (2021-10-04) 3.1 = 2, 3.5 = 5. 3.5's SIRO
    // wording differs, so Safe practice is A 4, B 2 -> mean 3 (with 3.5 it would be 2.5 and 3.5).
    Assessment a = blank(QStringLiteral("A"), QStringLiteral("2026/27"), QStringLiteral("wgll-org@2021-08-31"));
    Assessment b = blank(QStringLiteral("B"), QStringLiteral("2026/27"), QStringLiteral("wgll-org@2021-10-04"));
    score(a, QStringLiteral("3.1"), 4);
    score(a, QStringLiteral("3.5"), 1);
    score(b, QStringLiteral("3.1"), 2);
    score(b, QStringLiteral("3.5"), 5);
    const Rollup r = rollUp({{QStringLiteral("a.wgll"), a}, {QStringLiteral("b.wgll"), b}});
    CHECK(r.frameworkId == u"wgll-org");
    CHECK(r.revisions == QStringList{QStringLiteral("2021-08-31"), QStringLiteral("2021-10-04")});
    CHECK(r.mixed());
    CHECK(*statistic(r.measures, QStringLiteral("3")).value == Approx(3.0));
    CHECK(*r.organisations[0].overall == Approx(4.0));
    CHECK(*r.organisations[1].overall == Approx(2.0));
    CHECK(std::none_of(r.indicators.begin(), r.indicators.end(), [](const Statistic &s) { return s.id == u"3.5"; }));
    CHECK(r.indicators.size() == 48);
    REQUIRE(r.notComparable.size() == 1);
    const NotComparableStatement &n = r.notComparable.first();
    CHECK(n.id == u"3.5");
    CHECK(n.revisions == r.revisions);
    REQUIRE(n.wordings.size() == 2);
    CHECK(n.wordings[0].contains(u"senior information responsible officer"));
    CHECK(n.wordings[1].contains(u"senior information risk owner"));
    const auto s35 = std::find_if(r.organisations[0].statements.begin(), r.organisations[0].statements.end(),
                                  [](const RolledUpStatement &s) { return s.id == u"3.5"; });
    CHECK_FALSE(s35->comparable);
    CHECK(*s35->score == 1); // still in the long table, marked not comparable

    SECTION("files of one revision compare every statement")
    {
        Assessment c = blank(QStringLiteral("C"));
        score(c, QStringLiteral("3.5"), 3);
        const Rollup same = rollUp({{QStringLiteral("b.wgll"), b}, {QStringLiteral("c.wgll"), c}});
        CHECK_FALSE(same.mixed());
        CHECK(same.notComparable.isEmpty());
        CHECK(*statistic(same.indicators, QStringLiteral("3.5")).value == Approx(4.0));
        CHECK(*statistic(same.measures, QStringLiteral("3")).value == Approx((3.5 + 3.0) / 2)); // B (2+5)/2, C 3
    }
}

TEST_CASE("roll-up methods: mean, median and minimum with odd and even counts", "[scoring][rollup]")
{
    // Well led (1.1 alone) per organisation: 1, 4, 2 (odd), then 5 as well (even).
    QList<std::pair<QString, Assessment>> files;
    int n = 0;
    for (const int s : {1, 4, 2, 5}) {
        Assessment a = blank(u"Trust " + QString::number(++n));
        score(a, QStringLiteral("1.1"), s);
        files.append({u"t" + QString::number(n) + u".wgll", a});
    }
    const QList<std::pair<QString, Assessment>> odd = files.mid(0, 3);
    const auto value = [](const QList<std::pair<QString, Assessment>> &set, RollupMethod m) {
        const Rollup r = rollUp(set, {m, false});
        CHECK(r.method == m);
        const Statistic &s = statistic(r.measures, QStringLiteral("1"));
        CHECK(s.n == set.size());
        CHECK(*s.min == 1);
        return *s.value;
    };
    CHECK(value(odd, RollupMethod::Mean) == Approx(7.0 / 3.0));
    CHECK(value(odd, RollupMethod::Median) == Approx(2.0));
    CHECK(value(odd, RollupMethod::Minimum) == Approx(1.0));
    CHECK(value(files, RollupMethod::Mean) == Approx(3.0));
    CHECK(value(files, RollupMethod::Median) == Approx(3.0)); // (2 + 4) / 2
    CHECK(value(files, RollupMethod::Minimum) == Approx(1.0));
    const Rollup median = rollUp(files, {RollupMethod::Median, false});
    CHECK(*statistic(median.indicators, QStringLiteral("1.1")).value == Approx(3.0));
    CHECK(*median.overall.value == Approx(3.0));
    CHECK(*median.overall.max == Approx(5.0));
    CHECK(rollupMethodNamed(QStringLiteral("min")) == RollupMethod::Minimum);
    CHECK_FALSE(rollupMethodNamed(QStringLiteral("average")));
}

TEST_CASE("roll-up with a measure N/A everywhere has no figure there and leaves it out of the overall",
          "[scoring][rollup]")
{
    Assessment a = blank(QStringLiteral("A"));
    Assessment b = blank(QStringLiteral("B"));
    for (Assessment *x : {&a, &b}) {
        for (const Indicator &i : x->framework.measures[1].indicators)
            notApplicable(*x, i.id);
    }
    score(a, QStringLiteral("1.1"), 2);
    score(b, QStringLiteral("1.1"), 4);
    score(a, QStringLiteral("3.1"), 4);
    const Rollup r = rollUp({{QStringLiteral("a.wgll"), a}, {QStringLiteral("b.wgll"), b}});
    const Statistic &smart = statistic(r.measures, QStringLiteral("2"));
    CHECK(smart.n == 0);
    CHECK_FALSE(smart.value);
    CHECK_FALSE(smart.min);
    CHECK(statistic(r.indicators, QStringLiteral("2.10")).n == 0);
    CHECK(*r.organisations[0].overall == Approx(3.0)); // (2 + 4) / 2: measure 2 left out
    CHECK(*r.organisations[1].overall == Approx(4.0));
    CHECK(*r.overall.value == Approx(3.5));
}

TEST_CASE("roll-up long table: one row per organisation and statement, then measures and overall, ids as text",
          "[scoring][rollup][export]")
{
    Assessment a = blank(QStringLiteral("A"));
    Assessment b = blank(QStringLiteral("B"));
    score(a, QStringLiteral("2.10"), 3, 2);
    notApplicable(b, QStringLiteral("2.10"));
    const Rollup r = rollUp({{QStringLiteral("a.wgll"), a}, {QStringLiteral("b.wgll"), b}}, {RollupMethod::Median, false});
    const records::Table t = rollups::longTable(r);
    // 2 organisations × (49 statements + 7 measures + overall), then 49 + 7 + 1 roll-up rows.
    CHECK(t.rows.size() == 2 * 57 + 57);
    const qsizetype statement = t.header.indexOf(QStringLiteral("statement"));
    CHECK_FALSE(t.numeric.at(statement));
    CHECK_FALSE(t.numeric.at(t.header.indexOf(QStringLiteral("measure"))));
    CHECK(t.numeric.at(t.header.indexOf(QStringLiteral("score"))));
    const auto row = [&](const QString &kind, const QString &org, const QString &level, const QString &id) {
        const auto it = std::find_if(t.rows.begin(), t.rows.end(), [&](const QStringList &x) {
            return x[0] == kind && x[2] == org && x[1] == level &&
                   (level == u"measure" ? x[7] == id : x[statement] == id);
        });
        REQUIRE(it != t.rows.end());
        return *it;
    };
    CHECK(row(QStringLiteral("organisation"), QStringLiteral("A"), QStringLiteral("statement"), QStringLiteral("2.10")) ==
          QStringList{QStringLiteral("organisation"), QStringLiteral("statement"), QStringLiteral("A"),
                      QStringLiteral("2026/27"), QStringLiteral("wgll-org"), QStringLiteral("2021-10-04"),
                      QStringLiteral("median"), QStringLiteral("2"), QStringLiteral("2.10"), QStringLiteral("3"),
                      QStringLiteral("no"), QStringLiteral("4"), QStringLiteral("2"), QStringLiteral("yes"), {}, {},
                      {}});
    CHECK(row(QStringLiteral("organisation"), QStringLiteral("B"), QStringLiteral("statement"),
              QStringLiteral("2.10"))[10] == u"yes");
    CHECK(row(QStringLiteral("organisation"), QStringLiteral("A"), QStringLiteral("measure"), QStringLiteral("2"))[9] ==
          u"3");
    CHECK(row(QStringLiteral("rollup"), QString(), QStringLiteral("statement"), QStringLiteral("2.10")).mid(9) ==
          QStringList{QStringLiteral("3"), {}, {}, {}, {}, QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("3")});
    CHECK(rollups::csv(r).startsWith("\xEF\xBB\xBFkind,level,organisation,period,framework,revision,method,"));
    const QJsonObject j = rollups::json(r);
    CHECK(j[u"method"].toString() == u"median");
    CHECK(j[u"rows"].toArray().size() == t.rows.size());
}
