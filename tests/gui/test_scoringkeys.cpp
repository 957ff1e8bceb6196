// SPDX-License-Identifier: GPL-3.0-or-later
// Scoring from the keyboard as the window's actions: they work wherever the focus is in the
// window (also after the N/A reason took it away), redo answers its usual keys without an
// ambiguous shortcut, text fields keep the keys they type, and the window's questions, problems
// and file choices all go through the prompter it was given.
#include "mainwindow.h"
#include "overviewpanel.h"
#include "scoringpanel.h"
#include "session/assessmentsession.h"
#include "storage/document.h"
#include "testsupport.h"
#include "windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace wgll;
using wgll::test::find;
using wgll::test::Fixture;

namespace {

/// The messages Qt logs while one lives (Qt's own warnings included).
class MessageLog
{
public:
    MessageLog()
    {
        s_messages.clear();
        m_previous = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &,
                                               const QString &message) { s_messages.append(message); });
    }
    ~MessageLog() { qInstallMessageHandler(m_previous); }
    MessageLog(const MessageLog &) = delete;
    MessageLog &operator=(const MessageLog &) = delete;
    static QStringList messages() { return s_messages; }

private:
    inline static QStringList s_messages;
    QtMessageHandler m_previous = nullptr;
};

struct OpenWindow
{
    Fixture f;
    MainWindow w{&f.prompter};

    OpenWindow()
    {
        REQUIRE(w.openFile(f.file));
        w.resize(1280, 800);
        w.show();
        REQUIRE(QTest::qWaitForWindowExposed(&w));
    }
    ~OpenWindow() { w.session()->document().close(); }

    /// Presses a key where the keyboard is: the focus widget, or the window when none has it.
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *focus = QApplication::focusWidget();
        QTest::keyClick(focus ? focus : &w, key, modifiers);
    }
    std::optional<int> score(const QString &id) const { return w.session()->answer(id).score; }
};

} // namespace

TEST_CASE("after N, a reason and Enter, the next statement is shown and 3 scores it", "[gui][keys]")
{
    OpenWindow o;
    REQUIRE(o.w.selectItem(QStringLiteral("1.3")));
    find<QTreeView>(o.w, "navigator")->setFocus();
    o.press(Qt::Key_N);
    auto *reason = find<QLineEdit>(o.w, "naReason");
    REQUIRE(reason->hasFocus());
    QTest::keyClicks(reason, QStringLiteral("Run by the ICS"));
    o.press(Qt::Key_Return);
    CHECK(o.w.session()->answer(QStringLiteral("1.3")).notApplicable);
    CHECK(o.w.session()->answer(QStringLiteral("1.3")).naReason == u"Run by the ICS");
    REQUIRE(o.w.currentStatement() == u"1.4");

    // The reason field gave up the focus: the keys must still score, and move on.
    o.press(Qt::Key_3);
    CHECK(o.score(QStringLiteral("1.4")) == 3);
    o.press(Qt::Key_Return);
    CHECK(o.w.currentStatement() == u"1.5");
    o.press(Qt::Key_4);
    CHECK(o.score(QStringLiteral("1.5")) == 4);
}

TEST_CASE("the scoring keys work from the Show filter too, and not on a measure heading", "[gui][keys]")
{
    OpenWindow o;
    find<QWidget>(o.w, "navigatorFilter")->setFocus();
    o.press(Qt::Key_3);
    CHECK(o.score(QStringLiteral("1.1")) == 3);
    CHECK(o.w.actions().action(scoreLevel(3))->isEnabled());
    CHECK_FALSE(o.w.actions().action(scoreLevel(0))->isEnabled()); // not on this framework's scale

    REQUIRE(o.w.selectItem(QStringLiteral("2"))); // a measure: nothing to score
    CHECK_FALSE(o.w.actions().action(scoreLevel(3))->isEnabled());
    CHECK_FALSE(o.w.actions().action(ActionId::NotApplicable)->isEnabled());
}

TEST_CASE("Enter in the gap list still jumps to its statement, and digits there score", "[gui][keys]")
{
    OpenWindow o;
    REQUIRE(o.w.session()->setScore(QStringLiteral("2.3"), 1));
    auto *gaps = find<QTableView>(o.w, "gapList");
    REQUIRE(gaps->model()->rowCount() == 1);
    find<OverviewPanel>(o.w, "overviewPanel")->showGapList(); // the gaps' tab, as F6 brings it
    gaps->setCurrentIndex(gaps->model()->index(0, 0));
    REQUIRE(o.w.currentStatement() == u"1.1");
    o.press(Qt::Key_Return);
    CHECK(o.w.currentStatement() == u"2.3");
    find<OverviewPanel>(o.w, "overviewPanel")->showGapList();
    o.press(Qt::Key_2);
    CHECK(o.score(QStringLiteral("2.3")) == 2);
}

TEST_CASE("Ctrl+Y and Ctrl+Shift+Z both redo, with no ambiguous shortcut", "[gui][keys]")
{
    OpenWindow o;
    MessageLog log;
    find<QTreeView>(o.w, "navigator")->setFocus();
    o.press(Qt::Key_2);
    REQUIRE(o.score(QStringLiteral("1.1")) == 2);
    o.press(Qt::Key_Z, Qt::ControlModifier);
    REQUIRE_FALSE(o.score(QStringLiteral("1.1")));
    o.press(Qt::Key_Y, Qt::ControlModifier);
    CHECK(o.score(QStringLiteral("1.1")) == 2);
    o.press(Qt::Key_Z, Qt::ControlModifier);
    REQUIRE_FALSE(o.score(QStringLiteral("1.1")));
    o.press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(o.score(QStringLiteral("1.1")) == 2);
    INFO("logged: " << MessageLog::messages().join(u'\n').toStdString());
    CHECK_FALSE(MessageLog::messages().join(u'\n').contains(u"Ambiguous"));
    // Each key once in the registry, so Qt can never find two actions for one key.
    const QList<QKeySequence> keys = o.w.actions().boundKeys();
    for (const QKeySequence &key : keys)
        CHECK(keys.count(key) == 1);
}

TEST_CASE("typing in the notes or the N/A reason types the keys, and scores nothing", "[gui][keys]")
{
    OpenWindow o;
    auto *notes = find<QPlainTextEdit>(o.w, "notes");
    notes->setFocus();
    REQUIRE(notes->hasFocus());
    QTest::keyClicks(notes, QStringLiteral("3 of 5 trusts, N/A for 1"));
    QTest::keyClick(notes, Qt::Key_Return);
    QTest::keyClick(notes, Qt::Key_Backspace);
    CHECK(notes->toPlainText() == u"3 of 5 trusts, N/A for 1");
    CHECK_FALSE(o.score(QStringLiteral("1.1")));
    CHECK_FALSE(o.w.session()->answer(QStringLiteral("1.1")).notApplicable);
    CHECK(o.w.currentStatement() == u"1.1"); // Enter made a new line, not a move

    o.press(Qt::Key_N);
    CHECK(notes->hasFocus()); // typed into the notes, not the start of N/A
    auto *reason = find<QLineEdit>(o.w, "naReason");
    o.w.selectItem(QStringLiteral("1.2"));
    find<QTreeView>(o.w, "navigator")->setFocus();
    o.press(Qt::Key_N);
    REQUIRE(reason->hasFocus());
    QTest::keyClicks(reason, QStringLiteral("4 sites n"));
    CHECK(reason->text() == u"4 sites n");
    CHECK_FALSE(o.score(QStringLiteral("1.2")));
}

TEST_CASE("the window's questions, problems and file choices go to the prompter it was given",
          "[gui][keys][prompter]")
{
    Fixture f;
    MainWindow w(&f.prompter);
    const QString junk = f.dir.filePath(QStringLiteral("junk.wgll"));
    {
        QFile out(junk);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("not a database");
    }
    // A problem the program shows in a message box (the old environment variable skipped it).
    CHECK_FALSE(w.openFile(junk));
    REQUIRE(f.prompter.problems.size() == 1);
    CHECK(f.prompter.problems.first().contains(u"junk.wgll"));
    CHECK(w.statusBar()->currentMessage() == f.prompter.problems.first());

    // File → Open…: the file chosen in the dialog opens; a cancelled one changes nothing.
    QAction *open = nullptr;
    for (QAction *a : w.menuBar()->actions().first()->menu()->actions()) {
        if (a->text() == u"&Open…")
            open = a;
    }
    REQUIRE(open);
    open->trigger();
    CHECK(f.prompter.fileDialogs == QStringList{QStringLiteral("Open assessment")});
    CHECK_FALSE(w.session());
    f.prompter.files = {f.file};
    open->trigger();
    REQUIRE(w.session());
    CHECK(w.session()->document().fileName() == f.file);

    // Save As: asked through the prompter, and saved where it answered.
    const QString copy = f.dir.filePath(QStringLiteral("copy.wgll"));
    f.prompter.files = {copy};
    REQUIRE(w.session()->setScore(QStringLiteral("1.1"), 3));
    CHECK(w.saveAs());
    CHECK(f.prompter.fileDialogs.last() == u"Save assessment as");
    CHECK(QFileInfo::exists(copy));
    CHECK(f.prompter.questions.isEmpty());
    w.session()->document().close();
}
