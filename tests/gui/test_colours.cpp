// SPDX-License-Identifier: GPL-3.0-or-later
// Colour schemes (issue 15): light, dark and high contrast applied live to every pane at once,
// and chart colours that tell current from target in greyscale and to colour-blind readers.
#include "charts/radarchart.h"
#include "colourscheme.h"
#include "desktopcontrast.h"
#include "overviewpanel.h"
#include "session/assessmentsession.h"
#include "windowfixture.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTest>

#include <catch2/catch.hpp>

using namespace wgll;
using namespace wgll::test;

namespace {

/// Every visible widget of the window: its window and base colours dark (or light) as the
/// scheme is, and each pane, as drawn, too. Returns the widgets that disagree.
QStringList panesNotIn(const MainWindow &w, bool dark)
{
    QStringList wrong;
    const auto isDark = [](const QColor &c) { return c.lightness() < 128; };
    for (const QWidget *widget : w.findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        const QPalette p = widget->palette();
        if (isDark(p.color(QPalette::Window)) != dark || isDark(p.color(QPalette::Base)) != dark ||
            isDark(p.color(QPalette::Button)) != dark)
            wrong.append(widget->objectName() + u'(' + QString::fromLatin1(widget->metaObject()->className()) + u')');
    }
    for (const char *pane : {"navigator", "scoringPanel", "overviewPanel"}) {
        const QImage image = find<QWidget>(w, pane)->grab().toImage();
        double sum = 0;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4)
                sum += QColor(image.pixel(x, y)).lightness();
        }
        const double mean = sum / ((image.height() + 3) / 4 * ((image.width() + 3) / 4));
        if ((mean < 128) != dark)
            wrong.append(QString::fromLatin1(pane) + u" as drawn, mean lightness " + QString::number(mean));
    }
    return wrong;
}

} // namespace

TEST_CASE("switching to dark and back recolours every pane at once, live", "[gui][colours]")
{
    Fixture f;
    MainWindow w(&f.prompter);
    w.resize(1366, 768);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    REQUIRE(w.openFile(f.file));
    REQUIRE(w.selectItem(QStringLiteral("1.1")));
    REQUIRE(w.session()->setScore(QStringLiteral("1.1"), 3)); // a chosen level, drawn by the style sheet
    applyColourScheme(ColourScheme::Dark);
    QCoreApplication::processEvents();
    CHECK(panesNotIn(w, true).join(u", ").toStdString() == "");
    applyColourScheme(ColourScheme::Light);
    QCoreApplication::processEvents();
    CHECK(panesNotIn(w, false).join(u", ").toStdString() == "");
    applyColourScheme(ColourScheme::System);
    w.session()->document().close();
}

TEST_CASE("the high-contrast scheme is white on black in every pane", "[gui][colours]")
{
    Fixture f;
    MainWindow w(&f.prompter);
    w.resize(1366, 768);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    REQUIRE(w.openFile(f.file));
    REQUIRE(w.selectItem(QStringLiteral("1.1")));
    applyColourScheme(ColourScheme::HighContrast);
    QCoreApplication::processEvents();
    CHECK(panesNotIn(w, true).join(u", ").toStdString() == "");
    CHECK(w.palette().color(QPalette::Window) == QColor(Qt::black));
    CHECK(w.palette().color(QPalette::WindowText) == QColor(Qt::white));
    CHECK(colourSchemeFromKey(QStringLiteral("high-contrast")) == ColourScheme::HighContrast);
    // A field shows where it is: its edge is drawn in white (yellow where it has the focus, as
    // the navigator has at start), not a black frame on black. The gap list is on a tab of its
    // own: bring it forward as F6 does.
    find<OverviewPanel>(w, "overviewPanel")->showGapList();
    QCoreApplication::processEvents();
    for (const char *field : {"notes", "navigator", "gapList"}) {
        const QImage image = find<QWidget>(w, field)->grab().toImage();
        int white = 0;
        for (int x = 0; x < image.width(); ++x) {
            const QColor edge(image.pixel(x, 0)); // the top edge
            white += edge.red() > 200 && edge.green() > 200 ? 1 : 0; // white or yellow, not black
        }
        INFO(field);
        CHECK(white > image.width() / 2);
    }
    // The bordered "Show" box has room for its longest choice beside its arrow ("All
    // statements" was cut to "All statement").
    auto *show = find<QComboBox>(w, "navigatorFilter");
    QStyleOptionComboBox option;
    option.initFrom(show);
    option.editable = false;
    option.frame = true;
    const QRect field = show->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, show);
    const QRect arrow = show->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxArrow, show);
    for (int i = 0; i < show->count(); ++i) {
        // The label is drawn a few pixels in from the field's edge: 4 px of room is asked for.
        const int right = field.left() + 4 + show->fontMetrics().horizontalAdvance(show->itemText(i));
        INFO(show->itemText(i).toStdString() << " ends at " << right << " px, the arrow starts at " << arrow.left());
        CHECK(right < arrow.left());
    }
    // And back: nothing is left black.
    applyColourScheme(ColourScheme::Light);
    QCoreApplication::processEvents();
    CHECK(panesNotIn(w, false).join(u", ").toStdString() == "");
    applyColourScheme(ColourScheme::System);
    w.session()->document().close();
}

TEST_CASE("a Linux desktop's high-contrast theme is followed by the System scheme", "[gui][colours]")
{
    QTemporaryDir config;
    REQUIRE(config.isValid());
    QProcessEnvironment env;
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    CHECK_FALSE(desktopAsksHighContrast(env)); // nothing set: no
    const auto write = [&](const QString &name, const QByteArray &text) {
        QDir(config.path()).mkpath(QFileInfo(config.filePath(name)).path());
        QFile file(config.filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
    };
    // GNOME, by its GTK settings; a plain theme there is not high contrast.
    write(QStringLiteral("gtk-3.0/settings.ini"), "[Settings]\ngtk-theme-name=Adwaita\n");
    CHECK_FALSE(desktopAsksHighContrast(env));
    write(QStringLiteral("gtk-3.0/settings.ini"), "[Settings]\ngtk-theme-name = HighContrastInverse\n");
    CHECK(desktopAsksHighContrast(env));
    QFile::remove(config.filePath(QStringLiteral("gtk-3.0/settings.ini")));
    // KDE, by its colour scheme.
    write(QStringLiteral("kdeglobals"), "[General]\nColorScheme=BreezeDark\n");
    CHECK_FALSE(desktopAsksHighContrast(env));
    write(QStringLiteral("kdeglobals"), "[General]\nColorScheme=BreezeHighContrast\n");
    CHECK(desktopAsksHighContrast(env));
    QFile::remove(config.filePath(QStringLiteral("kdeglobals")));
    // A theme forced for one program.
    env.insert(QStringLiteral("GTK_THEME"), QStringLiteral("HighContrast"));
    CHECK(desktopAsksHighContrast(env));
}
