// SPDX-License-Identifier: GPL-3.0-or-later
// The faults that stalled a live session (issue 15), each as it was met: panes lost after the
// workshop, the focus in the Show filter, a blank navigator, keys dead on a new assessment, a
// period's slash taken for a folder, file dialogs in the program's folder, and a measure heading
// that kept the last statement's score and notes. Then the whole keyboard script of a session.
#include "mainwindow.h"
#include "newassessmentdialog.h"
#include "overviewpanel.h"
#include "session/assessmentsession.h"
#include "storage/document.h"
#include "testsupport.h"
#include "windowfixture.h"
#include "workbenchsettings.h"
#include "workshop/startsessiondialog.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace wgll;
using wgll::test::find;
using wgll::test::Fixture;

namespace {

struct ShownWindow
{
    Fixture f;
    MainWindow w{&f.prompter};

    ShownWindow()
    {
        REQUIRE(w.openFile(f.file));
        w.resize(1366, 740);
        w.show();
        REQUIRE(QTest::qWaitForWindowExposed(&w));
        REQUIRE(QTest::qWaitForWindowActive(&w));
    }
    ~ShownWindow()
    {
        if (w.session())
            w.session()->document().close();
    }
    /// Presses a key where the keyboard is: the focus widget, or the window when none has it.
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *focus = QApplication::focusWidget();
        QTest::keyClick(focus ? focus : &w, key, modifiers);
    }
};

StartSessionDialog::Choices twoPeople()
{
    StartSessionDialog::Choices c;
    c.title = QStringLiteral("Board workshop");
    c.date = QDate(2026, 11, 20);
    c.facilitator = QStringLiteral("Alice Smith");
    c.present = {{QStringLiteral("Alice Smith"), QStringLiteral("CIO"), {}},
                 {QStringLiteral("Bob Jones"), QStringLiteral("CCIO"), {}}};
    return c;
}

/// An entry of a menu of the window's menu bar, by their titles as shown ("&File", "&Open…").
QAction *menuEntry(const MainWindow &w, const QString &menu, const QString &entry)
{
    for (QAction *m : w.menuBar()->actions()) {
        if (m->text() != menu)
            continue;
        if (m->menu())
            Q_EMIT m->menu()->aboutToShow();
        for (QAction *a : m->menu()->actions()) {
            if (a->text() == entry)
                return a;
        }
    }
    FAIL("no entry " << entry.toStdString() << " in " << menu.toStdString());
    return nullptr;
}

int paneWidth(const MainWindow &w, const char *pane)
{
    const auto *splitter = find<QSplitter>(w, "mainSplitter");
    return splitter->sizes().at(splitter->indexOf(find<QWidget>(w, pane)->parentWidget() == splitter
                                                      ? find<QWidget>(w, pane)
                                                      : find<QWidget>(w, pane)->parentWidget()));
}

} // namespace

TEST_CASE("closing the workshop panel brings the radar and gap list back at a usable width", "[gui][panes]")
{
    ShownWindow o;
    const int before = paneWidth(o.w, "overviewPanel");
    REQUIRE(before > 300);
    REQUIRE(o.w.startWorkshop(twoPeople()));
    CHECK_FALSE(find<QWidget>(o.w, "overviewPanel")->isVisible());
    find<QDockWidget>(o.w, "workshopDock")->close();
    QApplication::processEvents();
    CHECK(find<QWidget>(o.w, "overviewPanel")->isVisible());
    CHECK(paneWidth(o.w, "overviewPanel") >= before - 40);
    CHECK(find<QWidget>(o.w, "radarChart")->width() > 300);
}

TEST_CASE("View brings back a pane dragged shut, at its proportion of the window", "[gui][panes]")
{
    ShownWindow o;
    auto *splitter = find<QSplitter>(o.w, "mainSplitter");
    const QList<int> sizes = splitter->sizes();
    // As far as a drag can go: the overview at its narrowest, or hidden as the workshop left it.
    splitter->setSizes({sizes[0], sizes[1] + sizes[2], 0});
    find<QWidget>(o.w, "overviewPanel")->hide();
    QAction *overview = menuEntry(o.w, QStringLiteral("&View"), QStringLiteral("&Overview: Radar, Measures and Gaps"));
    CHECK_FALSE(overview->isChecked());
    overview->trigger();
    CHECK(find<QWidget>(o.w, "overviewPanel")->isVisible());
    CHECK(paneWidth(o.w, "overviewPanel") > 300);

    splitter->setSizes({0, sizes[0] + sizes[1], sizes[2]});
    find<QWidget>(o.w, "navigatorPane")->hide();
    menuEntry(o.w, QStringLiteral("&View"), QStringLiteral("&Navigator"))->trigger();
    CHECK(find<QTreeView>(o.w, "navigator")->isVisible());
    CHECK(paneWidth(o.w, "navigatorPane") > 300);
}

TEST_CASE("the pane proportions the user drags are there at the next start", "[gui][panes]")
{
    QList<int> dragged;
    {
        ShownWindow o;
        auto *splitter = find<QSplitter>(o.w, "mainSplitter");
        const QList<int> sizes = splitter->sizes();
        splitter->setSizes({sizes[0] - 60, sizes[1] + 60, sizes[2]});
        dragged = splitter->sizes();
        REQUIRE(dragged != sizes);
        Q_EMIT splitter->splitterMoved(dragged[0], 1); // as a drag of the first handle does
    }
    ShownWindow again;
    CHECK(find<QSplitter>(again.w, "mainSplitter")->sizes() == dragged);
}

TEST_CASE("the focus starts in the navigator, where Down moves to the next statement", "[gui][focus]")
{
    ShownWindow o;
    CHECK(QApplication::focusWidget() == find<QTreeView>(o.w, "navigator"));
    o.press(Qt::Key_Down);
    CHECK(o.w.currentStatement() == u"1.2");
    CHECK(find<QComboBox>(o.w, "navigatorFilter")->currentIndex() == 0); // still "All statements"
}

TEST_CASE("a filter that leaves nothing to show says why instead of a blank navigator", "[gui][focus]")
{
    ShownWindow o;
    auto *message = find<QLabel>(o.w, "navigatorEmpty");
    CHECK_FALSE(message->isVisible());
    for (const Measure &m : o.w.session()->framework().measures) {
        for (const Indicator &i : m.indicators)
            REQUIRE(o.w.session()->setScore(i.id, 3));
    }
    find<QComboBox>(o.w, "navigatorFilter")->setCurrentIndex(1); // Unscored
    CHECK(message->isVisible());
    CHECK(message->text() == u"All statements are scored.");
    REQUIRE(o.w.session()->clearScore(QStringLiteral("2.4")));
    CHECK_FALSE(message->isVisible()); // 2.4 is listed again
}

TEST_CASE("a new assessment: the file name keeps the period whole, and 3 scores the first statement",
          "[gui][new]")
{
    Fixture f;
    MainWindow w(&f.prompter);
    w.resize(1366, 740);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    f.prompter.files = {f.dir.filePath(QStringLiteral("Test Trust 2026-27.wgll"))};
    auto filled = test::whenShown<NewAssessmentDialog>([](NewAssessmentDialog &d) {
        find<QLineEdit>(d, "organisation")->setText(QStringLiteral("Test Trust"));
        find<QLineEdit>(d, "period")->setText(QStringLiteral("2026/27"));
        d.accept();
    });
    menuEntry(w, QStringLiteral("&File"), QStringLiteral("&New…"))->trigger();
    test::ranOn(filled);
    REQUIRE(f.prompter.fileDialogStarts.size() == 1);
    CHECK(QFileInfo(f.prompter.fileDialogStarts.first()).fileName() == u"Test Trust 2026-27.wgll");
    CHECK(QFileInfo(f.prompter.fileDialogStarts.first()).isAbsolute());
    REQUIRE(w.session());
    w.activateWindow(); // the dialogs gave it back; offscreen, that takes asking
    REQUIRE(QTest::qWaitForWindowActive(&w));
    QWidget *focus = QApplication::focusWidget();
    QTest::keyClick(focus ? focus : &w, Qt::Key_3);
    CHECK(w.session()->answer(QStringLiteral("1.1")).score == 3);
    w.session()->document().close();
}

TEST_CASE("Export and Compare dialogs open in the assessment's folder, not the program's", "[gui][dialogs]")
{
    ShownWindow o;
    const QString folder = QFileInfo(o.f.file).absolutePath();
    find<QAction>(o.w, "exportReport")->trigger();
    find<QAction>(o.w, "compareWithBaseline")->trigger();
    REQUIRE(o.f.prompter.fileDialogStarts.size() == 2);
    CHECK(QFileInfo(o.f.prompter.fileDialogStarts[0]).absolutePath() == folder); // the suggested name
    CHECK(o.f.prompter.fileDialogStarts[1] == folder);

    // The gap list's own Export CSV dialog too.
    QString shownIn;
    auto seen = test::whenShown<QFileDialog>([&shownIn](QFileDialog &d) {
        shownIn = d.directory().absolutePath();
        d.reject();
    });
    find<QPushButton>(o.w, "exportGaps")->click();
    test::ranOn(seen);
    CHECK(shownIn == folder);
}

TEST_CASE("with no assessment open, a file dialog opens in the last folder a file was chosen in",
          "[gui][dialogs]")
{
    Fixture f;
    MainWindow w(&f.prompter);
    QDir(f.dir.path()).mkdir(QStringLiteral("board"));
    const QString chosen = f.dir.filePath(QStringLiteral("board/northshire.wgll"));
    QFile::copy(f.file, chosen);
    f.prompter.files = {chosen};
    menuEntry(w, QStringLiteral("&File"), QStringLiteral("&Open…"))->trigger();
    REQUIRE(w.session());
    REQUIRE(w.closeAssessment());
    menuEntry(w, QStringLiteral("&File"), QStringLiteral("&Open…"))->trigger();
    REQUIRE(f.prompter.fileDialogStarts.size() == 2);
    CHECK(f.prompter.fileDialogStarts[1] == QFileInfo(chosen).absolutePath());
}

TEST_CASE("a measure heading shows none of the last statement's level, N/A, target or notes", "[gui][panes]")
{
    ShownWindow o;
    REQUIRE(o.w.selectItem(QStringLiteral("1.2")));
    REQUIRE(o.w.session()->setScore(QStringLiteral("1.2"), 4));
    REQUIRE(o.w.session()->setTarget(QStringLiteral("1.2"), 5));
    REQUIRE(o.w.session()->setNotes(QStringLiteral("1.2"), QStringLiteral("Board minutes, March")));
    REQUIRE(o.w.selectItem(QStringLiteral("1.2"))); // shown as saved
    REQUIRE(find<QPushButton>(o.w, "level4")->isChecked());
    REQUIRE(o.w.selectItem(QStringLiteral("2")));
    CHECK_FALSE(find<QPushButton>(o.w, "level4")->isChecked());
    CHECK(find<QPlainTextEdit>(o.w, "notes")->toPlainText().isEmpty());
    CHECK(find<QSpinBox>(o.w, "target")->text() != u"5");
    // Nothing of 1.2 was changed by showing the measure.
    CHECK(o.w.session()->answer(QStringLiteral("1.2")).notes == u"Board minutes, March");
    CHECK(o.w.session()->answer(QStringLiteral("1.2")).score == 4);
}

TEST_CASE("the keyboard script of a session: 3, N + reason + Enter, 4, undo, redo, save, and wgll export shows exactly that",
          "[gui][keys]")
{
    ShownWindow o;
    REQUIRE(QApplication::focusWidget() == find<QTreeView>(o.w, "navigator"));
    o.press(Qt::Key_3);                                     // 1.1 → 3
    o.press(Qt::Key_Return);                                // on to 1.2
    o.press(Qt::Key_N);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Run by the ICS"));
    o.press(Qt::Key_Return);                                // 1.2 N/A, on to 1.3
    o.press(Qt::Key_4);                                     // 1.3 → 4
    o.press(Qt::Key_Z, Qt::ControlModifier);                // 1.3 unscored
    o.press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier); // 1.3 → 4 again
    o.press(Qt::Key_S, Qt::ControlModifier);
    REQUIRE_FALSE(o.w.session()->document().isModified());

    const test::Run exported = test::runProgram(
        QStringLiteral(WGLL_CLI), {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"),
         o.f.dir.filePath(QStringLiteral("export.json")), o.f.file},
        o.f.dir.path());
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    QStringList edited;
    const QJsonArray indicators = QJsonDocument::fromJson(test::readAll(o.f.dir.filePath(QStringLiteral("export.json"))))
                                      .object()
                                      .value(u"indicators")
                                      .toArray();
    REQUIRE(indicators.size() == 49);
    for (const QJsonValue &v : indicators) {
        const QJsonObject i = v.toObject();
        if (i.value(u"na").toBool())
            edited.append(i.value(u"id").toString() + u"=N/A:" + i.value(u"naReason").toString());
        else if (!i.value(u"score").isNull())
            edited.append(i.value(u"id").toString() + u'=' + QString::number(i.value(u"score").toDouble()));
    }
    CHECK(edited == QStringList{QStringLiteral("1.1=3"), QStringLiteral("1.2=N/A:Run by the ICS"),
                                QStringLiteral("1.3=4")});
}
