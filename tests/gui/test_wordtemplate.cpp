// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17, item 2 in the window: the Word template chosen once in Preferences, checked when it
// is chosen and again at every .docx export (a template broken since writes nothing).
#include "io/zippackage.h"
#include "mainwindow.h"
#include "session/assessmentsession.h"
#include "settingsdialog.h"
#include "storage/document.h"
#include "testsupport.h"
#include "windowfixture.h"

#include <QFileInfo>
#include <QStatusBar>

using namespace wgll;
using wgll::test::Fixture;


TEST_CASE("Preferences choose the Word template every .docx export uses, and a broken one writes nothing",
          "[gui][window][report][docx]")
{
    Fixture f;
    MainWindow w(&f.prompter);
    REQUIRE(w.openFile(f.file));
    // A Word document is a template too: this one's header names the organisation as it was.
    const QString trust = f.dir.filePath(QStringLiteral("trust.docx"));
    REQUIRE(w.exportReport(trust));
    AssessmentInfo renamed = w.session()->assessment().info;
    const QString before = renamed.organisation;
    renamed.organisation = QStringLiteral("Southshire ICB");
    REQUIRE(w.session()->setDetails(renamed));

    const QString fake = f.dir.filePath(QStringLiteral("fake.dotx"));
    test::writeAll(fake, "Board paper template, as text");
    SettingsDialog dialog(Preferences::load(), nullptr, &f.prompter);
    const std::optional<QString> refused = dialog.setWordTemplate(fake);
    REQUIRE(refused);
    CHECK(refused->contains(u"fake.dotx"));
    CHECK(refused->contains(u"not a zip package"));
    CHECK(dialog.preferences().reportWordTemplate.isEmpty()); // the refusal changed nothing
    CHECK_FALSE(dialog.setWordTemplate(trust));
    CHECK(dialog.preferences().reportWordTemplate == QFileInfo(trust).absoluteFilePath());
    dialog.preferences().save();

    const QString docx = f.dir.filePath(QStringLiteral("board.docx"));
    REQUIRE(w.exportReport(docx));
    const Result<zip::PackageReader> package = zip::PackageReader::read(test::readAll(docx), docx);
    REQUIRE(package);
    // The template's header (the old name) is kept; the body is the report's (the new name).
    CHECK(package->entry(QStringLiteral("word/header1.xml")).contains(before.toUtf8()));
    CHECK_FALSE(package->contains(QStringLiteral("word/wgll-header1.xml")));
    CHECK(package->entry(QStringLiteral("word/document.xml")).contains("Southshire ICB"));

    // The template broken since it was chosen: the export says so and writes nothing.
    test::writeAll(trust, "PK\x03\x04 truncated");
    const QString again = f.dir.filePath(QStringLiteral("again.docx"));
    CHECK_FALSE(w.exportReport(again));
    CHECK(w.statusBar()->currentMessage().contains(u"trust.docx"));
    CHECK_FALSE(QFileInfo::exists(again));

    Preferences defaults;
    defaults.save();
    w.session()->document().close();
}
