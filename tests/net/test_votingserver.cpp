// SPDX-License-Identifier: GPL-3.0-or-later
// The phones' voting server over real loopback sockets (issue 18): what the HTTP layer adds to
// the voting API (tests/core/test_votingroom.cpp): the one address it listens on, the limits on
// request size, connections and idle time enforced before Qt's parser buffers a request, and
// stopping. Waits are for what the server does (QTest::qWaitFor runs the event loop), never
// fixed sleeps.
#include "testsupport.h"

#include "framework/frameworkcatalog.h"
#include "storage/document.h"
#include "votingserver.h"
#include "workshop/votingroom.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace wgll;
using namespace Qt::Literals::StringLiterals;
using storage::Document;
using workshop::VotingRoom;

namespace {

struct Served
{
    QTemporaryDir dir;
    std::unique_ptr<Document> doc;
    std::optional<VotingRoom> room;
    std::unique_ptr<net::VotingServer> server;
    quint16 port = 0;

    explicit Served(net::GuardedTcpServer::Limits limits = {})
    {
        static const FrameworkCatalog catalog = FrameworkCatalog::load({});
        AssessmentInfo info;
        info.organisation = u"Northshire Hospitals NHS FT"_s;
        info.period = u"2026/27"_s;
        Error error;
        doc = wgll::take(Document::create(dir.filePath(u"a.wgll"_s), catalog.find(u"wgll-org"_s)->framework, info,
                                          dir.filePath(u"work"_s)),
                         error);
        REQUIRE(doc);
        room = wgll::take(VotingRoom::start(*doc, u"Board"_s, {}, {u"Ann"_s, u"Bob"_s}), error);
        REQUIRE(room);
        server = std::make_unique<net::VotingServer>(*room, workshop::VotingApi::Limits{}, limits);
        const Result<quint16> listening = server->start(QHostAddress::LocalHost, 0);
        REQUIRE(listening);
        port = *listening;
    }
};

/// Sends `request` on a new connection and returns what came back by the time the server closed
/// it or a whole response (headers and Content-Length body) arrived.
QByteArray exchange(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    REQUIRE(QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000));
    socket.write(request);
    QByteArray reply;
    const bool done = QTest::qWaitFor(
        [&] {
            reply += socket.readAll();
            const qsizetype end = reply.indexOf("\r\n\r\n");
            if (end < 0)
                return socket.state() == QAbstractSocket::UnconnectedState;
            const qsizetype at = reply.toLower().indexOf("content-length: ");
            const qsizetype length = at < 0 ? 0 : reply.mid(at + 16, reply.indexOf("\r\n", at) - at - 16).toLongLong();
            return reply.size() >= end + 4 + length || socket.state() == QAbstractSocket::UnconnectedState;
        },
        10000);
    REQUIRE(done);
    return reply;
}

} // namespace

TEST_CASE("voting server: serves the page on the address asked for, with its policy, until stopped", "[net][voting]")
{
    Served s;
    CHECK(s.server->listener()->serverAddress() == QHostAddress(QHostAddress::LocalHost));
    CHECK(s.server->joinUrl() == u"http://127.0.0.1:%1/s/"_s.arg(s.port) + QString::fromLatin1(s.room->secret()) + u'/');
    const QByteArray page = exchange(s.port, "GET " + s.server->api().joinPath() + " HTTP/1.1\r\nHost: x\r\n\r\n");
    CHECK(page.startsWith("HTTP/1.1 200"));
    CHECK(page.contains(QByteArray("Content-Security-Policy: " + s.server->api().pageSecurityPolicy())));
    CHECK(page.contains("<title>Vote"));
    CHECK(exchange(s.port, "GET /s/nothing/ HTTP/1.1\r\nHost: x\r\n\r\n").startsWith("HTTP/1.1 404"));

    s.server->stop();
    QTcpSocket late;
    QSignalSpy refused(&late, &QAbstractSocket::errorOccurred);
    late.connectToHost(QHostAddress::LocalHost, s.port);
    REQUIRE(refused.wait(5000));
    CHECK(late.error() == QAbstractSocket::ConnectionRefusedError);
}

TEST_CASE("voting server: a request over the size limit is refused before it is parsed", "[net][voting]")
{
    Served s({8, 16 * 1024, 30'000});
    REQUIRE(s.room->open(u"1.1"_s));
    const qint64 before = s.doc->generation();
    const QByteArray body = "{\"name\": \"" + QByteArray(200 * 1024, 'A') + "\"}";
    const QByteArray reply = exchange(s.port, "POST " + s.server->api().joinPath() +
                                                  "claim HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                                  "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    CHECK(reply.startsWith("HTTP/1.1 413"));
    CHECK(reply.contains("Content-Length: 0\r\nConnection: close")); // the listener's refusal, not the API's
    // Under the socket's limit but over the API's 4 KiB: refused by the API, also 413.
    const QByteArray medium = "{\"name\": \"" + QByteArray(6000, 'A') + "\"}";
    CHECK(exchange(s.port, "POST " + s.server->api().joinPath() +
                               "claim HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: " +
                               QByteArray::number(medium.size()) + "\r\n\r\n" + medium)
              .startsWith("HTTP/1.1 413"));
    CHECK(s.doc->generation() == before);
    CHECK_FALSE(s.room->isClaimed(0));
}

TEST_CASE("voting server: connections over the limit are refused, and idle ones closed", "[net][voting]")
{
    Served s({2, 16 * 1024, 300});
    QTcpSocket a;
    QTcpSocket b;
    a.connectToHost(QHostAddress::LocalHost, s.port);
    b.connectToHost(QHostAddress::LocalHost, s.port);
    REQUIRE(QTest::qWaitFor([&] { return s.server->listener()->openConnections() == 2; }, 5000));
    CHECK(exchange(s.port, "GET " + s.server->api().joinPath() + "state HTTP/1.1\r\nHost: x\r\n\r\n")
              .startsWith("HTTP/1.1 503"));
    // Neither sent a request: both are closed once idle, and their places are free again.
    QSignalSpy closedA(&a, &QAbstractSocket::disconnected);
    QSignalSpy closedB(&b, &QAbstractSocket::disconnected);
    REQUIRE((closedA.count() > 0 || closedA.wait(5000)));
    REQUIRE((closedB.count() > 0 || closedB.wait(5000)));
    REQUIRE(QTest::qWaitFor([&] { return s.server->listener()->openConnections() == 0; }, 5000));
    CHECK(exchange(s.port, "GET " + s.server->api().joinPath() + "state HTTP/1.1\r\nHost: x\r\n\r\n")
              .startsWith("HTTP/1.1 200"));
}

TEST_CASE("voting server: a claim and a vote over HTTP are in the document", "[net][voting]")
{
    Served s;
    REQUIRE(s.room->open(u"2.2"_s));
    const QByteArray csrf = s.server->api().csrfToken();
    const auto post = [&](const QByteArray &path, const QByteArray &body, const QByteArray &token) {
        return exchange(s.port, "POST " + s.server->api().joinPath() + path +
                                    " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nX-WGLL-CSRF: " + csrf +
                                    "\r\nX-WGLL-Token: " + token + "\r\nContent-Length: " +
                                    QByteArray::number(body.size()) + "\r\n\r\n" + body);
    };
    QSignalSpy changed(s.server.get(), &net::VotingServer::roomChanged);
    const QByteArray claimed = post("claim", R"({"name": "Bob"})", "-");
    REQUIRE(claimed.startsWith("HTTP/1.1 200"));
    const qsizetype at = claimed.indexOf("\"token\":\"") + 9;
    const QByteArray token = claimed.mid(at, 32);
    CHECK(post("vote", R"({"ballot": ")" + s.room->ballot() + R"(", "level": 5})", token).startsWith("HTTP/1.1 200"));
    CHECK(changed.count() == 2);
    // In the file at once, blind until the reveal: the record counts it, the round holds it.
    CHECK(s.doc->workshop().votes.isEmpty());
    const QHash<qint64, std::optional<int>> answers = s.doc->blindAnswers(s.room->roundSessionId(), s.room->statement());
    REQUIRE(answers.size() == 1);
    CHECK(answers.cbegin().value() == std::optional<int>(5));
}
