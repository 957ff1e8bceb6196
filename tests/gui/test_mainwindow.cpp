// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench window driven as a person would: keyboard scoring, undo, save and reopen, the
// unsaved-changes question, crash recovery and read-only mode. Widgets are found by objectName.
#include "actionspanel.h"
#include "assessmentdetailsdialog.h"
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
#include "windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoView>

using namespace wgll;
using wgll::test::poppler;
using wgll::test::find;
using wgll::test::Fixture;

namespace {

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

/// The page count pdfinfo reads from a PDF.
int pdfPages(const QString &pdf, const QString &home)
{
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)$"), QRegularExpression::MultilineOption)
            .match(poppler(QStringLiteral("pdfinfo"), {pdf}, home));
    REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}

/// The text of a PDF, laid out as on the page, pages apart by form feeds.
QString pdfText(const QString &pdf, const QString &home)
{
    return poppler(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}, home);
}

} // namespace

TEST_CASE("scoring from the keyboard updates the navigator, radar and gap list, and undo takes it back",
          "[gui][window]")
{
    Fixture f;
    MainWindow w(&f.prompter);
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
}

TEST_CASE("save, reopen and find everything, and the unsaved-changes question", "[gui][window]")
{
    Fixture f;
    const QByteArray original = test::readAll(f.file);
    {
        MainWindow w(&f.prompter);
        w.show();
        REQUIRE(QTest::qWaitForWindowExposed(&w));
        REQUIRE(w.openFile(f.file));
        REQUIRE(w.session()->setScore(QStringLiteral("2.4"), 3));
        f.answer = QMessageBox::Cancel;
        CHECK_FALSE(w.closeAssessment()); // Cancel keeps it open
        CHECK(f.questions.size() == 1);
        CHECK(f.questions.first().contains(u"Save the changes to northshire.wgll"));
        CHECK(w.session());
        auto *navigator = find<QTreeView>(w, "navigator");
        CHECK(QTest::qWaitFor([&] { return navigator->isVisible(); })); // still on screen
        f.answer = QMessageBox::Discard;
        CHECK(w.closeAssessment());
        CHECK(test::readAll(f.file) == original); // discarded: the file is as it was
        CHECK_FALSE(w.session());
        // Back to the welcome screen, on screen, with the assessment's views gone.
        auto *welcome = find<QWidget>(w, "welcome");
        CHECK(QTest::qWaitFor([&] { return welcome->isVisible(); })); // a new central widget shows queued
        CHECK_FALSE(w.findChild<QTreeView *>(QStringLiteral("navigator")));
        CHECK_FALSE(w.isWindowModified());
    }
    {
        MainWindow w(&f.prompter);
        REQUIRE(w.openFile(f.file));
        CHECK_FALSE(w.session()->answer(QStringLiteral("2.4")).score);
        REQUIRE(w.session()->setScore(QStringLiteral("2.4"), 4));
        REQUIRE(w.session()->setNotes(QStringLiteral("2.4"), QStringLiteral("Cloud plan drafted")));
        REQUIRE(w.save());
        CHECK_FALSE(w.isWindowModified());
        CHECK(find<QLabel>(w, "saveState")->text() == u"Saved");
        CHECK(w.closeAssessment());
    }
    MainWindow w(&f.prompter);
    REQUIRE(w.openFile(f.file));
    CHECK(w.session()->answer(QStringLiteral("2.4")).score == 4);
    CHECK(w.session()->answer(QStringLiteral("2.4")).notes == u"Cloud plan drafted");
    w.session()->document().close();
}

TEST_CASE("opening and closing assessments again and again leaves the window no bigger", "[gui][window]")
{
    // A workshop day switches assessments many times in one window: what one assessment builds
    // (views, docks, the Workshop menu and its Presenter Screen submenu) must go when it closes.
    Fixture f;
    MainWindow w(&f.prompter);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    const auto cycle = [&] {
        REQUIRE(w.openFile(f.file));
        auto *screens = w.findChild<QMenu *>(QStringLiteral("presenterScreenMenu"));
        REQUIRE(screens);
        Q_EMIT screens->aboutToShow(); // the screen list is rebuilt each time the menu opens
        Q_EMIT screens->aboutToShow();
        REQUIRE(w.closeAssessment());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the replaced welcome
    };
    cycle();
    const qsizetype objects = w.findChildren<QObject *>().size();
    for (int i = 0; i < 4; ++i)
        cycle();
    CHECK(w.findChildren<QObject *>().size() == objects);
    CHECK(w.findChildren<QMenu *>(QStringLiteral("presenterScreenMenu")).isEmpty());
}

TEST_CASE("unsaved edits left by a crash are offered back on open", "[gui][window][recovery]")
{
    Fixture f;
    {
        Error error;
        auto doc = wgll::take(storage::Document::open(f.file), error);
        REQUIRE(doc);
        Answer a = *doc->answer(QStringLiteral("3.4"));
        a.score = 2;
        REQUIRE(doc->setAnswer(a));
        // The process "dies": the Document goes without close(), keeping its working copy.
    }
    MainWindow w(&f.prompter);
    f.answer = QMessageBox::Yes;
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
    auto elsewhere = wgll::take(storage::Document::open(f.file), error); // holds the lock
    REQUIRE(elsewhere);
    MainWindow w(&f.prompter);
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
    MainWindow w(&f.prompter);
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
    MainWindow w(&f.prompter);
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
    MainWindow again(&f.prompter);
    REQUIRE(again.openFile(f.file));
    CHECK(again.autosaveInterval() == 0);
    again.session()->document().close();
    Preferences defaults;
    defaults.save();
}

TEST_CASE("the gap list exports as CSV, the same rows as wgll gaps", "[gui][window][export]")
{
    Fixture f;
    MainWindow w(&f.prompter);
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
        MainWindow w(&f.prompter);
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

    MainWindow w(&f.prompter);
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
    MainWindow w(&f.prompter);
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

TEST_CASE("evidence: Open shows the real extension and refuses programs", "[gui][window][evidence]")
{
    Fixture f;
    MainWindow w(&f.prompter);
    REQUIRE(w.openFile(f.file));
    REQUIRE(w.selectItem(QStringLiteral("3.4")));
    const QList<std::pair<QString, QByteArray>> files{
        {QStringLiteral("run.sh"), "#!/bin/sh\necho hi\n"},
        {u"report\u202efdp.exe"_qs, "MZ\x90\x00"},
        {QStringLiteral("notes.pdf"), QByteArray("\x7f" "ELF\x02\x01\x01", 7)},
        {QStringLiteral("minutes.txt"), "Minutes of the board\n"},
    };
    for (const auto &[name, bytes] : files) {
        const QString path = f.dir.filePath(name);
        test::writeAll(path, bytes);
        REQUIRE(QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ExeOwner));
        REQUIRE(w.session()->attachFile(QStringLiteral("3.4"), path, {}));
    }
    auto *list = find<QListWidget>(w, "evidenceList");
    REQUIRE(list->count() == 4);
    auto item = [&](const QString &start) -> qint64 {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->text().startsWith(start))
                return list->item(i)->data(Qt::UserRole + 1).toLongLong();
        }
        FAIL("no evidence item starts with " << start.toStdString());
        return 0;
    };
    // The name shown is the stored, safe one, with the real extension said in words: no
    // right-to-left override makes "reportfdp.exe" look like a PDF.
    CHECK(list->item(1)->text().startsWith(u"reportfdp.exe  (reportfdp.exe, a .exe file, "));
    CHECK(list->item(0)->text().startsWith(u"run.sh  (run.sh, a .sh file, "));

    auto *panel = find<EvidencePanel>(w, "evidencePanel");
    QList<QUrl> opened;
    panel->setOpener([&](const QUrl &url) {
        opened.append(url);
        return true;
    });
    const Status script = panel->open(item(QStringLiteral("run.sh")));
    REQUIRE_FALSE(script);
    CHECK(script.error().message.contains(u"\"run.sh\" is a program or script (a .sh file)"));
    const Status exe = panel->open(item(QStringLiteral("reportfdp.exe")));
    REQUIRE_FALSE(exe);
    CHECK(exe.error().message.contains(u"(a .exe file)"));
    const Status elf = panel->open(item(QStringLiteral("notes.pdf")));
    REQUIRE_FALSE(elf);
    CHECK(elf.error().message.contains(u"its content is a program"));
    CHECK(opened.isEmpty());

    REQUIRE(panel->open(item(QStringLiteral("minutes.txt"))));
    REQUIRE(opened.size() == 1);
    const QFileInfo copy(opened[0].toLocalFile());
    CHECK(copy.fileName() == u"minutes.txt");
    CHECK_FALSE(copy.permissions().testAnyFlags(QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther));
    CHECK_FALSE(copy.permissions().testAnyFlags(QFileDevice::WriteGroup | QFileDevice::WriteOther | QFileDevice::ReadOther));
    CHECK(test::readAll(copy.filePath()) == "Minutes of the board\n");
    // Opening it again replaces the read-only copy.
    REQUIRE(panel->open(item(QStringLiteral("minutes.txt"))));
    CHECK(opened.size() == 2);
    w.session()->document().close();
}

TEST_CASE("actions: add, edit and remove for the statement being scored", "[gui][window][actions]")
{
    Fixture f;
    MainWindow w(&f.prompter);
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
    Preferences{}.save(); // the report options `wgll report` has by default: no logo, a sign-off block
    MainWindow w(&f.prompter);
    REQUIRE(w.openFile(f.file));
    REQUIRE(w.session()->setScore(QStringLiteral("2.1"), 1));
    REQUIRE(w.session()->setScore(QStringLiteral("3.3"), 4));
    REQUIRE(w.save()); // wgll reads the file: the window's edits must be in it
    auto *exportAction = w.findChild<QAction *>(QStringLiteral("exportReport"));
    REQUIRE(exportAction);
    CHECK(exportAction->isEnabled());
    const QString home = f.dir.filePath(QStringLiteral("home"));
    const auto wgll = [&](const QStringList &args) {
        const test::Run run = test::runProgram(QStringLiteral(WGLL_CLI), args, home);
        INFO("wgll " << args.join(u' ').toStdString() << ": " << run.err.toStdString());
        REQUIRE(run.exitCode == 0);
    };

    const QString pdf = f.dir.filePath(QStringLiteral("board.pdf"));
    const QString cliPdf = f.dir.filePath(QStringLiteral("wgll-board.pdf"));
    const QDate before = QDate::currentDate();
    REQUIRE(w.exportReport(pdf));
    wgll({QStringLiteral("report"), f.file, QStringLiteral("-o"), cliPdf});
    const QDate after = QDate::currentDate();
    const QByteArray bytes = test::readAll(pdf);
    CHECK(bytes.startsWith("%PDF-1."));
    CHECK(bytes.trimmed().endsWith("%%EOF"));
    const int pages = pdfPages(pdf, home);
    CHECK(pages >= 10);
    CHECK(pages == pdfPages(cliPdf, home));
    QString text = pdfText(pdf, home);
    const QString cliText = pdfText(cliPdf, home);
    if (before != after) { // midnight passed between the two: the report's date may differ, nothing else
        text.replace(report::reportDate(before), report::reportDate(after));
        text.replace(report::reportDate(before, true), report::reportDate(after, true));
    }
    CHECK(text.contains(u"Northshire Hospitals NHS FT"));
    CHECK(text == cliText);

    const QString html = f.dir.filePath(QStringLiteral("board.html"));
    REQUIRE(w.exportReport(html));
    CHECK(test::readAll(html).contains("Northshire Hospitals NHS FT"));

    // The same chart, byte for byte (SVG) and pixel for pixel (PNG).
    const QString svg = f.dir.filePath(QStringLiteral("radar.svg"));
    REQUIRE(w.exportChart(svg, true, QSize(640, 480)));
    CHECK(test::readAll(svg).contains("<title>Success measure scores</title>"));
    const QString cliSvg = f.dir.filePath(QStringLiteral("wgll-radar.svg"));
    wgll({QStringLiteral("chart"), f.file, QStringLiteral("--kind"), QStringLiteral("radar"), QStringLiteral("--size"),
          QStringLiteral("640x480"), QStringLiteral("-o"), cliSvg});
    CHECK(test::readAll(svg) == test::readAll(cliSvg));
    const QString png = f.dir.filePath(QStringLiteral("bars.png"));
    REQUIRE(w.exportChart(png, false, QSize(640, 480)));
    CHECK(QImage(png).size() == QSize(640, 480));
    const QString cliPng = f.dir.filePath(QStringLiteral("wgll-bars.png"));
    wgll({QStringLiteral("chart"), f.file, QStringLiteral("--kind"), QStringLiteral("bars"), QStringLiteral("--size"),
          QStringLiteral("640x480"), QStringLiteral("-o"), cliPng});
    CHECK(QImage(png).convertToFormat(QImage::Format_ARGB32) ==
          QImage(cliPng).convertToFormat(QImage::Format_ARGB32));

    // Nowhere to write: said on the status bar (no dialog in tests), nothing half-written.
    const QString nowhere = f.dir.filePath(QStringLiteral("no/such/folder/board.pdf"));
    CHECK_FALSE(w.exportReport(nowhere));
    CHECK(w.statusBar()->currentMessage().contains(u"board.pdf"));
    CHECK_FALSE(QFileInfo::exists(nowhere));

    f.answer = QMessageBox::Discard;
    REQUIRE(w.closeAssessment());
    CHECK(f.questions.isEmpty()); // saved, and exporting changed nothing
    CHECK_FALSE(exportAction->isEnabled());
}

namespace {

bool hasSignOff(const report::BoardReport &board)
{
    for (const report::Section &s : board.sections) {
        for (const report::Block &b : s.blocks) {
            if (std::holds_alternative<report::SignatureBlock>(b))
                return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("File, Assessment Details: organisation, period and default target, undoable, final only by sign-off",
          "[gui][window][details]")
{
    Fixture f;
    MainWindow w(&f.prompter);
    REQUIRE(w.openFile(f.file));
    auto *details = find<QLabel>(w, "assessmentDetails");
    CHECK(details->text() == u"Northshire Hospitals NHS FT  ·  Draft");
    REQUIRE(w.session()->setScore(QStringLiteral("2.1"), 1));
    REQUIRE(w.selectItem(QStringLiteral("2.1")));
    CHECK(find<QSpinBox>(w, "target")->specialValueText() == u"Default (4)");
    CHECK(w.boardReport()->status == u"Draft");

    const auto detailsDialog = test::whenShown<AssessmentDetailsDialog>([](AssessmentDetailsDialog &d) {
        find<QLineEdit>(d, "detailsOrganisation")->setText(QStringLiteral("  Northshire ICB "));
        find<QLineEdit>(d, "detailsPeriod")->setText(QStringLiteral("2026/27"));
        // Final means signed off: the status is shown, not chosen, here.
        CHECK_FALSE(find<QComboBox>(d, "detailsStatus")->isEnabled());
        find<QSpinBox>(d, "detailsDefaultTarget")->setValue(3);
        CHECK(find<QLabel>(d, "detailsHint")->text().contains(u"aim for level 3"));
        d.accept();
    });
    w.findChild<QAction *>(QStringLiteral("assessmentDetailsAction"))->trigger();
    test::ranOn(detailsDialog);

    // In the file, on the status bar, in every gap, and on the report.
    const AssessmentInfo stored = w.session()->document().info();
    CHECK(stored.organisation == u"Northshire ICB");
    CHECK(stored.period == u"2026/27");
    CHECK(stored.status == u"draft");
    CHECK(stored.defaultTarget == 3);
    CHECK(details->text() == u"Northshire ICB  ·  2026/27  ·  Draft");
    CHECK(find<QSpinBox>(w, "target")->specialValueText() == u"Default (3)");
    auto *gaps = find<QTableView>(w, "gapList");
    REQUIRE(gaps->model()->rowCount() == 1);
    CHECK(gaps->model()->index(0, 4).data().toString() == u"3"); // the target
    CHECK(gaps->model()->index(0, 5).data().toString() == u"2"); // the gap: 3 − score 1
    const std::optional<report::BoardReport> board = w.boardReport();
    CHECK(board->status == u"Draft"); // "final" in the details is not a sign-off (issue 16)
    CHECK(board->organisation == u"Northshire ICB");
    CHECK(w.findChild<QUndoView *>(QStringLiteral("undoHistory"))->stack()->undoText() ==
          u"Change the assessment details");

    // One undo takes the whole change back.
    w.session()->undoStack()->undo();
    CHECK(w.session()->document().info().status == u"draft");
    CHECK(w.session()->document().info().defaultTarget == 4);
    CHECK(details->text() == u"Northshire Hospitals NHS FT  ·  Draft");
    CHECK(gaps->model()->index(0, 5).data().toString() == u"3");
    w.session()->undoStack()->redo();
    CHECK(w.session()->document().info().organisation == u"Northshire ICB");

    // Refused details change nothing (the document layer's own check).
    AssessmentInfo tooLong = w.session()->assessment().info;
    tooLong.organisation = QString(400, u'x');
    CHECK_FALSE(w.session()->setDetails(tooLong));
    CHECK(w.session()->document().info().organisation == u"Northshire ICB");

    f.answer = QMessageBox::Discard;
    REQUIRE(w.closeAssessment());
    CHECK_FALSE(w.findChild<QAction *>(QStringLiteral("assessmentDetailsAction"))->isEnabled());
}

TEST_CASE("Preferences give the report a logo and can drop the sign-off block", "[gui][window][report]")
{
    Fixture f;
    const QString logo = f.dir.filePath(QStringLiteral("logo.png"));
    QImage image(120, 60, QImage::Format_RGB32);
    image.fill(Qt::darkBlue);
    REQUIRE(image.save(logo));
    const QString fake = f.dir.filePath(QStringLiteral("fake.png"));
    test::writeAll(fake, "<svg onload=alert(1)>");

    SettingsDialog dialog(Preferences::load());
    const std::optional<QString> refused = dialog.setReportLogo(fake);
    REQUIRE(refused);
    CHECK(refused->contains(u"fake.png"));
    CHECK(dialog.preferences().reportLogo.isEmpty()); // the refusal changed nothing
    CHECK_FALSE(dialog.setReportLogo(logo));
    CHECK(dialog.preferences().reportLogo == QFileInfo(logo).absoluteFilePath());
    find<QCheckBox>(dialog, "reportSignOff")->setChecked(false);
    dialog.preferences().save();

    MainWindow w(&f.prompter);
    REQUIRE(w.openFile(f.file));
    std::optional<report::BoardReport> board = w.boardReport();
    CHECK(board->logoFile == QFileInfo(logo).absoluteFilePath());
    CHECK_FALSE(hasSignOff(*board));
    const QString pdf = f.dir.filePath(QStringLiteral("board.pdf"));
    REQUIRE(w.exportReport(pdf));
    CHECK(test::readAll(pdf).contains("/Subtype /Image"));

    // The logo moved away since: the export says so and writes nothing.
    REQUIRE(QFile::remove(logo));
    const QString again = f.dir.filePath(QStringLiteral("again.pdf"));
    CHECK_FALSE(w.exportReport(again));
    CHECK(w.statusBar()->currentMessage().contains(u"logo.png"));
    CHECK(w.statusBar()->currentMessage().contains(u"not there any more"));
    CHECK_FALSE(QFileInfo::exists(again));

    Preferences defaults;
    defaults.save();
    CHECK(hasSignOff(*w.boardReport()));
    w.session()->document().close();
}

TEST_CASE("Print Preview shows the same pages as the exported PDF", "[gui][window][report]")
{
    Fixture f;
    MainWindow w(&f.prompter);
    REQUIRE(w.openFile(f.file));
    REQUIRE(w.session()->setScore(QStringLiteral("1.1"), 2));
    const QString pdf = f.dir.filePath(QStringLiteral("board.pdf"));
    REQUIRE(w.exportReport(pdf));
    // As pdfinfo counts them: the page objects may be packed in compressed object streams.
    const int exported = pdfPages(pdf, f.dir.path());
    REQUIRE(exported >= 10);

    int previewPages = 0;
    QImage firstPage;
    const auto preview = test::whenShown<QPrintPreviewDialog>([&](QPrintPreviewDialog &d) {
        auto *view = d.findChild<QPrintPreviewWidget *>();
        REQUIRE(view);
        previewPages = view->pageCount();
        view->setCurrentPage(2);
        firstPage = view->grab().toImage();
        d.reject();
    });
    w.findChild<QAction *>(QStringLiteral("printPreview"))->trigger();
    test::ranOn(preview);
    CHECK(previewPages == exported);
    // Something was drawn: the page shows more than the preview's grey background and white paper.
    REQUIRE_FALSE(firstPage.isNull());
    QSet<QRgb> colours;
    for (int y = 0; y < firstPage.height(); y += 4) {
        for (int x = 0; x < firstPage.width(); x += 4)
            colours.insert(firstPage.pixel(x, y));
    }
    CHECK(colours.size() > 10);
    w.session()->document().close();
}
