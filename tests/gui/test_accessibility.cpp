// SPDX-License-Identifier: GPL-3.0-or-later
// The window for someone who cannot use a mouse or see it well: every control has an accessible
// name and is reached by Tab; F6 moves between the panes; the colours hold up in a dark palette.
// Also the overview's baseline comparison and gap filter, which these walks pass through.
#include "assessmentdetailsdialog.h"
#include "charts/radarchart.h"
#include "colourscheme.h"
#include "framework/frameworkcatalog.h"
#include "mainwindow.h"
#include "scriptedprompter.h"
#include "models/gaplistmodel.h"
#include "newassessmentdialog.h"
#include "overviewpanel.h"
#include "session/assessmentsession.h"
#include "settingsdialog.h"
#include "storage/document.h"
#include "workshop/startsessiondialog.h"
#include "workshop/votinground.h"
#include "workshop/workshoppanel.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>

using namespace wgll;

namespace {

const Framework &orgFramework()
{
    static const FrameworkCatalog catalog = FrameworkCatalog::load({});
    return catalog.find(QStringLiteral("wgll-org"))->framework;
}

/// Makes an assessment with a few scores, so the gap list and the radar have something in them.
QString makeFile(const QTemporaryDir &dir, const QString &name, const QList<std::pair<QString, int>> &scores,
                 const Framework &framework = orgFramework())
{
    const QString file = dir.filePath(name);
    AssessmentInfo info;
    info.organisation = QStringLiteral("Northshire Hospitals NHS FT");
    info.period = name.section(u'.', 0, 0);
    Error error;
    auto doc = wgll::take(storage::Document::create(file, framework, info), error);
    REQUIRE(doc);
    for (const auto &[id, score] : scores) {
        Answer a = *doc->answer(id);
        a.score = score;
        REQUIRE(doc->setAnswer(a));
    }
    REQUIRE(doc->save());
    doc->close();
    return file;
}

struct Window
{
    QTemporaryDir dir;
    test::ScriptedPrompter prompter;
    MainWindow w{&prompter};

    explicit Window(const QList<std::pair<QString, int>> &scores = {{QStringLiteral("1.1"), 2},
                                                                    {QStringLiteral("2.3"), 1},
                                                                    {QStringLiteral("5.1"), 3}})
    {
        qputenv("WGLL_WORK_DIR", dir.filePath(QStringLiteral("work")).toUtf8());
        REQUIRE(w.openFile(makeFile(dir, QStringLiteral("2026.wgll"), scores)));
        w.resize(1440, 900);
        w.show();
        REQUIRE(QTest::qWaitForWindowExposed(&w));
    }
    ~Window() { w.session()->document().close(); }
};

bool isControl(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QAbstractSpinBox *>(w) ||
           qobject_cast<const QComboBox *>(w) || qobject_cast<const QLineEdit *>(w) ||
           qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QAbstractItemView *>(w);
}

/// The controls a person can reach: visible, enabled, taking focus from Tab, not a part of
/// another control (a spin box's line edit, a combo box's popup, a scroll bar).
QList<QWidget *> controls(const QWidget &window)
{
    QList<QWidget *> found;
    for (QWidget *c : window.findChildren<QWidget *>()) {
        if (!isControl(c) || !c->isVisible() || !c->isEnabled() || !(c->focusPolicy() & Qt::TabFocus))
            continue;
        if (c->parentWidget() && isControl(c->parentWidget()))
            continue;
        found.append(c);
    }
    return found;
}

QString describe(const QWidget *w)
{
    return QString::fromLatin1(w->metaObject()->className()) + u" \"" + w->objectName() + u'"';
}

/// WCAG relative luminance and contrast ratio.
double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

TEST_CASE("every control in the window has an accessible name", "[gui][accessibility]")
{
    Window win;
    QList<QWidget *> all = controls(win.w);
    // The overview's second tab too: the gap list, its filter, Export and the what-if count.
    win.w.findChild<OverviewPanel *>(QStringLiteral("overviewPanel"))->showGapList();
    for (QWidget *c : controls(win.w)) {
        if (!all.contains(c))
            all.append(c);
    }
    CHECK(all.size() > 20); // the walk saw the whole window, not the welcome label
    auto checkNames = [&win] {
        for (QWidget *c : controls(win.w)) {
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(c);
            REQUIRE(a);
            INFO(describe(c).toStdString());
            CHECK_FALSE(a->text(QAccessible::Name).trimmed().isEmpty());
        }
    };
    checkNames();
    // And with the workshop panel open, after a reveal (every control enabled).
    StartSessionDialog::Choices c;
    c.title = QStringLiteral("Workshop");
    c.date = QDate(2026, 11, 20);
    c.present = StartSessionDialog::peopleFrom(QStringLiteral("Alice\nBob"));
    REQUIRE(win.w.startWorkshop(c));
    REQUIRE(win.w.workshopPanel()->round()->enterNext(3));
    REQUIRE(win.w.workshopPanel()->round()->reveal());
    QStringList names;
    for (const QWidget *control : controls(win.w))
        names.append(control->objectName());
    CHECK(names.contains(u"agreedScore")); // the walk sees the workshop panel's controls
    CHECK(names.contains(u"logDecision"));
    checkNames();
}

TEST_CASE("Tab reaches every control, and F6 moves between the three panes", "[gui][accessibility]")
{
    Window win;
    auto *navigator = win.w.findChild<QTreeView *>(QStringLiteral("navigator"));
    navigator->setFocus();
    QSet<QWidget *> reached;
    for (int i = 0; i < 400; ++i) {
        QWidget *now = QApplication::focusWidget();
        REQUIRE(now);
        reached.insert(now);
        QTest::keyClick(now, Qt::Key_Tab);
    }
    for (QWidget *c : controls(win.w)) {
        INFO("not reached by Tab: " << describe(c).toStdString());
        CHECK((reached.contains(c) || reached.contains(c->focusProxy())));
    }

    navigator->setFocus();
    QTest::keyClick(navigator, Qt::Key_F6);
    CHECK(QApplication::focusWidget()->objectName() == u"level1");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    CHECK(QApplication::focusWidget()->objectName() == u"gapList");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    CHECK(QApplication::focusWidget() == navigator);
    QTest::keyClick(navigator, Qt::Key_F6, Qt::ShiftModifier);
    CHECK(QApplication::focusWidget()->objectName() == u"gapList");
}

namespace {

/// Every visible label has enough contrast in `scheme`, and the radar follows the palette.
void checkContrast(ColourScheme scheme)
{
    applyColourScheme(scheme);
    {
        Window win;
        auto *radar = win.w.findChild<RadarChart *>(QStringLiteral("radarChart"));
        int labels = 0;
        for (QLabel *label : win.w.findChildren<QLabel *>()) {
            if (!label->isVisible() || label->text().isEmpty())
                continue;
            ++labels;
            const QPalette p = label->palette();
            INFO(colourSchemeKey(scheme).toStdString() << ": " << describe(label).toStdString() << " "
                                                       << label->text().left(40).toStdString());
            // 4.5:1 is WCAG AA for body text; the descriptive grey is placeholder text at 3:1+.
            const double needed = label->foregroundRole() == QPalette::PlaceholderText ? 3.0 : 4.5;
            CHECK(contrast(p.color(label->foregroundRole()), p.color(label->backgroundRole())) >= needed);
        }
        CHECK(labels > 10);
        // The radar's words follow the palette rather than Qt Charts' fixed light theme.
        const QColor text = win.w.palette().color(QPalette::WindowText);
        CHECK(radar->chart()->legend()->labelColor() == text);
        CHECK(contrast(radar->targetSeries()->pen().color(), win.w.palette().color(QPalette::Window)) >= 3.0);
    }
    applyColourScheme(ColourScheme::System);
}

} // namespace

// One scheme per test case (so per process under ctest): LeakSanitizer reports Qt-internal
// allocations left when the application style is switched twice with a window made and
// destroyed in between; one switch and back is clean.
TEST_CASE("text keeps its contrast in the light colour scheme", "[gui][accessibility][colours]")
{
    checkContrast(ColourScheme::Light);
}

TEST_CASE("text keeps its contrast in the dark colour scheme", "[gui][accessibility][colours]")
{
    checkContrast(ColourScheme::Dark);
}

TEST_CASE("a baseline from another file shows on the radar and in the measure table", "[gui][window][baseline]")
{
    Window win({{QStringLiteral("1.1"), 4}, {QStringLiteral("1.2"), 4}});
    const QString older = makeFile(win.dir, QStringLiteral("2025.wgll"), {{QStringLiteral("1.1"), 2}});
    auto *radar = win.w.findChild<RadarChart *>(QStringLiteral("radarChart"));
    auto *table = win.w.findChild<QTableWidget *>(QStringLiteral("measureTable"));
    CHECK_FALSE(radar->baselineSeries()->isVisible());

    REQUIRE(win.w.showBaseline(older));
    CHECK(radar->baselineSeries()->isVisible());
    CHECK(radar->baselineSeries()->points().at(0).y() == Approx(2.0));
    CHECK(radar->currentSeries()->points().at(0).y() == Approx(4.0));
    CHECK_FALSE(table->isColumnHidden(4));
    CHECK(table->item(0, 4)->text() == u"2.0");
    REQUIRE(win.w.baseline());
    CHECK(win.w.baseline()->info.period == u"2025");

    // A file of another framework, or not a .wgll at all: said, and the baseline stays as it was.
    const QString ics = makeFile(win.dir, QStringLiteral("ics.wgll"), {},
                                 FrameworkCatalog::load({}).find(QStringLiteral("wgll-ics"))->framework);
    CHECK_FALSE(win.w.showBaseline(ics));
    CHECK(win.w.statusBar()->currentMessage().contains(u"cannot be compared"));
    const QString junk = win.dir.filePath(QStringLiteral("junk.wgll"));
    test::writeAll(junk, "not a database");
    CHECK_FALSE(win.w.showBaseline(junk));
    CHECK(win.w.statusBar()->currentMessage().contains(u"junk.wgll"));
    CHECK(radar->baselineSeries()->isVisible());

    win.w.hideBaseline();
    CHECK_FALSE(radar->baselineSeries()->isVisible());
    CHECK(table->isColumnHidden(4));
    CHECK_FALSE(win.w.baseline());
}

TEST_CASE("the gap list filters by success measure", "[gui][window][gaps]")
{
    Window win;
    auto *filter = win.w.findChild<QComboBox *>(QStringLiteral("gapMeasureFilter"));
    auto *gaps = win.w.findChild<QAbstractItemView *>(QStringLiteral("gapList"));
    REQUIRE(filter);
    CHECK(filter->count() == 8); // all, and the 7 measures
    CHECK(gaps->model()->rowCount() == 3);
    filter->setCurrentIndex(filter->findData(QStringLiteral("2")));
    REQUIRE(gaps->model()->rowCount() == 1);
    CHECK(gaps->model()->index(0, 0).data(GapListModel::IdRole).toString() == u"2.3");
    // Measure 1 must not match 10, 11…: the filter is on the whole id.
    filter->setCurrentIndex(filter->findData(QStringLiteral("1")));
    REQUIRE(gaps->model()->rowCount() == 1);
    CHECK(gaps->model()->index(0, 0).data(GapListModel::IdRole).toString() == u"1.1");
    filter->setCurrentIndex(0);
    CHECK(gaps->model()->rowCount() == 3);
}

TEST_CASE("every dialog has named controls, and every underlined label a control to go to",
          "[gui][accessibility]")
{
    Window win;
    static const FrameworkCatalog catalog = FrameworkCatalog::load({});
    SettingsDialog settings(Preferences::load());
    NewAssessmentDialog create(catalog, 4);
    AssessmentDetailsDialog details(win.w.session()->assessment().info, win.w.session()->framework());
    StartSessionDialog workshop(win.w.session()->framework());
    for (QDialog *dialog : std::initializer_list<QDialog *>{&settings, &create, &details, &workshop}) {
        dialog->show();
        REQUIRE(QTest::qWaitForWindowExposed(dialog));
        INFO(describe(dialog).toStdString());
        const QList<QWidget *> all = controls(*dialog);
        CHECK(all.size() >= 4);
        for (QWidget *c : all) {
            INFO(describe(c).toStdString());
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(c);
            REQUIRE(a);
            CHECK_FALSE(a->text(QAccessible::Name).trimmed().isEmpty());
        }
        // An Alt+letter shown under a label must move somewhere: a label without a buddy shows
        // the underline (or a literal "&") and does nothing.
        for (const QLabel *label : dialog->findChildren<QLabel *>()) {
            if (!label->text().contains(u'&') || label->textFormat() == Qt::PlainText)
                continue;
            INFO("label \"" << label->text().toStdString() << '"');
            CHECK(label->buddy() != nullptr);
        }
        dialog->hide();
    }
}
