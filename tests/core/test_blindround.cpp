// SPDX-License-Identifier: GPL-3.0-or-later
// A round stays blind in the file, not only on screen (issue 18): until its reveal, nothing made
// from the file (the workshop record, the JSON export, the board report's spread of votes) shows
// a vote of it, only how many have answered. "Can't say" is kept as an answer, and a room opened
// again over the session (the window or host crashed) takes every blind round up where it was.
#include "boardroom.h"
#include "forge.h"
#include "testsupport.h"

#include "export/jsonexport.h"
#include "framework/frameworkcatalog.h"
#include "scoring/scorecard.h"
#include "storage/assessmentfile.h"
#include "storage/document.h"
#include "workshop/votingroom.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace wgll;
using namespace wgll::workshop;
using namespace Qt::Literals::StringLiterals;
using storage::Document;

namespace {

struct Room : test::BoardRoom
{
    /// What `wgll export --format json` writes for the document now.
    QJsonObject exported() const
    {
        const Assessment a = doc->assessment();
        return QJsonDocument::fromJson(json::toBytes(json::exportOf(Scorecard::of(a), a, {}))).object();
    }
    /// The room opened again over the same session, as the window does after a crash.
    VotingRoom reopened() const
    {
        const Workshop w = doc->workshop();
        return VotingRoom::over(*doc, w.sessions.first(), room->voters());
    }
};

} // namespace

TEST_CASE("a round's votes are in the file at once but in no record or export until the reveal",
          "[core][workshop][blind]")
{
    Room t;
    REQUIRE(t.room->open(u"1.1"_s));
    REQUIRE(t.room->vote(0, 4));
    REQUIRE(t.room->vote(1, 2));
    REQUIRE(t.room->vote(2, std::nullopt)); // can't say

    // In the file, durably: the answers of the blind round, can't say included.
    const qint64 session = t.room->roundSessionId();
    const QHash<qint64, std::optional<int>> answers = t.doc->blindAnswers(session, u"1.1"_s);
    CHECK(answers.size() == 3);
    CHECK(answers.value(t.room->voters()[0].participant) == std::optional<int>(4));
    CHECK(answers.value(t.room->voters()[2].participant) == std::nullopt);

    // Nothing made from it shows them: the record has a count only, the scorecard no spread.
    Workshop w = t.doc->workshop();
    CHECK(w.votes.isEmpty());
    CHECK(w.cantSays.isEmpty());
    REQUIRE(w.blindRounds.size() == 1);
    CHECK(w.blindRounds.first() == BlindRound{session, u"1.1"_s, 3});
    QJsonObject o = t.exported();
    CHECK(o[u"workshop"][u"votes"].toArray().isEmpty());
    CHECK(o[u"workshop"][u"cantSay"].toArray().isEmpty());
    CHECK(o[u"workshop"][u"roundsNotRevealed"].toArray() ==
          QJsonArray{QJsonObject{{u"session"_s, session}, {u"statement"_s, u"1.1"_s}, {u"answered"_s, 3}}});
    const QJsonArray indicators = o[u"indicators"].toArray();
    CHECK(indicators.first()[u"id"] == u"1.1"_s);
    CHECK(indicators.first()[u"votes"].isNull());
    const QByteArray bytes = QJsonDocument(o).toJson();
    CHECK_FALSE(bytes.contains("\"score\": 4"));

    // Revealed: the levels and the can't-say join the record, and the round is no longer blind.
    REQUIRE(t.room->reveal());
    w = t.doc->workshop();
    CHECK(w.votes.size() == 2);
    REQUIRE(w.cantSays.size() == 1);
    CHECK(w.cantSays.first().participant == t.room->voters()[2].participant);
    CHECK(w.blindRounds.isEmpty());
    o = t.exported();
    CHECK(o[u"workshop"][u"votes"].toArray().size() == 2);
    CHECK(o[u"workshop"][u"cantSay"].toArray().size() == 1);
    CHECK(o[u"indicators"].toArray().first()[u"votes"][u"n"] == 2);
    CHECK(t.doc->blindAnswers(session, u"1.1"_s).isEmpty());
}

TEST_CASE("can't say is kept in the file: a round taken up again still counts it", "[core][workshop][blind]")
{
    Room t;
    REQUIRE(t.room->open(u"1.1"_s));
    REQUIRE(t.room->vote(1, std::nullopt));
    REQUIRE(t.room->open(u"1.2"_s)); // the facilitator looks at another statement, then comes back
    REQUIRE(t.room->open(u"1.1"_s));
    CHECK(t.room->count().voted == 1);

    // The workbench stops; a room over the same session finds the round and its can't-say.
    VotingRoom again = t.reopened();
    CHECK(again.hasPendingRound(u"1.1"_s));
    REQUIRE(again.open(u"1.1"_s));
    CHECK(again.count().voted == 1);
    CHECK(again.count().waiting == QStringList{u"Ann"_s, u"Cat"_s});
    REQUIRE(again.choiceOf(1));
    CHECK_FALSE(again.choiceOf(1)->has_value()); // answered, with no level

    // Taking a vote back removes it from the file, can't-say or level alike.
    REQUIRE(again.withdraw(1));
    CHECK(t.doc->blindAnswers(again.roundSessionId(), u"1.1"_s).isEmpty());
    CHECK(again.count().voted == 0);
}

TEST_CASE("after a crash the room takes up a blind round, and a second round, where they were",
          "[core][workshop][blind]")
{
    Room t;
    REQUIRE(t.room->open(u"1.1"_s));
    REQUIRE(t.room->vote(0, 2));
    REQUIRE(t.room->vote(1, 5));
    REQUIRE(t.room->reveal());
    REQUIRE(t.room->revote()); // round 2, after discussion
    REQUIRE(t.room->vote(0, 3));
    REQUIRE(t.room->open(u"1.2"_s));
    REQUIRE(t.room->vote(2, 4));

    VotingRoom again = t.reopened();
    CHECK(again.hasPendingRound(u"1.1"_s));
    CHECK(again.hasPendingRound(u"1.2"_s));
    REQUIRE(again.open(u"1.1"_s));
    CHECK(again.round() == 2);
    CHECK(again.count().voted == 1);
    CHECK(again.choiceOf(0) == std::optional<Choice>(Choice(3)));
    CHECK_FALSE(again.choiceOf(1)); // round 1's vote is not round 2's
    REQUIRE(again.vote(1, 3));
    REQUIRE(again.reveal());
    REQUIRE(again.outcome());
    CHECK(again.outcome()->summary->n == 2);
    CHECK(again.outcome()->summary->median == 3.0);
    REQUIRE(again.agree(3, u"Settled in round 2"_s));

    // Round 2 stayed in its own session: the file holds both rounds, round 1 revealed as it was.
    const Workshop w = t.doc->workshop();
    CHECK(w.sessions.size() == 2);
    CHECK(w.sessions.last().title == u"Board session (round 2)"_s);
    CHECK(w.latestVotes(u"1.1"_s) == QList<int>{3, 3});
    CHECK(w.blindRounds.size() == 1); // 1.2, still blind
    REQUIRE(again.open(u"1.2"_s));
    CHECK(again.round() == 1);
    CHECK(again.count().voted == 1);

    // A statement decided in the file gets its next round after the last one, not round 1 again.
    VotingRoom third = t.reopened();
    REQUIRE(third.open(u"1.1"_s));
    CHECK(third.round() == 3);
}

TEST_CASE("a show-of-hands tally replaces a blind round's answers, can't-say included", "[core][workshop][blind]")
{
    Room t;
    REQUIRE(t.room->open(u"1.1"_s));
    REQUIRE(t.room->vote(2, std::nullopt));
    REQUIRE(t.room->voteAll({3, 4}));
    const QHash<qint64, std::optional<int>> answers = t.doc->blindAnswers(t.room->roundSessionId(), u"1.1"_s);
    CHECK(answers.size() == 2);
    CHECK_FALSE(answers.contains(t.room->voters()[2].participant));
    CHECK(t.doc->workshop().votes.isEmpty());
    REQUIRE(t.room->reveal());
    CHECK(t.doc->workshop().votes.size() == 2);
}

TEST_CASE("the file check refuses an answer that is both a level and can't say", "[core][workshop][blind]")
{
    Room t;
    REQUIRE(t.room->open(u"1.1"_s));
    REQUIRE(t.room->vote(0, 4));
    REQUIRE(t.room->reveal());
    REQUIRE(t.doc->save());
    const QString file = t.doc->fileName();
    const qint64 participant = t.room->voters()[0].participant;
    const qint64 session = t.room->session();
    t.room.reset();
    t.doc->close();
    // The primary keys keep a level and a can't-say apart; only a hostile sender writes both.
    wgll::test::forge(file, QStringLiteral("INSERT INTO cant_say VALUES (%1, %2, '1.1', '2026-11-30T10:00:00.000Z')")
                                .arg(session)
                                .arg(participant)
                                .toUtf8()
                                .constData());
    Error error;
    CHECK_FALSE(storage::readAssessmentFile(file, error));
    CHECK(error.toString().contains(u"both a level and \"can't say\""_s));
}

TEST_CASE("a room taken up again keeps to its own rounds, not a later session of the same title",
          "[core][workshop][blind]")
{
    Room t;
    REQUIRE(t.room->open(u"1.1"_s));
    REQUIRE(t.room->vote(0, 2));
    // Another day's session that happens to be titled as this one's second round would be.
    WorkshopSession other = t.doc->workshop().sessions.first();
    other.id = 0;
    other.title = u"Board session (round 2)"_s;
    other.date = other.date.addDays(7);
    REQUIRE(t.doc->startSession(other));

    VotingRoom again = t.reopened();
    REQUIRE(again.open(u"1.1"_s));
    CHECK(again.round() == 1);
    CHECK(again.count().voted == 1);
    REQUIRE(again.reveal());
    REQUIRE(again.revote());
    REQUIRE(again.vote(1, 4));
    // Its round 2 is a session of its own, not the other day's.
    const Workshop w = t.doc->workshop();
    REQUIRE(w.sessions.size() == 3);
    CHECK(again.roundSessionId() == w.sessions.last().id);
}
