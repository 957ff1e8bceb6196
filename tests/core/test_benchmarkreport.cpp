// SPDX-License-Identifier: GPL-3.0-or-later
// The report's national benchmark (report/benchmarksection.h), on a set made here: each measure
// gets its pillar's figure through the alias table, the summary's radar a line and a column, the
// table of scores by success measure a column whose widths still add up, and the note (source,
// method, row count, caveat, licence) comes straight under that table.
#include "blankassessment.h"
#include "report/benchmarksection.h"

#include <numeric>

using namespace Qt::Literals::StringLiterals;
using namespace wgll;

namespace {

benchmark::BenchmarkImport nationalSet()
{
    benchmark::BenchmarkImport import;
    import.source = {u"NHS England"_s, u"Digital Maturity Assessment report 2024 and 2025 results"_s, u"dma.xlsx"_s,
                     {}, u"30 March 2026"_s};
    import.year = 2025;
    benchmark::BenchmarkSet set{u"england-providers"_s, u"England: every NHS provider care setting"_s, u"england"_s,
                                u"mean of every row"_s, 285, {}, {}, {}};
    // The DMA's own headings, in a different order from the framework's, one of them missing.
    set.pillars = {{u"smart-foundations"_s, {}, u"Ensuring Smart Foundations"_s, 3.25},
                   {u"well-led"_s, {}, u"Well Led"_s, 2.83}};
    import.sets = {set};
    return import;
}

} // namespace

TEST_CASE("report: a benchmark adds a radar line, a column and its note under the measure table", "[report][benchmark]")
{
    Assessment a = test::blankAssessment(u"wgll-org"_s, u"Northshire"_s, u"2026/27"_s);
    const Scorecard card = Scorecard::of(a);
    const benchmark::BenchmarkImport import = nationalSet();
    const report::BenchmarkColumn column = report::benchmarkColumn(card, import, import.sets.first());
    REQUIRE(column.scores.size() == card.measures.size());
    CHECK(card.measures.at(0).title == u"Well led");
    CHECK(column.scores.at(0) == 2.83);
    CHECK(column.scores.at(1) == 3.25); // "Ensure smart foundations", matched through the aliases
    CHECK_FALSE(column.scores.at(2));   // no pillar: no figure, never a zero
    CHECK(column.header == u"DMA 2025");
    CHECK(column.note.contains(u"Method: mean of every row (285 DMA rows)."));
    CHECK(column.note.contains(u"Caveat: DMA questions are not the WGLL statements"));
    CHECK(column.note.contains(u"Open Government Licence v3.0"));

    report::BoardReport r = report::build(a, nullptr);
    const report::BoardReport plain = r;
    report::addBenchmark(r, column);
    const report::Section &summary = r.sections.first();
    REQUIRE(summary.id == u"summary");
    REQUIRE(summary.blocks.size() == plain.sections.first().blocks.size() + 1);
    const auto *radar = std::get_if<report::Chart>(&summary.blocks.at(2));
    REQUIRE(radar);
    CHECK(radar->benchmark == column.scores);
    CHECK(radar->benchmarkName == u"DMA 2025 benchmark");
    CHECK(radar->data.header.last() == u"DMA 2025");
    CHECK(radar->data.rows.at(0).last() == u"2.8");
    CHECK(radar->description.contains(u"Dash-dot line with diamonds: DMA 2025 benchmark (england-providers): Well led 2.8"));
    const auto *table = std::get_if<report::Table>(&summary.blocks.at(4));
    REQUIRE(table);
    CHECK(table->header.last() == u"DMA 2025");
    CHECK(table->widths.size() == table->header.size());
    CHECK(table->numeric.size() == table->header.size());
    CHECK(std::accumulate(table->widths.cbegin(), table->widths.cend(), 0) <= 100);
    CHECK(table->rows.at(1).last() == formatScore(3.25)); // rounded as every score is
    CHECK(table->rows.at(2).last() == formatScore(std::nullopt));
    const auto *note = std::get_if<report::Paragraph>(&summary.blocks.at(5));
    REQUIRE(note);
    CHECK(note->text == column.note);
    // The gap section's bar chart is not the radar: it gains nothing.
    for (qsizetype s = 1; s < r.sections.size(); ++s)
        CHECK(r.sections.at(s).blocks.size() == plain.sections.at(s).blocks.size());
}
