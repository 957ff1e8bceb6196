// SPDX-License-Identifier: GPL-3.0-or-later
// The window's board paper commands (issue 16): File → Report Details, Sign Off and Reopen for
// Changes, and a signed-off assessment that offers no edit.
#include "mainwindow.h"
#include "reportdetailsdialog.h"
#include "session/assessmentsession.h"
#include "storage/document.h"
#include "testsupport.h"
#include "windowfixture.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

using namespace wgll;
using wgll::test::find;
using wgll::test::Fixture;

namespace {

QAction *action(const MainWindow &w, const char *name)
{
    return find<QAction>(w, name);
}

// Saves a picture of `widget` where WGLL_SCREENSHOT_DIR says, for a person to look at.
void keepPicture(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("WGLL_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget.grab().save(dir + u'/' + name);
}

} // namespace

TEST_CASE("File → Report Details edits every cover sheet field, and the dialog fits a 1366×768 screen",
          "[gui][signoff][cover]")
{
    Fixture f;
    MainWindow w(&f.prompter);
    REQUIRE(w.openFile(f.file));
    const auto filled = test::whenShown<ReportDetailsDialog>([](ReportDetailsDialog &d) {
        // A laptop screen less its panel: the whole dialog shows, OK button included.
        CHECK(d.sizeHint().height() <= 720);
        CHECK(d.sizeHint().width() <= 1366);
        find<QLineEdit>(d, "coverMeeting")->setText(QStringLiteral("Trust Board (public)"));
        find<QDateEdit>(d, "coverMeetingDate")->setDate(QDate(2026, 12, 3));
        find<QLineEdit>(d, "coverAgendaItem")->setText(QStringLiteral("8.2"));
        find<QLineEdit>(d, "coverReportTitle")->setText(QStringLiteral("Digital maturity"));
        auto *purpose = find<QComboBox>(d, "coverPurpose");
        purpose->setCurrentIndex(purpose->findData(QStringLiteral("Assurance")));
        find<QPlainTextEdit>(d, "coverRecommendation")->setPlainText(QStringLiteral("Note the assessment."));
        auto *assurance = find<QComboBox>(d, "coverAssurance");
        assurance->setCurrentIndex(assurance->findData(QStringLiteral("Limited")));
        find<QPlainTextEdit>(d, "coverAssuranceRationale")->setPlainText(QStringLiteral("6 of 47 evidenced."));
        find<QPlainTextEdit>(d, "coverRisks")->setPlainText(QStringLiteral("SR5 Cyber security\nBAF 2.1"));
        find<QLineEdit>(d, "coverAuthor")->setText(QStringLiteral("Head of Digital"));
        find<QLineEdit>(d, "coverExecutiveLead")->setText(QStringLiteral("CDIO"));
        find<QLineEdit>(d, "coverPreviouslyConsidered")->setText(QStringLiteral("Digital Committee"));
        find<QPlainTextEdit>(d, "coverExecutiveSummary")->setPlainText(QStringLiteral("Maturity rose."));
        d.resize(d.sizeHint());
        keepPicture(d, QStringLiteral("report-details.png"));
        d.accept();
    });
    action(w, "reportDetailsAction")->trigger();
    test::ranOn(filled);
    const CoverSheet stored = w.session()->document().cover();
    CHECK(stored.meeting == u"Trust Board (public)");
    CHECK(stored.meetingDate == QDate(2026, 12, 3));
    CHECK(stored.agendaItem == u"8.2");
    CHECK(stored.reportTitle == u"Digital maturity");
    CHECK(stored.purpose == u"Assurance");
    CHECK(stored.recommendation == u"Note the assessment.");
    CHECK(stored.assurance == u"Limited");
    CHECK(stored.assuranceRationale == u"6 of 47 evidenced.");
    CHECK(stored.risks == u"SR5 Cyber security\nBAF 2.1");
    CHECK(stored.author == u"Head of Digital");
    CHECK(stored.executiveLead == u"CDIO");
    CHECK(stored.previouslyConsidered == u"Digital Committee");
    CHECK(stored.executiveSummary == u"Maturity rose.");
    CHECK(w.session()->assessment().cover == stored);

    // Opened again, the dialog shows what is stored; a field too long keeps it open, says why,
    // and stores nothing.
    const auto refused = test::whenShown<ReportDetailsDialog>([](ReportDetailsDialog &d) {
        CHECK(find<QLineEdit>(d, "coverMeeting")->text() == u"Trust Board (public)");
        CHECK(find<QDateEdit>(d, "coverMeetingDate")->date() == QDate(2026, 12, 3));
        find<QPlainTextEdit>(d, "coverRisks")->setPlainText(QString(4001, u'x'));
        d.accept();
        QTimer::singleShot(0, &d, [&d] {
            CHECK(find<QLabel>(d, "coverProblem")->text().contains(u"the risks is longer than 4000"));
            d.reject();
        });
    });
    action(w, "reportDetailsAction")->trigger();
    test::ranOn(refused);
    CHECK(w.session()->document().cover().risks == u"SR5 Cyber security\nBAF 2.1");
}

TEST_CASE("File → Sign Off: the window says so and offers no edit, and Reopen for Changes asks, then allows them",
          "[gui][signoff]")
{
    Fixture f;
    MainWindow w(&f.prompter);
    w.resize(1366, 768);
    REQUIRE(w.openFile(f.file));
    REQUIRE(w.session()->setScore(QStringLiteral("1.1"), 3));
    REQUIRE(w.selectItem(QStringLiteral("1.1")));
    auto *state = find<QLabel>(w, "signOffState");
    CHECK(state->text() == u"Revision 1");
    CHECK_FALSE(action(w, "reopenAction")->isEnabled());

    const auto signedOff = test::whenShown<SignOffDialog>([](SignOffDialog &d) {
        find<QLineEdit>(d, "signOffBy")->setText(QStringLiteral("Jane Chair"));
        find<QLineEdit>(d, "signOffMeeting")->setText(QStringLiteral("Trust Board"));
        d.accept();
    });
    action(w, "signOffAction")->trigger();
    test::ranOn(signedOff);
    const SignOff *s = w.session()->signOffInForce();
    REQUIRE(s);
    CHECK(s->by == u"Jane Chair");
    CHECK(s->meeting == u"Trust Board");
    CHECK(state->text() == u"Signed off by Jane Chair, revision 1");
    CHECK(state->toolTip().contains(s->contentSha256));
    CHECK(w.windowTitle().contains(u"Signed off by Jane Chair, revision 1"));
    CHECK(find<QLabel>(w, "assessmentDetails")->text().contains(u"Final"));
    // Nothing offers an edit the document would refuse.
    CHECK_FALSE(find<QAbstractButton>(w, "level4")->isEnabled());
    CHECK_FALSE(action(w, "assessmentDetailsAction")->isEnabled());
    CHECK_FALSE(action(w, "reportDetailsAction")->isEnabled());
    CHECK_FALSE(action(w, "signOffAction")->isEnabled());
    CHECK_FALSE(action(w, "startWorkshop")->isEnabled());
    CHECK(action(w, "reopenAction")->isEnabled());
    CHECK_FALSE(w.session()->undoStack()->canUndo());
    // The scoring keys do nothing either.
    QTest::keyClick(find<QWidget>(w, "navigator"), Qt::Key_5);
    CHECK(w.session()->answer(QStringLiteral("1.1")).score == 3);
    REQUIRE(w.selectItem(QStringLiteral("1.1"))); // the tree's own type-ahead may have moved on
    CHECK_FALSE(find<QAbstractButton>(w, "level4")->isEnabled());
    w.show();
    keepPicture(w, QStringLiteral("signed-off-window.png"));
    w.hide();

    // Reopening asks who, then confirms; No leaves it signed off.
    f.answer = QMessageBox::No;
    auto named = test::whenShown<QInputDialog>([](QInputDialog &d) {
        d.setTextValue(QStringLiteral("Company Secretary"));
        d.accept();
    });
    action(w, "reopenAction")->trigger();
    test::ranOn(named);
    REQUIRE(f.questions.size() == 1);
    CHECK(f.questions.constFirst().contains(u"Revision 1, signed off by Jane Chair"));
    CHECK(f.questions.constFirst().contains(s->contentSha256.left(12)));
    CHECK(w.session()->signOffInForce());

    f.answer = QMessageBox::Yes;
    named = test::whenShown<QInputDialog>([](QInputDialog &d) {
        d.setTextValue(QStringLiteral("Company Secretary"));
        d.accept();
    });
    action(w, "reopenAction")->trigger();
    test::ranOn(named);
    CHECK_FALSE(w.session()->signOffInForce());
    const QList<SignOff> kept = w.session()->document().signOffs();
    REQUIRE(kept.size() == 1);
    CHECK(kept.constFirst().reopenedBy == u"Company Secretary");
    CHECK(state->text() == u"Revision 2");
    CHECK(find<QLabel>(w, "assessmentDetails")->text().contains(u"Draft"));
    CHECK(find<QAbstractButton>(w, "level4")->isEnabled());
    CHECK(action(w, "assessmentDetailsAction")->isEnabled());
    CHECK(action(w, "startWorkshop")->isEnabled());
    REQUIRE(w.session()->setScore(QStringLiteral("1.1"), 4));
    f.answer = QMessageBox::Discard;
    REQUIRE(w.closeAssessment());
    CHECK(find<QLabel>(w, "signOffState")->text().isEmpty());
    CHECK_FALSE(action(w, "signOffAction")->isEnabled());
}
