// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "framework/frameworkcatalog.h"
#include "framework/frameworkwriter.h"

using namespace wgll;

TEST_CASE("the catalogue holds both revisions of both built-in frameworks", "[catalog]")
{
    const FrameworkCatalog catalog = FrameworkCatalog::load({});
    CHECK(catalog.problems().isEmpty());
    REQUIRE(catalog.entries().size() == 4);
    for (const FrameworkCatalog::Entry &e : catalog.entries())
        CHECK(e.builtIn);
    REQUIRE(catalog.find(QStringLiteral("wgll-org")));
    CHECK(catalog.find(QStringLiteral("wgll-org"))->framework.version == u"2021-10-04");
    CHECK(catalog.find(QStringLiteral("wgll-ics@2021-08-31"))->framework.version == u"2021-08-31");
    CHECK(catalog.find(QStringLiteral("wgll-ics@2020-01-01")) == nullptr);
    CHECK(catalog.find(QStringLiteral("nhs-other")) == nullptr);
    const auto revisions = catalog.revisions(QStringLiteral("wgll-ics"));
    REQUIRE(revisions.size() == 2);
    CHECK(revisions.at(0)->framework.version > revisions.at(1)->framework.version);
}

TEST_CASE("user folders add frameworks, and broken or clashing files are reported, not fatal", "[catalog]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const FrameworkCatalog builtIn = FrameworkCatalog::load({});
    Framework custom = builtIn.find(QStringLiteral("wgll-org"))->framework;
    custom.id = QStringLiteral("local-digital");
    custom.title = QStringLiteral("Our local digital framework");
    wgll::test::writeAll(dir.filePath(QStringLiteral("local.json")), FrameworkWriter::toBytes(custom));
    wgll::test::writeAll(dir.filePath(QStringLiteral("clash.json")),
                         FrameworkWriter::toBytes(builtIn.find(QStringLiteral("wgll-ics"))->framework));
    wgll::test::writeAll(dir.filePath(QStringLiteral("broken.json")), "{ not json");
    wgll::test::writeAll(dir.filePath(QStringLiteral("notes.txt")), "ignored: not a .json file");

    const FrameworkCatalog catalog = FrameworkCatalog::load({dir.path()});
    CHECK(catalog.entries().size() == 5);
    const auto *local = catalog.find(QStringLiteral("local-digital"));
    REQUIRE(local);
    CHECK_FALSE(local->builtIn);
    CHECK(local->fileName == dir.filePath(QStringLiteral("local.json")));
    CHECK(catalog.find(QStringLiteral("wgll-ics"))->builtIn);
    REQUIRE(catalog.problems().size() == 2);
    QStringList files;
    for (const Error &e : catalog.problems())
        files.append(e.file);
    files.sort();
    CHECK(files == QStringList{dir.filePath(QStringLiteral("broken.json")), dir.filePath(QStringLiteral("clash.json"))});
}
