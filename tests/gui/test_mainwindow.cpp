// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "framework/frameworkcatalog.h"
#include "mainwindow.h"

#include <QLabel>
#include <QTest>
#include <QTreeWidget>

using namespace wgll;

TEST_CASE("the main window shows every measure and statement of the framework", "[gui]")
{
    const FrameworkCatalog catalog = FrameworkCatalog::load({});
    MainWindow window(catalog.find(QStringLiteral("wgll-org"))->framework);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    auto *navigator = window.findChild<QTreeWidget *>(QStringLiteral("navigator"));
    REQUIRE(navigator);
    REQUIRE(navigator->topLevelItemCount() == 7);
    int statements = 0;
    for (int i = 0; i < navigator->topLevelItemCount(); ++i)
        statements += navigator->topLevelItem(i)->childCount();
    CHECK(statements == 49);
    CHECK(navigator->topLevelItem(1)->text(0) == u"2  Ensure smart foundations");
    CHECK(window.findChild<QLabel *>(QStringLiteral("frameworkInfo"))->text().contains(u"49 statements"));
}

TEST_CASE("choosing a statement shows its text, measure summary and the scale as plain text", "[gui]")
{
    const FrameworkCatalog catalog = FrameworkCatalog::load({});
    MainWindow window(catalog.find(QStringLiteral("wgll-org"))->framework);
    window.show();
    REQUIRE(window.selectItem(QStringLiteral("3.5")));
    auto *statement = window.findChild<QLabel *>(QStringLiteral("statementText"));
    REQUIRE(statement);
    CHECK(statement->text().startsWith(u"3.5  have an adequately resourced cyber security function"));
    CHECK(statement->textFormat() == Qt::PlainText);
    CHECK(window.findChild<QLabel *>(QStringLiteral("statementHeading"))->text() == u"Success measure 3 — Safe practice");
    CHECK(window.findChild<QLabel *>(QStringLiteral("measureSummary"))->text().contains(u"Organisations maintain standards for safe care."));
    CHECK(window.findChild<QLabel *>(QStringLiteral("scaleDescription"))->text().contains(u"5  Embedded"));

    // Keyboard: Down moves to the next statement.
    auto *navigator = window.findChild<QTreeWidget *>(QStringLiteral("navigator"));
    navigator->setFocus();
    QTest::keyClick(navigator, Qt::Key_Down);
    CHECK(statement->text().startsWith(u"3.6  "));
    CHECK_FALSE(window.selectItem(QStringLiteral("99.1")));
}
