// SPDX-License-Identifier: GPL-3.0-or-later
// While phones vote, the file keeps where the page is served, its session secret and a digest of
// each phone's token (issue 18: "the page reconnects by itself when the workbench comes back").
// After a crash the room taken up again has the same join address and every phone goes on as the
// voter it was; when voting stops, all of it leaves the file. A hostile file's link is refused.
#include "boardroom.h"
#include "forge.h"
#include "testsupport.h"

#include "storage/assessmentfile.h"
#include "storage/document.h"
#include "workshop/interruptedsession.h"
#include "workshop/votingroom.h"

#include <QFile>

using namespace wgll;
using namespace wgll::workshop;
using namespace Qt::Literals::StringLiterals;
using storage::Document;

namespace {

struct Room : test::BoardRoom
{
    /// The workbench killed: no destructor runs but the document's, which keeps its unsaved
    /// working copy; then the file opened again with its recovery taken up, and the room over
    /// the same session with the same people, as Workshop → Continue Session does.
    VotingRoom crashAndContinue()
    {
        const QList<VotingRoom::Voter> voters = room->voters();
        const QString file = doc->fileName();
        room.reset();
        doc.reset();
        Error error;
        doc = wgll::take(Document::open(file, Document::Recovery::Restore, dir.filePath(u"work"_s)), error);
        INFO(error.toString().toStdString());
        REQUIRE(doc);
        return VotingRoom::over(*doc, doc->workshop().sessions.first(), voters);
    }
};

} // namespace

TEST_CASE("after a crash the voting page has the same address and each phone's token still votes",
          "[core][workshop][phones][link]")
{
    Room t;
    REQUIRE(t.room->keepLink(u"192.168.4.1"_s, 8731));
    const QByteArray secret = t.room->secret();
    const Result<QByteArray> ann = t.room->claim(0, u"192.168.4.20 Mozilla/5.0 (Android 14)"_s);
    const Result<QByteArray> bob = t.room->claim(1, u"192.168.4.21 Mozilla/5.0 (iPhone)"_s);
    REQUIRE(ann);
    REQUIRE(bob);
    REQUIRE(t.room->release(1)); // Bob picked the wrong name: his token stops working
    REQUIRE(t.room->open(u"1.1"_s));
    REQUIRE(t.room->vote(0, 4));

    VotingRoom again = t.crashAndContinue();
    // Kept aside until the page is served there again: nothing of it works before.
    REQUIRE(again.keptLink());
    CHECK(again.keptLink()->address == u"192.168.4.1"_s);
    CHECK(again.keptLink()->port == 8731);
    CHECK(again.secret() != secret);
    CHECK(again.voterWithToken(*ann) == -1);
    again.takeUpKeptLink();
    CHECK_FALSE(again.keptLink());
    CHECK(again.secret() == secret);
    CHECK(again.voterWithToken(*ann) == 0);
    CHECK(again.isClaimed(0));
    CHECK(again.voterWithToken(*bob) == -1);
    CHECK_FALSE(again.isClaimed(1));
    CHECK(again.claimLog().size() == 3); // Ann's claim, Bob's claim and his release
    // Ann's phone goes on where it was: her vote is in, and she can change it.
    REQUIRE(again.open(u"1.1"_s));
    CHECK(again.choiceOf(0) == std::optional<Choice>(Choice(4)));
    REQUIRE(again.vote(again.voterWithToken(*ann), 3));
    // Bob's name is free again for his phone.
    CHECK(again.claim(1, u"192.168.4.21 Mozilla/5.0 (iPhone)"_s));
}

TEST_CASE("the file keeps a digest of each token, never the token, and nothing once voting stops",
          "[core][workshop][phones][link]")
{
    Room t;
    REQUIRE(t.room->keepLink(u"10.0.0.5"_s, 9000));
    const Result<QByteArray> ann = t.room->claim(0, u"phone"_s);
    REQUIRE(ann);
    const std::optional<storage::VotingLink> kept = t.doc->votingLink(t.room->session());
    REQUIRE(kept);
    CHECK(kept->secret == t.room->secret());
    CHECK(kept->tokenDigests.value(t.room->voters()[0].participant) == VotingRoom::digestOf(*ann));
    CHECK(kept->tokenDigests.size() == 1);
    REQUIRE(t.doc->save());
    CHECK_FALSE(test::readAll(t.doc->fileName()).contains(*ann));

    // A claim made while no link is kept (phones stopped) is logged, but no digest is kept.
    REQUIRE(t.room->forgetLink());
    CHECK_FALSE(t.doc->votingLink(t.room->session()));
    CHECK(t.doc->sessionsWithVotingLink().isEmpty());
    CHECK(t.room->claim(2, u"phone"_s));
    CHECK_FALSE(t.doc->votingLink(t.room->session()));
    // Forgetting twice changes nothing: no edit, so the file is not marked changed by it.
    REQUIRE(t.doc->save());
    REQUIRE(t.room->forgetLink());
    CHECK_FALSE(t.doc->isModified());

    // Taken up after it stopped: nothing kept, a new secret, and the old token is no one's.
    VotingRoom again = t.crashAndContinue();
    CHECK_FALSE(again.keptLink());
    again.takeUpKeptLink(); // nothing to take up
    CHECK(again.secret() != kept->secret);
    CHECK(again.voterWithToken(*ann) == -1);
}

TEST_CASE("a kept link not served at its address again is dropped: a new secret, every name free",
          "[core][workshop][phones][link]")
{
    Room t;
    REQUIRE(t.room->keepLink(u"192.168.4.1"_s, 8731));
    const QByteArray secret = t.room->secret();
    const Result<QByteArray> ann = t.room->claim(0, u"phone"_s);
    REQUIRE(ann);
    VotingRoom again = t.crashAndContinue();
    REQUIRE(again.keptLink());
    REQUIRE(again.dropKeptLink());
    CHECK_FALSE(again.keptLink());
    CHECK(again.secret() != secret);
    CHECK_FALSE(again.isClaimed(0));
    CHECK(again.voterWithToken(*ann) == -1);
    CHECK_FALSE(t.doc->votingLink(again.session()));
    CHECK(again.claim(0, u"another phone"_s));
}

TEST_CASE("a link kept by another user or on another computer is never served or honoured",
          "[core][workshop][phones][link]")
{
    Room t;
    REQUIRE(t.room->keepLink(u"127.0.0.1"_s, 8731));
    const Result<QByteArray> ann = t.room->claim(0, u"phone"_s);
    REQUIRE(ann);
    REQUIRE(t.doc->save());
    const QString file = t.doc->fileName();
    const QList<VotingRoom::Voter> voters = t.room->voters();
    t.room.reset();
    t.doc->close();
    // The file sent to someone else: their key (their working copies' folder) does not verify
    // its seal, so its secret and the tokens behind its digests count for nothing there.
    Error error;
    auto elsewhere = wgll::take(Document::open(file, Document::Recovery::Refuse, t.dir.filePath(u"elsewhere"_s)), error);
    REQUIRE(elsewhere);
    const qint64 session = elsewhere->workshop().sessions.first().id;
    CHECK_FALSE(elsewhere->votingLink(session));
    CHECK(elsewhere->sessionsWithVotingLink().isEmpty());
    VotingRoom there = VotingRoom::over(*elsewhere, elsewhere->workshop().sessions.first(), voters);
    CHECK_FALSE(there.keptLink());
    there.takeUpKeptLink();
    CHECK(there.voterWithToken(*ann) == -1);
    CHECK_FALSE(there.isClaimed(0));
    elsewhere->close();
    // Back home the same file's link verifies.
    auto home = wgll::take(Document::open(file, Document::Recovery::Refuse, t.dir.filePath(u"work"_s)), error);
    REQUIRE(home);
    CHECK(home->votingLink(session));
    // A link whose seal no longer matches what it says (an address changed) is as none.
    home->close();
    test::forge(file, "UPDATE voting_link SET port = 8732");
    home = wgll::take(Document::open(file, Document::Recovery::Refuse, t.dir.filePath(u"work"_s)), error);
    REQUIRE(home);
    CHECK_FALSE(home->votingLink(session));
    home->close();
}

TEST_CASE("keeping the link again (the server restarted elsewhere) keeps every phone's digest",
          "[core][workshop][phones][link]")
{
    Room t;
    REQUIRE(t.room->keepLink(u"127.0.0.1"_s, 8000));
    const Result<QByteArray> cat = t.room->claim(2, u"phone"_s);
    REQUIRE(cat);
    REQUIRE(t.room->keepLink(u"192.168.0.2"_s, 8001));
    const std::optional<storage::VotingLink> kept = t.doc->votingLink(t.room->session());
    REQUIRE(kept);
    CHECK(kept->address == u"192.168.0.2"_s);
    CHECK(kept->port == 8001);
    CHECK(kept->tokenDigests.value(t.room->voters()[2].participant) == VotingRoom::digestOf(*cat));
    // Refused before anything is written.
    CHECK(t.doc->keepVotingLink({t.room->session(), "not hexadecimal, not 32 digits", u"x"_s, 1, {}}).error().kind ==
          ErrorKind::BadData);
    CHECK(t.doc->keepVotingLink({t.room->session(), t.room->secret(), u"x"_s, 0, {}}).error().kind == ErrorKind::BadData);
    CHECK(t.doc->votingLink(t.room->session())->port == 8001);
}

TEST_CASE("a file whose voting link is malformed is refused, naming the fault", "[core][workshop][phones][link]")
{
    const char *const forgeries[][2] = {
        {"UPDATE voting_link SET secret = upper(secret)", "address or session secret is malformed"},
        {"UPDATE voting_link SET secret = '0123456789abcdef0123456789abcdeg'", "address or session secret is malformed"},
        {"UPDATE voting_link SET address = ''", "address or session secret is malformed"},
        {"UPDATE voting_link SET address = '127.0.0.1%1'", "address or session secret is malformed"},
        {"UPDATE voting_link SET seal = upper(seal)", "address or session secret is malformed"},
        // SQLite's integrity check finds a broken CHECK before the rules do.
        {"PRAGMA ignore_check_constraints = ON; UPDATE voting_link SET port = 70000", "integrity check: CHECK"},
        {"UPDATE voting_token SET token_sha256 = replace(token_sha256, substr(token_sha256, 1, 1), 'Z')",
         "token's digest is malformed"},
        {"PRAGMA foreign_keys = OFF; UPDATE voting_token SET participant = 999", "refers to something that does not exist"},
    };
    for (const auto &[sql, message] : forgeries) {
        CAPTURE(sql);
        Room t;
        REQUIRE(t.room->keepLink(u"192.168.4.1"_s, 8731));
        REQUIRE(t.room->claim(0, u"phone"_s));
        REQUIRE(t.doc->save());
        const QString file = t.doc->fileName();
        t.room.reset();
        t.doc->close();
        test::forge(file, sql);
        Error error;
        CHECK_FALSE(storage::readAssessmentFile(file, error));
        INFO(error.toString().toStdString());
        CHECK(error.toString().contains(QString::fromUtf8(message)));
        CHECK(error.toString().contains(u"a.wgll"_s));
    }
}

TEST_CASE("the interrupted session is the latest room stopped mid-vote, not an earlier one of the same title",
          "[core][workshop][link]")
{
    Room t;
    // The morning's room, finished: two rounds on 1.1, agreed.
    REQUIRE(t.room->open(u"1.1"_s));
    REQUIRE(t.room->vote(0, 2));
    REQUIRE(t.room->reveal());
    REQUIRE(t.room->revote());
    REQUIRE(t.room->vote(0, 3));
    REQUIRE(t.room->reveal());
    REQUIRE(t.room->agree(3, u"Agreed"_s));
    CHECK_FALSE(workshop::interruptedSession(*t.doc));
    // The afternoon's room, the same title and day, other people: stopped in its second round.
    Error error;
    auto afternoon = wgll::take(VotingRoom::start(*t.doc, u"Board session"_s, u"Priya"_s, {u"Dan"_s, u"Eve"_s}), error);
    REQUIRE(afternoon);
    REQUIRE(afternoon->open(u"2.1"_s));
    REQUIRE(afternoon->vote(0, 4));
    REQUIRE(afternoon->reveal());
    REQUIRE(afternoon->revote());
    REQUIRE(afternoon->vote(1, 5)); // blind, in "Board session (round 2)" of the afternoon
    const std::optional<WorkshopSession> stopped = workshop::interruptedSession(*t.doc);
    REQUIRE(stopped);
    CHECK(stopped->id == afternoon->session());
    CHECK(stopped->id != t.room->session());
}
