// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The voting tests' room: a new organisation assessment in a temporary folder and a phone-voting
// room over it, "Board session" run by Priya with Ann, Bob and Cat present (in that order).
#include "testsupport.h"

#include "framework/frameworkcatalog.h"
#include "storage/document.h"
#include "workshop/votingroom.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>
#include <optional>

namespace wgll::test {

struct BoardRoom
{
    QTemporaryDir dir;
    std::unique_ptr<storage::Document> doc;
    std::optional<workshop::VotingRoom> room;

    BoardRoom()
    {
        static const FrameworkCatalog catalog = FrameworkCatalog::load({});
        AssessmentInfo info;
        info.organisation = QStringLiteral("Northshire Hospitals NHS FT");
        info.period = QStringLiteral("2026/27");
        Error error;
        doc = wgll::take(storage::Document::create(dir.filePath(QStringLiteral("a.wgll")),
                                                   catalog.find(QStringLiteral("wgll-org"))->framework, info,
                                                   dir.filePath(QStringLiteral("work"))),
                         error);
        REQUIRE(doc);
        room = wgll::take(workshop::VotingRoom::start(*doc, QStringLiteral("Board session"), QStringLiteral("Priya"),
                                                      {QStringLiteral("Ann"), QStringLiteral("Bob"), QStringLiteral("Cat")}),
                          error);
        INFO(error.toString().toStdString());
        REQUIRE(room);
    }
};

} // namespace wgll::test
