// SPDX-License-Identifier: GPL-3.0-or-later
// macOS opens a double-clicked .wgll by sending the application a QFileOpenEvent, not through
// argv: the event must open the file in the window, through its normal open path.
#include "fileopenevents.h"
#include "mainwindow.h"
#include "session/assessmentsession.h"
#include "storage/document.h"
#include "windowfixture.h"

#include <QApplication>
#include <QFileInfo>
#include <QFileOpenEvent>
#include <QTest>
#include <QUrl>

using namespace wgll;
using namespace wgll::test;

namespace {

// The file the window has open, or nothing.
QString openFileOf(const MainWindow &w)
{
    return w.session() ? QFileInfo(w.session()->document().fileName()).canonicalFilePath() : QString();
}

} // namespace

TEST_CASE("a file-open event sent to the application opens the file in the window", "[gui][window][fileopen]")
{
    Fixture f;
    MainWindow w(&f.prompter);
    FileOpenEvents events([&w](const QString &file) { return w.openFile(file); });
    qApp->installEventFilter(&events);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    REQUIRE_FALSE(w.session());

    QFileOpenEvent open(f.file);
    CHECK(QCoreApplication::sendEvent(qApp, &open)); // taken: not left for anyone else
    REQUIRE(QTest::qWaitFor([&] { return openFileOf(w) == QFileInfo(f.file).canonicalFilePath(); }));

    SECTION("a second file waits for the unsaved-changes question, and Cancel keeps the first")
    {
        const QString other = f.dir.filePath(QStringLiteral("other.wgll"));
        f.create(other);
        REQUIRE(w.session()->setScore(QStringLiteral("2.4"), 3));
        f.answer = QMessageBox::Cancel;
        QFileOpenEvent byUrl(QUrl::fromLocalFile(other)); // how Finder sends it
        QCoreApplication::sendEvent(qApp, &byUrl);
        CHECK(QTest::qWaitFor([&] { return f.questions.size() == 1; }));
        CHECK(f.questions.first().contains(u"Save the changes to northshire.wgll"));
        CHECK(openFileOf(w) == QFileInfo(f.file).canonicalFilePath());

        f.answer = QMessageBox::Discard;
        QCoreApplication::sendEvent(qApp, &byUrl);
        CHECK(QTest::qWaitFor([&] { return openFileOf(w) == QFileInfo(other).canonicalFilePath(); }));
        CHECK(f.questions.size() == 2);
    }
    qApp->removeEventFilter(&events);
    if (w.session())
        w.session()->document().close();
}
