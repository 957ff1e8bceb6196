// SPDX-License-Identifier: GPL-3.0-or-later
// The welcome page (issue 15): what the window shows with no assessment open, at start and after
// File → Close: New, Open, the recent files with their details, and the demo, from the keyboard.
#include "demoassessment.h"
#include "newassessmentdialog.h"
#include "recentfiles.h"
#include "session/assessmentsession.h"
#include "storage/assessmentfile.h"
#include "welcomepage.h"
#include "windowfixture.h"
#include "workbenchsettings.h"

#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

#include <catch2/catch.hpp>

using namespace wgll;
using namespace wgll::test;

namespace {

/// An assessment of `organisation` for `period`, saved with a score so it has a last-saved time.
QString makeAssessment(const Fixture &f, const QString &name, const QString &organisation, const QString &period)
{
    static const FrameworkCatalog catalog = FrameworkCatalog::load({});
    const QString path = f.dir.filePath(name);
    AssessmentInfo info;
    info.organisation = organisation;
    info.period = period;
    Error error;
    auto doc = wgll::take(storage::Document::create(path, catalog.find(QStringLiteral("wgll-org"))->framework, info),
                          error);
    REQUIRE(doc);
    doc->close();
    return path;
}

QString lastSavedText(const QString &path)
{
    Error error;
    const auto assessment = storage::readAssessmentFile(path, error);
    REQUIRE(assessment);
    return QLocale().toString(assessment->info.modified.toLocalTime(), QLocale::ShortFormat);
}

WelcomePage *welcomeOf(const MainWindow &w)
{
    auto *page = qobject_cast<WelcomePage *>(w.centralWidget());
    INFO("the window does not show the welcome page");
    REQUIRE(page);
    return page;
}

} // namespace

TEST_CASE("the welcome page is shown at start and again after Close", "[gui][welcome]")
{
    Fixture f;
    settings::recentFiles.set({});
    MainWindow w(&f.prompter);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    WelcomePage *page = welcomeOf(w);
    CHECK(page->isVisible());
    for (const char *name : {"welcomeNew", "welcomeOpen", "welcomeDemo"})
        CHECK(find<QPushButton>(*page, name)->isVisible());
    // No longer a line of text in a window of 309×100: the page asks for room to be read.
    CHECK(page->sizeHint().width() >= 500);
    CHECK(page->sizeHint().height() >= 150);

    REQUIRE(w.openFile(f.file));
    CHECK_FALSE(qobject_cast<WelcomePage *>(w.centralWidget()));
    REQUIRE(w.closeAssessment());
    page = welcomeOf(w);
    CHECK(QTest::qWaitFor([&] { return page->isVisible(); }));
    // The file just closed is offered first.
    auto *recent = find<QListWidget>(*page, "recentFiles");
    REQUIRE(recent->count() == 1);
    CHECK(recent->item(0)->data(Qt::UserRole).toString() == QFileInfo(f.file).absoluteFilePath());
}

TEST_CASE("the welcome page's New, Open and demo buttons each work", "[gui][welcome]")
{
    Fixture f;
    settings::recentFiles.set({});
    MainWindow w(&f.prompter);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));

    f.prompter.files = {f.file};
    find<QPushButton>(w, "welcomeOpen")->click();
    CHECK(f.prompter.fileDialogs == QStringList{QStringLiteral("Open assessment")});
    REQUIRE(w.session());
    CHECK(w.session()->document().fileName() == f.file);
    REQUIRE(w.closeAssessment());

    const QString created = f.dir.filePath(QStringLiteral("southshire.wgll"));
    f.prompter.files = {created};
    auto filled = whenShown<NewAssessmentDialog>([](NewAssessmentDialog &d) {
        find<QLineEdit>(d, "organisation")->setText(QStringLiteral("Southshire ICB"));
        find<QLineEdit>(d, "period")->setText(QStringLiteral("2027/28"));
        d.accept();
    });
    find<QPushButton>(*welcomeOf(w), "welcomeNew")->click();
    ranOn(filled);
    REQUIRE(w.session());
    CHECK(w.session()->document().fileName() == created);
    CHECK(w.session()->assessment().info.organisation == u"Southshire ICB");
    REQUIRE(w.closeAssessment());

    REQUIRE(demo::bundled()); // the build makes it (gui_tests depends on the demo target)
    find<QPushButton>(*welcomeOf(w), "welcomeDemo")->click();
    REQUIRE(w.session());
    CHECK(f.prompter.problems.isEmpty());
    // A copy of the user's own, saveable, compared with last year's as the demo is meant to be.
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    CHECK(w.session()->document().fileName().startsWith(data));
    CHECK_FALSE(w.session()->document().isReadOnly());
    CHECK(w.session()->assessment().info.organisation.contains(u"Northshire"));
    CHECK(w.baseline());
    REQUIRE(w.session()->setScore(QStringLiteral("1.1"), 5));
    CHECK(w.save());
    w.session()->document().close();
}

TEST_CASE("the recent files show organisation, period and last saved, and a missing one says so",
          "[gui][welcome]")
{
    Fixture f;
    settings::recentFiles.set({});
    const QString south = makeAssessment(f, QStringLiteral("south.wgll"), QStringLiteral("Southshire ICB"),
                                         QStringLiteral("2026/27"));
    const QString east = makeAssessment(f, QStringLiteral("east.wgll"), QStringLiteral("Eastshire Trust"),
                                        QStringLiteral("2025/26"));
    const QString gone = f.dir.filePath(QStringLiteral("gone.wgll"));
    const QString junk = f.dir.filePath(QStringLiteral("junk.wgll"));
    test::writeAll(junk, "not an assessment\n");
    for (const QString &path : {gone, junk, east, south})
        recentFiles::add(path);

    MainWindow w(&f.prompter);
    auto *recent = find<QListWidget>(*welcomeOf(w), "recentFiles");
    REQUIRE(recent->count() == 4);
    const auto text = [&](int row) { return recent->item(row)->text(); };
    CHECK(text(0).startsWith(u"south.wgll\n"));
    CHECK(text(0).contains(u"Southshire ICB · 2026/27 · last saved " + lastSavedText(south)));
    CHECK(text(1).contains(u"Eastshire Trust · 2025/26 · last saved " + lastSavedText(east)));
    CHECK(text(2).contains(u"junk.wgll\ncannot be read: "));
    CHECK(text(3).contains(u"gone.wgll\nnot found"));
    // Read only: no working copy or lock was made for the files listed.
    CHECK(QDir(f.dir.filePath(QStringLiteral("work"))).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
    CHECK(f.prompter.problems.isEmpty());
    // Choosing the missing one says why it cannot be opened, and the page stays.
    recent->setCurrentRow(3);
    Q_EMIT recent->itemActivated(recent->item(3));
    CHECK(QTest::qWaitFor([&] { return !f.prompter.problems.isEmpty(); }));
    CHECK(f.prompter.problems.first().contains(u"gone.wgll"));
    CHECK_FALSE(w.session());
}

TEST_CASE("the welcome page works from the keyboard alone", "[gui][welcome][accessibility]")
{
    Fixture f;
    settings::recentFiles.set({});
    const QString other = makeAssessment(f, QStringLiteral("other.wgll"), QStringLiteral("Westshire Trust"),
                                         QStringLiteral("2026/27"));
    recentFiles::add(other);
    recentFiles::add(f.file);
    MainWindow w(&f.prompter);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    WelcomePage *page = welcomeOf(w);
    auto *recent = find<QListWidget>(*page, "recentFiles");
    // The keyboard starts on the most recent file.
    CHECK(QTest::qWaitFor([&] { return QApplication::focusWidget() == recent; }));
    CHECK(recent->currentRow() == 0);

    // Tab goes round every control, each named for a screen reader.
    QStringList order;
    for (int i = 0; i < 4; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        REQUIRE(focus);
        CHECK_FALSE(focus->accessibleName().isEmpty());
        order.append(focus->objectName());
    }
    CHECK(order == QStringList{QStringLiteral("welcomeNew"), QStringLiteral("welcomeOpen"),
                               QStringLiteral("welcomeDemo"), QStringLiteral("recentFiles")});

    // Enter on a button presses it: Open asks for a file.
    find<QPushButton>(*page, "welcomeOpen")->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK(f.prompter.fileDialogs == QStringList{QStringLiteral("Open assessment")});
    CHECK_FALSE(w.session()); // no file chosen

    // Down to the second file and Enter opens it.
    recent->setFocus();
    QTest::keyClick(recent, Qt::Key_Down);
    QTest::keyClick(recent, Qt::Key_Return);
    CHECK(QTest::qWaitFor([&] { return w.session() != nullptr; }));
    REQUIRE(w.session());
    CHECK(w.session()->document().fileName() == other);
    w.session()->document().close();
}
