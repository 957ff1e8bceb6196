// SPDX-License-Identifier: GPL-3.0-or-later
// Analyse → Roll Up Organisations (issue 19 item 6) on hand-worked files: three trusts scoring
// 1.1 at 2, 3, 5 and 2.1 at 4, 4, 1. Measure 1: mean 10/3, median 3, minimum 2, range 2–5;
// measure 2: mean 3, median 4, minimum 1, range 1–4.
#include "analysis/analysisviews.h"
#include "analysis/rollupview.h"
#include "assessmentfiles.h"
#include "windowfixture.h"

#include <QAction>
#include <QAreaSeries>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>

using namespace wgll;
using namespace wgll::test;

namespace {

struct Ics : Fixture
{
    QString north = member(QStringLiteral("north"), QStringLiteral("Northshire"), 2, 4);
    QString south = member(QStringLiteral("south"), QStringLiteral("Southshire"), 3, 4);
    QString west = member(QStringLiteral("west"), QStringLiteral("Westshire"), 5, 1);

    QString member(const QString &name, const QString &organisation, int wellLed, int foundations,
                   const QString &framework = QStringLiteral("wgll-org"))
    {
        const QString made = dir.filePath(name + u".wgll");
        writeAssessment(made, framework, organisation, QStringLiteral("2025/26"),
                        {scored(QStringLiteral("1.1"), wellLed), scored(QStringLiteral("2.1"), foundations)});
        return made;
    }
};

double at(const QList<std::optional<double>> &values, int i)
{
    REQUIRE(i < values.size());
    REQUIRE(values[i]);
    return *values[i];
}

} // namespace

TEST_CASE("roll-up view draws the mean with its min-max band and follows the method chosen", "[gui][analysis][rollup]")
{
    Ics f;
    MainWindow w(&f.prompter);
    f.prompter.fileLists = {{f.north, f.south, f.west}};
    QAction *rollUp = find<QAction>(w, "rollUpOrganisations");
    CHECK(rollUp->isEnabled()); // no assessment needs to be open
    rollUp->trigger();
    INFO(f.prompter.problems.join(u'\n').toStdString());
    CHECK(f.prompter.problems.isEmpty());
    analysis::RollupView *view = w.analysis()->rollupView();
    REQUIRE(view);
    CHECK(view->isVisible());

    const RadarChart::Data &mean = view->radar()->data();
    CHECK(at(mean.current, 0) == Approx(10.0 / 3.0));
    CHECK(at(mean.current, 1) == Approx(3.0));
    CHECK(at(mean.low, 0) == Approx(2.0));
    CHECK(at(mean.high, 0) == Approx(5.0));
    CHECK(at(mean.low, 1) == Approx(1.0));
    CHECK(at(mean.high, 1) == Approx(4.0));
    CHECK(mean.target.isEmpty());
    REQUIRE(view->radar()->bandSeries()->isVisible());
    CHECK(view->radar()->bandSeries()->upperSeries()->at(0).y() == Approx(5.0));
    CHECK(view->radar()->bandSeries()->lowerSeries()->at(1).y() == Approx(1.0));
    CHECK(view->methodLabel()->text().startsWith(u"Mean of 3 organisations"));

    view->methodBox()->setCurrentIndex(view->methodBox()->findText(QStringLiteral("Median")));
    CHECK(view->rollup().method == RollupMethod::Median);
    CHECK(at(view->radar()->data().current, 0) == Approx(3.0));
    CHECK(at(view->radar()->data().current, 1) == Approx(4.0));
    CHECK(view->methodLabel()->text().startsWith(u"Median of 3 organisations"));
    view->methodBox()->setCurrentIndex(view->methodBox()->findText(QStringLiteral("Minimum")));
    CHECK(at(view->radar()->data().current, 0) == Approx(2.0));
    CHECK(at(view->radar()->data().current, 1) == Approx(1.0));
    CHECK(view->radar()->data().currentName.startsWith(u"Minimum"));
}

TEST_CASE("roll-up view tables each organisation by measure and by statement, with the method's row",
          "[gui][analysis][rollup]")
{
    Ics f;
    MainWindow w(&f.prompter);
    REQUIRE(w.analysis()->rollUp({f.north, f.south, f.west}));
    analysis::RollupView *view = w.analysis()->rollupView();
    const QTableWidget &table = *view->table();
    REQUIRE(table.rowCount() == 4); // three organisations and the combined row
    CHECK(table.columnCount() == 4 + 7);
    CHECK(table.item(0, 0)->text() == u"Northshire");
    CHECK(table.item(0, 4)->text() == u"2.0");
    CHECK(table.item(2, 5)->text() == u"1.0");
    CHECK(table.item(3, 0)->text() == u"Mean (3)");
    CHECK(table.item(3, 4)->text() == u"3.3");

    view->statementsBox()->setChecked(true);
    REQUIRE(table.rowCount() == 4);
    CHECK(table.columnCount() == 4 + view->rollup().indicators.size());
    CHECK(table.horizontalHeaderItem(4)->text() == u"1.1");
    CHECK(table.item(1, 4)->text() == u"3");
    CHECK(table.item(1, 5)->text() == u"–"); // 1.2 unscored
}

TEST_CASE("roll-up view lists the statements worded differently between revisions", "[gui][analysis][rollup]")
{
    Ics f;
    const QString older = f.member(QStringLiteral("east"), QStringLiteral("Eastshire"), 4, 4,
                                   QStringLiteral("wgll-org@2021-08-31"));
    MainWindow w(&f.prompter);
    REQUIRE(w.analysis()->rollUp({f.north, older}));
    analysis::RollupView *view = w.analysis()->rollupView();
    QStringList listed;
    for (int i = 0; i < view->notComparableList()->count(); ++i)
        listed.append(view->notComparableList()->item(i)->text());
    INFO(listed.join(u'\n').toStdString());
    CHECK(std::any_of(listed.cbegin(), listed.cend(), [](const QString &line) {
        return line.startsWith(u"3.5: 2021-08-31 “") && line.contains(u"2021-10-04 “");
    }));
    CHECK(view->methodLabel()->text().contains(u"worded alike only"));
}

TEST_CASE("roll-up view refuses the same organisation twice naming both files, and keeps what it showed",
          "[gui][analysis][rollup]")
{
    Ics f;
    MainWindow w(&f.prompter);
    REQUIRE(w.analysis()->rollUp({f.north, f.south, f.west}));
    CHECK_FALSE(w.analysis()->rollUp({f.north, f.south, f.north}));
    REQUIRE(f.prompter.problems.size() == 1);
    CHECK(f.prompter.problems.at(0).contains(f.north));
    const QString again = f.member(QStringLiteral("north-copy"), QStringLiteral("NORTHSHIRE"), 1, 1);
    CHECK_FALSE(w.analysis()->rollUp({f.north, again}));
    REQUIRE(f.prompter.problems.size() == 2);
    CHECK(f.prompter.problems.at(1).contains(f.north));
    CHECK(f.prompter.problems.at(1).contains(again));
    CHECK(w.analysis()->rollupView()->rollup().organisations.size() == 3);
}

TEST_CASE("roll-up view exports its radar with the band as PNG and SVG", "[gui][analysis][rollup]")
{
    Ics f;
    MainWindow w(&f.prompter);
    REQUIRE(w.analysis()->rollUp({f.north, f.south, f.west}));
    analysis::RollupView *view = w.analysis()->rollupView();
    const QString png = f.dir.filePath(QStringLiteral("roll-up.png"));
    f.prompter.files = {png};
    find<QPushButton>(*view, "rollupExportChart")->click();
    CHECK(QImage(png).size() == QSize(1200, 900));
    const QString svg = f.dir.filePath(QStringLiteral("roll-up.svg"));
    REQUIRE(view->exportChart(svg));
    const QByteArray drawing = readAll(svg);
    CHECK(drawing.contains("Range (lowest to highest)"));
    CHECK(drawing.contains("Mean of 3 organisations"));
    CHECK(f.prompter.problems.isEmpty());
}
