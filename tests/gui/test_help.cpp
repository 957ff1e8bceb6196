// SPDX-License-Identifier: GPL-3.0-or-later
// Help inside the program, offline (issue 15): the bundled user guide, the keyboard shortcut
// sheet made from the window's real actions, and what the levels mean.
#include "framework/framework.h"
#include "helpwindow.h"
#include "session/assessmentsession.h"
#include "shortcutsheet.h"
#include "windowfixture.h"

#include <QAction>
#include <QImage>
#include <QFile>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTest>
#include <QTextBrowser>

#include <catch2/catch.hpp>

using namespace wgll;
using namespace wgll::test;

namespace {

QAction *helpAction(const MainWindow &w, const char *name)
{
    return find<QAction>(w, name);
}

/// The window's actions that have a shortcut, but for score keys outside the scale (they do
/// nothing in this framework, so the sheet leaves them out).
QList<QAction *> actionsWithShortcuts(const MainWindow &w)
{
    const Scale &scale = w.session()->framework().scale;
    QList<QAction *> found;
    for (QAction *a : w.findChildren<QAction *>()) {
        if (a->shortcuts().isEmpty())
            continue;
        bool offScale = false;
        for (int digit = 0; digit <= 9; ++digit)
            offScale = offScale || (a == w.actions().action(scoreLevel(digit)) && !scale.contains(digit));
        if (!offScale)
            found.append(a);
    }
    return found;
}

QString plainCommand(QString text)
{
    text.remove(u'&');
    if (text.endsWith(u'…'))
        text.chop(1);
    return text;
}

} // namespace

TEST_CASE("each help page opens from the Help menu, offline", "[gui][help]")
{
    Fixture f;
    MainWindow w(&f.prompter);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));

    helpAction(w, "userGuideAction")->trigger();
    REQUIRE(w.helpWindow());
    CHECK(w.helpWindow()->isVisible());
    CHECK(w.helpWindow()->page() == HelpWindow::Page::UserGuide);
    QTextBrowser *browser = w.helpWindow()->browser();
    // docs/user-guide.md as bundled, rendered as Markdown (a heading, not "# User guide").
    CHECK(browser->toPlainText().startsWith(u"User guide: the workbench window"));
    CHECK(browser->toPlainText().contains(u"The welcome page"));
    // Every picture it shows is bundled too, and none is wider than the page (a wide one made
    // the whole guide scroll sideways).
    QFile guide(QStringLiteral(WGLL_SOURCE_DIR "/docs/user-guide.md"));
    REQUIRE(guide.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(guide.readAll());
    int pictures = 0;
    for (const QRegularExpressionMatch &m : QRegularExpression(QStringLiteral(R"(!\[[^\]]*\]\(([^)]+)\))")).globalMatch(markdown)) {
        const QVariant picture = browser->loadResource(QTextDocument::ImageResource, QUrl(m.captured(1)));
        const QImage image = picture.typeId() == QMetaType::QImage ? picture.value<QImage>()
                                                                   : QImage::fromData(picture.toByteArray());
        INFO(m.captured(1).toStdString());
        CHECK_FALSE(image.isNull());
        CHECK(image.width() <= browser->viewport()->width());
        ++pictures;
    }
    CHECK(pictures >= 4);
    // Nor is any line: the whole page as laid out fits the view's width (a long command line in
    // a code block made it scroll sideways).
    CHECK(browser->document()->size().width() <= browser->viewport()->width());
    // And the pages it links to.
    browser->setSource(QUrl(QStringLiteral("method.md")));
    CHECK(browser->toPlainText().startsWith(u"The scoring method"));

    helpAction(w, "levelsAction")->trigger();
    CHECK(w.helpWindow()->page() == HelpWindow::Page::Levels);
    const QString levels = browser->toPlainText();
    const FrameworkCatalog catalog = FrameworkCatalog::load({});
    const Scale &scale = catalog.find(QStringLiteral("wgll-org"))->framework.scale;
    REQUIRE(scale.levels.size() == 5);
    for (const ScaleLevel &level : scale.levels) {
        INFO(level.label.toStdString());
        CHECK(levels.contains(QString::number(level.value) + u' ' + level.label));
        CHECK(levels.contains(level.description));
    }
    CHECK(levels.contains(u"weighted mean")); // how the levels are combined

    helpAction(w, "shortcutSheetAction")->trigger();
    CHECK(w.helpWindow()->page() == HelpWindow::Page::Shortcuts);
    CHECK(browser->toPlainText().startsWith(u"Keyboard shortcuts"));
}

TEST_CASE("F1 and Ctrl+/ show the shortcut sheet", "[gui][help]")
{
    Fixture f;
    MainWindow w(&f.prompter);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    REQUIRE(w.openFile(f.file));
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(&w, Qt::Key_F1);
    REQUIRE(w.helpWindow());
    CHECK(w.helpWindow()->isVisible());
    CHECK(w.helpWindow()->page() == HelpWindow::Page::Shortcuts);
    w.helpWindow()->hide();
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(&w, Qt::Key_Slash, Qt::ControlModifier);
    CHECK(w.helpWindow()->isVisible());
    w.session()->document().close();
}

TEST_CASE("the shortcut sheet lists every action with a shortcut, with its real keys", "[gui][help]")
{
    Fixture f;
    MainWindow w(&f.prompter);
    REQUIRE(w.openFile(f.file));
    const QList<ShortcutEntry> entries = shortcutEntries(w, w.actions(), w.session()->framework().scale);
    const QList<QAction *> actions = actionsWithShortcuts(w);
    CHECK(actions.size() > 20);
    CHECK(entries.size() == actions.size());
    for (const QAction *a : actions) {
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys.append(k.toString(QKeySequence::NativeText));
        INFO(a->text().toStdString() << " " << keys.join(u' ').toStdString());
        CHECK(std::count_if(entries.begin(), entries.end(), [&](const ShortcutEntry &e) {
                  return e.command == plainCommand(a->text()) && e.keys == keys;
              }) == 1);
    }
    // Shown as the window has them, now: a key changed is the key the sheet gives.
    QAction *save = nullptr;
    for (QAction *a : actions)
        save = plainCommand(a->text()) == u"Save" ? a : save;
    REQUIRE(save);
    save->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    w.showShortcutSheet();
    const QString sheet = w.helpWindow()->browser()->toPlainText();
    for (const ShortcutEntry &e : shortcutEntries(w, w.actions(), w.session()->framework().scale)) {
        INFO(e.command.toStdString());
        CHECK(sheet.contains(e.command));
        for (const QString &key : e.keys)
            CHECK(sheet.contains(key));
    }
    CHECK(sheet.contains(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S).toString(QKeySequence::NativeText)));
    w.session()->document().close();
}
