// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The workshop tests' room: a new organisation assessment in a temporary folder, open in a shown
// main window whose dialogs a ScriptedPrompter answers.
#include "framework/frameworkcatalog.h"
#include "mainwindow.h"
#include "scriptedprompter.h"
#include "storage/document.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

namespace wgll::test {

struct WorkshopRoom
{
    QTemporaryDir dir;
    QString file = dir.filePath(QStringLiteral("w.wgll"));
    ScriptedPrompter prompter;
    MainWindow w{&prompter};

    WorkshopRoom()
    {
        qputenv("WGLL_WORK_DIR", dir.filePath(QStringLiteral("work")).toUtf8());
        static const FrameworkCatalog catalog = FrameworkCatalog::load({});
        Error error;
        auto doc = wgll::take(storage::Document::create(file, catalog.find(QStringLiteral("wgll-org"))->framework, {}), error);
        REQUIRE(doc);
        doc->close();
        REQUIRE(w.openFile(file));
        w.resize(1440, 900);
        w.show();
        REQUIRE(QTest::qWaitForWindowExposed(&w));
    }
};

} // namespace wgll::test
