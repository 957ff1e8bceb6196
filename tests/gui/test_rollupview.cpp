// SPDX-License-Identifier: GPL-3.0-or-later
// Analyse → Roll Up Organisations (issue 19 item 6) on hand-worked files: three trusts scoring
// 1.1 at 2, 3, 5 and 2.1 at 4, 4, 1. Measure 1: mean 10/3, median 3, minimum 2, range 2–5;
// measure 2: mean 3, median 4, minimum 1, range 1–4.
#include "charts/radaroverlay.h"
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
#include <QMessageBox>
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
    // The combined figure is its line alone over the band, in the chart and in the legend.
    const QList<charts::RadarOverlay::Line> &legend = view->radar()->overlay()->lines();
    REQUIRE(legend.size() >= 2);
    CHECK_FALSE(legend.first().fill.isValid());
    CHECK(std::any_of(legend.begin(), legend.end(), [](const auto &l) { return l.name.startsWith(u"Range"); }));
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

TEST_CASE("roll-up view: several periods of one organisation are rolled up as its newest when the user agrees",
          "[gui][analysis][rollup]")
{
    Ics f;
    const QString earlier = f.dir.filePath(QStringLiteral("north-2024.wgll"));
    writeAssessment(earlier, QStringLiteral("wgll-org"), QStringLiteral("Northshire"), QStringLiteral("2024/25"),
                    {scored(QStringLiteral("1.1"), 1), scored(QStringLiteral("2.1"), 1)});
    MainWindow w(&f.prompter);

    // Refused when the user says no: told, naming both files, and no view.
    f.prompter.answer = QMessageBox::Cancel;
    CHECK_FALSE(w.analysis()->rollUp({earlier, f.north, f.south}));
    REQUIRE(f.prompter.questions.size() == 1);
    CHECK(f.prompter.questions.first().contains(u"newest period of each"));
    REQUIRE(f.prompter.problems.size() == 1);
    CHECK(f.prompter.problems.first().contains(earlier));
    CHECK_FALSE(w.analysis()->rollupView());

    // Agreed: the newest period counts, the older file is left out, and the box says so.
    f.prompter.answer = QMessageBox::Yes;
    REQUIRE(w.analysis()->rollUp({earlier, f.north, f.south}));
    analysis::RollupView *view = w.analysis()->rollupView();
    REQUIRE(view);
    CHECK(f.prompter.questions.size() == 2);
    CHECK(view->latestBox()->isChecked());
    CHECK(view->rollup().organisations.size() == 2);
    REQUIRE(view->rollup().leftOut.size() == 1);
    CHECK(view->rollup().leftOut.first().file == earlier);
    CHECK(view->table()->item(0, 1)->text() == u"2025/26");

    // The box is the option: unticked, the roll-up is asked for again as it first was.
    f.prompter.answer = QMessageBox::Cancel;
    view->latestBox()->setChecked(false);
    CHECK(f.prompter.questions.size() == 3);
    CHECK(view->rollup().organisations.size() == 2); // what was shown stays
}

TEST_CASE("roll-up view migrates every file to the revision chosen, as rollup --migrate-to", "[gui][analysis][rollup]")
{
    Ics f;
    const QString older = f.member(QStringLiteral("east"), QStringLiteral("Eastshire"), 4, 4,
                                   QStringLiteral("wgll-org@2021-08-31"));
    MainWindow w(&f.prompter);
    REQUIRE(w.analysis()->rollUp({f.north, older}));
    analysis::RollupView *view = w.analysis()->rollupView();
    QComboBox *to = view->migrateToBox();
    QStringList offered;
    for (int i = 0; i < to->count(); ++i)
        offered.append(to->itemText(i));
    // Newest first, as `wgll framework list` gives them.
    CHECK(offered == QStringList{QStringLiteral("No migration"), QStringLiteral("Revision 2021-10-04"), QStringLiteral("Revision 2021-08-31")});
    CHECK(view->rollup().migratedTo.isEmpty());
    CHECK_FALSE(view->rollup().notComparable.isEmpty());

    to->setCurrentIndex(1);
    INFO(f.prompter.problems.join(u'\n').toStdString());
    CHECK(view->rollup().migratedTo == u"2021-10-04");
    CHECK(view->rollup().notComparable.isEmpty()); // every statement now under one wording
    CHECK(view->methodLabel()->text().contains(u"migrated to revision 2021-10-04"));
    CHECK(to->currentIndex() == 1);
    to->setCurrentIndex(0);
    CHECK(view->rollup().migratedTo.isEmpty());
}

TEST_CASE("the report exported while the roll-up is shown has its roll-up page", "[gui][analysis][rollup][report]")
{
    Ics f;
    MainWindow w(&f.prompter);
    REQUIRE(w.openFile(f.north));
    const auto rollupPage = [&w]() -> const report::Section * {
        static std::optional<report::BoardReport> board;
        board = w.boardReport();
        REQUIRE(board);
        for (const report::Section &s : board->sections)
            if (s.id == u"rollup")
                return &s;
        return nullptr;
    };
    CHECK_FALSE(rollupPage());
    REQUIRE(w.analysis()->rollUp({f.north, f.south, f.west}));
    const report::Section *page = rollupPage();
    REQUIRE(page);
    CHECK(page->title == u"Roll-up of 3 organisations");
    // The same words and figures as the view: the method, each organisation, the combined row.
    const auto *lead = std::get_if<report::Paragraph>(&page->blocks.at(0));
    REQUIRE(lead);
    CHECK(lead->text == w.analysis()->rollupView()->methodLabel()->text());
    const auto *table = std::get_if<report::Table>(&page->blocks.at(1));
    REQUIRE(table);
    REQUIRE(table->rows.size() == 4);
    CHECK(table->rows.at(3).at(0) == u"Mean (3)");
    CHECK(table->rows.at(3).at(4) == u"3.3");
    const auto *spread = std::get_if<report::Table>(&page->blocks.at(2));
    REQUIRE(spread);
    CHECK(spread->rows.at(0) == QStringList{QStringLiteral("1 Well led"), QStringLiteral("3.3"), QStringLiteral("2.0"), QStringLiteral("5.0"), QStringLiteral("3")});

    w.analysis()->rollupView()->close();
    CHECK_FALSE(rollupPage());
}
