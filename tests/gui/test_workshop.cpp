// SPDX-License-Identifier: GPL-3.0-or-later
// Workshop mode driven from the keyboard: a three-person mini workshop with blind votes, reveal,
// agreement and the presenter view, then the file read back.
#include "framework/frameworkcatalog.h"
#include "mainwindow.h"
#include "scriptedprompter.h"
#include "session/assessmentsession.h"
#include "storage/document.h"
#include "testsupport.h"
#include "workshoproom.h"
#include "workshop/presenterview.h"
#include "workshop/votinground.h"
#include "workshop/workshoppanel.h"

#include <QAction>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QScreen>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace wgll;

namespace {

using Room = test::WorkshopRoom;

StartSessionDialog::Choices threePeople()
{
    StartSessionDialog::Choices c;
    c.title = QStringLiteral("Board workshop");
    c.date = QDate(2026, 11, 20);
    c.facilitator = QStringLiteral("Alice Smith");
    c.present = {{QStringLiteral("Alice Smith"), QStringLiteral("CIO"), {}},
                 {QStringLiteral("Bob Jones"), QStringLiteral("CCIO"), {}},
                 {QStringLiteral("Carol Wu"), QStringLiteral("Director of Nursing"), {}}};
    c.apologies = {{QStringLiteral("Dan Patel"), QStringLiteral("CFO"), {}}};
    c.agenda = {{QStringLiteral("1"), 10}, {QStringLiteral("2"), 20}};
    return c;
}

} // namespace

TEST_CASE("a three-person workshop from the keyboard: blind votes, reveal, agree, presenter view",
          "[gui][workshop]")
{
    Room ws;
    MainWindow &w = ws.w;
    REQUIRE(w.session()->setNotes(QStringLiteral("1.1"), QStringLiteral("SECRET NOTE for the board only")));
    REQUIRE(w.startWorkshop(threePeople()));
    WorkshopPanel *panel = w.workshopPanel();
    VotingRound *round = panel->round();
    REQUIRE(round);
    CHECK(round->statement() == u"1.1");
    CHECK(round->voters().size() == 3);
    PresenterView *presenter = w.showPresenterView();
    REQUIRE(presenter);
    CHECK(presenter->shownText().contains(u"1.1  build digital and data leadership"));
    CHECK(presenter->shownText().contains(u"Not started"));         // the level descriptors
    CHECK(presenter->shownText().contains(u"1  Well led"));
    CHECK(presenter->shownText().contains(u"of 10:00"));            // the measure's time box

    // Blind: three levels typed, shown as dots, no spread anywhere until Reveal.
    QTest::keyClicks(panel, QStringLiteral("345"));
    CHECK(round->votesIn() == 3);
    CHECK(round->shownVote(0) == u"●");
    CHECK_FALSE(round->summary());
    CHECK(panel->findChild<QTableWidget *>(QStringLiteral("voters"))->item(2, 2)->text() == u"●");
    CHECK(presenter->shownText().contains(u"3 of 3 voted"));
    CHECK_FALSE(presenter->shownText().contains(u"median"));
    QTest::keyClick(panel, Qt::Key_Backspace); // take Carol's back, and give it again
    CHECK(round->votesIn() == 2);
    QTest::keyClick(panel, Qt::Key_5);

    QTest::keyClick(panel, Qt::Key_R, Qt::ControlModifier);
    REQUIRE(round->isRevealed());
    const auto s = round->summary();
    REQUIRE(s);
    CHECK(s->n == 3);
    CHECK(s->median == 4.0);
    CHECK(s->disagreement);
    CHECK(panel->findChild<QTableWidget *>(QStringLiteral("voters"))->item(2, 2)->text() == u"5");
    CHECK(panel->findChild<QLabel *>(QStringLiteral("spread"))->text().contains(u"DISAGREEMENT"));
    CHECK(presenter->shownText().contains(u"3 votes · median 4 · range 3–5"));
    CHECK(presenter->shownText().contains(u"level 4: 1"));
    CHECK_FALSE(presenter->shownText().contains(u"SECRET NOTE")); // never the notes
    QTest::keyClick(panel, Qt::Key_3); // revealed: no more votes
    CHECK(round->votesIn() == 3);

    // Agree: the suggested score (the median) with a rationale and Bob's dissent; on to 1.2.
    CHECK(panel->findChild<QSpinBox *>(QStringLiteral("agreedScore"))->value() == 4);
    QTest::keyClicks(panel->findChild<QLineEdit *>(QStringLiteral("rationale")), QStringLiteral("Board has a CIO"));
    QTest::keyClicks(panel->findChild<QLineEdit *>(QStringLiteral("dissent")), QStringLiteral("Carol: 5"));
    QTest::keyClick(panel->findChild<QLineEdit *>(QStringLiteral("dissent")), Qt::Key_Return, Qt::ControlModifier);
    CHECK(w.session()->answer(QStringLiteral("1.1")).score == 4);
    CHECK(w.currentStatement() == u"1.2");
    CHECK(round->statement() == u"1.2");
    CHECK_FALSE(round->isRevealed());

    // A show of hands on 1.2: more hands than people is refused; "2×1, 3×2" is three votes.
    auto *tally = panel->findChild<QLineEdit *>(QStringLiteral("tally"));
    QTest::keyClicks(tally, QStringLiteral("3×4"));
    QTest::keyClick(tally, Qt::Key_Return);
    CHECK(round->votesIn() == 0);
    CHECK(panel->findChild<QLabel *>(QStringLiteral("spread"))->text().contains(u"only 3 people are present"));
    tally->clear();
    QTest::keyClicks(tally, QStringLiteral("2×1, 3×2"));
    QTest::keyClick(tally, Qt::Key_Return);
    CHECK(round->votesIn() == 3);
    QTest::keyClick(panel, Qt::Key_R, Qt::ControlModifier);
    REQUIRE(round->summary());
    CHECK(round->summary()->median == 3.0);
    CHECK_FALSE(round->summary()->disagreement);
    QTest::keyClick(panel, Qt::Key_Return, Qt::ControlModifier);
    CHECK(w.session()->answer(QStringLiteral("1.2")).score == 3);
    CHECK(w.currentStatement() == u"1.3");

    // A decision or action agreed in the room goes in the log, against the statement in view.
    auto *log = panel->findChild<QLineEdit *>(QStringLiteral("logDecision"));
    QTest::keyClicks(log, QStringLiteral("CCIO to draft the clinical safety plan by March"));
    QTest::keyClick(log, Qt::Key_Return);
    CHECK(log->text().isEmpty());
    // An action added while the session runs is logged too, with its owner and due date.
    REQUIRE(w.session()->addAction(Action{0, QStringLiteral("1.3"), QStringLiteral("Clinical panel to review the strategy"),
                                          QStringLiteral("CCIO"), QDate(2027, 1, 31), QStringLiteral("open")}));

    // Agreed scores are ordinary edits: Ctrl+Z takes the last one back.
    REQUIRE(w.session()->undoStack()->canUndo());
    w.session()->undoStack()->undo();
    CHECK_FALSE(w.session()->answer(QStringLiteral("1.2")).score);
    w.session()->undoStack()->redo();

    REQUIRE(w.save());
    w.session()->document().close();
    Error error;
    auto doc = wgll::take(storage::Document::open(ws.file), error);
    REQUIRE(doc);
    const wgll::Workshop record = doc->workshop();
    CHECK(record.participants.size() == 4);
    REQUIRE(record.sessions.size() == 1);
    CHECK(record.sessions[0].title == u"Board workshop");
    CHECK(record.sessions[0].facilitator == u"Alice Smith");
    CHECK(record.sessions[0].attendance.size() == 4);
    CHECK(std::count_if(record.sessions[0].attendance.cbegin(), record.sessions[0].attendance.cend(),
                        [](const auto &a) { return a.status == u"apologies"; }) == 1);
    CHECK(record.votes.size() == 6);
    CHECK(record.latestVotes(QStringLiteral("1.1")) == QList<int>{3, 4, 5});
    REQUIRE(record.decisions.size() == 4);
    CHECK(record.decisions[3].session == record.sessions[0].id);
    CHECK(record.decisions[3].text == u"Action: Clinical panel to review the strategy; owner CCIO; due 2027-01-31");
    CHECK(record.decisions[2].indicator == u"1.3");
    CHECK(record.decisions[2].text == u"CCIO to draft the clinical safety plan by March");
    CHECK(record.decisions[0].text == u"Agreed score 4");
    CHECK(record.decisions[0].rationale == u"Board has a CIO");
    CHECK(record.decisions[0].dissent == u"Carol: 5");
    CHECK(doc->answer(QStringLiteral("1.2"))->score == 3);
    doc->close();
}

TEST_CASE("the agenda shares two hours by statement count, and the timer follows the measure", "[gui][workshop]")
{
    Room ws;
    const Framework &f = ws.w.session()->framework();
    const QHash<QString, int> agenda = StartSessionDialog::defaultAgenda(f);
    CHECK(agenda.value(QStringLiteral("2")) == 27); // 11 of 49 statements of 120 minutes
    CHECK(agenda.value(QStringLiteral("7")) == 12); // 5 of 49
    int total = 0;
    for (int m : agenda)
        total += m;
    CHECK(std::abs(total - 120) <= 3);

    StartSessionDialog dialog(f);
    StartSessionDialog::Choices c = threePeople();
    dialog.setChoices(c);
    CHECK(dialog.choices().agenda.value(QStringLiteral("2")) == 20);
    CHECK(dialog.choices().present.size() == 3);
    CHECK(StartSessionDialog::peopleFrom(QStringLiteral("\n  Ann Lee , CNIO, Northshire, ICS \n\n")).first().organisation ==
          u"Northshire, ICS");

    REQUIRE(ws.w.startWorkshop(c));
    WorkshopPanel *panel = ws.w.workshopPanel();
    CHECK(panel->timeBoxSeconds() == 600);
    CHECK(panel->timerText().startsWith(u"Well led  00:0"));
    ws.w.selectItem(QStringLiteral("2.3"));
    CHECK(panel->round()->statement() == u"2.3");
    CHECK(panel->timeBoxSeconds() == 1200);
    CHECK(panel->timerText().contains(u"of 20:00"));
    ws.w.session()->document().close();
}

TEST_CASE("the voting round stays blind until revealed, whatever is asked of it", "[gui][workshop]")
{
    Room ws;
    REQUIRE(ws.w.startWorkshop(threePeople()));
    VotingRound *round = ws.w.workshopPanel()->round();
    CHECK_FALSE(round->reveal()); // nothing to reveal yet
    CHECK_FALSE(round->enterVote(0, 6)); // off the scale
    CHECK_FALSE(round->enterVote(5, 3)); // no such voter
    REQUIRE(round->enterVote(1, 2));
    CHECK(round->shownVote(0).isEmpty());
    CHECK(round->shownVote(1) == u"●");
    CHECK_FALSE(round->summary());
    CHECK_FALSE(round->agree(2, {}, {})); // no agreement before the reveal
    CHECK_FALSE(ws.w.session()->answer(QStringLiteral("1.1")).score);
    // The vote is in the file already (a crash loses none), but the file's record, the window's
    // and its scorecard show it only from the reveal: until then the round is counted, not shown.
    const storage::Document &doc = ws.w.session()->document();
    CHECK(doc.blindAnswers(round->workshopSession(), QStringLiteral("1.1")).size() == 1);
    CHECK(doc.workshop().votes.isEmpty());
    REQUIRE(doc.workshop().blindRounds.size() == 1);
    CHECK(doc.workshop().blindRounds.first().answered == 1);
    CHECK(ws.w.session()->workshop().votes.isEmpty());
    REQUIRE(round->reveal());
    CHECK(ws.w.session()->workshop().votes.size() == 1);
    CHECK_FALSE(round->enterVote(0, 3));
    // Moving to another statement starts a fresh, hidden round.
    round->setStatement(QStringLiteral("2.1"));
    CHECK_FALSE(round->isRevealed());
    CHECK(round->votesIn() == 0);
    ws.w.session()->document().close();
}

TEST_CASE("typed votes are in the file as they are entered: a crash before Reveal loses none", "[gui][workshop]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("w.wgll"));
    qputenv("WGLL_WORK_DIR", dir.filePath(QStringLiteral("work")).toUtf8());
    {
        static const FrameworkCatalog catalog = FrameworkCatalog::load({});
        Error error;
        auto doc = wgll::take(storage::Document::create(file, catalog.find(QStringLiteral("wgll-org"))->framework, {}), error);
        REQUIRE(doc);
        doc->close();
    }
    test::ScriptedPrompter prompter;
    auto w = std::make_unique<MainWindow>(&prompter);
    REQUIRE(w->openFile(file));
    w->show();
    REQUIRE(QTest::qWaitForWindowExposed(w.get()));
    StartSessionDialog::Choices five = threePeople();
    five.present.append({{QStringLiteral("Eve Kaur"), {}, {}}, {QStringLiteral("Fay Osei"), {}, {}}});
    REQUIRE(w->startWorkshop(five));
    QTest::keyClicks(w->workshopPanel(), QStringLiteral("342"));
    REQUIRE(w->workshopPanel()->round()->votesIn() == 3); // 3 of 5, not revealed
    w.reset(); // the workbench dies: no reveal, no save, no close

    MainWindow again(&prompter);
    prompter.answer = QMessageBox::Yes; // restore the unsaved changes
    REQUIRE(again.openFile(file));
    REQUIRE(prompter.questions.size() == 1);
    // In the file and still blind: the record says 3 answered and shows no level.
    const Workshop before = again.session()->workshop();
    CHECK(before.votes.isEmpty());
    REQUIRE(before.blindRounds.size() == 1);
    CHECK(before.blindRounds.first().answered == 3);

    // Workshop → Continue Session takes the session up: the statement shows 3 of 5 voted, and
    // the remaining two vote before the reveal.
    auto *resume = again.findChild<QAction *>(QStringLiteral("continueWorkshop"));
    REQUIRE(resume);
    CHECK(resume->isEnabled());
    CHECK(resume->text().contains(QStringLiteral("Board workshop")));
    again.show();
    REQUIRE(QTest::qWaitForWindowExposed(&again));
    resume->trigger();
    VotingRound *round = again.workshopPanel()->round();
    REQUIRE(round);
    CHECK(round->statement() == QStringLiteral("1.1"));
    CHECK(round->votesIn() == 3);
    CHECK(round->count().of == 5);
    CHECK_FALSE(resume->isEnabled()); // nothing is left to continue
    QTest::keyClicks(again.workshopPanel(), QStringLiteral("55"));
    CHECK(round->votesIn() == 5);
    REQUIRE(round->reveal());
    QList<int> levels = again.session()->workshop().latestVotes(QStringLiteral("1.1"));
    std::sort(levels.begin(), levels.end());
    CHECK(levels == QList<int>{2, 3, 4, 5, 5});
    CHECK(again.session()->workshop().sessions.size() == 1); // continued, not a new session
    again.session()->document().close();
}

namespace {

QStringList presenterScreenChoices(MainWindow &w)
{
    auto *menu = w.findChild<QMenu *>(QStringLiteral("presenterScreenMenu"));
    REQUIRE(menu);
    Q_EMIT menu->aboutToShow(); // the list is made when the menu opens
    QStringList texts;
    for (const QAction *a : menu->actions())
        texts.append(a->text() + (a->isChecked() ? u" ✓" : u""));
    return texts;
}

} // namespace

TEST_CASE("with one screen the presenter view is a window, and F5 toggles it", "[gui][workshop][presenter]")
{
    Room room;
    MainWindow &w = room.w;
    REQUIRE(w.startWorkshop(threePeople()));
    if (QGuiApplication::screens().size() != 1)
        return; // the two-screen run below covers the other case
    QAction *toggle = w.findChild<QAction *>(QStringLiteral("togglePresenterView"));
    REQUIRE(toggle);
    toggle->trigger();
    auto *presenter = w.findChild<PresenterView *>();
    REQUIRE(presenter);
    CHECK(presenter->isVisible());
    CHECK_FALSE(presenter->isFullScreen()); // over the workbench it would hide the facilitator's screen
    CHECK(presenter->size() == QSize(1024, 768));
    toggle->trigger();
    CHECK_FALSE(presenter->isVisible());
    CHECK(presenterScreenChoices(w).size() == 2); // automatic, and the one screen
    CHECK(presenterScreenChoices(w).first().endsWith(u"✓"));
}

TEST_CASE("keys typed in the presenter view act on the session as in the main window", "[gui][workshop][presenter]")
{
    Room room;
    MainWindow &w = room.w;
    REQUIRE(w.startWorkshop(threePeople()));
    PresenterView *presenter = w.showPresenterView();
    REQUIRE(presenter);
    presenter->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(presenter));
    VotingRound *round = w.workshopPanel()->round();
    // Votes, taking one back, and Reveal, typed with the presenter view in front.
    QTest::keyClicks(presenter, QStringLiteral("34"));
    CHECK(round->votesIn() == 2);
    QTest::keyClick(presenter, Qt::Key_Backspace);
    CHECK(round->votesIn() == 1);
    QTest::keyClicks(presenter, QStringLiteral("45"));
    CHECK(round->votesIn() == 3);
    QTest::keyClick(presenter, Qt::Key_R, Qt::ControlModifier);
    REQUIRE(round->isRevealed());
    CHECK(presenter->shownText().contains(u"median 4"));
    // Agree moves on, as Ctrl+Return does in the panel.
    QTest::keyClick(presenter, Qt::Key_Return, Qt::ControlModifier);
    CHECK(w.session()->answer(QStringLiteral("1.1")).score == 4);
    CHECK(round->statement() == u"1.2");
    // The window's shortcuts too: Ctrl+Z takes the agreed score back, F5 closes the view.
    QTest::keyClick(presenter, Qt::Key_Z, Qt::ControlModifier);
    CHECK(w.session()->answer(QStringLiteral("1.1")).score != 4);
    QTest::keyClick(presenter, Qt::Key_F5);
    CHECK_FALSE(presenter->isVisible());
}

// Run by ctest on an offscreen platform with two screens (tests/gui/two-screens.json): hidden
// from the ordinary run, which has one.
TEST_CASE("with a projector the presenter view goes full screen there, or on the screen chosen",
          "[.two-screens][gui][workshop][presenter]")
{
    REQUIRE(QGuiApplication::screens().size() == 2);
    Room room;
    MainWindow &w = room.w;
    REQUIRE(w.screen()->name() == u"Laptop");
    REQUIRE(w.startWorkshop(threePeople()));
    QAction *toggle = w.findChild<QAction *>(QStringLiteral("togglePresenterView"));
    toggle->trigger();
    auto *presenter = w.findChild<PresenterView *>();
    REQUIRE(presenter);
    REQUIRE(QTest::qWaitForWindowExposed(presenter));
    CHECK(presenter->isFullScreen());
    CHECK(presenter->screen()->name() == u"Projector");
    CHECK(presenter->geometry() == QRect(1440, 0, 1920, 1080));
    CHECK(presenter->shownText().contains(u"1.1  build digital and data leadership"));
    // The facilitator's window stays where it was.
    CHECK(w.screen()->name() == u"Laptop");

    const QStringList choices = presenterScreenChoices(w);
    REQUIRE(choices.size() == 3);
    CHECK(choices.at(0).endsWith(u"✓"));
    CHECK(choices.at(1).startsWith(u"Laptop (1440 × 900)"));
    CHECK(choices.at(2).startsWith(u"Projector (1920 × 1080)"));

    // Chosen: the laptop itself (a rehearsal), then back; an unplugged choice falls back.
    w.setPresenterScreen(QStringLiteral("Laptop"));
    CHECK(presenter->screen()->name() == u"Laptop");
    CHECK(presenter->geometry() == QRect(0, 0, 1440, 900));
    CHECK(presenterScreenChoices(w).at(1).endsWith(u"✓"));
    w.setPresenterScreen(QStringLiteral("Projector"));
    CHECK(presenter->screen()->name() == u"Projector");
    w.setPresenterScreen(QStringLiteral("HDMI-2 that was unplugged"));
    CHECK(presenter->screen()->name() == u"Projector");

    toggle->trigger();
    CHECK_FALSE(presenter->isVisible());
    toggle->trigger();
    CHECK(presenter->isVisible());
    CHECK(presenter->screen()->name() == u"Projector");
}
