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

using wgll::test::Run;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Host : wgll::test::Cli
{
    QString file = path(u"board.wgll"_s);
    Host() { REQUIRE((*this)({u"new"_s, file, u"--framework"_s, u"wgll-org"_s}).exitCode == 0); }

    /// Runs the host with `commands` as its standard input (a file, read to its end).
    Run host(const QString &commands, const QStringList &extra = {})
    {
        wgll::test::writeAll(path(u"commands.txt"_s), commands.toUtf8());
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"})
            env.insert(QString::fromLatin1(name), home.path() + u'/' + QString::fromLatin1(name));
        p.setProcessEnvironment(env);
        p.setStandardInputFile(path(u"commands.txt"_s));
        p.start(program(), QStringList{u"workshop"_s, u"host"_s, file, u"--session"_s, u"Board development"_s,
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
