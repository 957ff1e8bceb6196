// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13: the window's text inputs against the document's text rules. Each field is limited to
// the rule's limit (assessment/textlimits.h), never cuts text the file already holds, and text
// the rule refuses (too long, a control character) is refused with a message, kept where the
// user typed it, and nothing of it is saved.
#include "actionspanel.h"
#include "assessment/textlimits.h"
#include "assessmentdetailsdialog.h"
#include "mainwindow.h"
#include "session/assessmentsession.h"
#include "settingsdialog.h"
#include "storage/assessmentfile.h"
#include "storage/document.h"
#include "testsupport.h"
#include "windowfixture.h"
#include "workshop/startsessiondialog.h"
#include "workshop/votinground.h"
#include "workshop/workshoppanel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>

using namespace wgll;
using wgll::test::find;
using wgll::test::Fixture;

namespace {

/// `n` characters outside the Basic Multilingual Plane: n code points, 2n UTF-16 units.
QString emoji(int n)
{
    QString s;
    for (int i = 0; i < n; ++i)
        s += QString::fromUcs4(U"\U0001F3E5");
    return s;
}

QString savedNotes(const QString &file, const QString &indicator)
{
    Error error;
    const std::optional<Assessment> saved = storage::readAssessmentFile(file, error);
    INFO(error.toString().toStdString());
    REQUIRE(saved);
    return saved->answer(indicator)->notes;
}

} // namespace

TEST_CASE("the details dialog limits its fields to textlimits.h and never cuts what the file holds",
          "[gui][window][limits]")
{
    Fixture f;
    MainWindow w(&f.prompter);
    REQUIRE(w.openFile(f.file));
    // 300 characters are within the rule, but 600 UTF-16 units: a field cut at 300 units would
    // halve the organisation on OK.
    AssessmentInfo info = w.session()->assessment().info;
    info.organisation = emoji(int(text::MaxName));
    REQUIRE(w.session()->setDetails(info));

    const auto shown = test::whenShown<AssessmentDetailsDialog>([](AssessmentDetailsDialog &d) {
        auto *organisation = find<QLineEdit>(d, "detailsOrganisation");
        auto *period = find<QLineEdit>(d, "detailsPeriod");
        CHECK(period->maxLength() == text::MaxName);
        CHECK(organisation->maxLength() >= text::MaxName);
        CHECK(organisation->text() == emoji(int(text::MaxName)));
        // Typing stops at the limit.
        period->setText(QString(int(text::MaxName) + 50, u'p'));
        CHECK(period->text().size() == text::MaxName);
        period->setText(QStringLiteral("2026/27"));
        d.accept();
    });
    w.findChild<QAction *>(QStringLiteral("assessmentDetailsAction"))->trigger();
    test::ranOn(shown);
    CHECK(w.session()->document().info().organisation == emoji(int(text::MaxName)));
    CHECK(w.session()->document().info().period == u"2026/27");

    // The other dialogs' fields carry the same limits.
    ActionDialog action(Action{0, QStringLiteral("1.1"), {}, {}, {}, QStringLiteral("open")});
    CHECK(find<QLineEdit>(action, "actionText")->maxLength() == text::MaxActionText);
    CHECK(find<QLineEdit>(action, "actionOwner")->maxLength() == text::MaxName);
    SettingsDialog settings(Preferences{});
    auto *author = find<QLineEdit>(settings, "authorName");
    CHECK(author->maxLength() == text::MaxName);
    // The name goes into every edit's history: one the rules refuse is refused here, and kept.
    author->setText(QStringLiteral("Alice\tSmith"));
    find<QDialogButtonBox>(settings, "settingsButtons")->button(QDialogButtonBox::Ok)->click();
    CHECK(settings.result() != QDialog::Accepted);
    CHECK_FALSE(find<QLabel>(settings, "authorNameProblem")->isHidden());
    CHECK(find<QLabel>(settings, "authorNameProblem")->text().contains(u"control character (U+0009)"));
    CHECK(author->text() == u"Alice\tSmith");

    // The N/A reason's rule is 20,000 characters: a long reason from the file is shown whole.
    const QString reason = QString(1000, u'r');
    REQUIRE(w.session()->setNotApplicable(QStringLiteral("1.1"), reason));
    REQUIRE(w.selectItem(QStringLiteral("1.1")));
    auto *naReason = find<QLineEdit>(w, "naReason");
    CHECK(naReason->text() == reason);
    CHECK(naReason->maxLength() == text::MaxLongText);
    w.session()->document().close();
}

TEST_CASE("an overlong or control-character note is refused with a message, kept in the editor, not saved",
          "[gui][window][limits]")
{
    Fixture f;
    MainWindow w(&f.prompter);
    REQUIRE(w.openFile(f.file));
    REQUIRE(w.selectItem(QStringLiteral("1.1")));
    auto *notes = find<QPlainTextEdit>(w, "notes");

    // A paste of 20,001 characters: the editor takes it (it has no maximum), the document refuses it.
    const QString pasted = QString(int(Answer::MaxNotes) + 1, u'n');
    w.statusBar()->clearMessage();
    notes->setPlainText(pasted);
    REQUIRE(QTest::qWaitFor([&] { return w.statusBar()->currentMessage().contains(u"Not saved"); }));
    const QString message = w.statusBar()->currentMessage();
    CHECK(message.contains(u"Not saved"));
    CHECK(message.contains(u"notes of 1.1"));
    CHECK(message.contains(u"longer than 20000 characters"));
    CHECK(w.session()->answer(QStringLiteral("1.1")).notes.isEmpty());
    CHECK(notes->toPlainText() == pasted);

    // Another edit of the statement (a score) redraws the panel: the user's text stays.
    REQUIRE(w.session()->setScore(QStringLiteral("1.1"), 3));
    CHECK(notes->toPlainText() == pasted);
    REQUIRE(w.save());
    CHECK(savedNotes(f.file, QStringLiteral("1.1")).isEmpty());

    // A control character is refused the same way.
    w.statusBar()->clearMessage();
    const QString bell = QStringLiteral("ring \a the bell");
    notes->setPlainText(bell);
    REQUIRE(QTest::qWaitFor([&] { return w.statusBar()->currentMessage().contains(u"Not saved"); }));
    CHECK(w.statusBar()->currentMessage().contains(u"control character (U+0007)"));
    CHECK(notes->toPlainText() == bell);
    CHECK(w.session()->answer(QStringLiteral("1.1")).notes.isEmpty());

    // Shortened to the limit, it is saved.
    const QString fits = QString(int(Answer::MaxNotes), u'n');
    notes->setPlainText(fits);
    REQUIRE(QTest::qWaitFor([&] { return w.session()->answer(QStringLiteral("1.1")).notes == fits; }));
    REQUIRE(w.save());
    CHECK(savedNotes(f.file, QStringLiteral("1.1")) == fits);
    w.session()->document().close();
}

TEST_CASE("a workshop whose people the rules refuse records nothing, and names are never cut",
          "[gui][workshop][limits]")
{
    Fixture f;
    MainWindow w(&f.prompter);
    REQUIRE(w.openFile(f.file));
    // Typed names are kept whole, to be refused with a reason rather than cut to fit.
    const QString longRole = QString(int(text::MaxName) + 1, u'r');
    const QList<StartSessionDialog::Person> people =
        StartSessionDialog::peopleFrom(u"Alice Smith, CIO\nBob Jones, " + longRole);
    REQUIRE(people.size() == 2);
    CHECK(people.at(1).role == longRole);

    StartSessionDialog::Choices c;
    c.title = QStringLiteral("Board workshop");
    c.date = QDate(2026, 11, 20);
    c.present = people;
    REQUIRE(w.workshopPanel());
    const std::optional<QString> problem = w.workshopPanel()->problemWith(c);
    REQUIRE(problem);
    CHECK(problem->contains(u"at most 300 characters"));
    CHECK(problem->contains(u"person 2"));
    CHECK_FALSE(w.startWorkshop(c));
    CHECK(w.session()->document().workshop().participants.isEmpty()); // not even Alice
    CHECK(w.session()->document().workshop().sessions.isEmpty());

    // Agreeing with a rationale the rules refuse sets neither the score nor the decision.
    c.present = StartSessionDialog::peopleFrom(QStringLiteral("Alice Smith, CIO\nBob Jones, CCIO"));
    REQUIRE(w.startWorkshop(c));
    VotingRound *round = w.workshopPanel()->round();
    REQUIRE(round);
    REQUIRE(round->enterNext(3));
    REQUIRE(round->enterNext(4));
    REQUIRE(round->reveal());
    const QString statement = round->statement();
    CHECK_FALSE(round->agree(4, QStringLiteral("agreed \x1b[31m in red"), {}));
    CHECK_FALSE(w.session()->answer(statement).score);
    CHECK(w.session()->document().workshop().decisions.isEmpty());
    CHECK(w.statusBar()->currentMessage().contains(u"control character"));
    w.session()->document().close();
}
