// SPDX-License-Identifier: GPL-3.0-or-later
// The disagreement rule kept with each workshop session (issue 18, item 5): file format 3, the
// migration from format 2, a forged rule refused, and a room judging its votes by its rule.
#include "testsupport.h"
#include "forge.h"
#include "validfile.h"

#include "framework/frameworkcatalog.h"
#include "sqlite/database.h"
#include "storage/assessmentfile.h"
#include "storage/document.h"
#include "storage/schema.h"
#include "workshop/votingroom.h"

using namespace wgll;
using storage::Document;
using workshop::DisagreementRule;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    QString work() const { return dir.filePath(QStringLiteral("work")); }
    QString file() const { return dir.filePath(QStringLiteral("a.wgll")); }

    std::unique_ptr<Document> create()
    {
        static const FrameworkCatalog catalog = FrameworkCatalog::load({});
        Error error;
        auto doc = wgll::take(Document::create(file(), catalog.find(QStringLiteral("wgll-org"))->framework, {}, work()), error);
        INFO(error.toString().toStdString());
        REQUIRE(doc);
        return doc;
    }
    std::unique_ptr<Document> open(Error &error)
    {
        return wgll::take(Document::open(file(), Document::Recovery::Refuse, work()), error);
    }
};

qint64 fileVersion(const QString &path)
{
    sqlite::Database db;
    REQUIRE(db.open(path, sqlite::Database::Mode::ReadOnly));
    return db.scalar("PRAGMA user_version", -1);
}

WorkshopSession session(const char *title, DisagreementRule rule)
{
    WorkshopSession s;
    s.title = QString::fromLatin1(title);
    s.date = QDate(2026, 11, 20);
    s.disagreementRule = rule;
    return s;
}

QList<DisagreementRule> rulesIn(const Workshop &w)
{
    QList<DisagreementRule> rules;
    for (const WorkshopSession &s : w.sessions)
        rules.append(s.disagreementRule);
    return rules;
}

} // namespace

TEST_CASE("each session keeps its disagreement rule in the file", "[document][workshop][rule]")
{
    Fixture f;
    {
        auto doc = f.create();
        REQUIRE(doc->startSession(session("Range", DisagreementRule::Range)));
        REQUIRE(doc->startSession(session("IQR", DisagreementRule::InterquartileRange)));
        REQUIRE(doc->startSession(session("Share", DisagreementRule::WithinOneOfMedian)));
        REQUIRE(doc->save());
        doc->close();
    }
    CHECK(fileVersion(f.file()) == 3);
    QString why;
    CHECK(wgll::test::isValidDocument(f.file(), why));
    Error error;
    auto doc = f.open(error);
    REQUIRE(doc);
    CHECK(rulesIn(doc->workshop()) == QList<DisagreementRule>{DisagreementRule::Range, DisagreementRule::InterquartileRange,
                                                            DisagreementRule::WithinOneOfMedian});
    doc->close();
}

TEST_CASE("a version-2 file is migrated to version 3, its sessions judged by range as they were",
          "[document][workshop][rule][migration]")
{
    Fixture f;
    {
        auto doc = f.create();
        REQUIRE(doc->startSession(session("Before the rule was a choice", DisagreementRule::Range)));
        REQUIRE(doc->save());
        doc->close();
    }
    // The file exactly as version 2 wrote it: no column, user_version 2, its checksum without it.
    wgll::test::forge(f.file(), "ALTER TABLE workshop_session DROP COLUMN disagreement_rule; DROP TABLE cant_say; "
                                "DROP TABLE unrevealed; DROP TABLE claim; "
                                "DROP TABLE voting_token; DROP TABLE voting_link; PRAGMA user_version = 2");
    REQUIRE(fileVersion(f.file()) == 2);
    QString why;
    REQUIRE(wgll::test::isValidDocument(f.file(), why));
    const QByteArray v2Bytes = wgll::test::readAll(f.file());

    // Read-only commands read it as it is.
    Error error;
    const std::optional<Assessment> read = storage::readAssessmentFile(f.file(), error);
    REQUIRE(read);
    CHECK(rulesIn(read->workshop) == QList<DisagreementRule>{DisagreementRule::Range});

    auto doc = f.open(error);
    INFO(error.toString().toStdString());
    REQUIRE(doc);
    CHECK(wgll::test::readAll(f.file()) == v2Bytes); // migrated in the working copy only
    CHECK(rulesIn(doc->workshop()) == QList<DisagreementRule>{DisagreementRule::Range});
    REQUIRE(doc->startSession(session("After", DisagreementRule::WithinOneOfMedian)));
    REQUIRE(doc->save());
    doc->close();
    CHECK(fileVersion(f.file()) == 3);
    REQUIRE(wgll::test::isValidDocument(f.file(), why));
    auto again = f.open(error);
    REQUIRE(again);
    CHECK(rulesIn(again->workshop()) == QList<DisagreementRule>{DisagreementRule::Range, DisagreementRule::WithinOneOfMedian});
    again->close();
}

TEST_CASE("a forged file with an unknown disagreement rule is refused", "[document][workshop][rule]")
{
    Fixture f;
    {
        auto doc = f.create();
        REQUIRE(doc->startSession(session("Board", DisagreementRule::Range)));
        REQUIRE(doc->save());
        doc->close();
    }
    // The column's CHECK stops SQLite writing it; a sender of a hostile file can turn it off.
    wgll::test::forge(f.file(), "PRAGMA ignore_check_constraints = ON; "
                                "UPDATE workshop_session SET disagreement_rule = 'loudest'");
    Error error;
    CHECK_FALSE(f.open(error));
    CHECK(error.kind == ErrorKind::BadData);
    CHECK(error.message.contains(u"unknown disagreement rule"));
}

TEST_CASE("a room judges its votes by the rule its session was started with", "[core][workshop][rule]")
{
    Fixture f;
    auto doc = f.create();
    const QStringList names{QStringLiteral("Ann"), QStringLiteral("Bob"), QStringLiteral("Cat"), QStringLiteral("Dev")};
    // 1 3 3 3: range 2 (disagreement by range); 75 % within one of the median 3 (not, by share).
    for (const auto &[rule, disagrees] : {std::pair{DisagreementRule::Range, true},
                                          std::pair{DisagreementRule::WithinOneOfMedian, false}}) {
        Error error;
        auto room = wgll::take(workshop::VotingRoom::start(*doc, QStringLiteral("Board"), {}, names, rule), error);
        REQUIRE(room);
        REQUIRE(room->open(QStringLiteral("1.1")));
        REQUIRE(room->voteAll({1, 3, 3, 3}));
        REQUIRE(room->reveal());
        REQUIRE(room->outcome());
        CHECK(room->outcome()->summary->disagreement == disagrees);
        CHECK(doc->workshop().sessions.last().disagreementRule == rule);
    }
    doc->close();
}
