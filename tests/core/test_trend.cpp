// SPDX-License-Identifier: GPL-3.0-or-later
// The trend rules (docs/method.md, "Trend") on a fixture worked out by hand: three periods of one
// organisation given out of order, a framework revision break, a measure N/A everywhere; and the
// refusals: two organisations, one period twice, periods that cannot be placed in time.
#include "export/trendexport.h"
#include "scoring/trend.h"
#include "blankassessment.h"
#include "testsupport.h"

#include <QJsonArray>

using namespace wgll;

namespace {

Assessment blank(const QString &organisation, const QString &period, const QString &key = QStringLiteral("wgll-org"))
{
    return test::blankAssessment(key, organisation, period);
}

void score(Assessment &a, const QString &id, int s)
{
    test::answerIn(a, id).score = s;
}

void measureNotApplicable(Assessment &a, const QString &measure)
{
    for (Answer &x : a.answers) {
        if (x.indicator.section(u'.', 0, 0) == measure) {
            x.notApplicable = true;
            x.score.reset();
        }
    }
}

/// Northshire: 2023/24 on the 2021-08-31 revision, 2024/25 and 2025/26 on 2021-10-04.
///   measure 1: 1.1 = 1               -> 1.0 | 1.1 = 2, 1.2 = 4 -> 3.0 | 1.1 = 4 -> 4.0
///   measure 3: 3.5 = 2               -> 2.0 | 3.1 = 3          -> 3.0 | 3.1 = 5, 3.2 = 1 -> 3.0
///   measure 6: N/A in every period   -> none
///   overall (mean of measures scored): 1.5 | 3.0 | 3.5
QList<TrendInput> northshire()
{
    Assessment a = blank(QStringLiteral("Northshire"), QStringLiteral("2023/24"), QStringLiteral("wgll-org@2021-08-31"));
    Assessment b = blank(QStringLiteral("NORTHSHIRE "), QStringLiteral("2024/25"));
    Assessment c = blank(QStringLiteral("Northshire"), QStringLiteral("2025/26"));
    score(a, QStringLiteral("1.1"), 1);
    score(a, QStringLiteral("3.5"), 2);
    score(b, QStringLiteral("1.1"), 2);
    score(b, QStringLiteral("1.2"), 4);
    score(b, QStringLiteral("3.1"), 3);
    score(c, QStringLiteral("1.1"), 4);
    score(c, QStringLiteral("3.1"), 5);
    score(c, QStringLiteral("3.2"), 1);
    for (Assessment *x : {&a, &b, &c})
        measureNotApplicable(*x, QStringLiteral("6"));
    // Given newest first, oldest last: the trend orders them by period.
    return {{QStringLiteral("c.wgll"), Scorecard::of(c)},
            {QStringLiteral("a.wgll"), Scorecard::of(a)},
            {QStringLiteral("b.wgll"), Scorecard::of(b)}};
}

qsizetype measureIndex(const Trend &t, const QString &id)
{
    for (qsizetype i = 0; i < t.measures.size(); ++i) {
        if (t.measures.at(i).id == id)
            return i;
    }
    FAIL("no measure " << id.toStdString());
    return -1;
}

Error refusal(const QList<TrendInput> &inputs)
{
    Error error;
    const std::optional<Trend> t = Trend::of(inputs, error);
    CHECK_FALSE(t);
    CHECK(error.kind == ErrorKind::BadData);
    return error;
}

} // namespace

TEST_CASE("trend orders three periods, breaks the series where the revision changes, and never joins across it",
          "[scoring][trend]")
{
    Error error;
    const std::optional<Trend> t = Trend::of(northshire(), error);
    INFO(error.message.toStdString());
    REQUIRE(t);
    CHECK(t->frameworkId == u"wgll-org");
    REQUIRE(t->points.size() == 3);
    CHECK(t->points[0].file == u"a.wgll");
    CHECK(t->points[1].file == u"b.wgll");
    CHECK(t->points[2].file == u"c.wgll");
    CHECK(t->points[0].segment == 0);
    CHECK(t->points[1].segment == 1);
    CHECK(t->points[2].segment == 1);
    REQUIRE(t->breaks.size() == 1);
    CHECK(t->breaks[0].point == 1);
    CHECK(t->breaks[0].beforeRevision == u"2021-08-31");
    CHECK(t->breaks[0].afterRevision == u"2021-10-04");
    CHECK(t->breaks[0].beforePeriod == u"2023/24");
    CHECK(t->breaks[0].afterPeriod == u"2024/25");

    const qsizetype well = measureIndex(*t, QStringLiteral("1"));
    CHECK(*t->value(well, 0) == Approx(1.0));
    CHECK(*t->value(well, 1) == Approx(3.0));
    CHECK(*t->value(well, 2) == Approx(4.0));
    CHECK_FALSE(t->change(well, 0));
    CHECK_FALSE(t->change(well, 1)); // 1.0 -> 3.0 crosses the break: no change
    CHECK(*t->change(well, 2) == Approx(1.0));
    const qsizetype safe = measureIndex(*t, QStringLiteral("3"));
    CHECK(*t->change(safe, 2) == Approx(0.0));
    // Overall: 1.5, 3.0, 3.5; +0.5 within the segment, nothing across the break.
    CHECK(*t->value(-1, 0) == Approx(1.5));
    CHECK(*t->value(-1, 1) == Approx(3.0));
    CHECK(*t->value(-1, 2) == Approx(3.5));
    CHECK_FALSE(t->change(-1, 1));
    CHECK(*t->change(-1, 2) == Approx(0.5));
}

TEST_CASE("trend with a measure N/A in every period has no value and no change there", "[scoring][trend]")
{
    Error error;
    const std::optional<Trend> t = Trend::of(northshire(), error);
    REQUIRE(t);
    const qsizetype care = measureIndex(*t, QStringLiteral("6"));
    for (qsizetype p = 0; p < 3; ++p) {
        CHECK_FALSE(t->value(care, p));
        CHECK_FALSE(t->change(care, p));
    }
    const QJsonObject j = trends::json(*t);
    const QJsonObject improve = j[u"measures"].toArray().at(care).toObject();
    CHECK(improve[u"id"].toString() == u"6");
    CHECK(improve[u"points"][2][u"score"].isNull());
    CHECK(improve[u"points"][2][u"change"].isNull());
}

TEST_CASE("trend table and JSON mark the break and name both revisions", "[scoring][trend]")
{
    Error error;
    const std::optional<Trend> t = Trend::of(northshire(), error);
    REQUIRE(t);
    const records::Table table = trends::longTable(*t);
    REQUIRE(table.rows.size() == 3 * 8); // 7 measures and the overall per period
    const qsizetype breakColumn = table.header.indexOf(QStringLiteral("break"));
    const qsizetype change = table.header.indexOf(QStringLiteral("change"));
    CHECK(table.rows[0][breakColumn].isEmpty());
    CHECK(table.rows[8][breakColumn] == u"2021-08-31 -> 2021-10-04"); // first row of 2024/25
    CHECK(table.rows[8][change].isEmpty());
    CHECK(table.rows[16][change] == u"1"); // measure 1, 2025/26: 3.0 -> 4.0
    CHECK_FALSE(table.numeric[table.header.indexOf(QStringLiteral("measure"))]);
    CHECK(trends::csv(*t).startsWith("\xEF\xBB\xBF"));
    const QJsonObject j = trends::json(*t);
    CHECK(j[u"breaks"][0][u"afterRevision"].toString() == u"2021-10-04");
    CHECK(j[u"overall"][u"points"][1][u"breakBefore"].toBool());
    CHECK(j[u"overall"][u"points"][1][u"change"].isNull());
    CHECK(j[u"overall"][u"points"][2][u"change"].toDouble() == Approx(0.5));
}

TEST_CASE("trend refuses two organisations, naming both files", "[scoring][trend]")
{
    QList<TrendInput> inputs = northshire();
    inputs.append({QStringLiteral("south.wgll"), Scorecard::of(blank(QStringLiteral("Southshire"), QStringLiteral("2026/27")))});
    const Error e = refusal(inputs);
    CHECK(e.file == u"south.wgll");
    CHECK(e.message.contains(u"c.wgll and south.wgll are of different organisations (Northshire; Southshire)"));
}

TEST_CASE("trend refuses one period twice, however it is written", "[scoring][trend]")
{
    QList<TrendInput> inputs = northshire();
    inputs.append({QStringLiteral("again.wgll"), Scorecard::of(blank(QStringLiteral("Northshire"), QStringLiteral("2024-25")))});
    const Error e = refusal(inputs);
    CHECK(e.message.contains(u"are the same period ('2024/25', '2024-25')"));
    CHECK(e.message.contains(u"b.wgll"));
    CHECK(e.message.contains(u"again.wgll"));
}

TEST_CASE("trend up to a file ends at it and refuses an earlier file of a later period", "[scoring][trend]")
{
    const QList<TrendInput> inputs = northshire(); // c (2025/26), a (2023/24), b (2024/25)
    Error error;
    const Trend::LaterRefusal refusal{QStringLiteral("the report's"), QStringLiteral("a --baseline must be earlier")};
    const std::optional<Trend> t = Trend::upTo(inputs.at(0), {inputs.at(1), inputs.at(2)}, refusal, error);
    REQUIRE(t);
    CHECK(t->points.constLast().file == u"c.wgll");
    CHECK(t->points.size() == 3);

    // b (2024/25) with a "before" it of 2025/26: refused naming the later file.
    const std::optional<Trend> refused = Trend::upTo(inputs.at(2), {inputs.at(1), inputs.at(0)}, refusal, error);
    CHECK_FALSE(refused);
    CHECK(error.kind == ErrorKind::BadData);
    CHECK(error.file == u"c.wgll");
    CHECK(error.message == u"is of 2025/26, after the report's 2024/25 (b.wgll); a --baseline must be earlier");
}

TEST_CASE("trend refuses periods it cannot order rather than guess", "[scoring][trend]")
{
    for (const QString &period : {QStringLiteral("Spring"), QStringLiteral(""), QStringLiteral("2024/26"),
                                  QStringLiteral("latest 2024"), QStringLiteral("2024 H3")}) {
        INFO(period.toStdString());
        QList<TrendInput> inputs = northshire();
        inputs.append({QStringLiteral("odd.wgll"), Scorecard::of(blank(QStringLiteral("Northshire"), period))});
        const Error e = refusal(inputs);
        CHECK(e.file == u"odd.wgll");
        CHECK(e.message.contains(u"cannot place the period '" + period + u"' in time"));
    }
    // A calendar year beside financial years overlaps them: refused, both files named.
    QList<TrendInput> inputs = northshire();
    inputs.append({QStringLiteral("year.wgll"), Scorecard::of(blank(QStringLiteral("Northshire"), QStringLiteral("2027")))});
    const Error e = refusal(inputs);
    CHECK(e.message.contains(u"c.wgll and year.wgll have periods of different forms"));
}

TEST_CASE("period keys: year, financial year, quarter and half", "[scoring][trend]")
{
    CHECK(periodKey(QStringLiteral("2024/25"))->year == 2024);
    CHECK(periodKey(QStringLiteral("2024/2025"))->form == u"financial year");
    CHECK(periodKey(QStringLiteral(" 2024 - 25 "))->year == 2024);
    CHECK(periodKey(QStringLiteral("2099/00"))); // the century turns
    CHECK(periodKey(QStringLiteral("2025"))->form == u"year");
    const std::optional<PeriodKey> q = periodKey(QStringLiteral("2024/25 q3"));
    REQUIRE(q);
    CHECK(q->part == 3);
    CHECK(q->form == u"financial year quarter");
    CHECK(periodKey(QStringLiteral("2025 H2"))->part == 2);
    CHECK_FALSE(periodKey(QStringLiteral("2024/23")));
    CHECK_FALSE(periodKey(QStringLiteral("FY24")));
}
