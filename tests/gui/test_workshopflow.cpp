// SPDX-License-Identifier: GPL-3.0-or-later
// The facilitator's flow (issue 18, item 5): a decided statement shows its record and Reopen,
// a second round after the reveal, the warning for few voters, the presenter view's layout.
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

#include "charts/radarchart.h"

#include <QAction>
#include <QApplication>
#include <QHostAddress>
#include <QLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace wgll;

namespace {

struct Room : test::WorkshopRoom
{
    WorkshopPanel &panel() const { return *w.workshopPanel(); }
    VotingRound &round() const { return *w.workshopPanel()->round(); }
    template <typename T> T *find(const char *name) const
    {
        return w.workshopPanel()->findChild<T *>(QString::fromLatin1(name));
    }
    /// Types `levels` (one digit a voter), reveals, and agrees with `rationale` and `dissent`.
    void voteAndAgree(const QString &levels, const QString &rationale, const QString &dissent)
    {
        QTest::keyClicks(&panel(), levels);
        QTest::keyClick(&panel(), Qt::Key_R, Qt::ControlModifier);
        REQUIRE(round().isRevealed());
        find<QLineEdit>("rationale")->setText(rationale);
        find<QLineEdit>("dissent")->setText(dissent);
        QTest::keyClick(&panel(), Qt::Key_Return, Qt::ControlModifier);
    }
};

StartSessionDialog::Choices people(int count)
{
    static const QStringList names{QStringLiteral("Alice Smith"), QStringLiteral("Bob Jones"), QStringLiteral("Carol Wu"),
                                   QStringLiteral("Dan Patel"),   QStringLiteral("Eve Adams"), QStringLiteral("Femi Ade")};
    StartSessionDialog::Choices c;
    c.title = QStringLiteral("Board workshop");
    c.date = QDate(2026, 11, 20);
    c.facilitator = QStringLiteral("Alice Smith");
    for (int i = 0; i < count; ++i)
        c.present.append({names.at(i), {}, {}});
    return c;
}

/// At the presenter view's size now: every descriptor at least 28 px, every visible child inside
/// the window, tall enough for its text, and clear of every other.
void checkLayout(const PresenterView &view)
{
    INFO("presenter view " << view.width() << "x" << view.height());
    for (const QLabel *level : view.levelLabels())
        CHECK(level->font().pixelSize() >= PresenterView::MinDescriptorPixels);
    QList<QWidget *> shown;
    for (QWidget *child : view.findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (child->isVisible())
            shown.append(child);
    }
    REQUIRE(shown.size() >= 3);
    for (const QWidget *child : shown) {
        INFO(child->objectName().toStdString() << " at " << child->x() << "," << child->y() << " "
                                               << child->width() << "x" << child->height());
        CHECK(view.rect().contains(child->geometry()));
        if (const auto *label = qobject_cast<const QLabel *>(child); label && label->wordWrap())
            CHECK(label->height() >= label->heightForWidth(label->width()));
        if (child->layout()) // the join code: its QR code, address and session code all fit
            CHECK(child->height() >= child->layout()->totalHeightForWidth(child->width()));
    }
    for (qsizetype i = 0; i < shown.size(); ++i) {
        for (qsizetype j = i + 1; j < shown.size(); ++j) {
            INFO(shown[i]->objectName().toStdString() << " and " << shown[j]->objectName().toStdString());
            CHECK_FALSE(shown[i]->geometry().intersects(shown[j]->geometry()));
        }
    }
}

QAction *menuAction(const MainWindow &w, const char *name)
{
    return w.findChild<QAction *>(QString::fromLatin1(name));
}

} // namespace

TEST_CASE("a decided statement shows its record, not a fresh vote, and Reopen starts a new round",
          "[gui][workshop][flow]")
{
    Room ws;
    MainWindow &w = ws.w;
    REQUIRE(w.startWorkshop(people(3)));
    PresenterView *presenter = w.showPresenterView();
    REQUIRE(presenter);
    ws.voteAndAgree(QStringLiteral("345"), QStringLiteral("Board has a CIO"), QStringLiteral("Carol: 5"));
    REQUIRE(w.currentStatement() == u"1.2");
    REQUIRE(w.selectItem(QStringLiteral("1.1")));

    // Back on 1.1: its record, in the panel and on the projector; no round open.
    VotingRound &round = ws.round();
    CHECK(round.statement() == u"1.1");
    CHECK_FALSE(round.isOpen());
    CHECK(ws.panel().countText().isEmpty());
    const QString record = ws.find<QLabel>("statementRecord")->text();
    CHECK(ws.find<QLabel>("statementRecord")->isVisible());
    CHECK(record.contains(u"Decided: agreed score 4"));
    CHECK(record.contains(u"Rationale: Board has a CIO"));
    CHECK(record.contains(u"Dissent: Carol: 5"));
    CHECK(record.contains(u"3 votes · median 4 · range 3–5"));
    CHECK(record.contains(u"level 3: 1, level 4: 1, level 5: 1"));
    CHECK_FALSE(ws.find<QLabel>("spread")->text().contains(u"voted"));
    CHECK(presenter->shownText().contains(u"Decided: agreed score 4"));
    CHECK(presenter->shownText().contains(u"Dissent: Carol: 5"));
    CHECK_FALSE(presenter->shownText().contains(u"0 of 3 voted"));
    QTest::keyClick(&ws.panel(), Qt::Key_2); // no round open: a digit is no vote
    CHECK(round.votesIn() == 0);

    // Reopen (the button, its menu item and Ctrl+Shift+O): a new round, hidden, on 1.1.
    QAction *reopen = menuAction(w, "reopenStatement");
    REQUIRE(reopen);
    CHECK(reopen->isEnabled());
    CHECK(reopen->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    CHECK(ws.panel().reopenAction() == reopen);
    QTest::mouseClick(ws.find<QPushButton>("reopen"), Qt::LeftButton);
    REQUIRE(round.isOpen());
    CHECK(round.statement() == u"1.1");
    CHECK_FALSE(ws.find<QLabel>("statementRecord")->isVisible());
    CHECK(presenter->shownText().contains(u"0 of 3 voted"));
    CHECK_FALSE(reopen->isEnabled());
    ws.voteAndAgree(QStringLiteral("444"), QStringLiteral("Agreed after discussion"), {});
    CHECK(w.session()->answer(QStringLiteral("1.1")).score == 4);

    // The file keeps both rounds and both decisions; the record shows the last and the first.
    REQUIRE(w.selectItem(QStringLiteral("1.1")));
    const QString again = ws.find<QLabel>("statementRecord")->text();
    CHECK(again.contains(u"Rationale: Agreed after discussion"));
    CHECK(again.contains(u"Last round, Board workshop (round 2): 3 votes · median 4 · range 4–4"));
    CHECK(again.contains(u"First round, Board workshop: 3 votes · median 4 · range 3–5"));
    REQUIRE(w.save());
    w.session()->document().close();
    Error error;
    auto doc = wgll::take(storage::Document::open(ws.file), error);
    REQUIRE(doc);
    const wgll::Workshop file = doc->workshop();
    REQUIRE(file.decisions.size() == 2);
    CHECK(file.decisions[0].text == u"Agreed score 4");
    CHECK(file.decisions[0].rationale == u"Board has a CIO");
    CHECK(file.decisions[1].rationale == u"Agreed after discussion");
    CHECK(file.votes.size() == 6);
    CHECK(file.latestVotes(QStringLiteral("1.1")) == QList<int>{4, 4, 4});
    doc->close();
}

TEST_CASE("at the reveal, fewer than five votes come with a warning in the panel and on the projector",
          "[gui][workshop][flow]")
{
    Room ws;
    MainWindow &w = ws.w;
    REQUIRE(w.startWorkshop(people(5)));
    PresenterView *presenter = w.showPresenterView();
    REQUIRE(presenter);
    const QString warning = QStringLiteral("Only 4 votes: treat the spread with care");
    // Four of five vote on 1.1: the spread of four is shown with the warning.
    QTest::keyClicks(&ws.panel(), QStringLiteral("3334"));
    CHECK_FALSE(presenter->shownText().contains(warning)); // blind until the reveal
    QTest::keyClick(&ws.panel(), Qt::Key_R, Qt::ControlModifier);
    REQUIRE(ws.round().isRevealed());
    CHECK(ws.find<QLabel>("spread")->text().contains(warning));
    CHECK(presenter->shownText().contains(warning));
    QTest::keyClick(&ws.panel(), Qt::Key_Return, Qt::ControlModifier);

    // All five on 1.2: no warning.
    REQUIRE(w.currentStatement() == u"1.2");
    QTest::keyClicks(&ws.panel(), QStringLiteral("33344"));
    QTest::keyClick(&ws.panel(), Qt::Key_R, Qt::ControlModifier);
    REQUIRE(ws.round().isRevealed());
    CHECK_FALSE(ws.find<QLabel>("spread")->text().contains(u"treat the spread with care"));
    CHECK_FALSE(presenter->shownText().contains(u"treat the spread with care"));
}

TEST_CASE("Vote again after the reveal starts round 2, and both rounds stay in the file", "[gui][workshop][flow]")
{
    Room ws;
    MainWindow &w = ws.w;
    REQUIRE(w.startWorkshop(people(3)));
    QAction *again = menuAction(w, "voteAgainAction");
    REQUIRE(again);
    CHECK(again->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    CHECK_FALSE(again->isEnabled()); // only after a reveal
    QTest::keyClicks(&ws.panel(), QStringLiteral("153"));
    CHECK_FALSE(again->isEnabled());
    QTest::keyClick(&ws.panel(), Qt::Key_R, Qt::ControlModifier);
    REQUIRE(ws.round().isRevealed());
    REQUIRE(again->isEnabled());
    auto *button = ws.find<QPushButton>("voteAgain");
    REQUIRE(button);
    CHECK(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);

    // Round 2 on the same statement: hidden again, nobody has voted in it.
    CHECK(ws.round().statement() == u"1.1");
    CHECK(ws.round().room().round() == 2);
    CHECK_FALSE(ws.round().isRevealed());
    CHECK(ws.round().votesIn() == 0);
    CHECK_FALSE(button->isVisible());
    CHECK(ws.panel().countText() == u"0 of 3 voted");
    QTest::keyClicks(&ws.panel(), QStringLiteral("344"));
    QTest::keyClick(&ws.panel(), Qt::Key_R, Qt::ControlModifier);
    REQUIRE(ws.round().summary());
    CHECK(ws.round().summary()->distribution == QList<int>{0, 0, 1, 2, 0});
    QTest::keyClick(&ws.panel(), Qt::Key_Return, Qt::ControlModifier);

    REQUIRE(w.save());
    w.session()->document().close();
    Error error;
    auto doc = wgll::take(storage::Document::open(ws.file), error);
    REQUIRE(doc);
    const wgll::Workshop file = doc->workshop();
    REQUIRE(file.sessions.size() == 2);
    CHECK(file.sessions[1].title == u"Board workshop (round 2)");
    QList<int> first, second;
    for (const Vote &v : file.votes)
        (v.session == file.sessions[0].id ? first : second).append(v.score);
    CHECK(first == QList<int>{1, 5, 3});
    CHECK(second == QList<int>{3, 4, 4});
    REQUIRE(file.decisions.size() == 1);
    CHECK(file.decisions[0].session == file.sessions[1].id);
    doc->close();
}

TEST_CASE("the presenter view at 1024x768 and 1920x1080: descriptors of 28 px and more, nothing clipped or overlapping",
          "[gui][workshop][flow][presenter]")
{
    Room ws;
    MainWindow &w = ws.w;
    REQUIRE(w.startWorkshop(people(5)));
    REQUIRE(ws.panel().startPhoneVoting(QHostAddress(QHostAddress::LocalHost), 0));
    PresenterView *presenter = w.showPresenterView();
    REQUIRE(presenter);
    for (const QSize size : {QSize(1024, 768), QSize(1920, 1080)}) {
        presenter->resize(size);
        REQUIRE(QTest::qWaitFor([&] { return presenter->size() == size; }, 5000));
        // Before the reveal: the statement, the descriptors, the count and the join code; 1.1's
        // statement is a long one (five lines at the largest type), 2.4's a short one.
        REQUIRE(w.selectItem(QStringLiteral("1.1")));
        CHECK(presenter->findChild<QWidget *>(QStringLiteral("joinCode"))->isVisible());
        checkLayout(*presenter);
        REQUIRE(w.selectItem(QStringLiteral("2.4")));
        CHECK(presenter->findChild<QWidget *>(QStringLiteral("joinCode"))->isVisible());
        checkLayout(*presenter);
        // After it: the spread, the warning and the chart instead of the join code.
        QTest::keyClicks(&ws.panel(), QStringLiteral("1235"));
        QTest::keyClick(&ws.panel(), Qt::Key_R, Qt::ControlModifier);
        REQUIRE(ws.round().isRevealed());
        checkLayout(*presenter);
        // Decided: the record.
        QTest::keyClick(&ws.panel(), Qt::Key_Return, Qt::ControlModifier);
        REQUIRE(w.selectItem(QStringLiteral("2.4")));
        REQUIRE(ws.round().record());
        checkLayout(*presenter);
        REQUIRE(ws.panel().reopenAction()->isEnabled());
        ws.panel().reopenAction()->trigger(); // the next size votes on it again
    }
    ws.panel().stopPhoneVoting();
}

TEST_CASE("when a measure's last statement is agreed the presenter shows its radar until the facilitator moves on",
          "[gui][workshop][flow][presenter]")
{
    Room ws;
    MainWindow &w = ws.w;
    REQUIRE(w.startWorkshop(people(3)));
    PresenterView *presenter = w.showPresenterView();
    REQUIRE(presenter);
    const Measure &first = w.session()->framework().measures.first();
    const QString last = first.indicators.last().id;
    const QString next = w.session()->framework().measures.at(1).indicators.first().id;
    REQUIRE(w.selectItem(first.indicators.at(first.indicators.size() - 2).id));
    ws.voteAndAgree(QStringLiteral("333"), {}, {});
    CHECK(w.currentStatement() == last);
    CHECK_FALSE(presenter->radar()->isVisible()); // not the measure's last yet
    ws.voteAndAgree(QStringLiteral("445"), {}, {});

    // The last one agreed: the window stays, and the room sees the measure's radar.
    CHECK(w.currentStatement() == last);
    CHECK(presenter->radar()->isVisible());
    CHECK(presenter->shownText().contains(u"every statement agreed"));
    QStringList spokes;
    for (const Indicator &i : first.indicators)
        spokes.append(i.id);
    CHECK(presenter->radar()->data().measures == spokes);
    CHECK(presenter->radar()->data().current.last() == 4.0);
    CHECK(presenter->radar()->data().current.at(spokes.size() - 2) == 3.0);
    presenter->resize(1024, 768);
    REQUIRE(QTest::qWaitFor([&] { return presenter->size() == QSize(1024, 768); }, 5000));
    checkLayout(*presenter);

    // Agree and next again moves on, and the radar gives way to the next statement.
    QTest::keyClick(&ws.panel(), Qt::Key_Return, Qt::ControlModifier);
    CHECK(w.currentStatement() == next);
    CHECK_FALSE(presenter->radar()->isVisible());
    CHECK(presenter->shownText().contains(next + u"  "));
}

// The user guide's picture of the presenter view after the reveal (docs/images/presenter.png),
// at 1024×768 under Xvfb: run by hand with WGLL_DOC_IMAGES set to the folder to write it to.
TEST_CASE("picture for the user guide: the presenter view at 1024x768 after the reveal", "[.docimages]")
{
    const QString folder = qEnvironmentVariable("WGLL_DOC_IMAGES");
    REQUIRE_FALSE(folder.isEmpty());
    Room ws;
    MainWindow &w = ws.w;
    REQUIRE(w.startWorkshop(people(5)));
    REQUIRE(w.selectItem(QStringLiteral("2.6")));
    PresenterView *presenter = w.showPresenterView();
    REQUIRE(presenter);
    presenter->showNormal();
    presenter->resize(1024, 768);
    REQUIRE(QTest::qWaitForWindowExposed(presenter));
    REQUIRE(QTest::qWaitFor([&] { return presenter->size() == QSize(1024, 768); }, 5000));
    QTest::keyClicks(&ws.panel(), QStringLiteral("2344"));
    QTest::keyClick(&ws.panel(), Qt::Key_R, Qt::ControlModifier);
    REQUIRE(presenter->shownText().contains(u"Only 4 votes"));
    checkLayout(*presenter);
    QApplication::processEvents();
    REQUIRE(presenter->grab().save(folder + QStringLiteral("/presenter.png")));
    w.session()->document().close();
}

TEST_CASE("the Start Session dialog offers the disagreement rule, and the session judges by it",
          "[gui][workshop][flow][rule]")
{
    Room ws;
    MainWindow &w = ws.w;
    StartSessionDialog dialog(w.session()->framework());
    CHECK(dialog.choices().rule == workshop::DisagreementRule::Range); // the default
    for (const char *name : {"rule-range", "rule-iqr", "rule-median-share"}) {
        const auto *button = dialog.findChild<QRadioButton *>(QString::fromLatin1(name));
        REQUIRE(button);
        CHECK(button->text().contains(u':')); // a one-line explanation after the name
    }
    dialog.findChild<QRadioButton *>(QStringLiteral("rule-iqr"))->click();
    CHECK(dialog.choices().rule == workshop::DisagreementRule::InterquartileRange);

    // 1 3 3 3 3: a range of 2 is disagreement, an interquartile range of 1 is not.
    StartSessionDialog::Choices c = people(5);
    c.rule = workshop::DisagreementRule::InterquartileRange;
    dialog.setChoices(c);
    CHECK(dialog.choices().rule == workshop::DisagreementRule::InterquartileRange);
    REQUIRE(w.startWorkshop(dialog.choices()));
    CHECK(ws.find<QLabel>("workshopHeading")->text().contains(u"disagreement: Interquartile range"));
    QTest::keyClicks(&ws.panel(), QStringLiteral("13333"));
    QTest::keyClick(&ws.panel(), Qt::Key_R, Qt::ControlModifier);
    REQUIRE(ws.round().summary());
    CHECK_FALSE(ws.round().summary()->disagreement);
    CHECK_FALSE(ws.find<QLabel>("spread")->text().contains(u"DISAGREEMENT"));
    REQUIRE(w.session()->workshop().sessions.size() == 1);
    CHECK(w.session()->workshop().sessions[0].disagreementRule == workshop::DisagreementRule::InterquartileRange);
}
