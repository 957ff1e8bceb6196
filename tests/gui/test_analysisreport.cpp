// SPDX-License-Identifier: GPL-3.0-or-later
// The board report exported from the window while an Analyse view is shown (issue 19 item 6):
// with the trend, the trend page and the changes since the newest earlier period, as
// `wgll report --baseline` gives them; with the compare view, the other file as the baseline.
#include "analysis/analysisviews.h"
#include "analysis/trendview.h"
#include "northshiretrend.h"

#include <algorithm>

using namespace wgll;
using namespace wgll::test;

namespace {

bool hasSection(const report::BoardReport &board, const QString &id)
{
    return std::any_of(board.sections.cbegin(), board.sections.cend(),
                       [&](const report::Section &s) { return s.id == id; });
}

/// The report's radar: its dotted line is the baseline the report compares with.
const report::Chart *radarOf(const report::BoardReport &board)
{
    for (const report::Section &s : board.sections)
        for (const report::Block &b : s.blocks)
            if (const auto *c = std::get_if<report::Chart>(&b); c && c->kind == report::Chart::Kind::Radar)
                return c;
    return nullptr;
}

} // namespace

TEST_CASE("the report exported while the trend is shown has its trend page, as report --baseline does",
          "[gui][analysis][trend][report]")
{
    Northshire f;
    MainWindow w(&f.prompter);
    REQUIRE(w.openFile(f.c));
    std::optional<report::BoardReport> plain = w.boardReport();
    REQUIRE(plain);
    CHECK_FALSE(hasSection(*plain, QStringLiteral("trend")));

    REQUIRE(w.analysis()->showTrend({f.a, f.b}));
    std::optional<report::BoardReport> withTrend = w.boardReport();
    REQUIRE(withTrend);
    CHECK(hasSection(*withTrend, QStringLiteral("trend")));
    // The changes are since the newest earlier period, 2024/25, as the command line takes them.
    const report::Chart *radar = radarOf(*withTrend);
    REQUIRE(radar);
    REQUIRE(radar->baseline.size() == 7);
    CHECK(*radar->baseline[0] == Approx(3.0)); // measure 1 in 2024/25: (2 + 4) / 2

    w.analysis()->trendView()->close();
    std::optional<report::BoardReport> closed = w.boardReport();
    REQUIRE(closed);
    CHECK_FALSE(hasSection(*closed, QStringLiteral("trend")));
    CHECK(radarOf(*closed)->baseline.isEmpty());

    // The compare view's other file is the report's baseline while it is shown.
    REQUIRE(w.analysis()->compareWith(f.a));
    std::optional<report::BoardReport> compared = w.boardReport();
    REQUIRE(compared);
    REQUIRE(radarOf(*compared)->baseline.size() == 7);
    CHECK(*radarOf(*compared)->baseline[0] == Approx(1.0)); // measure 1 in 2023/24
}
