// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench window driven as a person would: keyboard scoring, undo, save and reopen, the
// unsaved-changes question, crash recovery and read-only mode. Widgets are found by objectName.
#include "actionspanel.h"
#include "charts/radarchart.h"
#include "evidencepanel.h"
#include "framework/frameworkcatalog.h"
#include "io/csvreader.h"
#include "mainwindow.h"
#include "newassessmentdialog.h"
#include "overviewpanel.h"
#include "session/assessmentsession.h"
#include "settingsdialog.h"
#include "storage/document.h"
#include "testsupport.h"

#include <QAction>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>
#include <QUndoView>

using namespace wgll;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    QString file;
    QStringList questions;
    QMessageBox::StandardButton answer = QMessageBox::Cancel;

    Fixture() : file(dir.filePath(QStringLiteral("northshire.wgll")))
    {
        qputenv("WGLL_WORK_DIR", dir.filePath(QStringLiteral("work")).toUtf8());
        qputenv("WGLL_NO_DIALOGS", "1");
        static const FrameworkCatalog catalog = FrameworkCatalog::load({});
        AssessmentInfo info;
        info.organisation = QStringLiteral("Northshire Hospitals NHS FT");
        Error error;
        auto doc =
            storage::Document::create(file, catalog.find(QStringLiteral("wgll-org"))->framework, info, error);
        REQUIRE(doc);
        doc->close();
    }
    void answerWith(MainWindow &w)
    {
        w.setQuestionHandler([this](const QString &text, QMessageBox::StandardButtons) {
            questions.append(text);
            return answer;
        });
    }
};

template <typename T> T *find(const QWidget &w, const char *name)
{
    T *child = w.findChild<T *>(QString::fromLatin1(name));
    INFO("no widget " << name);
    REQUIRE(child);
    return child;
}

QString chipColumn(MainWindow &w, const QString &id, int column);

QString chip(MainWindow &w, const QString &id)
{
    return chipColumn(w, id, 1);
}

QString chipColumn(MainWindow &w, const QString &id, int column)
{
    auto *view = find<QTreeView>(w, "navigator");
    for (int m = 0; m < view->model()->rowCount(); ++m) {
        const QModelIndex measure = view->model()->index(m, 0);
        for (int s = 0; s < view->model()->rowCount(measure); ++s) {
            const QModelIndex i = view->model()->index(s, 0, measure);
            if (i.data(Qt::UserRole + 1).toString() == id)
                return i.siblingAtColumn(column).data().toString();
        }
    }
    return {};
}

} // namespace

TEST_CASE("scoring from the keyboard updates the navigator, radar and gap list, and undo takes it back",
          "[gui][window]")
{
    Fixture f;
    MainWindow w;
    REQUIRE(w.openFile(f.file));
    w.resize(1280, 800);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    auto *navigator = find<QTreeView>(w, "navigator");
    navigator->setFocus();
    CHECK(w.currentStatement() == u"1.1");
    CHECK(find<QLabel>(w, "statementText")->text().startsWith(u"1.1  build digital and data leadership"));

    QTest::keyClick(navigator, Qt::Key_2);
    CHECK(chip(w, QStringLiteral("1.1")) == u"2");
    CHECK(w.session()->document().answer(QStringLiteral("1.1"))->score == 2); // durable already
    CHECK(find<QPushButton>(w, "level2")->isChecked());
    CHECK(find<RadarChart>(w, "radarChart")->currentSeries()->points().at(0).y() == Approx(2.0));
    CHECK(find<QTableView>(w, "gapList")->model()->rowCount() == 1);
    CHECK(w.isWindowModified());

    QTest::keyClick(navigator, Qt::Key_Return); // on to 1.2
    CHECK(w.currentStatement() == u"1.2");
    QTest::keyClick(navigator, Qt::Key_5);
    CHECK(find<QLabel>(w, "overallScore")->text().startsWith(u"Overall 3.5"));

    // N asks for the reason; N/A happens only once one is given.
    QTest::keyClick(navigator, Qt::Key_Return);
    QTest::keyClick(navigator, Qt::Key_N);
    auto *reason = find<QLineEdit>(w, "naReason");
    CHECK(reason->hasFocus());
    QTest::keyClick(reason, Qt::Key_Return); // empty: refused
    CHECK_FALSE(w.session()->answer(QStringLiteral("1.3")).notApplicable);
    QTest::keyClicks(reason, QStringLiteral("Run by the ICS"));
    QTest::keyClick(reason, Qt::Key_Return);
    INFO("reason field: " << reason->text().toStdString()
                          << "; status: " << w.statusBar()->currentMessage().toStdString() << "; statement "
                          << w.currentStatement().toStdString());
    CHECK(w.session()->answer(QStringLiteral("1.3")).notApplicable);
    CHECK(chip(w, QStringLiteral("1.3")) == u"N/A");

    // Ctrl+Z three times: back to nothing scored.
    navigator->setFocus();
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(navigator, Qt::Key_Z, Qt::ControlModifier);
    CHECK(chip(w, QStringLiteral("1.1")) == u"–");
    CHECK_FALSE(w.session()->document().answer(QStringLiteral("1.2"))->score);
    QTest::keyClick(navigator, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(chip(w, QStringLiteral("1.1")) == u"2");
    f.answer = QMessageBox::Discard;
    f.answerWith(w);
}

TEST_CASE("save, reopen and find everything, and the unsaved-changes question", "[gui][window]")
{
    Fixture f;
    const QByteArray original = test::readAll(f.file);
    {
        MainWindow w;
        f.answerWith(w);
        REQUIRE(w.openFile(f.file));
        REQUIRE(w.session()->setScore(QStringLiteral("2.4"), 3));
        f.answer = QMessageBox::Cancel;
        CHECK_FALSE(w.closeAssessment()); // Cancel keeps it open
        CHECK(f.questions.size() == 1);
        CHECK(f.questions.first().contains(u"Save the changes to northshire.wgll"));
        f.answer = QMessageBox::Discard;
        CHECK(w.closeAssessment());
        CHECK(test::readAll(f.file) == original);                // discarded: the file is as it was
        CHECK(find<QLabel>(w, "welcome")->isVisible() == false); // not shown: window never shown
    }
    {
        MainWindow w;
        f.answerWith(w);
        REQUIRE(w.openFile(f.file));
        CHECK_FALSE(w.session()->answer(QStringLiteral("2.4")).score);
        REQUIRE(w.session()->setScore(QStringLiteral("2.4"), 4));
        REQUIRE(w.session()->setNotes(QStringLiteral("2.4"), QStringLiteral("Cloud plan drafted")));
        REQUIRE(w.save());
        CHECK_FALSE(w.isWindowModified());
        CHECK(find<QLabel>(w, "saveState")->text() == u"Saved");
        CHECK(w.closeAssessment());
    }
    MainWindow w;
    REQUIRE(w.openFile(f.file));
    CHECK(w.session()->answer(QStringLiteral("2.4")).score == 4);
    CHECK(w.session()->answer(QStringLiteral("2.4")).notes == u"Cloud plan drafted");
    w.session()->document().close();
}

TEST_CASE("unsaved edits left by a crash are offered back on open", "[gui][window][recovery]")
{
    Fixture f;
    {
        Error error;
        auto doc = storage::Document::open(f.file, error);
        REQUIRE(doc);
        Answer a = *doc->answer(QStringLiteral("3.4"));
        a.score = 2;
        REQUIRE(doc->setAnswer(a));
        // The process "dies": the Document goes without close(), keeping its working copy.
    }
    MainWindow w;
    f.answer = QMessageBox::Yes;
    f.answerWith(w);
    REQUIRE(w.openFile(f.file));
    REQUIRE(f.questions.size() == 1);
    CHECK(f.questions.first().contains(u"unsaved changes from a session that ended unexpectedly"));
    CHECK(w.session()->answer(QStringLiteral("3.4")).score == 2);
    CHECK(w.isWindowModified());
    w.session()->document().close();
}

TEST_CASE("a file open elsewhere opens read-only, with a banner and no editing", "[gui][window]")
{
    Fixture f;
    Error error;
    auto elsewhere = storage::Document::open(f.file, error); // holds the lock
    REQUIRE(elsewhere);
    MainWindow w;
    REQUIRE(w.openFile(f.file));
    w.show();
    CHECK(w.session()->document().isReadOnly());
    CHECK(find<QLabel>(w, "readOnlyBanner")->isVisible());
    CHECK(find<QLabel>(w, "readOnlyBanner")->text().startsWith(u"Read-only"));
    auto *navigator = find<QTreeView>(w, "navigator");
    QTest::keyClick(navigator, Qt::Key_4);
    CHECK_FALSE(w.session()->answer(QStringLiteral("1.1")).score);
    CHECK_FALSE(find<QPushButton>(w, "level4")->isEnabled());
    CHECK_FALSE(w.save());
    w.session()->document().close();
    elsewhere->close();
}

TEST_CASE("a file that cannot be opened is reported and the window stays usable", "[gui][window][errors]")
{
    Fixture f;
    test::writeAll(f.dir.filePath(QStringLiteral("junk.wgll")), "not a database");
    MainWindow w;
    CHECK_FALSE(w.openFile(f.dir.filePath(QStringLiteral("junk.wgll"))));
    CHECK_FALSE(w.session());
    CHECK(w.statusBar()->currentMessage().contains(u"not a WGLL assessment"));
    CHECK(w.openFile(f.file));
    w.session()->document().close();
}

TEST_CASE("preferences set the autosave interval, and the history view lists every edit", "[gui][window]")
{
    Fixture f;
    Preferences p = Preferences::load();
    p.autosaveMinutes = 5;
    p.authorName = QStringLiteral("Chief Information Officer");
    p.save();
    MainWindow w;
    REQUIRE(w.openFile(f.file));
    CHECK(w.autosaveInterval() == 5 * 60 * 1000);
    REQUIRE(w.session()->setScore(QStringLiteral("1.1"), 3));
    REQUIRE(w.session()->setScore(QStringLiteral("1.2"), 4));
    auto *history = find<QUndoView>(w, "undoHistory");
    CHECK(history->model()->rowCount() == 3); // "Opened" and two edits
    CHECK(history->model()->index(2, 0).data().toString() == u"Score 1.2 as 4");

    p.autosaveMinutes = 0;
    p.save();
    w.session()->document().close();
    MainWindow again;
    REQUIRE(again.openFile(f.file));
    CHECK(again.autosaveInterval() == 0);
    again.session()->document().close();
    Preferences defaults;
    defaults.save();
}

TEST_CASE("the gap list exports as CSV, the same rows as wgll gaps", "[gui][window][export]")
{
    Fixture f;
    MainWindow w;
    REQUIRE(w.openFile(f.file));
    REQUIRE(w.session()->setScore(QStringLiteral("2.1"), 1));
    REQUIRE(w.session()->setScore(QStringLiteral("3.3"), 3));
    const QString csv = f.dir.filePath(QStringLiteral("gaps.csv"));
    REQUIRE(find<OverviewPanel>(w, "overviewPanel")->exportGapList(csv));
    CsvReader reader;
    const auto rows = reader.parse(test::readAll(csv), csv);
    REQUIRE(rows);
    REQUIRE(rows->size() == 3);
    CHECK(rows->at(0).fields.first() == u"rank");
    CHECK(rows->at(1).fields.mid(0, 2) == QStringList{QStringLiteral("1"), QStringLiteral("2.1")});
    CHECK(rows->at(2).fields.mid(0, 2) == QStringList{QStringLiteral("2"), QStringLiteral("3.3")});
    w.session()->document().close();
}

TEST_CASE("File, New: from scratch, and from last year's file as a baseline", "[gui][window][new]")
{
    Fixture f;
    {
        // Last year: an older revision, with a target and a weight to carry over.
        MainWindow w;
        REQUIRE(w.openFile(f.file));
        REQUIRE(w.session()->setScore(QStringLiteral("2.6"), 2));
        REQUIRE(w.session()->setTarget(QStringLiteral("2.6"), 5));
        REQUIRE(w.session()->setWeight(QStringLiteral("2.6"), 3));
        REQUIRE(w.save());
        w.session()->document().close();
    }
    const FrameworkCatalog catalog = FrameworkCatalog::load({});
    NewAssessmentDialog dialog(catalog, 4);
    CHECK(dialog.framework().id == u"wgll-org"); // the usual choice comes first
    REQUIRE_FALSE(dialog.setBaseline(f.file));
    CHECK(dialog.framework().key() == u"wgll-org@2021-10-04");
    CHECK(dialog.info().organisation == u"Northshire Hospitals NHS FT");
    CHECK(find<QLabel>(dialog, "newSummary")->text().contains(u"carry over"));
    CHECK(dialog.setBaseline(f.dir.filePath(QStringLiteral("missing.wgll")))->contains(u"no such file"));

    MainWindow w;
    const QString next = f.dir.filePath(QStringLiteral("next-year.wgll"));
    REQUIRE(w.createFile(next, dialog.framework(), dialog.info(), dialog.baseline()));
    CHECK(w.windowTitle().startsWith(u"next-year.wgll"));
    const Answer carried = w.session()->answer(QStringLiteral("2.6"));
    CHECK_FALSE(carried.score);
    CHECK(carried.target == 5);
    CHECK(carried.weight == 3);
    CHECK(w.session()->assessment().baseline.startsWith(u"Northshire Hospitals NHS FT"));
    CHECK_FALSE(w.createFile(next, dialog.framework(), dialog.info(), nullptr)); // exists: refused
    CHECK(w.statusBar()->currentMessage().contains(u"already exists"));
    w.session()->document().close();
}

TEST_CASE("evidence: attach a file, see it counted, open it, remove it", "[gui][window][evidence]")
{
    Fixture f;
    MainWindow w;
    REQUIRE(w.openFile(f.file));
    REQUIRE(w.selectItem(QStringLiteral("3.4")));
    const QString minutes = f.dir.filePath(QStringLiteral("board-minutes.txt"));
    const QByteArray bytes = "Minutes of the board, 12 March: <b>cyber</b> update.\n";
    test::writeAll(minutes, bytes);
    REQUIRE(w.session()->attachFile(QStringLiteral("3.4"), minutes, QStringLiteral("Board minutes")));
    REQUIRE(w.session()->addLink(QStringLiteral("3.4"), QStringLiteral("https://example.org/dspt"),
                                 QStringLiteral("DSPT")));
    auto *list = find<QListWidget>(w, "evidenceList");
    REQUIRE(list->count() == 2);
    CHECK(list->item(0)->text().startsWith(u"Board minutes  (board-minutes.txt"));
    CHECK(chipColumn(w, QStringLiteral("3.4"), 2) == u"2"); // the navigator's evidence count

    auto *panel = find<EvidencePanel>(w, "evidencePanel");
    QList<QUrl> opened;
    panel->setOpener([&](const QUrl &url) {
        opened.append(url);
        return true;
    });
    REQUIRE(panel->open(list->item(0)->data(Qt::UserRole + 1).toLongLong()));
    REQUIRE(opened.size() == 1);
    CHECK(opened[0].fileName() == u"board-minutes.txt");
    CHECK(test::readAll(opened[0].toLocalFile()) == bytes); // checked and extracted, byte for byte
    REQUIRE(panel->open(list->item(1)->data(Qt::UserRole + 1).toLongLong()));
    CHECK(opened[1] == QUrl(QStringLiteral("https://example.org/dspt")));

    REQUIRE(w.session()->removeEvidence(list->item(1)->data(Qt::UserRole + 1).toLongLong()));
    CHECK(list->count() == 1);
    CHECK(chipColumn(w, QStringLiteral("3.4"), 2) == u"1");
    CHECK_FALSE(w.session()->addLink(QStringLiteral("3.4"), QStringLiteral("file:///etc/passwd"),
                                     QStringLiteral("x")));
    CHECK(list->count() == 1);
    w.session()->document().close();
}

TEST_CASE("actions: add, edit and remove for the statement being scored", "[gui][window][actions]")
{
    Fixture f;
    MainWindow w;
    REQUIRE(w.openFile(f.file));
    REQUIRE(w.selectItem(QStringLiteral("2.6")));
    Action a;
    a.indicator = QStringLiteral("2.6");
    ActionDialog dialog(a);
    find<QLineEdit>(dialog, "actionText")->setText(QStringLiteral("Replace 1,200 out-of-support devices"));
    find<QLineEdit>(dialog, "actionOwner")->setText(QStringLiteral("Head of IT"));
    const Action filled = dialog.action();
    CHECK_FALSE(filled.due.isValid()); // no due date unless ticked
    const auto id = w.session()->addAction(filled);
    REQUIRE(id);
    auto *table = find<QTableWidget>(w, "actionsTable");
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == u"Replace 1,200 out-of-support devices");
    CHECK(table->item(0, 3)->text() == u"open");

    Action changed = w.session()->actionsFor(QStringLiteral("2.6")).first();
    changed.status = QStringLiteral("in progress");
    changed.due = QDate(2027, 3, 31);
    REQUIRE(w.session()->updateAction(changed));
    CHECK(table->item(0, 3)->text() == u"in progress");
    CHECK(w.session()->document().actions().first().due == QDate(2027, 3, 31)); // durable
    Action bad = changed;
    bad.status = QStringLiteral("someday");
    CHECK_FALSE(w.session()->updateAction(bad));
    REQUIRE(w.session()->removeAction(*id));
    CHECK(table->rowCount() == 0);
    w.session()->document().close();
}

TEST_CASE("File, Export Report and Export Chart write what wgll report and wgll chart write",
          "[gui][window][report]")
{
    Fixture f;
    MainWindow w;
    REQUIRE(w.openFile(f.file));
    REQUIRE(w.session()->setScore(QStringLiteral("2.1"), 1));
    auto *exportAction = w.findChild<QAction *>(QStringLiteral("exportReport"));
    REQUIRE(exportAction);
    CHECK(exportAction->isEnabled());

    const QString pdf = f.dir.filePath(QStringLiteral("board.pdf"));
    REQUIRE(w.exportReport(pdf));
    const QByteArray bytes = test::readAll(pdf);
    CHECK(bytes.startsWith("%PDF-1."));
    CHECK(bytes.trimmed().endsWith("%%EOF"));
    const QString html = f.dir.filePath(QStringLiteral("board.html"));
    REQUIRE(w.exportReport(html));
    CHECK(test::readAll(html).contains("Northshire Hospitals NHS FT"));

    const QString svg = f.dir.filePath(QStringLiteral("radar.svg"));
    REQUIRE(w.exportChart(svg, true, QSize(640, 480)));
    CHECK(test::readAll(svg).contains("<title>Success measure scores</title>"));
    const QString png = f.dir.filePath(QStringLiteral("bars.png"));
    REQUIRE(w.exportChart(png, false, QSize(640, 480)));
    CHECK(QImage(png).size() == QSize(640, 480));

    // Nowhere to write: said on the status bar (no dialog in tests), nothing half-written.
    const QString nowhere = f.dir.filePath(QStringLiteral("no/such/folder/board.pdf"));
    CHECK_FALSE(w.exportReport(nowhere));
    CHECK(w.statusBar()->currentMessage().contains(u"board.pdf"));
    CHECK_FALSE(QFileInfo::exists(nowhere));

    f.answer = QMessageBox::Discard;
    f.answerWith(w);
    REQUIRE(w.closeAssessment());
    CHECK_FALSE(exportAction->isEnabled());
}
