// SPDX-License-Identifier: GPL-3.0-or-later
// Analyse → Compare with Another Assessment (issue 19 item 6): the demo against a copy changed
// in known ways lists exactly those changes, one row per kind, filters by kind and by text,
// overlays the two radars, exports the chart, and a bad file is told without changing anything.
#include "analysis/analysisviews.h"
#include "analysis/compareview.h"
#include "analysis/comparisonmodel.h"
#include "assessmentfiles.h"
#include "demoassessment.h"
#include "session/assessmentsession.h"
#include "windowfixture.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSortFilterProxyModel>

using namespace wgll;
using namespace wgll::test;
using analysis::ChangeKind;
using analysis::ComparisonModel;

namespace {

/// The kinds of the rows the view shows, in order, with their statements.
QStringList shownRows(const QAbstractItemModel &model)
{
    QStringList rows;
    for (int r = 0; r < model.rowCount(); ++r)
        rows.append(model.index(r, ComparisonModel::StatementColumn).data().toString() + u' ' +
                    model.index(r, ComparisonModel::KindColumn).data().toString());
    return rows;
}

/// A copy of the demo as last quarter's: 1.1 at another level, 1.2 N/A, 1.3 unscored, 2.1's
/// target and 2.2's weight changed; nothing else.
QString changedCopy(const QString &demoFile, const QString &copy)
{
    REQUIRE(QFile::copy(demoFile, copy));
    QFile(copy).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    Error error;
    auto doc = wgll::take(storage::Document::open(copy), error);
    INFO(error.toString().toStdString());
    REQUIRE(doc);
    const auto answerOf = [&](const char *id) {
        std::optional<Answer> a = doc->answer(QString::fromLatin1(id));
        INFO("the demo answers " << id);
        REQUIRE(a);
        REQUIRE(a->score); // scored in the demo, so each change below is of one kind only
        return *a;
    };
    Answer score = answerOf("1.1");
    score.score = *score.score == 1 ? 2 : 1;
    Answer na = answerOf("1.2");
    na.score.reset();
    na.notApplicable = true;
    na.naReason = QStringLiteral("service moved");
    Answer unscored = answerOf("1.3");
    unscored.score.reset();
    Answer target = answerOf("2.1");
    const int effective = target.target.value_or(doc->info().defaultTarget);
    target.target = effective == 5 ? 3 : 5;
    Answer weight = answerOf("2.2");
    weight.weight = weight.weight == 3 ? 1 : 3;
    REQUIRE(static_cast<bool>(doc->setAnswers({score, na, unscored, target, weight})));
    REQUIRE(static_cast<bool>(doc->save()));
    doc->close();
    return copy;
}

} // namespace

TEST_CASE("compare view lists exactly the changes of a changed copy, filters them and overlays the radars",
          "[gui][analysis][compare]")
{
    Fixture f;
    const std::optional<demo::Files> bundled = demo::bundled();
    REQUIRE(bundled); // the build makes it (gui_tests depends on the demo target)
    const QString current = f.dir.filePath(QStringLiteral("demo.wgll"));
    REQUIRE(QFile::copy(bundled->current, current));
    QFile(current).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    const QString earlier = changedCopy(current, f.dir.filePath(QStringLiteral("changed.wgll")));

    MainWindow w(&f.prompter);
    REQUIRE(w.openFile(current));
    f.prompter.files = {earlier};
    QAction *compare = find<QAction>(w, "compareWithAnother");
    REQUIRE(compare->isEnabled());
    compare->trigger();
    CHECK(f.prompter.problems.isEmpty());
    analysis::CompareView *view = w.analysis()->compareView();
    REQUIRE(view);
    CHECK(view->isVisible());
    CHECK(w.analysis()->comparedWith());

    // Exactly the five changes made, each of its own kind, in the framework's order.
    CHECK(shownRows(*view->changes()) == QStringList{QStringLiteral("1.1 score"), QStringLiteral("1.2 N/A"),
                                                     QStringLiteral("1.3 unscored"), QStringLiteral("2.1 target"),
                                                     QStringLiteral("2.2 weight")});
    const auto &rows = view->changes()->rows();
    CHECK(rows.at(1).before == u"N/A"); // "before" is the other file, where 1.2 became N/A
    CHECK(rows.at(1).after != u"N/A");
    CHECK(rows.at(2).before == u"unscored");

    // The kind filter, then the text filter on top of it and alone.
    view->kindFilter()->setCurrentIndex(view->kindFilter()->findData(static_cast<int>(ChangeKind::Target)));
    CHECK(shownRows(*view->filtered()) == QStringList{QStringLiteral("2.1 target")});
    view->kindFilter()->setCurrentIndex(0);
    view->textFilter()->setText(QStringLiteral("1.3"));
    CHECK(shownRows(*view->filtered()) == QStringList{QStringLiteral("1.3 unscored")});
    view->textFilter()->clear();
    CHECK(view->filtered()->rowCount() == 5);

    // The two radars overlaid: the open file filled, the other dotted, one value per measure.
    const RadarChart::Data &radar = view->radar()->data();
    CHECK(radar.measures.size() == 7);
    CHECK(radar.baseline.size() == 7);
    CHECK(radar.current != radar.baseline); // 1.1, 1.2 and 1.3 move measure 1
    CHECK(view->radar()->baselineSeries()->isVisible());
}

TEST_CASE("compare view tells a bad file by name and keeps what it showed", "[gui][analysis][compare]")
{
    Fixture f;
    const QString other = f.dir.filePath(QStringLiteral("other.wgll"));
    writeAssessment(other, QStringLiteral("wgll-org"), QStringLiteral("Northshire Hospitals NHS FT"),
                    QStringLiteral("2025/26"), {scored(QStringLiteral("1.1"), 3)});
    MainWindow w(&f.prompter);
    REQUIRE(w.openFile(f.file));
    REQUIRE(w.analysis()->compareWith(other));
    const qsizetype shown = w.analysis()->compareView()->changes()->rowCount();
    CHECK(shown == 1); // 1.1 scored there, unscored here

    const QString junk = f.dir.filePath(QStringLiteral("junk.wgll"));
    writeAll(junk, "not an assessment");
    CHECK_FALSE(w.analysis()->compareWith(junk));
    REQUIRE(f.prompter.problems.size() == 1);
    CHECK(f.prompter.problems.constFirst().startsWith(junk + u": "));

    const QString ics = f.dir.filePath(QStringLiteral("ics.wgll"));
    writeAssessment(ics, QStringLiteral("wgll-ics"), QStringLiteral("Northshire ICS"), QStringLiteral("2025/26"), {});
    CHECK_FALSE(w.analysis()->compareWith(ics));
    REQUIRE(f.prompter.problems.size() == 2);
    CHECK(f.prompter.problems.at(1).startsWith(ics + u": "));
    // Nothing changed: the earlier comparison is still the one shown.
    CHECK(w.analysis()->compareView()->otherFile() == other);
    CHECK(w.analysis()->compareView()->changes()->rowCount() == shown);
}

TEST_CASE("compare view exports its radar as PNG and SVG", "[gui][analysis][compare]")
{
    Fixture f;
    const QString other = f.dir.filePath(QStringLiteral("other.wgll"));
    writeAssessment(other, QStringLiteral("wgll-org"), QStringLiteral("Northshire Hospitals NHS FT"),
                    QStringLiteral("2025/26"), {scored(QStringLiteral("1.1"), 3)});
    MainWindow w(&f.prompter);
    REQUIRE(w.openFile(f.file));
    REQUIRE(w.analysis()->compareWith(other));
    analysis::CompareView *view = w.analysis()->compareView();
    const QString png = f.dir.filePath(QStringLiteral("radar.png"));
    f.prompter.files = {png};
    find<QPushButton>(*view, "compareExportChart")->click();
    CHECK(readAll(png).startsWith("\x89PNG"));
    const QImage image(png);
    CHECK(image.size() == QSize(1200, 900));
    const QString svg = f.dir.filePath(QStringLiteral("radar.svg"));
    REQUIRE(view->exportChart(svg));
    const QByteArray drawing = readAll(svg);
    CHECK(drawing.contains("<svg"));
    CHECK(drawing.contains("2025/26")); // the other file's line, named by its period in the legend
    CHECK(f.prompter.problems.isEmpty());
}
