// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 19, item 6, the benchmark overlay: View → Compare with National Benchmark imports NHS
// England's DMA file into the test run's own data folder, lists its sets grouped, and a set
// chosen shows on the overview radar as a line of the stored values, in the measure table and
// with its source, caveat and licence under the radar; remembered for the file and put in the
// exported report. A damaged workbook is refused naming its sheet and cell, changing nothing.
#include "benchmark/benchmarkmenu.h"
#include "benchmark/benchmarkstore.h"
#include "charts/radarchart.h"
#include "overviewpanel.h"
#include "session/assessmentsession.h"
#include "windowfixture.h"
#include "xlsxforge.h"

#include <QDir>
#include <QLabel>
#include <QLineSeries>
#include <QTableWidget>

using namespace Qt::Literals::StringLiterals;
using namespace wgll;

namespace {

/// The run's benchmark folder emptied before and after, so no test sees another's import.
struct CleanBenchmarks
{
    CleanBenchmarks() { QDir(benchmark::benchmarkFolder()).removeRecursively(); }
    ~CleanBenchmarks() { QDir(benchmark::benchmarkFolder()).removeRecursively(); }
    CleanBenchmarks(const CleanBenchmarks &) = delete;
    CleanBenchmarks &operator=(const CleanBenchmarks &) = delete;
};

QStringList benchmarkFiles()
{
    return QDir(benchmark::benchmarkFolder()).entryList(QDir::Files | QDir::Hidden);
}

/// The values a radar series draws at the spokes (the last point closes the polygon).
QList<double> spokeValues(const QLineSeries &series)
{
    QList<double> values;
    const QList<QPointF> points = series.points();
    for (qsizetype i = 0; i + 1 < points.size(); ++i)
        values.append(points[i].y());
    return values;
}

/// A menu entry by its object name, triggered as a click would.
void choose(const MainWindow &w, const QString &entry)
{
    auto *action = w.findChild<QAction *>(entry);
    INFO("no menu entry " << entry.toStdString());
    REQUIRE(action);
    REQUIRE(action->isEnabled());
    action->trigger();
}

} // namespace

TEST_CASE("the window imports the DMA file, lists its sets grouped and overlays england-providers on the radar",
          "[gui][benchmark]")
{
    const CleanBenchmarks clean;
    test::Fixture f;
    {
        MainWindow w(&f.prompter);
        REQUIRE(w.openFile(f.file));
        auto *menu = test::find<BenchmarkMenu>(w, "benchmarkMenu");
        CHECK(menu->title().contains(u"Compare with National Ben"));
        f.prompter.files = {test::dmaFixture()};
        choose(w, u"importDmaResults"_s);
        INFO(f.prompter.problems.join(u'\n').toStdString());
        REQUIRE(f.prompter.problems.isEmpty());
        CHECK(benchmarkFiles() == QStringList{u"dma-2025.json"_s});
        QStringList groups;
        for (QAction *a : menu->actions())
            if (a->menu())
                groups.append(a->text());
        CHECK(groups == QStringList{u"&England"_s, u"&Care settings"_s, u"&Regions"_s, u"IC&Ss (their providers)"_s,
                                    u"ICBs (&own scores)"_s, u"&Providers"_s});

        choose(w, u"benchmark:england-providers"_s);
        const Result<benchmark::FoundSet> stored =
            benchmark::findSet(u"england-providers"_s, benchmark::benchmarkFolder());
        REQUIRE(stored);
        QList<double> expected;
        for (const Measure &m : w.session()->framework().measures)
            expected.append(stored->set.pillarFor(m.title)->score);
        REQUIRE(expected.size() == 7);
        auto *radar = test::find<RadarChart>(w, "radarChart");
        REQUIRE(radar->benchmarkSeries()->isVisible());
        CHECK(spokeValues(*radar->benchmarkSeries()) == expected);
        CHECK(radar->benchmarkSeries()->pen().style() == Qt::DashDotLine);
        CHECK(radar->accessibleDescription().contains(u"DMA 2025 benchmark: Well led"));
        auto *table = test::find<QTableWidget>(w, "measureTable");
        CHECK_FALSE(table->isColumnHidden(5));
        CHECK(table->horizontalHeaderItem(5)->text() == u"DMA 2025");
        CHECK(table->item(0, 5)->text() == formatScore(expected.first()));
        auto *note = test::find<QLabel>(w, "benchmarkNote");
        CHECK(note->isVisibleTo(&w));
        CHECK(note->text().contains(u"NHS England, Digital Maturity Assessment 2025"));
        CHECK(note->text().contains(u"DMA questions are not the WGLL statements"));
        CHECK(note->text().contains(u"Open Government Licence v3.0"));
        CHECK(menu->entry(u"england-providers"_s)->isChecked());

        // The exported report has it too.
        const QString html = f.dir.filePath(u"board.html"_s);
        REQUIRE(w.exportReport(html));
        CHECK(QString::fromUtf8(test::readAll(html)).contains(u"Caveat: DMA questions are not the WGLL statements"));
    }
    {
        // Remembered for the file: the next window shows it again, and None takes it away.
        MainWindow w(&f.prompter);
        REQUIRE(w.openFile(f.file));
        REQUIRE(w.benchmark());
        CHECK(w.benchmark()->set.name == u"england-providers");
        auto *radar = test::find<RadarChart>(w, "radarChart");
        CHECK(radar->benchmarkSeries()->isVisible());
        choose(w, u"benchmark:"_s);
        CHECK_FALSE(w.benchmark());
        CHECK_FALSE(radar->benchmarkSeries()->isVisible());
        CHECK_FALSE(test::find<QLabel>(w, "benchmarkNote")->isVisibleTo(&w));
        CHECK(test::find<QTableWidget>(w, "measureTable")->isColumnHidden(5));
        const QString html = f.dir.filePath(u"plain.html"_s);
        REQUIRE(w.exportReport(html));
        CHECK_FALSE(QString::fromUtf8(test::readAll(html)).contains(u"DMA 2025"));
    }
    MainWindow w(&f.prompter);
    REQUIRE(w.openFile(f.file));
    CHECK_FALSE(w.benchmark());
}

TEST_CASE("a damaged DMA workbook is refused naming its sheet and cell, and changes nothing", "[gui][benchmark]")
{
    const CleanBenchmarks clean;
    test::Fixture f;
    MainWindow w(&f.prompter);
    REQUIRE(w.openFile(f.file));
    REQUIRE(w.importBenchmark(test::dmaFixture()));
    REQUIRE(w.showBenchmark(u"england-providers"_s));
    const QByteArray before = test::readAll(benchmark::benchmarkFolder() + u"/dma-2025.json"_s);
    const QString damaged = f.dir.filePath(u"damaged.xlsx"_s);
    QFile out(damaged);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(test::dmaWithEdit(u"xl/worksheets/sheet2.xml"_s, R"(<c r="F14" s="85"><v>2.5</v></c>)",
                                R"(<c r="F14" s="85" t="inlineStr"><is><t>n/a</t></is></c>)"));
    out.close();

    f.prompter.files = {damaged};
    choose(w, u"importDmaResults"_s);
    REQUIRE(f.prompter.problems.size() == 1);
    CHECK(f.prompter.problems.first().contains(u"damaged.xlsx"));
    CHECK(f.prompter.problems.first().contains(u"SC - 2025 Pillar Summary!F14: 'n/a' is not a score"));
    CHECK(QApplication::overrideCursor() == nullptr); // the wait cursor is gone
    CHECK(benchmarkFiles() == QStringList{u"dma-2025.json"_s});
    CHECK(test::readAll(benchmark::benchmarkFolder() + u"/dma-2025.json"_s) == before);
    REQUIRE(w.benchmark());
    CHECK(w.benchmark()->set.name == u"england-providers");
    CHECK(test::find<RadarChart>(w, "radarChart")->benchmarkSeries()->isVisible());

    // Not a workbook at all: said, nothing changed.
    f.prompter.files = {f.file};
    choose(w, u"importDmaResults"_s);
    CHECK(f.prompter.problems.size() == 2);
    CHECK(benchmarkFiles() == QStringList{u"dma-2025.json"_s});
    CHECK(w.benchmark());
}
