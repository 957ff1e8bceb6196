// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a laptop, measured: run on an offscreen screen of 1366×768, and of 1920×1080 at
// QT_SCALE_FACTOR=1.5 (tests/CMakeLists.txt), with the demo assessment's scores. The first start
// fills the screen, and each pane shows what a CIO reads in it: statement text in the navigator,
// the gap list's statements, all seven measures, a radar 300 px across with its labels whole.
#include "charts/radarchart.h"
#include "mainwindow.h"
#include "models/gaplistmodel.h"
#include "overviewpanel.h"
#include "session/assessmentsession.h"
#include "storage/document.h"
#include "testsupport.h"
#include "windowfixture.h"
#include "windowplacement.h"
#include "workbenchsettings.h"

#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QScreen>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>

using namespace wgll;
using wgll::test::find;
using wgll::test::Fixture;

namespace {

/// The fixture's assessment with this year's demo scores (two N/A, the rest scored), shown as a
/// CIO's first start shows it: placed by windowplacement on a screen with no stored geometry.
struct LaptopWindow
{
    Fixture f;
    MainWindow w{&f.prompter};

    LaptopWindow()
    {
        const test::Run imported = test::runProgram(
            QStringLiteral(WGLL_CLI),
            {QStringLiteral("import"), f.file, test::sourceDir() + u"/resources/demo/northshire-responses.csv"},
            f.dir.path());
        INFO(imported.err.toStdString());
        REQUIRE(imported.exitCode == 0);
        for (const QString &key : {settings::windowGeometry.key(), settings::windowMaximised.key(),
                                   settings::mainSplitter.key(), settings::overviewSplitter.key()})
            QSettings().remove(key); // a first start
        REQUIRE(w.openFile(f.file));
        windowplacement::show(w);
        REQUIRE(QTest::qWaitForWindowExposed(&w));
        // Maximising is a request the platform answers with a resize event: wait for it.
        const QRect available = w.screen()->availableGeometry();
        REQUIRE(QTest::qWaitFor([&] { return w.frameGeometry().width() >= available.width() - 20; }));
        QApplication::processEvents();
        if (const QByteArray shots = qgetenv("WGLL_LAYOUT_SCREENSHOTS"); !shots.isEmpty())
            w.grab().save(QString::fromLocal8Bit(shots) + u"/layout-" + w.screen()->name() + u".png");
    }
    ~LaptopWindow() { w.session()->document().close(); }
};

/// How many characters of `text` a view cell of `width` pixels shows before eliding.
qsizetype visibleCharacters(const QWidget &view, const QString &text, int width)
{
    const int margin = 2 * (view.style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, &view) + 1);
    const QString shown = view.fontMetrics().elidedText(text, Qt::ElideRight, width - margin);
    return shown == text ? text.size() : shown.size() - 1; // without the "…"
}

void checkWindowFitsTheScreen(const MainWindow &w)
{
    const QRect available = w.screen()->availableGeometry();
    INFO("screen " << available.width() << "x" << available.height() << ", window "
                   << w.frameGeometry().width() << "x" << w.frameGeometry().height());
    CHECK(w.isMaximized());
    CHECK(available.contains(w.frameGeometry()));
    CHECK(w.width() >= available.width() - 20);
    CHECK(w.height() >= available.height() - 60);
}

/// What each pane must show, on the laptop and on a 1920x1080 screen at 150 % alike (1280x720 of
/// Qt's pixels, less than the laptop's 1366x768, with the scoring pane at its narrowest).
struct Expected
{
    qsizetype statementCharacters = 35;
    qsizetype gapCharacters = 20;
};

Expected expectedOn(const QScreen &)
{
    return Expected{};
}

void checkNavigator(const MainWindow &w, qsizetype least)
{
    auto *tree = find<QTreeView>(w, "navigator");
    const QAbstractItemModel *model = tree->model();
    int statements = 0;
    for (int m = 0; m < model->rowCount(); ++m) {
        const QModelIndex measure = model->index(m, 0);
        for (int s = 0; s < model->rowCount(measure); ++s) {
            const QModelIndex i = model->index(s, 0, measure);
            const QString id = i.data(Qt::UserRole + 1).toString();
            const QString shown = i.data().toString();
            const QString statement = shown.mid(id.size() + 2); // after "1.1  "
            const qsizetype seen = visibleCharacters(*tree, shown, tree->visualRect(i).width()) - id.size() - 2;
            INFO(shown.toStdString() << ": " << seen << " characters of the statement seen");
            CHECK(seen >= std::min<qsizetype>(least, statement.size()));
            CHECK(i.data(Qt::ToolTipRole).toString().endsWith(statement)); // the whole text
            ++statements;
        }
    }
    CHECK(statements == 49);
}

void checkGapList(const MainWindow &w, qsizetype least)
{
    find<OverviewPanel>(w, "overviewPanel")->showGapList(); // its tab, as F6 brings it
    auto *gaps = find<QTableView>(w, "gapList");
    REQUIRE(gaps->isVisible());
    REQUIRE(gaps->model()->rowCount() > 0);
    const QHeaderView *header = gaps->horizontalHeader();
    int numbers = 0;
    for (int c = 0; c < header->count(); ++c) {
        if (c == GapListModel::Statement || gaps->isColumnHidden(c))
            continue;
        // Each number column as wide as its contents (or its title), no wider.
        CHECK(header->sectionSize(c) <= std::max(static_cast<const QAbstractItemView *>(gaps)->sizeHintForColumn(c), header->sectionSizeHint(c)));
        numbers += header->sectionSize(c);
    }
    const int statementWidth = header->sectionSize(GapListModel::Statement);
    INFO("Statement column " << statementWidth << " px, number columns " << numbers << " px");
    CHECK(statementWidth + numbers >= gaps->viewport()->width() - 1); // the spare width is the text's
    const QString first = gaps->model()->index(0, GapListModel::Statement).data().toString();
    CHECK(visibleCharacters(*gaps, first, statementWidth) >= std::min<qsizetype>(least, first.size()));
}

void checkMeasureTable(const MainWindow &w)
{
    auto *table = find<QTableWidget>(w, "measureTable");
    REQUIRE(table->rowCount() == 7);
    CHECK(table->isVisible());
    CHECK_FALSE(table->verticalScrollBar()->isVisible());
    for (int r = 0; r < 7; ++r) {
        INFO("measure row " << r);
        CHECK(table->rowViewportPosition(r) >= 0);
        CHECK(table->rowViewportPosition(r) + table->rowHeight(r) <= table->viewport()->height());
    }
}

void checkRadar(const MainWindow &w)
{
    auto *radar = find<RadarChart>(w, "radarChart");
    const QRectF plot = radar->chart()->plotArea();
    INFO("radar plot " << plot.width() << "x" << plot.height() << " in a chart of " << radar->width() << "x"
                       << radar->height() << " (logical px)");
    // 300 px on the screen: at a scale factor of 1.5 that is 200 of Qt's logical pixels.
    CHECK(std::min(plot.width(), plot.height()) * radar->devicePixelRatioF() >= 300);
    // Every spoke label drawn whole (Qt Charts elides one with no room) and inside the chart.
    QStringList labels;
    for (QGraphicsItem *item : radar->scene()->items()) {
        auto *text = dynamic_cast<QGraphicsTextItem *>(item);
        if (!text || !text->isVisible() || text->toPlainText().isEmpty())
            continue;
        labels.append(text->toPlainText().simplified());
        INFO("spoke label " << labels.last().toStdString());
        CHECK(radar->rect().contains(radar->mapFromScene(text->sceneBoundingRect()).boundingRect()));
    }
    for (const QString &measure : radar->data().measures) {
        INFO("the label of " << measure.toStdString());
        CHECK(labels.contains(measure));
    }
}

} // namespace

TEST_CASE("on a laptop screen the first start fills it, and each pane shows what it must",
          "[.laptop]")
{
    LaptopWindow laptop;
    const Expected expected = expectedOn(*laptop.w.screen());
    checkWindowFitsTheScreen(laptop.w);
    checkNavigator(laptop.w, expected.statementCharacters);
    checkMeasureTable(laptop.w);
    checkGapList(laptop.w, expected.gapCharacters);
    checkRadar(laptop.w);
}

TEST_CASE("where the window opens: the screen filled first, then the last geometry clamped to the screen",
          "[gui][layout]")
{
    using windowplacement::choose;
    const QRect laptop(0, 0, 1366, 768);
    // First start: a laptop's whole screen; most of a large one, centred.
    CHECK(choose({}, false, laptop).maximised);
    CHECK(choose({}, false, laptop).geometry == laptop);
    const QRect large(0, 0, 2560, 1440);
    const windowplacement::Placement big = choose({}, false, large);
    CHECK_FALSE(big.maximised);
    CHECK(large.contains(big.geometry));
    CHECK(big.geometry.width() >= 2000);
    // Later: as left, unless it no longer fits (a monitor's geometry on the laptop's screen).
    CHECK(choose(QRect(100, 80, 900, 600), false, laptop).geometry == QRect(100, 80, 900, 600));
    CHECK(choose(QRect(100, 80, 900, 600), true, laptop).maximised);
    CHECK(choose(QRect(1500, 200, 1600, 1000), false, laptop).geometry == laptop);
    CHECK(choose(QRect(900, 500, 800, 600), false, laptop).geometry == QRect(566, 168, 800, 600));
    // A second screen to the right: clamped into that screen's coordinates.
    const QRect right(1366, 0, 1920, 1080);
    CHECK(choose(QRect(3000, -50, 800, 600), false, right).geometry == QRect(2486, 0, 800, 600));
}

TEST_CASE("the window's geometry is remembered on closing and restored at the next start", "[gui][layout]")
{
    Fixture f;
    const QRect left(40, 50, 600, 400); // inside the offscreen platform's 800×600 screen
    {
        MainWindow w(&f.prompter);
        settings::windowGeometry.set({});
        windowplacement::show(w);
        REQUIRE(QTest::qWaitForWindowExposed(&w));
        w.showNormal();
        w.setGeometry(left);
        REQUIRE(QTest::qWaitFor([&] { return w.geometry() == left; }));
        REQUIRE(w.close()); // as the user closes it: closeEvent remembers
    }
    CHECK(settings::windowGeometry.value() == left);
    CHECK_FALSE(settings::windowMaximised.value());
    MainWindow again(&f.prompter);
    windowplacement::show(again);
    REQUIRE(QTest::qWaitForWindowExposed(&again));
    CHECK(again.geometry() == left);
    CHECK_FALSE(again.isMaximized());
}
