// SPDX-License-Identifier: GPL-3.0-or-later
// The scoring method of PRODUCT.md section 4, against figures worked out by hand; and the board
// report built from those figures.
#include "export/csvwriter.h"
#include "framework/frameworkcatalog.h"
#include "io/csvreader.h"
#include "scoring/comparison.h"
#include "scoring/explain.h"
#include "scoring/rollup.h"
#include "report/boardreport.h"
#include "scoring/scorecard.h"
#include "scoring/whatif.h"
#include "blankassessment.h"
#include "testsupport.h"

#include <QRandomGenerator>

#include <cmath>

using namespace wgll;

namespace {

/// An unscored assessment of `key` with default target 4.
Assessment blank(const QString &key = QStringLiteral("wgll-org"))
{
    return test::blankAssessment(key, QStringLiteral("Test Trust"));
}

Answer &answer(Assessment &a, const QString &id)
{
    return test::answerIn(a, id);
}

void score(Assessment &a, const QString &id, int s, int weight = 1, std::optional<int> target = {})
{
    Answer &x = answer(a, id);
    x.score = s;
    x.weight = weight;
    x.target = target;
}

void notApplicable(Assessment &a, const QString &id)
{
    Answer &x = answer(a, id);
    x.notApplicable = true;
    x.naReason = QStringLiteral("not a provider of this service");
    x.score.reset();
}

} // namespace

TEST_CASE("measure score is the weighted mean of scored statements, and N/A and unscored are left out",
          "[scoring]")
{
    Assessment a = blank();
    // Well led (1.1–1.7): 3×2 + 4×1 + 1×1 = 11 over weights 4 → 2.75; 1.4 N/A; 1.5–1.7 unscored.
    score(a, QStringLiteral("1.1"), 3, 2);
    score(a, QStringLiteral("1.2"), 4);
    score(a, QStringLiteral("1.3"), 1);
    notApplicable(a, QStringLiteral("1.4"));
    const Scorecard card = Scorecard::of(a);
    const MeasureResult &wellLed = *card.measure(QStringLiteral("1"));
    CHECK(*wellLed.score == Approx(2.75));
    CHECK(wellLed.scored == 3);
    CHECK(wellLed.notApplicable == 1);
    CHECK(wellLed.unscored() == 3);
    CHECK(wellLed.total == 7);
    // Target: weighted mean of the 6 non-N/A statements' targets, all 4: (4×2 + 4×5) / 7 = 4.
    CHECK(*wellLed.target == Approx(4.0));
    CHECK(formatScore(wellLed.score) == u"2.8"); // 2.75 rounds half away from zero
    CHECK(explainMeasure(card, wellLed) ==
          u"Well led 2.8 = weighted mean of 3 scored statements: (1.1: 3×2 + 1.2: 4×1 + 1.3: 1×1) ÷ 4; "
          u"1 N/A (1.4) and 3 unscored (1.5, 1.6, 1.7) excluded.");
    // Only one measure scored: the overall is that measure's score.
    CHECK(*card.overall == Approx(2.75));
    // No other measure has a score, and each says why.
    CHECK_FALSE(card.measure(QStringLiteral("2"))->score);
    CHECK(card.measure(QStringLiteral("2"))->target == Approx(4.0));
}

TEST_CASE("the measure target is weighted over non-N/A statements, using own targets over the default",
          "[scoring]")
{
    Assessment a = blank();
    a.info.defaultTarget = 3;
    score(a, QStringLiteral("3.1"), 2, 3, 5); // target 5, weight 3
    score(a, QStringLiteral("3.2"), 2);       // default target 3
    notApplicable(a, QStringLiteral("3.3"));
    // Safe practice has 9 statements: 3.1 (5×3), 3.3 N/A, 7 others at 3×1 → (15 + 21) / 10 = 3.6
    const Scorecard card = Scorecard::of(a);
    CHECK(*card.measure(QStringLiteral("3"))->target == Approx(3.6));
    CHECK(*card.measure(QStringLiteral("3"))->score == Approx(2.0));
    CHECK(card.indicator(QStringLiteral("3.1"))->target == 5);
    CHECK(card.indicator(QStringLiteral("3.2"))->target == 3);
}

TEST_CASE("overall is the mean of measure scores, each measure counting once", "[scoring]")
{
    Assessment a = blank();
    score(a, QStringLiteral("1.1"), 5); // Well led 5
    score(a, QStringLiteral("2.1"), 1); // Smart foundations mean of 1, 2 = 1.5
    score(a, QStringLiteral("2.2"), 2);
    score(a, QStringLiteral("4.1"), 2); // Support people 2
    const Scorecard card = Scorecard::of(a);
    CHECK(*card.overall == Approx((5.0 + 1.5 + 2.0) / 3.0)); // not the mean of 4 statements (2.5)
    CHECK(formatScore(card.overall) == u"2.8");
    CHECK(explainOverall(card).startsWith(u"Overall 2.8 = mean of 3 measure scores"));
}

TEST_CASE("gaps, priorities and the ranked list with its tie-breaks", "[scoring]")
{
    Assessment a = blank();
    // Smart foundations scores low (mean 2), Well led higher (mean 3.5).
    score(a, QStringLiteral("1.1"), 3, 1);    // gap 1, priority 1
    score(a, QStringLiteral("1.2"), 4, 1);    // gap 0: not in the list
    score(a, QStringLiteral("1.3"), 2, 2, 5); // gap 3, priority 6
    score(a, QStringLiteral("2.1"), 2, 3);    // gap 2, priority 6: ties with 1.3; lower measure score first
    score(a, QStringLiteral("2.2"), 3,
          1); // gap 1, priority 1: ties with 1.1; Smart foundations lower → first
    score(a, QStringLiteral("2.3"), 5, 1); // above target: gap 0
    score(a, QStringLiteral("2.4"), 3, 1); // gap 1, priority 1: same measure as 2.2 → framework order
    notApplicable(a, QStringLiteral("2.5"));
    const Scorecard card = Scorecard::of(a);
    CHECK(*card.indicator(QStringLiteral("1.3"))->gap == 3);
    CHECK(*card.indicator(QStringLiteral("1.3"))->priority == 6);
    CHECK(*card.indicator(QStringLiteral("2.3"))->gap == 0);
    CHECK_FALSE(card.indicator(QStringLiteral("2.3"))->rank);
    CHECK_FALSE(card.indicator(QStringLiteral("2.5"))->gap);
    CHECK_FALSE(card.indicator(QStringLiteral("1.7"))->gap);
    QStringList ranked;
    for (const qsizetype i : card.gapList())
        ranked.append(card.indicators.at(i).id);
    // Well led = (3+4+2×2)/4 = 2.75; Smart foundations = (2×3+3+5+3)/6 = 2.83 → Well led is lower.
    CHECK(*card.measure(QStringLiteral("1"))->score == Approx(2.75));
    CHECK(*card.measure(QStringLiteral("2"))->score == Approx(17.0 / 6.0));
    CHECK(ranked == QStringList{QStringLiteral("1.3"), QStringLiteral("2.1"), QStringLiteral("1.1"),
                                QStringLiteral("2.2"), QStringLiteral("2.4")});
    CHECK(*card.indicator(QStringLiteral("1.3"))->rank == 1);
    CHECK(explainIndicator(card, *card.indicator(QStringLiteral("2.1"))) ==
          u"2.1: score 2, target 4, gap 2, weight 3, priority 6 (gap × weight); rank 2 of 5 gaps.");
}

TEST_CASE("edge cases: nothing scored, a whole measure N/A, everything N/A", "[scoring]")
{
    SECTION("nothing scored")
    {
        const Scorecard card = Scorecard::of(blank());
        CHECK_FALSE(card.overall);
        CHECK(card.gapList().isEmpty());
        CHECK(formatScore(card.overall) == u"–");
        CHECK(explainOverall(card) == u"No overall score: no statement is scored yet.");
    }
    SECTION("one measure entirely N/A has neither score nor target, and does not count")
    {
        Assessment a = blank();
        for (const Indicator &i : a.framework.measure(QStringLiteral("7"))->indicators)
            notApplicable(a, i.id);
        score(a, QStringLiteral("1.1"), 2);
        const Scorecard card = Scorecard::of(a);
        CHECK_FALSE(card.measure(QStringLiteral("7"))->score);
        CHECK_FALSE(card.measure(QStringLiteral("7"))->target);
        CHECK(*card.overall == Approx(2.0));
    }
    SECTION("everything N/A")
    {
        Assessment a = blank(QStringLiteral("wgll-ics"));
        for (Answer &x : a.answers) {
            x.notApplicable = true;
            x.naReason = QStringLiteral("n/a");
        }
        const Scorecard card = Scorecard::of(a);
        CHECK_FALSE(card.overall);
        CHECK(card.applicableCount() == 0);
        for (const MeasureResult &m : card.measures) {
            CHECK_FALSE(m.target);
            CHECK(m.notApplicable == m.total);
        }
    }
}

TEST_CASE("one decimal, half away from zero, exact at the halves", "[scoring]")
{
    CHECK(formatScore(2.25) == u"2.3");
    CHECK(formatScore(49.0 / 20.0) == u"2.5"); // 2.45 as a mean: not 2.4
    CHECK(formatScore(2.0 + 1.0 / 3.0) == u"2.3");
    CHECK(formatScore(2.0 + 2.0 / 3.0) == u"2.7");
    CHECK(formatScore(0.15) == u"0.2");
    CHECK(formatScore(-0.15) == u"-0.2");
    CHECK(formatScore(-0.04) == u"0.0");
    CHECK(formatScore(5.0) == u"5.0");
}

TEST_CASE("what-if: closing the top N gaps raises exactly those statements to target", "[scoring]")
{
    Assessment a = blank();
    score(a, QStringLiteral("1.1"), 1, 3); // priority 9
    score(a, QStringLiteral("1.2"), 2);    // priority 2
    score(a, QStringLiteral("2.1"), 3);    // priority 1
    const Projection p = projectClosingTopGaps(a, 2);
    CHECK(p.closed == QStringList{QStringLiteral("1.1"), QStringLiteral("1.2")});
    CHECK(*p.projected.measure(QStringLiteral("1"))->score == Approx(4.0));
    CHECK(*p.projected.measure(QStringLiteral("2"))->score == Approx(3.0));
    CHECK(*p.projected.overall == Approx(3.5));
    CHECK(projectClosingTopGaps(a, 10).closedCount == 3);
}

TEST_CASE("properties over random assessments", "[scoring][property]")
{
    const QString key = GENERATE(QStringLiteral("wgll-org"), QStringLiteral("wgll-ics"));
    const quint32 seed = GENERATE(take(40, random(1u, 1000000u)));
    CAPTURE(key, seed);
    QRandomGenerator rng(seed);
    Assessment a = blank(key);
    a.info.defaultTarget = rng.bounded(1, 6);
    for (Answer &x : a.answers) {
        const int roll = rng.bounded(10);
        if (roll == 0) {
            x.notApplicable = true;
            x.naReason = QStringLiteral("n/a");
        } else if (roll > 2) {
            x.score = rng.bounded(1, 6);
        }
        x.weight = rng.bounded(1, 4);
        if (rng.bounded(3) == 0)
            x.target = rng.bounded(1, 6);
    }
    const Scorecard card = Scorecard::of(a);

    // Scores and targets always within the scale.
    for (const MeasureResult &m : card.measures) {
        if (m.score) {
            CHECK(*m.score >= 1.0);
            CHECK(*m.score <= 5.0);
        }
        if (m.target) {
            CHECK(*m.target >= 1.0);
            CHECK(*m.target <= 5.0);
        }
        CHECK(m.scored + m.notApplicable + m.unscored() == m.total);
    }
    if (card.overall) {
        CHECK(*card.overall >= 1.0);
        CHECK(*card.overall <= 5.0);
    }
    // Ranks are 1..n with no holes, and priorities never increase down the list.
    const QList<qsizetype> list = card.gapList();
    for (qsizetype r = 0; r < list.size(); ++r) {
        const IndicatorResult &i = card.indicators.at(list[r]);
        CHECK(*i.rank == r + 1);
        CHECK(*i.gap > 0);
        CHECK(*i.priority == *i.gap * i.weight);
        if (r > 0)
            CHECK(*card.indicators.at(list[r - 1]).priority >= *i.priority);
    }
    // A roll-up of one file is that file.
    RollupBuilder builder;
    REQUIRE_FALSE(builder.add(QStringLiteral("one.wgll"), card));
    const Rollup r = builder.result();
    REQUIRE(r.measures.size() == card.measures.size());
    for (qsizetype m = 0; m < card.measures.size(); ++m) {
        CHECK(r.measures[m].value == card.measures[m].score);
        CHECK(r.measures[m].n == (card.measures[m].score ? 1 : 0));
    }
    CHECK(r.organisations.first().overall == card.overall);
    // Comparing an assessment with itself changes nothing.
    QString problem;
    const auto same = Comparison::of(a, a, problem);
    REQUIRE(same);
    for (const ComparedIndicator &i : same->indicators) {
        CHECK(i.comparable);
        if (i.delta)
            CHECK(*i.delta == 0);
    }
    CHECK(same->biggestChanges(100).isEmpty());
}

TEST_CASE("comparison across the two framework revisions", "[scoring][compare]")
{
    Assessment older = blank(QStringLiteral("wgll-org@2021-08-31"));
    Assessment newer = blank(QStringLiteral("wgll-org@2021-10-04"));
    score(older, QStringLiteral("1.1"), 2);
    score(newer, QStringLiteral("1.1"), 4);
    score(older, QStringLiteral("3.5"), 1); // the SIRO statement, reworded in 2021-10-04
    score(newer, QStringLiteral("3.5"), 3);
    score(older, QStringLiteral("2.1"), 3);
    QString problem;
    const auto c = Comparison::of(older, newer, problem);
    REQUIRE(c);
    auto find = [&](const QString &id) {
        return *std::find_if(c->indicators.begin(), c->indicators.end(),
                             [&](const ComparedIndicator &i) { return i.id == id; });
    };
    CHECK(*find(QStringLiteral("1.1")).delta == 2);
    CHECK_FALSE(find(QStringLiteral("3.5")).comparable);
    CHECK_FALSE(find(QStringLiteral("3.5")).delta);
    CHECK(find(QStringLiteral("2.1")).comparable);
    CHECK_FALSE(find(QStringLiteral("2.1")).delta); // not scored in the newer one
    // Measure deltas: Well led 2 → 4; Safe practice 1 → 3; Smart foundations 3 → none.
    CHECK(*c->measures[0].delta == Approx(2.0));
    CHECK(*c->measures[2].delta == Approx(2.0));
    CHECK_FALSE(c->measures[1].delta);
    CHECK(c->biggestChanges(5).size() == 1);

    SECTION("different frameworks are refused")
    {
        CHECK_FALSE(Comparison::of(older, blank(QStringLiteral("wgll-ics")), problem));
        CHECK(problem.contains(u"different frameworks"));
    }
}

TEST_CASE("roll-up: mean, min, max and n per measure and statement, and mixed frameworks refused",
          "[scoring][rollup]")
{
    Assessment north = blank();
    Assessment south = blank();
    Assessment west = blank();
    north.info.organisation = QStringLiteral("North");
    south.info.organisation = QStringLiteral("South");
    west.info.organisation = QStringLiteral("West");
    score(north, QStringLiteral("1.1"), 2);
    score(south, QStringLiteral("1.1"), 5);
    score(west, QStringLiteral("1.1"), 3);
    score(north, QStringLiteral("2.1"), 4);
    notApplicable(south, QStringLiteral("2.1"));
    RollupBuilder b;
    REQUIRE_FALSE(b.add(QStringLiteral("n.wgll"), Scorecard::of(north)));
    REQUIRE_FALSE(b.add(QStringLiteral("s.wgll"), Scorecard::of(south)));
    REQUIRE_FALSE(b.add(QStringLiteral("w.wgll"), Scorecard::of(west)));
    const auto mixed = b.add(QStringLiteral("ics.wgll"), Scorecard::of(blank(QStringLiteral("wgll-ics"))));
    REQUIRE(mixed);
    CHECK(mixed->contains(u"same framework"));
    const Rollup r = b.result();
    CHECK(r.organisations.size() == 3);
    const Statistic &s11 = r.indicators.first();
    CHECK(s11.id == u"1.1");
    CHECK(*s11.value == Approx(10.0 / 3.0));
    CHECK(*s11.min == 2);
    CHECK(*s11.max == 5);
    CHECK(s11.n == 3);
    const Statistic &s21 = *std::find_if(r.indicators.begin(), r.indicators.end(),
                                         [](const Statistic &s) { return s.id == u"2.1"; });
    CHECK(s21.n == 1);
    CHECK(*s21.value == 4);
    // Well led per organisation: 2, 5, 3 → mean 3.33; Smart foundations only north (4).
    CHECK(*r.measures[0].value == Approx(10.0 / 3.0));
    CHECK(r.measures[1].n == 1);
    CHECK_FALSE(r.measures[2].value);
    CHECK(r.measures[2].n == 0);
}

TEST_CASE("CSV output quotes by RFC 4180, guards formulas, and reads back", "[csv][export]")
{
    CsvWriter w;
    w.row({QStringLiteral("a, b"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines"),
           QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("-1"), QStringLiteral("café ✓")});
    CHECK(w.bytes() == "\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",\"'=HYPERLINK(\"\"x\"\")\",-1,café ✓\r\n");
    CsvReader reader;
    const auto back = reader.parse(w.bytes(), QStringLiteral("out.csv"));
    REQUIRE(back);
    CHECK(back->first().fields ==
          QStringList{QStringLiteral("a, b"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines"),
                      QStringLiteral("'=HYPERLINK(\"x\")"), QStringLiteral("-1"), QStringLiteral("café ✓")});
}

TEST_CASE("CSV formula guard covers every OWASP prefix and only when asked", "[csv][export]")
{
    // = + - @ start a formula in every spreadsheet; a leading tab or carriage return is also
    // stripped by some before they look, so both are guarded too. Numbers stay numbers.
    for (const QString &text : {QStringLiteral("=1+1"), QStringLiteral("+1+1"), QStringLiteral("-1+1"),
                                QStringLiteral("@SUM(A1)"), QStringLiteral("\t=1+1"), QStringLiteral("\r=1+1")}) {
        INFO(text.toStdString());
        CHECK(CsvWriter::field(text, true).remove(u'"').startsWith(u'\''));
        CHECK_FALSE(CsvWriter::field(text, false).remove(u'"').startsWith(u'\''));
    }
    CHECK(CsvWriter::field(QStringLiteral("-2.5"), true) == QStringLiteral("-2.5"));
    CHECK(CsvWriter::field(QStringLiteral("plain"), true) == QStringLiteral("plain"));
}

// The board report's content (core/report): what each renderer draws, so the figures in the
// PDF, ODT and HTML are these.

namespace {

template <typename T> QList<T> blocksOf(const report::Section &s)
{
    QList<T> found;
    for (const report::Block &b : s.blocks) {
        if (const T *x = std::get_if<T>(&b))
            found.append(*x);
    }
    return found;
}

const report::Section &section(const report::BoardReport &r, const QString &id)
{
    for (const report::Section &s : r.sections) {
        if (s.id == id)
            return s;
    }
    FAIL("no section " << id.toStdString());
    return r.sections.first();
}

} // namespace

TEST_CASE("the board report holds the scorecard's figures, section by section", "[core][report]")
{
    Assessment a = blank();
    a.info.period = QStringLiteral("2026/27");
    score(a, QStringLiteral("1.1"), 2, 3);
    score(a, QStringLiteral("1.2"), 4);
    score(a, QStringLiteral("2.1"), 1, 1, 5);
    notApplicable(a, QStringLiteral("5.6"));
    answer(a, QStringLiteral("1.1")).notes = QStringLiteral("<b>not bold</b>");
    a.actions.append(Action{1, QStringLiteral("2.1"), QStringLiteral("Replace the PAS"), QStringLiteral("CIO"),
                            QDate(2027, 3, 31), QStringLiteral("in progress")});
    Evidence e;
    e.id = 7;
    e.kind = Evidence::Kind::Link;
    e.title = QStringLiteral("Board minutes");
    e.url = QStringLiteral("https://example.org/minutes");
    e.indicators = {QStringLiteral("1.1"), QStringLiteral("1.2")};
    a.evidence.append(e);

    report::Options options;
    options.generated = QDate(2026, 11, 22);
    const report::BoardReport r = report::build(a, nullptr, options);
    CHECK(r.status == u"Draft");
    CHECK(r.runningHeader() == u"Test Trust  ·  2026/27  ·  Draft");
    QStringList ids;
    for (const report::Section &s : r.sections)
        ids.append(s.id);
    CHECK(ids == QStringList{QStringLiteral("summary"), QStringLiteral("measure-1"), QStringLiteral("measure-2"),
                             QStringLiteral("measure-3"), QStringLiteral("measure-4"), QStringLiteral("measure-5"),
                             QStringLiteral("measure-6"), QStringLiteral("measure-7"), QStringLiteral("gaps"),
                             QStringLiteral("actions"), QStringLiteral("evidence"), QStringLiteral("method")});

    const Scorecard card = Scorecard::of(a);
    const report::Section &summary = section(r, QStringLiteral("summary"));
    const auto key = blocksOf<report::KeyFigures>(summary).first().figures;
    CHECK(key.first().value == formatScore(card.overall));
    CHECK(key.size() == 3); // no baseline: no baseline or change figures
    const auto tables = blocksOf<report::Table>(summary);
    REQUIRE(tables.size() == 2); // measures and top gaps; no changes without a baseline
    CHECK(tables[0].rows[0] == QStringList{QStringLiteral("1  Well led"), formatScore(card.measures[0].score),
                                           formatScore(card.measures[0].target), QStringLiteral("2/7"),
                                           QStringLiteral("2/2")});
    // Top gap: 1.1 (gap 2 × weight 3 = 6) before 2.1 (gap 4 × 1 = 4).
    CHECK(tables[1].rows[0].mid(0, 2) ==
          QStringList{QStringLiteral("1"), u"1.1  " + a.framework.indicator(QStringLiteral("1.1"))->text});
    CHECK(tables[1].rows[0].last() == u"6");
    const auto radar = blocksOf<report::Chart>(summary).first();
    CHECK(radar.current.size() == 7);
    CHECK(radar.baseline.isEmpty());
    CHECK(radar.description.contains(u"Well led " + formatScore(card.measures[0].score)));

    const auto measure1 = blocksOf<report::Table>(section(r, QStringLiteral("measure-1"))).first();
    CHECK(measure1.rows[0][1] == u"2 · Planned");
    CHECK(measure1.rows[0][3] == u"1"); // one piece of evidence
    CHECK(measure1.rows[0][4] == u"<b>not bold</b>"); // plain text: the renderers escape it
    CHECK(measure1.rows[1][3] == u"1");
    CHECK(measure1.rows[2][1] == u"–");
    const auto measure5 = blocksOf<report::Table>(section(r, QStringLiteral("measure-5"))).first();
    CHECK(measure5.rows[5][1] == u"N/A");
    CHECK(measure5.rows[5][4].startsWith(u"Not applicable: not a provider"));

    CHECK(blocksOf<report::Table>(section(r, QStringLiteral("gaps"))).first().rows.size() == 2);
    CHECK(blocksOf<report::Table>(section(r, QStringLiteral("actions"))).first().rows.first() ==
          QStringList{QStringLiteral("2.1\ngap rank 2"), QStringLiteral("Replace the PAS"),
                      QStringLiteral("31 Mar 2027"), QStringLiteral("In progress")});
    CHECK(blocksOf<report::Table>(section(r, QStringLiteral("evidence"))).first().rows.first() ==
          QStringList{QStringLiteral("7"), QStringLiteral("Board minutes"), QStringLiteral("Link"),
                      QStringLiteral("1.1, 1.2"), QStringLiteral("https://example.org/minutes")});
    const report::Section &method = section(r, QStringLiteral("method"));
    CHECK(blocksOf<report::Paragraph>(method).size() >= report::methodParagraphs().size() + 2);
    CHECK(blocksOf<report::SignatureBlock>(method).size() == 1);
}

TEST_CASE("with a baseline the report shows the changes, and options set status and sign-off", "[core][report]")
{
    Assessment before = blank();
    before.info.period = QStringLiteral("2025/26");
    score(before, QStringLiteral("1.1"), 1);
    score(before, QStringLiteral("1.2"), 4);
    Assessment now = blank();
    score(now, QStringLiteral("1.1"), 3);
    score(now, QStringLiteral("1.2"), 4);

    now.signOffs.append(SignOff{1, QStringLiteral("Chair"), QDateTime::currentDateTimeUtc(), {}, {}, {}, {}});
    report::Options options;
    options.status = QStringLiteral("final");
    options.signOff = false;
    const report::BoardReport r = report::build(now, &before, options);
    CHECK(r.status == u"Final"); // signed off
    const report::Section &summary = section(r, QStringLiteral("summary"));
    const auto key = blocksOf<report::KeyFigures>(summary).first().figures;
    REQUIRE(key.size() == 5);
    CHECK(key[2].label == u"Baseline (2025/26)");
    CHECK(key[2].value == u"2.5");
    CHECK(key[3].value == u"+1.0");
    const auto tables = blocksOf<report::Table>(summary);
    REQUIRE(tables.size() == 3);
    CHECK(tables[0].header.last() == u"Change");
    CHECK(tables[0].rows[0].last() == u"+1.0");
    CHECK(tables[2].rows == QList<QStringList>{{u"1.1  " + now.framework.indicator(QStringLiteral("1.1"))->text,
                                                QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("+2")}});
    const auto radar = blocksOf<report::Chart>(summary).first();
    REQUIRE(radar.baseline.size() == 7);
    CHECK(*radar.baseline[0] == Approx(2.5));
    CHECK(blocksOf<report::SignatureBlock>(section(r, QStringLiteral("method"))).isEmpty());
}
