// SPDX-License-Identifier: GPL-3.0-or-later
// Blind votes from phones (issue 18) without a network: the voting room over a document, and
// the phones' HTTP API called in process. Every refused request is checked for its status AND
// for leaving the file as it was (the document's edit counter and its votes).
#include "boardroom.h"
#include "faultyvfs.h"
#include "testsupport.h"

#include "framework/frameworkcatalog.h"
#include "storage/document.h"
#include "storage/assessmentfile.h"
#include "workshop/votingapi.h"
#include "workshop/votingroom.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

using namespace wgll;
using namespace wgll::workshop;
using namespace Qt::Literals::StringLiterals;
using storage::Document;

namespace {

const QByteArray Page = "<!doctype html><style>p{}</style><p>vote</p><script>let a = 1;</script>";

struct Room : test::BoardRoom
{
    std::optional<VotingApi> api;
    qint64 now = 1000;

    explicit Room(VotingApi::Limits limits = {}) { api.emplace(*room, Page, limits, [this] { return now; }); }

    HttpResponse get(const QByteArray &rest, const QByteArray &token = {})
    {
        HttpRequest r{"GET", api->joinPath() + rest, {{"host", "192.168.4.1:8080"}}, {}, u"10.0.0.2"_s};
        if (!token.isEmpty())
            r.headers.insert("x-wgll-token", token);
        return api->handle(r);
    }
    HttpResponse post(const QByteArray &rest, const QJsonObject &body, const QByteArray &token = {},
                      const QByteArray &csrf = "from the state")
    {
        HttpRequest r{"POST",
                      api->joinPath() + rest,
                      {{"host", "192.168.4.1:8080"}, {"content-type", "application/json"}},
                      QJsonDocument(body).toJson(QJsonDocument::Compact),
                      u"10.0.0.2"_s};
        r.headers.insert("x-wgll-csrf", csrf == "from the state" ? api->csrfToken() : csrf);
        if (!token.isEmpty())
            r.headers.insert("x-wgll-token", token);
        return api->handle(r);
    }
    QByteArray claim(const QString &name)
    {
        const HttpResponse r = post("claim", {{u"name"_s, name}});
        REQUIRE(r.status == 200);
        return object(r).value(u"token"_s).toString().toLatin1();
    }
    HttpResponse vote(const QByteArray &token, const QJsonValue &level, const QByteArray &ballot = {})
    {
        return post("vote", {{u"ballot"_s, QString::fromLatin1(ballot.isEmpty() ? room->ballot() : ballot)},
                             {u"level"_s, level}},
                    token);
    }
    static QJsonObject object(const HttpResponse &r) { return QJsonDocument::fromJson(r.body).object(); }
    /// Every level in the file, a blind round's too: what a crash would leave. (Reports and
    /// exports read workshop(), which leaves a round out until its reveal.)
    QList<Vote> votes() const
    {
        const Workshop w = doc->workshop();
        QList<Vote> all = w.votes;
        for (const BlindRound &b : w.blindRounds) {
            const QHash<qint64, std::optional<int>> answers = doc->blindAnswers(b.session, b.indicator);
            for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
                if (it.value())
                    all.append({b.session, it.key(), b.indicator, *it.value(), {}});
            }
        }
        return all;
    }
};

QByteArray header(const HttpResponse &r, const QByteArray &name)
{
    for (const auto &[key, value] : r.headers) {
        if (key == name)
            return value;
    }
    return {};
}

} // namespace

TEST_CASE("phone voting: claim once, vote blind, change until reveal, then see the spread", "[core][voting]")
{
    Room t;
    REQUIRE(t.room->open(u"1.1"_s));
    const QByteArray ann = t.claim(u"Ann"_s);
    const QByteArray bob = t.claim(u"Bob"_s);
    CHECK(ann.size() == 32);
    CHECK(ann != bob);

    // Each name is claimed once: a second phone asking for Ann is refused and changes nothing.
    const qint64 before = t.doc->generation();
    CHECK(t.post("claim", {{u"name"_s, u"Ann"_s}}).status == 409);
    CHECK(t.post("claim", {{u"name"_s, u"Zed"_s}}).status == 404);
    CHECK(t.doc->generation() == before);
    CHECK(t.room->claimLog().size() == 2);
    CHECK(t.room->claimLog().first().device.startsWith(u"10.0.0.2"_s));

    // A vote is in the file the moment it arrives; a changed vote replaces it.
    REQUIRE(t.vote(ann, 2).status == 200);
    REQUIRE(t.votes().size() == 1);
    CHECK(t.votes().first().score == 2);
    REQUIRE(t.vote(ann, 4).status == 200);
    REQUIRE(t.votes().size() == 1);
    CHECK(t.votes().first().score == 4);
    REQUIRE(t.vote(bob, QJsonValue::Null).status == 200); // can't say: counted, no level

    // Blind: the facilitator sees who has voted, a phone sees only its own vote.
    const VotingRoom::Count count = t.room->count();
    CHECK(count.voted == 2);
    CHECK(count.of == 3);
    CHECK(count.waiting == QStringList{u"Cat"_s});
    const QJsonObject annSees = Room::object(t.get("state", ann));
    CHECK(annSees.value(u"yourVote"_s).toInt() == 4);
    CHECK(annSees.value(u"voted"_s).toInt() == 2);
    CHECK_FALSE(annSees.contains(u"revealed"_s));
    const QJsonObject bobSees = Room::object(t.get("state", bob));
    CHECK(bobSees.value(u"yourVote"_s).toString() == u"cant-say"_s);
    const HttpResponse stranger = t.get("state");
    CHECK_FALSE(Room::object(stranger).contains(u"yourVote"_s));
    CHECK_FALSE(stranger.body.contains("\"distribution\""));
    CHECK(Room::object(stranger).value(u"statement"_s).toObject().value(u"scale"_s).toArray().size() == 5);

    REQUIRE(t.room->reveal());
    const QJsonObject after = Room::object(t.get("state"));
    CHECK(after.value(u"phase"_s).toString() == u"revealed"_s);
    CHECK(after.value(u"revealed"_s).toObject().value(u"distribution"_s).toArray() == QJsonArray{0, 0, 0, 1, 0});
    CHECK(after.value(u"revealed"_s).toObject().value(u"cantSay"_s).toInt() == 1);
    // After reveal nobody can change a vote, and the file stays as it was.
    const qint64 revealed = t.doc->generation();
    CHECK(t.vote(ann, 1).status == 409);
    CHECK(t.doc->generation() == revealed);

    REQUIRE(t.room->agree(4, u"Strategy approved in March"_s));
    CHECK(t.doc->answer(u"1.1"_s)->score == 4);
    REQUIRE(t.doc->workshop().decisions.size() == 1);
    CHECK(t.doc->workshop().decisions.first().rationale == u"Strategy approved in March"_s);
    CHECK(t.room->phase() == VotingRoom::Phase::Closed);
}

TEST_CASE("phone voting: a second round keeps the first in the file", "[core][voting]")
{
    Room t;
    const QByteArray ann = t.claim(u"Ann"_s);
    const QByteArray cat = t.claim(u"Cat"_s);
    REQUIRE(t.room->open(u"2.1"_s));
    REQUIRE(t.vote(ann, 1).status == 200);
    REQUIRE(t.vote(cat, 5).status == 200);
    REQUIRE(t.room->reveal());
    const QByteArray roundOne = t.room->ballot();
    REQUIRE(t.room->revote());
    CHECK(t.room->round() == 2);
    CHECK(t.room->count().voted == 0);
    REQUIRE(t.vote(ann, 3).status == 200);
    REQUIRE(t.vote(cat, 4).status == 200);

    // Round 1 in the room's session, round 2 in a session of its own with the same register;
    // round 2 is still blind, so the record has its count and, from the reveal, its levels.
    CHECK(t.doc->workshop().votes.size() == 2);
    CHECK(t.doc->workshop().blindRounds.first().answered == 2);
    REQUIRE(t.room->reveal());
    const Workshop w = t.doc->workshop();
    REQUIRE(w.sessions.size() == 2);
    CHECK(w.sessions[1].title == u"Board session (round 2)"_s);
    CHECK(w.sessions[1].attendance == w.sessions[0].attendance);
    CHECK(w.votes.size() == 4);
    QList<int> first;
    for (const Vote &v : w.votes) {
        if (v.session == w.sessions[0].id)
            first.append(v.score);
    }
    std::sort(first.begin(), first.end());
    CHECK(first == QList<int>{1, 5});
    QList<int> latest = w.latestVotes(u"2.1"_s);
    std::sort(latest.begin(), latest.end());
    CHECK(latest == QList<int>{3, 4});

    // A round-1 vote replayed into round 2 (or 3) is refused and changes nothing.
    REQUIRE(t.room->revote());
    REQUIRE(t.vote(ann, 3).status == 200);
    const qint64 before = t.doc->generation();
    CHECK(t.vote(ann, 1, roundOne).status == 409);
    CHECK(t.doc->generation() == before);
    CHECK(Room::object(t.get("state", ann)).value(u"yourVote"_s).toInt() == 3);
}

TEST_CASE("phone voting: forged, tokenless and out-of-round requests are refused and change nothing", "[core][voting]")
{
    Room t;
    const QByteArray ann = t.claim(u"Ann"_s);
    const qint64 before = t.doc->generation();

    // No round open.
    CHECK(t.vote(ann, 3, "00000000000000000000000000000000").status == 409);
    REQUIRE(t.room->open(u"1.2"_s));
    // Missing and wrong tokens.
    CHECK(t.vote({}, 3).status == 401);
    CHECK(t.vote("0123456789abcdef0123456789abcdef", 3).status == 401);
    // Missing or wrong anti-forgery token, a non-JSON content type, another site's origin.
    CHECK(t.post("vote", {{u"ballot"_s, QString::fromLatin1(t.room->ballot())}, {u"level"_s, 3}}, ann, "").status == 403);
    CHECK(t.post("vote", {{u"ballot"_s, QString::fromLatin1(t.room->ballot())}, {u"level"_s, 3}}, ann, "x").status == 403);
    HttpRequest form{"POST", t.api->joinPath() + "vote",
                     {{"content-type", "application/x-www-form-urlencoded"}, {"x-wgll-csrf", t.api->csrfToken()},
                      {"x-wgll-token", ann}},
                     "level=3", u"10.0.0.2"_s};
    CHECK(t.api->handle(form).status == 415);
    HttpRequest foreign{"POST", t.api->joinPath() + "vote",
                        {{"content-type", "application/json"}, {"x-wgll-csrf", t.api->csrfToken()},
                         {"x-wgll-token", ann}, {"host", "192.168.4.1:8080"}, {"origin", "http://evil.example"}},
                        "{}", u"10.0.0.2"_s};
    CHECK(t.api->handle(foreign).status == 403);
    // Malformed votes: off the scale, not whole, not JSON.
    CHECK(t.vote(ann, 6).status == 400);
    CHECK(t.vote(ann, 2.5).status == 400);
    CHECK(t.vote(ann, u"3"_s).status == 400);
    CHECK(t.doc->generation() == before);
    // A released name's token stops working (the release itself is logged in the file).
    REQUIRE(t.room->release(0));
    const qint64 released = t.doc->generation();
    CHECK(released == before + 1);
    CHECK(t.vote(ann, 3).status == 401);
    CHECK(t.doc->generation() == released);
    CHECK(t.votes().isEmpty());
    // Released, the name can be claimed again, from a new phone.
    const QByteArray again = t.claim(u"Ann"_s);
    CHECK(again != ann);
    CHECK(t.vote(again, 3).status == 200);
}

TEST_CASE("phone voting: oversize bodies, floods and paths outside the page are refused", "[core][voting]")
{
    Room t({4096, 2, 5, 2});
    const qint64 before = t.doc->generation();
    HttpRequest big{"POST", t.api->joinPath() + "claim",
                    {{"content-type", "application/json"}, {"x-wgll-csrf", t.api->csrfToken()}},
                    "{\"name\": \"" + QByteArray(5000, 'A') + "\"}", u"10.0.0.3"_s};
    CHECK(t.api->handle(big).status == 413);

    // Paths outside the page: no secret, a wrong secret, a traversal, an unknown file.
    const QByteArray join = t.api->joinPath();
    for (const QByteArray &path : QList<QByteArray>{"/", "/s/", "/s/0123456789abcdef0123456789abcdef/",
                                                    join + "../../etc/passwd", join + "state/x", join + "favicon.ico",
                                                    "/etc/passwd", join.chopped(2) + "/"}) {
        INFO(path.toStdString());
        t.now += 1000; // not the flood: one request a second
        CHECK(t.api->handle({"GET", path, {}, {}, u"10.0.0.4"_s}).status == 404);
    }
    t.now += 5000;
    CHECK(t.api->handle({"DELETE", t.api->joinPath(), {}, {}, u"10.0.0.4"_s}).status == 404);
    CHECK(t.api->handle({"POST", t.api->joinPath() + "state", {}, {}, u"10.0.0.4"_s}).status == 404);

    // A flood from one address: the burst passes, then 429 until the bucket refills; another
    // address is not held up by it.
    t.now += 5000;
    int ok = 0;
    int refused = 0;
    for (int i = 0; i < 50; ++i)
        (t.get("state").status == 200 ? ok : refused)++;
    CHECK(ok == 5);
    CHECK(refused == 45);
    CHECK(t.api->handle({"GET", t.api->joinPath() + "state", {}, {}, u"10.0.0.9"_s}).status == 200);
    // More addresses than it tracks: a new one waits until an old one is forgotten.
    CHECK(t.api->handle({"GET", t.api->joinPath() + "state", {}, {}, u"10.0.0.10"_s}).status == 429);
    t.now += 1000;
    CHECK(t.get("state").status == 200);
    CHECK(t.doc->generation() == before);
}

TEST_CASE("phone voting: the page carries a strict policy allowing only its own script and style", "[core][voting]")
{
    Room t;
    const HttpResponse page = t.get("");
    CHECK(page.status == 200);
    CHECK(page.body == Page);
    const QByteArray policy = header(page, "Content-Security-Policy");
    CHECK(policy.startsWith("default-src 'none'; script-src 'sha256-"));
    CHECK_FALSE(policy.contains("unsafe"));
    CHECK(header(page, "X-Content-Type-Options") == "nosniff");
    CHECK(header(page, "Referrer-Policy") == "no-referrer");
    // The hash is of the script as served: a changed script would not run.
    const QByteArray script = "'sha256-" + QCryptographicHash::hash("let a = 1;", QCryptographicHash::Sha256).toBase64() + '\'';
    CHECK(policy.contains(script));
    CHECK(header(t.get("state"), "Content-Security-Policy").startsWith("default-src 'none'"));
    CHECK(t.get("").status == 200);
}

TEST_CASE("phone voting: secrets are 128 random bits, compared in full", "[core][voting]")
{
    const QByteArray a = VotingRoom::randomHex128();
    const QByteArray b = VotingRoom::randomHex128();
    CHECK(a.size() == 32);
    CHECK(a != b);
    CHECK(QByteArray::fromHex(a).toHex() == a);
    CHECK(VotingRoom::sameSecret(a, a));
    CHECK_FALSE(VotingRoom::sameSecret(a, b));
    CHECK_FALSE(VotingRoom::sameSecret(a, a.left(31)));
    CHECK_FALSE(VotingRoom::sameSecret(a, {}));
}

TEST_CASE("phone voting: votes cast before a crash are in the working copy the next open restores", "[core][voting]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"a.wgll"_s);
    const QString work = dir.filePath(u"work"_s);
    {
        static const FrameworkCatalog catalog = FrameworkCatalog::load({});
        Error error;
        AssessmentInfo info;
        info.organisation = u"Northshire Hospitals NHS FT"_s;
        info.period = u"2026/27"_s;
        auto doc = wgll::take(Document::create(file, catalog.find(u"wgll-org"_s)->framework, info, work), error);
        REQUIRE(doc);
        REQUIRE(doc->save());
        auto room = wgll::take(VotingRoom::start(*doc, u"Board"_s, {}, {u"Ann"_s, u"Bob"_s}), error);
        REQUIRE(room);
        REQUIRE(room->open(u"3.1"_s));
        const QByteArray bob = *room->claim(1, u"phone"_s);
        REQUIRE(room->vote(room->voterWithToken(bob), 2));
        // The workbench dies here: no save, no close.
    }
    Error error;
    auto restored = wgll::take(Document::open(file, Document::Recovery::Restore, work), error);
    REQUIRE(restored);
    // In the file, still blind: the record counts it, and a room over the session takes it up.
    const Workshop w = restored->workshop();
    CHECK(w.votes.isEmpty());
    REQUIRE(w.blindRounds.size() == 1);
    CHECK(w.blindRounds.first().answered == 1);
    const QHash<qint64, std::optional<int>> answers = restored->blindAnswers(w.sessions.first().id, u"3.1"_s);
    REQUIRE(answers.size() == 1);
    CHECK(answers.cbegin().value() == std::optional<int>(2));
    VotingRoom again = VotingRoom::over(*restored, w.sessions.first(), {{w.participants[0].id, u"Ann"_s},
                                                                       {w.participants[1].id, u"Bob"_s}});
    REQUIRE(again.open(u"3.1"_s));
    CHECK(again.count().voted == 1);
    REQUIRE(again.reveal());
    CHECK(restored->workshop().latestVotes(u"3.1"_s) == QList<int>{2});
}

TEST_CASE("phone voting: a burst of votes shares one durable commit, and a failed one counts none", "[core][voting]")
{
    using test::FaultyVfs;
    FaultyVfs vfs; // before the document opens, so its connection goes through it
    Room r;
    REQUIRE(r.room->open(u"1.1"_s));
    const QByteArray ann = r.claim(u"Ann"_s), bob = r.claim(u"Bob"_s), cat = r.claim(u"Cat"_s);
    const auto burst = [&](int level) {
        return r.room->inOneCommit([&] {
            CHECK(r.vote(ann, level).status == 200);
            CHECK(r.vote(bob, level).status == 200);
            CHECK(r.vote(cat, level).status == 200);
            return Status();
        });
    };
    constexpr int Never = 1'000'000; // armed only to count the fsyncs

    SECTION("one at a time, each vote is its own fsync")
    {
        vfs.arm(FaultyVfs::Call::Sync, Never, FaultyVfs::Mode::Once, SQLITE_IOERR_FSYNC);
        CHECK(r.vote(ann, 2).status == 200);
        CHECK(r.vote(bob, 2).status == 200);
        CHECK(r.vote(cat, 2).status == 200);
        CHECK(vfs.calls() == 3);
    }
    SECTION("a burst is one fsync, and every vote of it is in the file and counted")
    {
        vfs.arm(FaultyVfs::Call::Sync, Never, FaultyVfs::Mode::Once, SQLITE_IOERR_FSYNC);
        REQUIRE(burst(2));
        CHECK(vfs.calls() == 1);
        CHECK(r.votes().size() == 3);
        CHECK(r.room->count().voted == 3);
    }
    SECTION("when the shared commit fails, no vote of the burst is in the file or counted")
    {
        const qint64 generation = r.doc->generation();
        vfs.arm(FaultyVfs::Call::Sync, 1, FaultyVfs::Mode::Once, SQLITE_IOERR_FSYNC);
        const Status failed = burst(2);
        vfs.disarm();
        REQUIRE_FALSE(failed);
        CHECK(failed.error().kind == ErrorKind::Io);
        CHECK(r.votes().isEmpty());
        CHECK(r.room->count().voted == 0);
        CHECK(r.doc->generation() == generation);
        // The phones vote again and it works.
        REQUIRE(burst(4));
        CHECK(r.votes().size() == 3);
        CHECK(r.room->count().voted == 3);
    }
}

TEST_CASE("phone voting: typed votes taken back, a show of hands, and a round left before reveal taken up again",
          "[core][voting]")
{
    Room t;
    const QByteArray cat = t.claim(u"Cat"_s);
    REQUIRE(t.room->open(u"1.1"_s));
    // The facilitator types Ann's and Bob's levels; Cat votes from her phone: one state.
    REQUIRE(t.room->vote(0, 3));
    REQUIRE(t.room->vote(1, 4));
    REQUIRE(t.vote(cat, 5).status == 200);
    CHECK(t.votes().size() == 3);
    CHECK(t.room->count().voted == 3);
    // A typed vote taken back leaves the file too.
    REQUIRE(t.room->withdraw(1));
    CHECK(t.votes().size() == 2);
    CHECK(t.room->count().waiting == QStringList{u"Bob"_s});

    // Looking at another statement and coming back finds the round as it was, not a new one.
    REQUIRE(t.room->open(u"1.2"_s));
    CHECK(t.room->count().voted == 0);
    REQUIRE(t.room->open(u"1.1"_s));
    CHECK(t.room->round() == 1);
    CHECK(t.room->count().voted == 2);
    CHECK(t.room->choiceOf(2) == std::optional<Choice>(Choice(5)));
    CHECK(t.doc->workshop().sessions.size() == 1);

    // A show of hands replaces the round's votes in one go: the first voters get its levels.
    CHECK(t.room->voteAll({1, 2, 3, 4}).error().kind == ErrorKind::BadData); // more hands than people
    CHECK(t.votes().size() == 2);
    REQUIRE(t.room->voteAll({2, 2}));
    QList<int> levels;
    for (const Vote &v : t.votes())
        levels.append(v.score);
    CHECK(levels == QList<int>{2, 2});
    CHECK(t.room->count().waiting == QStringList{u"Cat"_s});
    REQUIRE(t.room->reveal());
    CHECK(t.doc->workshop().latestVotes(u"1.1"_s) == QList<int>{2, 2});
    CHECK(t.room->withdraw(0).error().kind == ErrorKind::Conflict);
    CHECK(t.room->voteAll({1}).error().kind == ErrorKind::Conflict);
    CHECK(t.votes().size() == 2);
    // Revealed: coming back later starts the next round.
    REQUIRE(t.room->open(u"1.2"_s));
    REQUIRE(t.room->open(u"1.1"_s));
    CHECK(t.room->round() == 2);
}

TEST_CASE("phone voting: which device claimed which name is kept in the file, with every release",
          "[core][voting][claims]")
{
    Room t;
    // A browser's User-Agent is whatever the phone says: control and bidirectional characters,
    // and any length. The log keeps it readable and within its limit, and the file stays valid.
    HttpRequest r{"POST",
                  t.api->joinPath() + "claim",
                  {{"host", "192.168.4.1:8080"},
                   {"content-type", "application/json"},
                   {"user-agent", "Evil\x01phone\xe2\x80\xae" + QByteArray(500, 'x')}},
                  R"({"name": "Ann"})",
                  u"10.0.0.2"_s};
    r.headers.insert("x-wgll-csrf", t.api->csrfToken());
    REQUIRE(t.api->handle(r).status == 200);
    REQUIRE(t.room->release(0));
    t.claim(u"Ann"_s); // claimed again, from another phone

    const Workshop w = t.doc->workshop();
    REQUIRE(w.claims.size() == 3);
    const Claim &first = w.claims[0];
    CHECK(first.session == t.room->session());
    CHECK(first.participant == t.room->voters()[0].participant);
    CHECK(first.device.startsWith(u"10.0.0.2 Evil phone xxx"_s));
    CHECK(first.device.size() <= text::MaxDevice);
    CHECK_FALSE(first.released);
    CHECK(first.at.isValid());
    CHECK(w.claims[1].released);
    CHECK(w.claims[1].device.isEmpty());
    CHECK_FALSE(w.claims[2].released);

    REQUIRE(t.doc->save());
    Error error;
    const std::optional<Assessment> read = storage::readAssessmentFile(t.doc->fileName(), error);
    INFO(error.toString().toStdString());
    REQUIRE(read);
    CHECK(read->workshop.claims == w.claims);
}
