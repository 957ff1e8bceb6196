// SPDX-License-Identifier: GPL-3.0-or-later
// The session behind the window: undoable, durable edits; the navigator and gap list models
// (under QAbstractItemModelTester) and the radar following them.
#include "charts/radarchart.h"
#include "framework/frameworkcatalog.h"
#include "models/gaplistmodel.h"
#include "models/navigatormodel.h"
#include "session/assessmentsession.h"
#include "storage/document.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QLineSeries>
#include <QSignalSpy>

using namespace wgll;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<AssessmentSession> session;

    Fixture()
    {
        static const FrameworkCatalog catalog = FrameworkCatalog::load({});
        Error error;
        AssessmentInfo info;
        info.organisation = QStringLiteral("Northshire Hospitals NHS FT");
        auto doc = wgll::take(storage::Document::create(dir.filePath(QStringLiteral("a.wgll")),
                                             catalog.find(QStringLiteral("wgll-org"))->framework, info,
                                             dir.filePath(QStringLiteral("work"))), error);
        REQUIRE(doc);
        session = std::make_unique<AssessmentSession>(std::move(doc));
    }
    std::optional<int> storedScore(const QString &id) const { return session->document().answer(id)->score; }
};

QString cell(const QModelIndex &i, int column)
{
    return i.siblingAtColumn(column).data().toString();
}

} // namespace

TEST_CASE("edits are durable at once, undoable and redoable", "[gui][session]")
{
    Fixture f;
    AssessmentSession &s = *f.session;
    QSignalSpy changed(&s, &AssessmentSession::answerChanged);
    REQUIRE(s.setScore(QStringLiteral("1.1"), 3));
    CHECK(f.storedScore(QStringLiteral("1.1")) == 3); // in the working copy already
    CHECK(changed.count() == 1);
    CHECK(*s.scorecard().measure(QStringLiteral("1"))->score == Approx(3.0));
    REQUIRE(s.setScore(QStringLiteral("1.1"), 5));
    CHECK(s.undoStack()->count() == 2);
    CHECK(s.undoStack()->undoText() == u"Score 1.1 as 5");

    s.undoStack()->undo();
    CHECK(f.storedScore(QStringLiteral("1.1")) == 3);
    CHECK(s.answer(QStringLiteral("1.1")).score == 3);
    s.undoStack()->undo();
    CHECK_FALSE(f.storedScore(QStringLiteral("1.1")));
    CHECK_FALSE(s.scorecard().overall);
    s.undoStack()->redo();
    s.undoStack()->redo();
    CHECK(f.storedScore(QStringLiteral("1.1")) == 5);
    CHECK(changed.count() == 6);

    // Setting what is already there is not an edit.
    REQUIRE(s.setScore(QStringLiteral("1.1"), 5));
    CHECK(s.undoStack()->count() == 2);
}

TEST_CASE("N/A needs a reason, and invalid edits are refused and change nothing", "[gui][session]")
{
    Fixture f;
    AssessmentSession &s = *f.session;
    QSignalSpy failed(&s, &AssessmentSession::failed);
    CHECK_FALSE(s.setNotApplicable(QStringLiteral("2.1"), QStringLiteral("   ")));
    CHECK(failed.count() == 1);
    CHECK(failed.first().first().toString().contains(u"needs a reason"));
    CHECK_FALSE(s.answer(QStringLiteral("2.1")).notApplicable);
    CHECK(s.undoStack()->count() == 0);
    CHECK_FALSE(s.setScore(QStringLiteral("2.1"), 9));
    CHECK_FALSE(s.setWeight(QStringLiteral("2.1"), 4));
    CHECK(failed.count() == 3);
    CHECK(s.undoStack()->count() == 0);
    REQUIRE(s.setNotApplicable(QStringLiteral("2.1"), QStringLiteral("Shared service run by the ICS")));
    CHECK(f.session->document().answer(QStringLiteral("2.1"))->naReason == u"Shared service run by the ICS");
}

TEST_CASE("typing notes merges into one undo step per statement", "[gui][session]")
{
    Fixture f;
    AssessmentSession &s = *f.session;
    for (const char *text : {"B", "Bo", "Boa", "Board papers"})
        REQUIRE(s.setNotes(QStringLiteral("1.1"), QString::fromUtf8(text)));
    CHECK(s.undoStack()->count() == 1);
    REQUIRE(s.setNotes(QStringLiteral("1.2"), QStringLiteral("x")));
    CHECK(s.undoStack()->count() == 2);
    s.undoStack()->undo();
    s.undoStack()->undo();
    CHECK(s.answer(QStringLiteral("1.1")).notes.isEmpty());
}

TEST_CASE("the navigator and gap list follow every edit, and pass the model tester", "[gui][models]")
{
    Fixture f;
    AssessmentSession &s = *f.session;
    NavigatorModel navigator(s);
    NavigatorFilter filter;
    filter.setSourceModel(&navigator);
    GapListModel gaps(s);
    QAbstractItemModelTester t1(&navigator, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t3(&gaps, QAbstractItemModelTester::FailureReportingMode::Fatal);

    REQUIRE(navigator.rowCount() == 7);
    const QModelIndex wellLed = navigator.index(0, 0);
    CHECK(navigator.rowCount(wellLed) == 7);
    CHECK(cell(wellLed, NavigatorModel::StatementColumn) == u"1  Well led");
    CHECK(cell(wellLed, NavigatorModel::ScoreColumn) == u"–");

    REQUIRE(s.setScore(QStringLiteral("1.1"), 2));
    REQUIRE(s.setScore(QStringLiteral("1.2"), 5));
    REQUIRE(s.setNotApplicable(QStringLiteral("1.3"), QStringLiteral("Not ours")));
    const QModelIndex s11 = navigator.indexOf(QStringLiteral("1.1"));
    CHECK(cell(s11, NavigatorModel::ScoreColumn) == u"2");
    CHECK(cell(navigator.indexOf(QStringLiteral("1.3")), NavigatorModel::ScoreColumn) == u"N/A");
    CHECK(cell(wellLed, NavigatorModel::ScoreColumn) == u"3.5");
    REQUIRE(gaps.rowCount() == 1);
    CHECK(gaps.index(0, GapListModel::Statement).data(GapListModel::IdRole).toString() == u"1.1");
    CHECK(gaps.index(0, GapListModel::Statement).data().toString().startsWith(u"1.1  "));
    CHECK(gaps.index(0, GapListModel::Priority).data().toInt() == 2);

    SECTION("filters")
    {
        filter.setShow(NavigatorFilter::Show::HasGap);
        REQUIRE(filter.rowCount() == 1); // only Well led keeps a statement
        CHECK(filter.rowCount(filter.index(0, 0)) == 1);
        filter.setShow(NavigatorFilter::Show::NotApplicable);
        CHECK(filter.index(0, 0, filter.index(0, 0)).data(NavigatorModel::IdRole).toString() == u"1.3");
        filter.setShow(NavigatorFilter::Show::Unscored);
        CHECK(filter.rowCount(filter.index(0, 0)) == 4);
        filter.setShow(NavigatorFilter::Show::All);
        filter.setSearchText(QStringLiteral("CYBER"));
        int matches = 0;
        for (int m = 0; m < filter.rowCount(); ++m)
            matches += filter.rowCount(filter.index(m, 0));
        CHECK(matches >= 3);
    }
    SECTION("undo flows through to the models")
    {
        s.undoStack()->setIndex(0);
        CHECK(gaps.rowCount() == 0);
        CHECK(cell(wellLed, NavigatorModel::ScoreColumn) == u"–");
    }
}

TEST_CASE("the radar draws current, target and baseline polygons on the 7 spokes", "[gui][chart]")
{
    Fixture f;
    AssessmentSession &s = *f.session;
    REQUIRE(s.setScore(QStringLiteral("1.1"), 2));
    REQUIRE(s.setScore(QStringLiteral("2.1"), 4));
    RadarChart radar;
    RadarChart::Data data;
    for (const MeasureResult &m : s.scorecard().measures) {
        data.measures.append(m.title);
        data.current.append(m.score);
        data.target.append(m.target);
    }
    radar.setData(data);
    const QList<QPointF> current = radar.currentSeries()->points();
    REQUIRE(current.size() == 8); // 7 spokes, closed back to the first
    CHECK(current[0].y() == Approx(2.0));
    CHECK(current[1].y() == Approx(4.0));
    CHECK(current[2].y() == Approx(0.0)); // not scored: at the centre
    CHECK(current[7] == QPointF(360.0, 2.0));
    CHECK(radar.targetSeries()->points()[3].y() == Approx(4.0));
    CHECK_FALSE(radar.baselineSeries()->isVisible());
    CHECK(radar.accessibleDescription().startsWith(u"Well led 2.0 (target 4.0)"));
    data.baseline = data.current;
    radar.setData(data);
    CHECK(radar.baselineSeries()->isVisible());
    radar.resize(600, 500);
    CHECK_FALSE(radar.grab().isNull());
}

TEST_CASE("an edit that changes nothing leaves no undo step and writes nothing", "[gui][session][edit]")
{
    Fixture f;
    AssessmentSession &s = *f.session;
    REQUIRE(s.setScore(QStringLiteral("1.1"), 3));
    REQUIRE(s.setNotes(QStringLiteral("1.2"), QStringLiteral("Minutes")));
    const qint64 generation = s.document().generation();
    QSignalSpy changed(&s, &AssessmentSession::answerChanged);
    QSignalSpy details(&s, &AssessmentSession::detailsChanged);

    REQUIRE(s.setScore(QStringLiteral("1.1"), 3));
    REQUIRE(s.setNotes(QStringLiteral("1.2"), QStringLiteral("Minutes")));
    REQUIRE(s.setWeight(QStringLiteral("2.1"), 1));
    REQUIRE(s.setDetails(s.assessment().info));
    CHECK(s.undoStack()->count() == 2);
    CHECK(s.document().generation() == generation);
    CHECK(changed.count() == 0);
    CHECK(details.count() == 0);

    // Nor does it throw away what could be redone.
    s.undoStack()->undo();
    REQUIRE(s.setScore(QStringLiteral("1.1"), 3));
    CHECK(s.undoStack()->canRedo());
}

TEST_CASE("a refused edit leaves no undo step, and the step before it still undoes", "[gui][session][edit]")
{
    Fixture f;
    AssessmentSession &s = *f.session;
    REQUIRE(s.setScore(QStringLiteral("1.1"), 3));
    const qint64 generation = s.document().generation();
    QSignalSpy failed(&s, &AssessmentSession::failed);

    CHECK_FALSE(s.setScore(QStringLiteral("1.1"), 9));
    CHECK_FALSE(s.setTarget(QStringLiteral("1.1"), 0));
    AssessmentInfo info = s.assessment().info;
    info.organisation = QStringLiteral("bell \a");
    CHECK_FALSE(s.setDetails(info));
    CHECK(failed.count() == 3);
    CHECK(failed.at(0).first().toString().startsWith(u"Not saved (Score 1.1 as 9): "));
    CHECK(s.undoStack()->count() == 1);
    CHECK(s.undoStack()->undoText() == u"Score 1.1 as 3");
    CHECK(s.document().generation() == generation);

    s.undoStack()->undo();
    CHECK_FALSE(f.storedScore(QStringLiteral("1.1")));
}

TEST_CASE("a merged run of note edits undoes and redoes as one step", "[gui][session][edit]")
{
    Fixture f;
    AssessmentSession &s = *f.session;
    REQUIRE(s.setNotes(QStringLiteral("1.1"), QStringLiteral("Board")));
    REQUIRE(s.setNotes(QStringLiteral("1.1"), QStringLiteral("Board papers")));
    REQUIRE(s.setNotes(QStringLiteral("1.1"), QStringLiteral("Board papers, May")));
    REQUIRE(s.undoStack()->count() == 1);

    s.undoStack()->undo();
    CHECK(s.document().answer(QStringLiteral("1.1"))->notes.isEmpty());
    CHECK(s.answer(QStringLiteral("1.1")).notes.isEmpty());
    s.undoStack()->redo();
    CHECK(s.document().answer(QStringLiteral("1.1"))->notes == u"Board papers, May");
    CHECK(s.answer(QStringLiteral("1.1")).notes == u"Board papers, May");
    CHECK(s.undoStack()->count() == 1);

    // A run typed back to where it started is no step at all; a score is a step of its own.
    REQUIRE(s.setNotes(QStringLiteral("1.2"), QStringLiteral("x")));
    REQUIRE(s.setNotes(QStringLiteral("1.2"), QString()));
    CHECK(s.undoStack()->count() == 1);
    REQUIRE(s.setScore(QStringLiteral("1.1"), 4));
    REQUIRE(s.setNotes(QStringLiteral("1.1"), QStringLiteral("Board papers, June")));
    CHECK(s.undoStack()->count() == 3);
}
