// SPDX-License-Identifier: GPL-3.0-or-later
// `wgll workshop host` end to end (issue 18, item 4): the facilitator's commands from standard
// input, the exit codes, and the record left in the file. The phones' side is in
// tests/html/check_voting.py (a real browser) and tests/net (sockets).
#include "clirunner.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include "forge.h"
#include "sqlite/database.h"

using wgll::test::Run;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Host : wgll::test::Cli
{
    QString file = path(u"board.wgll"_s);
    Host() { REQUIRE((*this)({u"new"_s, file, u"--framework"_s, u"wgll-org"_s}).exitCode == 0); }

    /// Runs the host with `commands` as its standard input (a file, read to its end).
    Run host(const QString &commands, const QStringList &extra = {}, const QString &session = u"Board development"_s)
    {
        wgll::test::writeAll(path(u"commands.txt"_s), commands.toUtf8());
        QProcess p;
        p.setProcessEnvironment(wgll::test::programEnvironment(home.path()));
        p.setStandardInputFile(path(u"commands.txt"_s));
        p.start(program(), QStringList{u"workshop"_s, u"host"_s, file, u"--session"_s, session,
                                       u"--participants"_s, u"Ann Patel;Bob Jones"_s} +
                               extra);
        REQUIRE(p.waitForStarted(10000));
        REQUIRE(p.waitForFinished(60000));
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    QJsonObject workshop()
    {
        const Run r = (*this)({u"export"_s, file, u"--format"_s, u"json"_s, u"-o"_s, u"-"_s});
        REQUIRE(r.exitCode == 0);
        return QJsonDocument::fromJson(r.out.toUtf8())[u"workshop"].toObject();
    }
};

} // namespace

TEST_CASE("workshop host: the facilitator's commands are answered a line each, and close saves", "[cli][workshop][voting]")
{
    Host h;
    const Run r = h.host(u"open 1.1\nstatus\nwaiting\nreveal\nopen 9.9\nfrobnicate\n\nopen 1.2\nclose\nopen 2.1\n"_s);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 6);
    CHECK(QRegularExpression(u"^url: http://127\\.0\\.0\\.1:[0-9]+/s/[0-9a-f]{32}/$"_s).match(lines[0]).hasMatch());
    CHECK(lines.mid(1) == QStringList{u"open 1.1, round 1"_s, u"voted 0 of 2"_s, u"waiting: Ann Patel, Bob Jones"_s,
                                      u"open 1.2, round 1"_s, u"closed: saved "_s + h.file});
    // Refused commands say why on standard error, naming the file, and the host goes on.
    const QStringList errors = r.err.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(errors.size() == 3);
    CHECK(errors[0] == u"wgll: "_s + h.file + u": nobody has voted yet"_s);
    CHECK(errors[1] == u"wgll: "_s + h.file + u": there is no statement \"9.9\" in wgll-org"_s);
    CHECK(errors[2].startsWith(u"wgll: "_s + h.file + u": unknown command \"frobnicate\"; commands: open ID"_s));

    // The session and its register are in the saved file.
    const QJsonObject w = h.workshop();
    REQUIRE(w[u"sessions"].toArray().size() == 1);
    CHECK(w[u"sessions"][0][u"title"].toString() == u"Board development"_s);
    CHECK(w[u"sessions"][0][u"attendance"].toArray().size() == 2);
    CHECK(w[u"participants"].toArray().size() == 2);
}

TEST_CASE("workshop host: the end of the input saves as close does", "[cli][workshop][voting]")
{
    Host h;
    const Run r = h.host(u"open 3.1\n"_s);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.endsWith(u"closed: saved "_s + h.file + u'\n'));
    CHECK(h.workshop()[u"sessions"].toArray().size() == 1);
}

TEST_CASE("workshop host: bad options, a missing file and a port in use exit as the rest of the CLI", "[cli][workshop][voting]")
{
    Host h;
    const auto run = [&](const QStringList &args) {
        return h(QStringList{u"workshop"_s, u"host"_s} + args);
    };
    CHECK(run({h.file, u"--participants"_s, u"Ann"_s}).exitCode == 64);
    CHECK(run({h.file, u"--session"_s, u"S"_s}).exitCode == 64);
    CHECK(run({h.file, u"--session"_s, u"S"_s, u"--participants"_s, u"Ann"_s, u"--bind"_s, u"laptop"_s}).exitCode == 64);
    CHECK(run({h.file, u"--session"_s, u"S"_s, u"--participants"_s, u"Ann"_s, u"--port"_s, u"70000"_s}).exitCode == 64);
    const Run missing = run({h.path(u"none.wgll"_s), u"--session"_s, u"S"_s, u"--participants"_s, u"Ann"_s});
    CHECK(missing.exitCode == 66);
    CHECK(missing.err.startsWith(u"wgll: "_s + h.path(u"none.wgll"_s)));
    CHECK(run({h.file, u"--session"_s, u"S"_s, u"--participants"_s, u"Ann;Ann"_s}).exitCode == 65);

    QTcpServer taken;
    REQUIRE(taken.listen(QHostAddress::LocalHost));
    const Run inUse = run({h.file, u"--session"_s, u"S"_s, u"--participants"_s, u"Ann"_s, u"--port"_s,
                           QString::number(taken.serverPort())});
    CHECK(inUse.exitCode == 75);
    CHECK(inUse.err.contains(u"cannot listen on port"_s));
    // Nothing was started in the file by the refused runs.
    CHECK(h.workshop()[u"sessions"].toArray().isEmpty());
}

TEST_CASE("workshop host: --rule is kept with the session and exported, an unknown one is a usage error",
          "[cli][workshop][voting][rule]")
{
    Host h;
    REQUIRE(h.host(u"close\n"_s).exitCode == 0);
    const Run share = h.host(u"close\n"_s, {u"--rule"_s, u"median-share"_s});
    INFO(share.err.toStdString());
    REQUIRE(share.exitCode == 0);
    REQUIRE(h.host(u"close\n"_s, {u"--rule"_s, u"iqr"_s}).exitCode == 0);
    const QJsonArray sessions = h.workshop()[u"sessions"].toArray();
    REQUIRE(sessions.size() == 3);
    CHECK(sessions[0][u"disagreementRule"].toString() == u"range"_s); // the default
    CHECK(sessions[1][u"disagreementRule"].toString() == u"median-share"_s);
    CHECK(sessions[2][u"disagreementRule"].toString() == u"iqr"_s);

    const Run bad = h.host(u"close\n"_s, {u"--rule"_s, u"loudest"_s});
    CHECK(bad.exitCode == 64);
    CHECK(bad.err.contains(u"--rule must be range, iqr or median-share, not \"loudest\""_s));
    CHECK(h.workshop()[u"sessions"].toArray().size() == 3); // nothing started
}

namespace {

/// A phone on loopback, speaking HTTP/1.1 as the voting page does, one connection a request.
struct Phone
{
    QUrl join;
    QByteArray token;

    struct Reply
    {
        int status = 0;
        QJsonObject body;
    };

    Reply request(const QByteArray &method, const QByteArray &path, const QJsonObject &body = {},
                  const QByteArray &csrf = {}) const
    {
        QTcpSocket socket;
        socket.connectToHost(join.host(), static_cast<quint16>(join.port()));
        REQUIRE(socket.waitForConnected(5000));
        const QByteArray payload = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
        QByteArray head = method + ' ' + join.path().toUtf8() + path + " HTTP/1.1\r\nHost: " + join.authority().toUtf8() +
                          "\r\nConnection: close\r\n";
        if (!token.isEmpty())
            head += "X-WGLL-Token: " + token + "\r\n";
        if (!payload.isEmpty())
            head += "Content-Type: application/json\r\nX-WGLL-CSRF: " + csrf + "\r\nContent-Length: " +
                    QByteArray::number(payload.size()) + "\r\n";
        socket.write(head + "\r\n" + payload);
        QByteArray response;
        while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(5000))
            response += socket.readAll();
        response += socket.readAll();
        const qsizetype split = response.indexOf("\r\n\r\n");
        REQUIRE(split > 0);
        return {response.mid(9, 3).toInt(), QJsonDocument::fromJson(response.mid(split + 4)).object()};
    }
    QJsonObject state() const
    {
        const Reply r = request("GET", "state");
        REQUIRE(r.status == 200);
        return r.body;
    }
    void claim(const QString &name)
    {
        const Reply r = request("POST", "claim", {{u"name"_s, name}}, state()[u"csrf"].toString().toLatin1());
        REQUIRE(r.status == 200);
        token = r.body[u"token"].toString().toLatin1();
    }
    int vote(int level) const
    {
        const QJsonObject s = state();
        return request("POST", "vote", {{u"ballot"_s, s[u"ballot"]}, {u"level"_s, level}}, s[u"csrf"].toString().toLatin1())
            .status;
    }
};

/// The host running, its standard input a pipe the facilitator types into.
struct LiveHost
{
    QProcess p;
    QString pending;

    LiveHost(Host &h, const QStringList &args)
    {
        // As every other run of the test: a working copy left by a kill is where `wgll recover` looks.
        p.setProcessEnvironment(wgll::test::programEnvironment(h.home.path()));
        p.start(Host::program(), QStringList{u"workshop"_s, u"host"_s, h.file, u"--session"_s, u"Board development"_s} + args);
        REQUIRE(p.waitForStarted(10000));
    }
    /// The next line the host prints.
    QString line()
    {
        while (!pending.contains(u'\n')) {
            INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
            REQUIRE(p.waitForReadyRead(10000));
            pending += QString::fromUtf8(p.readAllStandardOutput());
        }
        const QString first = pending.section(u'\n', 0, 0);
        pending = pending.section(u'\n', 1);
        return first;
    }
    QString say(const QString &command)
    {
        p.write((command + u'\n').toUtf8());
        return line();
    }
};

} // namespace

TEST_CASE("workshop host: killed mid-vote and run again, it serves the same address and each phone goes on",
          "[cli][workshop][voting][link]")
{
    Host h;
    Phone ann;
    {
        LiveHost first(h, {u"--participants"_s, u"Ann Patel;Bob Jones"_s});
        const QString url = first.line();
        REQUIRE(url.startsWith(u"url: "_s));
        ann.join = QUrl(url.mid(5));
        ann.claim(u"Ann Patel"_s);
        CHECK(first.say(u"open 1.1"_s) == u"open 1.1, round 1"_s);
        CHECK(ann.vote(4) == 200);
        CHECK(first.say(u"status"_s) == u"voted 1 of 2"_s);
        first.p.kill(); // no goodbye: the laptop's battery, or a crash
        REQUIRE(first.p.waitForFinished(10000));
    }
    // The vote is in the unsaved working copy; `wgll recover` settles it, as the host's refusal says.
    const Run refused = h({u"workshop"_s, u"host"_s, h.file, u"--session"_s, u"Board development"_s});
    CHECK(refused.exitCode == 75);
    CHECK(refused.err.contains(u"wgll recover"_s));
    REQUIRE(h({u"recover"_s, h.file, u"--restore"_s}).exitCode == 0);

    LiveHost again(h, {});
    CHECK(again.line() == u"url: "_s + ann.join.toString());
    CHECK(again.line() == u"continued: Board development (at the same address: phones reconnect by themselves)"_s);
    // Ann's phone, polling all along, is still Ann; her vote is in and she may change it.
    CHECK(again.say(u"open 1.1"_s) == u"open 1.1, round 1"_s);
    const QJsonObject state = ann.state();
    CHECK(state[u"you"].toString() == u"Ann Patel"_s);
    CHECK(state[u"yourVote"].toInt() == 4);
    CHECK(again.say(u"status"_s) == u"voted 1 of 2"_s);
    CHECK(ann.vote(3) == 200);
    Phone bob{ann.join, {}};
    bob.claim(u"Bob Jones"_s);
    CHECK(bob.vote(4) == 200);
    CHECK(again.say(u"status"_s) == u"voted 2 of 2"_s);
    CHECK(again.say(u"reveal"_s).startsWith(u"revealed: 3×1, 4×1"_s));
    CHECK(again.say(u"agree 4 Settled after the restart"_s) == u"agreed 1.1 at 4"_s);
    CHECK(again.say(u"close"_s) == u"closed: saved "_s + h.file);
    REQUIRE(again.p.waitForFinished(10000));
    CHECK(again.p.exitCode() == 0);

    // One session, both votes as changed, the decision, and both claims in the record; the
    // page's secret and digests left the file when the host closed.
    const QJsonObject w = h.workshop();
    CHECK(w[u"sessions"].toArray().size() == 1);
    CHECK(w[u"votes"].toArray().size() == 2);
    CHECK(w[u"claims"].toArray().size() == 2);
    CHECK(w[u"decisions"].toArray().size() == 1);
    wgll::sqlite::Database db;
    REQUIRE(db.open(h.file, wgll::sqlite::Database::Mode::ReadOnly));
    CHECK(db.scalar("SELECT (SELECT count(*) FROM voting_link) + (SELECT count(*) FROM voting_token)") == 0);
    // Run once more, the session is over: a new one needs its register.
    CHECK(h({u"workshop"_s, u"host"_s, h.file, u"--session"_s, u"Board development"_s}).exitCode == 64);
}

TEST_CASE("workshop host: continuing with another register or rule is a usage error, changing nothing",
          "[cli][workshop][voting][link]")
{
    Host h;
    {
        LiveHost first(h, {u"--participants"_s, u"Ann Patel;Bob Jones"_s});
        REQUIRE(first.line().startsWith(u"url: "_s));
        first.p.kill();
        REQUIRE(first.p.waitForFinished(10000));
    }
    REQUIRE(h({u"recover"_s, h.file, u"--restore"_s}).exitCode == 0);
    const QByteArray before = wgll::test::readAll(h.file);
    const Run other = h({u"workshop"_s, u"host"_s, h.file, u"--session"_s, u"Board development"_s, u"--participants"_s,
                         u"Ann Patel;Cat Green"_s});
    CHECK(other.exitCode == 64);
    CHECK(other.err.contains(u"continued with its own register (Ann Patel;Bob Jones)"_s));
    const Run rule = h({u"workshop"_s, u"host"_s, h.file, u"--session"_s, u"Board development"_s, u"--rule"_s, u"iqr"_s});
    CHECK(rule.exitCode == 64);
    CHECK(rule.err.contains(u"disagreement rule it was started with (range)"_s));
    const Run facilitator = h({u"workshop"_s, u"host"_s, h.file, u"--session"_s, u"Board development"_s,
                               u"--facilitator"_s, u"Someone Else"_s});
    CHECK(facilitator.exitCode == 64);
    CHECK(facilitator.err.contains(u"continued with its own facilitator"_s));
    CHECK(wgll::test::readAll(h.file) == before);
    // Naming the same people continues it.
    const Run same = h.host(u"close\n"_s, {});
    CHECK(same.exitCode == 0);
    CHECK(same.out.contains(u"continued: Board development"_s));
}

namespace {

/// The host started for "Board development" with `bind`, killed before anyone voted, and its
/// unsaved changes restored: the page's link is kept in the file. Its first line.
QString killedHost(Host &h, const QStringList &bind = {})
{
    QString url;
    {
        LiveHost first(h, QStringList{u"--participants"_s, u"Ann Patel;Bob Jones"_s} + bind);
        url = first.line();
        REQUIRE(url.startsWith(u"url: http://"_s));
        first.p.kill();
        REQUIRE(first.p.waitForFinished(10000));
    }
    REQUIRE(h({u"recover"_s, h.file, u"--restore"_s}).exitCode == 0);
    return url;
}

} // namespace

TEST_CASE("workshop host: without --bind a kept wildcard address is not listened on again", "[cli][workshop][voting][link]")
{
    {
        Host h;
        killedHost(h, {u"--bind"_s, u"0.0.0.0"_s});
        const Run r = h.host(u"close\n"_s, {});
        REQUIRE(r.exitCode == 0);
        const QStringList lines = r.out.split(u'\n');
        REQUIRE(lines.size() >= 2);
        CHECK(lines[0].startsWith(u"url: http://127.0.0.1:"_s)); // the default, not every interface
        CHECK(lines[1] == u"continued: Board development (at a new address: phones open it and pick their names again)"_s);
    }
    {
        // Asked for again, the same wildcard and port, and the same secret.
        Host h;
        const QString url = killedHost(h, {u"--bind"_s, u"0.0.0.0"_s});
        const Run r = h.host(u"close\n"_s, {u"--bind"_s, u"0.0.0.0"_s});
        REQUIRE(r.exitCode == 0);
        const QStringList lines = r.out.split(u'\n');
        REQUIRE(lines.size() >= 2);
        CHECK(QUrl(lines[0].mid(5)).port() == QUrl(url.mid(5)).port());
        CHECK(QUrl(lines[0].mid(5)).path() == QUrl(url.mid(5)).path());
        CHECK(lines[1] == u"continued: Board development (at the same address: phones reconnect by themselves)"_s);
    }
}

TEST_CASE("workshop host: a link in the file the host did not keep (forged, or made elsewhere) is not served",
          "[cli][workshop][voting][link]")
{
    Host h;
    const QString url = killedHost(h);
    // The seal no longer matches: as if no phones had voted, so a new session is started.
    wgll::test::forge(h.file, "UPDATE voting_link SET address = '192.0.2.1'");
    const Run r = h.host(u"close\n"_s, {});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.startsWith(u"url: http://127.0.0.1:"_s));
    CHECK_FALSE(r.out.contains(u"continued"_s));
    CHECK(QUrl(r.out.section(u'\n', 0, 0).mid(5)).path() != QUrl(url.mid(5)).path());
}

TEST_CASE("workshop host: the kept port taken, it serves a new one and every name is free again",
          "[cli][workshop][voting][link]")
{
    Host h;
    Phone ann;
    {
        LiveHost first(h, {u"--participants"_s, u"Ann Patel;Bob Jones"_s});
        ann.join = QUrl(first.line().mid(5));
        ann.claim(u"Ann Patel"_s);
        first.p.kill();
        REQUIRE(first.p.waitForFinished(10000));
    }
    REQUIRE(h({u"recover"_s, h.file, u"--restore"_s}).exitCode == 0);
    QTcpServer taken;
    REQUIRE(taken.listen(QHostAddress::LocalHost, static_cast<quint16>(ann.join.port())));
    LiveHost again(h, {});
    const QUrl moved(again.line().mid(5));
    CHECK(again.line() == u"continued: Board development (at a new address: phones open it and pick their names again)"_s);
    CHECK(moved.port() != ann.join.port());
    CHECK(moved.path() != ann.join.path()); // a new secret
    Phone bob{moved, ann.token};
    CHECK(bob.state()[u"you"].toString().isEmpty()); // Ann's old token is no one's here
    bob.token.clear();
    bob.claim(u"Ann Patel"_s); // the name is free
    CHECK(again.say(u"close"_s) == u"closed: saved "_s + h.file);
}

TEST_CASE("workshop host: a new session forgets the page kept for an interrupted one", "[cli][workshop][voting][link]")
{
    Host h;
    killedHost(h);
    const Run other = h.host(u"close\n"_s, {}, u"Finance committee"_s);
    REQUIRE(other.exitCode == 0);
    CHECK_FALSE(other.out.contains(u"continued"_s));
    wgll::sqlite::Database db;
    REQUIRE(db.open(h.file, wgll::sqlite::Database::Mode::ReadOnly));
    CHECK(db.scalar("SELECT count(*) FROM voting_link") == 0);
}
