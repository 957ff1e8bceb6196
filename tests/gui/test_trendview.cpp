// SPDX-License-Identifier: GPL-3.0-or-later
// Analyse → Show Trend (issue 19 item 6) on the CLI trend tests' fixture: Northshire 2023/24 on
// the 2021-08-31 revision, then 2024/25 and 2025/26 on 2021-10-04; measure 6 N/A throughout.
// Overall 1.5, 3.0, 3.5. The refusals are the CLI's, told naming the files.
#include "analysis/analysisviews.h"
#include "analysis/trendview.h"
#include "charts/trendchart.h"
#include "northshiretrend.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>

using namespace wgll;
using namespace wgll::test;

namespace {

QStringList row(const QTableWidget &table, int r)
{
    QStringList cells;
    for (int c = 0; c < table.columnCount(); ++c)
        cells.append(table.item(r, c) ? table.item(r, c)->text() : QString());
    return cells;
}

} // namespace

TEST_CASE("trend view charts three periods with the revision break, overall and per measure", "[gui][analysis][trend]")
{
    Northshire f;
    MainWindow w(&f.prompter);
    REQUIRE(w.openFile(f.c));
    f.prompter.fileLists = {{f.b, f.a}};
    find<QAction>(w, "showTrend")->trigger();
    INFO(f.prompter.problems.join(u'\n').toStdString());
    CHECK(f.prompter.problems.isEmpty());
    analysis::TrendView *view = w.analysis()->trendView();
    REQUIRE(view);
    CHECK(view->isVisible());
    REQUIRE(w.analysis()->shownTrend());

    // The overall first: three periods in time order, the break before 2024/25, never joined.
    const report::Chart &overall = view->shownChart();
    CHECK(overall.periods == QStringList{QStringLiteral("2023/24"), QStringLiteral("2024/25"), QStringLiteral("2025/26")});
    CHECK(overall.segments == QList<int>{0, 1, 1});
    REQUIRE(overall.current.size() == 3);
    CHECK(*overall.current[0] == Approx(1.5));
    CHECK(*overall.current[1] == Approx(3.0));
    CHECK(*overall.current[2] == Approx(3.5));
    CHECK(view->breaks()->text().contains(u"from 2021-08-31 to 2021-10-04"));

    // Measure 1, Well led: 1.0, then (2 + 4) / 2 = 3.0, then 4.0.
    view->measureList()->setCurrentRow(1);
    const report::Chart &wellLed = view->shownChart();
    CHECK(wellLed.title.startsWith(u"1 "));
    CHECK(*wellLed.current[0] == Approx(1.0));
    CHECK(*wellLed.current[1] == Approx(3.0));
    CHECK(*wellLed.current[2] == Approx(4.0));

    // Every figure; a change only within a revision (none across the break).
    const QTableWidget &table = *view->table();
    CHECK(row(table, 0) == QStringList{QStringLiteral("Overall"), QStringLiteral("1.5"), QStringLiteral("3.0"),
                                       QStringLiteral("3.5 (+0.5)")});
    CHECK(table.rowCount() == 8); // the overall and the seven measures
}

TEST_CASE("trend view refuses as the command line does, naming the files, and keeps what it showed",
          "[gui][analysis][trend]")
{
    Northshire f;
    MainWindow w(&f.prompter);
    REQUIRE(w.openFile(f.c));
    REQUIRE(w.analysis()->showTrend({f.a, f.b}));

    // Fewer than three assessments.
    CHECK_FALSE(w.analysis()->showTrend({f.b}));
    REQUIRE(f.prompter.problems.size() == 1);
    CHECK(f.prompter.problems.at(0).contains(u"three or more assessments"));
    // Another organisation.
    const QString south = f.dir.filePath(QStringLiteral("south.wgll"));
    writeAssessment(south, QStringLiteral("wgll-org"), QStringLiteral("Southshire"), QStringLiteral("2022/23"),
                    {scored(QStringLiteral("1.1"), 3)});
    CHECK_FALSE(w.analysis()->showTrend({f.a, south}));
    REQUIRE(f.prompter.problems.size() == 2);
    CHECK(f.prompter.problems.at(1).startsWith(south + u": "));
    CHECK(f.prompter.problems.at(1).contains(u"are of different organisations (Northshire; Southshire)"));
    // The same period twice, however it is written.
    const QString again = f.dir.filePath(QStringLiteral("again.wgll"));
    writeAssessment(again, QStringLiteral("wgll-org"), QStringLiteral("Northshire"), QStringLiteral("2024-25"),
                    {scored(QStringLiteral("1.1"), 5)});
    CHECK_FALSE(w.analysis()->showTrend({f.b, again}));
    REQUIRE(f.prompter.problems.size() == 3);
    CHECK(f.prompter.problems.at(2).contains(f.b + u" and " + again + u" are the same period ('2024/25', '2024-25')"));
    // Nothing changed: the three periods are still shown.
    CHECK(w.analysis()->trendView()->trend().points.size() == 3);
    CHECK(w.analysis()->trendView()->trend().points.constFirst().file == f.a);
}

TEST_CASE("trend view exports the chart shown as PNG and SVG", "[gui][analysis][trend]")
{
    Northshire f;
    MainWindow w(&f.prompter);
    REQUIRE(w.openFile(f.c));
    REQUIRE(w.analysis()->showTrend({f.a, f.b}));
    analysis::TrendView *view = w.analysis()->trendView();
    const QString png = f.dir.filePath(QStringLiteral("trend.png"));
    f.prompter.files = {png};
    find<QPushButton>(*view, "trendExportChart")->click();
    CHECK(QImage(png).size() == QSize(1200, 500));
    const QString svg = f.dir.filePath(QStringLiteral("trend.svg"));
    REQUIRE(view->exportChart(svg));
    const QByteArray drawing = readAll(svg);
    CHECK(drawing.contains("2023/24"));
    CHECK(drawing.contains("revision 2021-10-04")); // the break named at the break
    CHECK(f.prompter.problems.isEmpty());
}

TEST_CASE("trend view takes later periods too, and the report's trend page ends at the open assessment",
          "[gui][analysis][trend][report]")
{
    Northshire f;
    const QString later = f.dir.filePath(QStringLiteral("later.wgll"));
    writeAssessment(later, QStringLiteral("wgll-org"), QStringLiteral("Northshire"), QStringLiteral("2026/27"),
                    {scored(QStringLiteral("1.1"), 5)});
    MainWindow w(&f.prompter);

    // The open file is 2024/25, in the middle: the view shows all four periods in time order.
    REQUIRE(w.openFile(f.b));
    INFO(f.prompter.problems.join(u'\n').toStdString());
    REQUIRE(w.analysis()->showTrend({later, f.a, f.c}));
    const Trend &shown = w.analysis()->trendView()->trend();
    REQUIRE(shown.points.size() == 4);
    CHECK(shown.points.at(1).file == f.b);
    CHECK(shown.points.constLast().file == later);
    // A report of 2024/25 cannot have its trend page (two periods up to it), but its changes
    // are since 2023/24, the newest before it.
    CHECK_FALSE(w.analysis()->shownTrend());
    REQUIRE(w.analysis()->trendBaseline());
    CHECK(w.analysis()->trendBaseline()->info.period == u"2023/24");

    // Opened at 2025/26 with a later file: the report's trend is 2023/24 to 2025/26.
    REQUIRE(w.openFile(f.c));
    REQUIRE(w.analysis()->showTrend({f.a, later, f.b}));
    CHECK(w.analysis()->trendView()->trend().points.size() == 4);
    const Trend *page = w.analysis()->shownTrend();
    REQUIRE(page);
    REQUIRE(page->points.size() == 3);
    CHECK(page->points.constLast().file == f.c);
    CHECK(w.analysis()->trendBaseline()->info.period == u"2024/25");
}
