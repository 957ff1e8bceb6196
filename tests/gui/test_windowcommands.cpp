// SPDX-License-Identifier: GPL-3.0-or-later
// Raw sqlite3 calls on purpose: the saved file is read through a plain read-only URI connection,
// apart from the window's own wrapper, to see what reached the disk.
// The window's commands that work on their own or from outside: autosave on its timer, Open
// Recent, a .wgll dropped on the window, and Delete clearing a score. And the promise of the
// shared test main that nothing here writes into the developer's home folder.
#include "mainwindow.h"
#include "session/assessmentsession.h"
#include "settingsdialog.h"
#include "storage/document.h"
#include "testsupport.h"
#include "windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>
#include <QUrl>
#include <QUuid>

#include <sqlite3.h>

#include <chrono>
#include <optional>

using namespace wgll;
using wgll::test::find;
using wgll::test::Fixture;

namespace {

/// The edit counter stored in the file itself (not in the window's working copy).
qint64 generationOnDisk(const QString &fileName)
{
    QUrl uri = QUrl::fromLocalFile(fileName);
    uri.setQuery(QStringLiteral("immutable=1")); // read only what is there: no locks, no journal
    sqlite3 *db = nullptr;
    const int opened =
        sqlite3_open_v2(uri.toEncoded().constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    qint64 generation = -1;
    sqlite3_stmt *query = nullptr;
    if (opened == SQLITE_OK &&
        sqlite3_prepare_v2(db, "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'generation'", -1, &query,
                           nullptr) == SQLITE_OK &&
        sqlite3_step(query) == SQLITE_ROW)
        generation = sqlite3_column_int64(query, 0);
    sqlite3_finalize(query);
    sqlite3_close(db);
    INFO("no generation in " << fileName.toStdString());
    REQUIRE(generation > 0);
    return generation;
}

QMenu *recentMenu(const MainWindow &w)
{
    for (QMenu *menu : w.findChildren<QMenu *>()) {
        if (menu->title() == u"Open &Recent")
            return menu;
    }
    FAIL("no Open Recent menu");
    return nullptr;
}

QStringList recentPaths(const QMenu &menu)
{
    QStringList paths;
    for (const QAction *a : menu.actions())
        paths.append(a->toolTip());
    return paths;
}

} // namespace

TEST_CASE("each test run has a home of its own: preferences never reach the real home folder",
          "[gui][isolation]")
{
    const QString realHome = qEnvironmentVariable("WGLL_TESTS_REAL_HOME");
    const QString home = QDir::homePath();
    INFO("home " << home.toStdString() << ", real home " << realHome.toStdString());
    REQUIRE_FALSE(realHome.isEmpty());
    REQUIRE(QDir(home).exists());
    CHECK(QDir(home).canonicalPath() != QDir(realHome).canonicalPath());
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"})
        CHECK(qEnvironmentVariable(variable).startsWith(home + u'/'));
    for (const auto location : {QStandardPaths::GenericConfigLocation, QStandardPaths::AppDataLocation,
                                QStandardPaths::CacheLocation, QStandardPaths::RuntimeLocation})
        CHECK(QStandardPaths::writableLocation(location).startsWith(home + u'/'));

    // The settings file, and where it would be if the run used the real home: with test mode
    // (~/.qttest/config) and without (~/.config).
    const QString settingsFile = QSettings().fileName();
    CHECK(settingsFile.startsWith(home + u'/'));
    const QString relative = QDir(home).relativeFilePath(settingsFile);
    const QString inConfig = QStringLiteral("%1/%2.conf").arg(QCoreApplication::organizationName(),
                                                              QCoreApplication::applicationName());
    struct Seen
    {
        QString path;
        std::optional<QByteArray> bytes;
    };
    QList<Seen> real;
    const QStringList realPaths{realHome + u'/' + relative, realHome + u"/.config/" + inConfig,
                                realHome + u"/.qttest/config/" + inConfig};
    for (const QString &path : realPaths) {
        QFile file(path);
        real.append(Seen{path, file.open(QIODevice::ReadOnly) ? std::optional(file.readAll()) : std::nullopt});
    }

    // What a session writes: a preference saved, and the file opened added to Open Recent.
    const QString marker = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Preferences p;
    p.authorName = marker;
    p.save();
    {
        Fixture f;
        MainWindow w(&f.prompter);
        REQUIRE(w.openFile(f.file));
        w.session()->document().close();
    }
    QSettings().sync();
    CHECK(test::readAll(settingsFile).contains(marker.toUtf8()));
    CHECK(QSettings().value(QStringLiteral("recentFiles")).toStringList().size() >= 1);
    for (const Seen &seen : std::as_const(real)) {
        INFO(seen.path.toStdString());
        QFile file(seen.path);
        const std::optional<QByteArray> now =
            file.open(QIODevice::ReadOnly) ? std::optional(file.readAll()) : std::nullopt;
        CHECK(now == seen.bytes); // untouched, or still absent
    }
    Preferences{}.save();
}

TEST_CASE("autosave writes the edits to the file on its own, at the interval the preferences set",
          "[gui][window][autosave]")
{
    Fixture f;
    Preferences p;
    p.autosaveMinutes = 2;
    p.save();
    MainWindow w(&f.prompter);
    w.setAutosaveMinuteForTests(std::chrono::milliseconds(25));
    REQUIRE(w.openFile(f.file));
    CHECK(w.autosaveInterval() == 50);
    const qint64 saved = generationOnDisk(f.file);
    REQUIRE(w.session()->setScore(QStringLiteral("1.4"), 3));
    REQUIRE(w.session()->setNotes(QStringLiteral("1.4"), QStringLiteral("Board paper in May")));
    CHECK(w.isWindowModified());
    CHECK(generationOnDisk(f.file) == saved); // in the working copy only, until autosave runs

    const storage::Document &doc = w.session()->document();
    const bool autosaved = QTest::qWaitFor([&] { return generationOnDisk(f.file) == doc.generation(); }, 10000);
    INFO("generation in the file " << generationOnDisk(f.file) << ", in the window " << doc.generation());
    REQUIRE(autosaved);
    CHECK(doc.generation() > saved);
    CHECK_FALSE(doc.isModified());
    CHECK_FALSE(w.isWindowModified());
    CHECK(find<QLabel>(w, "saveState")->text() == u"Saved");

    REQUIRE(w.closeAssessment()); // nothing unsaved: no question
    CHECK(f.questions.isEmpty());
    Error error;
    auto reopened = wgll::take(storage::Document::open(f.file), error);
    REQUIRE(reopened);
    CHECK(reopened->answer(QStringLiteral("1.4"))->score == 3);
    CHECK(reopened->answer(QStringLiteral("1.4"))->notes == u"Board paper in May");
    reopened->close();
    Preferences{}.save();
}

TEST_CASE("File, Open Recent lists the files opened, most recent first, and opens the one chosen",
          "[gui][window][recent]")
{
    Fixture f;
    const QString south = f.dir.filePath(QStringLiteral("southshire.wgll"));
    f.create(south);
    const QString north = QFileInfo(f.file).absoluteFilePath();
    MainWindow w(&f.prompter);
    REQUIRE(w.openFile(f.file));
    REQUIRE(w.openFile(south));
    QMenu *recent = recentMenu(w);
    CHECK(recent->isEnabled());
    QStringList paths = recentPaths(*recent);
    REQUIRE(paths.size() >= 2);
    CHECK(paths.mid(0, 2) == QStringList{QFileInfo(south).absoluteFilePath(), north});
    CHECK(recent->actions().at(0)->text() == u"southshire.wgll");
    CHECK(recent->actions().at(1)->text() == u"northshire.wgll");

    recent->actions().at(1)->trigger();
    REQUIRE(w.session());
    CHECK(QFileInfo(w.session()->document().fileName()).absoluteFilePath() == north);
    CHECK(w.windowTitle().startsWith(u"northshire.wgll"));
    paths = recentPaths(*recent);
    CHECK(paths.mid(0, 2) == QStringList{north, QFileInfo(south).absoluteFilePath()});
    CHECK(paths.count(north) == 1); // moved to the top, not listed twice
    w.session()->document().close();
}

TEST_CASE("a .wgll file dropped on the window opens, and other files are refused", "[gui][window][drop]")
{
    Fixture f;
    const QString notes = f.dir.filePath(QStringLiteral("notes.txt"));
    test::writeAll(notes, "not an assessment\n");
    const QString south = f.dir.filePath(QStringLiteral("southshire.wgll"));
    f.create(south);
    MainWindow w(&f.prompter);
    w.resize(1000, 700);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    QPointer<QWidget> target = find<QWidget>(w, "welcome"); // dropped on what the window shows
    REQUIRE(target->isVisible());
    const QPoint middle = target->rect().center();

    // A drag is accepted or refused as it enters; a refused one's drop goes nowhere.
    const auto dragAndDrop = [&](const QList<QUrl> &urls) {
        QMimeData data;
        data.setUrls(urls);
        QDragEnterEvent enter(middle, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QDropEvent drop(QPointF(middle), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
        return enter.isAccepted();
    };
    CHECK_FALSE(dragAndDrop({QUrl::fromLocalFile(notes)}));
    CHECK_FALSE(dragAndDrop({QUrl::fromLocalFile(f.file), QUrl::fromLocalFile(south)})); // one at a time
    CHECK_FALSE(dragAndDrop({QUrl(QStringLiteral("https://example.org/northshire.wgll"))}));
    CHECK_FALSE(w.session());
    CHECK(find<QWidget>(w, "welcome")->isVisible());

    CHECK(dragAndDrop({QUrl::fromLocalFile(f.file)}));
    REQUIRE(w.session());
    CHECK(w.session()->document().fileName() == f.file);
    auto *navigator = find<QTreeView>(w, "navigator");
    CHECK(QTest::qWaitFor([&] { return navigator->isVisible(); })); // a new central widget shows queued
    CHECK(w.centralWidget() != target);
    // Replaced, and hidden or deleted. (Read through data(): GCC's -O3 null-dereference check
    // does not see the QPointer's own test, and the release build treats warnings as errors.)
    const QWidget *replaced = target.data();
    CHECK((replaced == nullptr || !replaced->isVisible()));
    w.session()->document().close();
}

TEST_CASE("Delete or Backspace clears the score of the statement selected, and undo brings it back",
          "[gui][window][keyboard]")
{
    Fixture f;
    MainWindow w(&f.prompter);
    f.answer = QMessageBox::Discard;
    REQUIRE(w.openFile(f.file));
    w.resize(1280, 800);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    REQUIRE(w.session()->setScore(QStringLiteral("2.3"), 4));
    REQUIRE(w.session()->setScore(QStringLiteral("2.4"), 2));
    REQUIRE(w.selectItem(QStringLiteral("2.3")));
    auto *navigator = find<QTreeView>(w, "navigator");
    navigator->setFocus();
    REQUIRE(w.currentStatement() == u"2.3");
    CHECK(find<QPushButton>(w, "level4")->isChecked());

    QTest::keyClick(navigator, Qt::Key_Delete);
    CHECK_FALSE(w.session()->answer(QStringLiteral("2.3")).score);
    CHECK_FALSE(w.session()->document().answer(QStringLiteral("2.3"))->score); // durable
    CHECK_FALSE(find<QPushButton>(w, "level4")->isChecked());
    CHECK(w.session()->answer(QStringLiteral("2.4")).score == 2); // only the one selected
    CHECK(w.currentStatement() == u"2.3");

    QTest::keyClick(navigator, Qt::Key_Z, Qt::ControlModifier);
    CHECK(w.session()->answer(QStringLiteral("2.3")).score == 4);
    CHECK(w.session()->document().answer(QStringLiteral("2.3"))->score == 4);
    CHECK(find<QPushButton>(w, "level4")->isChecked());

    // Backspace does the same, from the scoring panel too (the focus on a level button).
    auto *level2 = find<QPushButton>(w, "level2");
    level2->setFocus();
    QTest::keyClick(level2, Qt::Key_Backspace);
    CHECK_FALSE(w.session()->answer(QStringLiteral("2.3")).score);
    CHECK(w.session()->answer(QStringLiteral("2.4")).score == 2);
    w.session()->document().close();
}

TEST_CASE("the preferences and recent files keep the settings keys existing users have", "[gui][settings]")
{
    // Written as an earlier version wrote them, under the keys it used.
    {
        QSettings s;
        s.setValue(QStringLiteral("authorName"), QStringLiteral("Jane Chair"));
        s.setValue(QStringLiteral("autosaveMinutes"), 7);
        s.setValue(QStringLiteral("defaultTarget"), 3);
        s.setValue(QStringLiteral("colourScheme"), QStringLiteral("dark"));
        s.setValue(QStringLiteral("report/logo"), QStringLiteral("/srv/logo.png"));
        s.setValue(QStringLiteral("report/signOff"), false);
        s.setValue(QStringLiteral("recentFiles"), QStringList{QStringLiteral("/srv/a.wgll")});
    }
    const Preferences p = Preferences::load();
    CHECK(p.authorName == u"Jane Chair");
    CHECK(p.autosaveMinutes == 7);
    CHECK(p.defaultTarget == 3);
    CHECK(p.colourScheme == ColourScheme::Dark);
    CHECK(p.reportLogo == u"/srv/logo.png");
    CHECK_FALSE(p.reportSignOff);
    {
        Fixture f;
        MainWindow w(&f.prompter);
        REQUIRE(w.openFile(f.file));
        w.session()->document().close();
    }
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    REQUIRE(recent.size() == 2);
    CHECK(recent.last() == u"/srv/a.wgll");

    // And saved under the same keys; out-of-range values come back within range.
    Preferences changed = p;
    changed.autosaveMinutes = 99;
    changed.save();
    CHECK(QSettings().value(QStringLiteral("autosaveMinutes")).toInt() == 99);
    CHECK(QSettings().value(QStringLiteral("colourScheme")).toString() == u"dark");
    CHECK(Preferences::load().autosaveMinutes == 60);
    Preferences{}.save();
    QSettings().remove(QStringLiteral("recentFiles"));
}
