// SPDX-License-Identifier: GPL-3.0-or-later
// `wgll workshop host`: blind votes from the room's phones without the window (issue 18), for
// scripts and tests. The voting page is served by net/votingserver; the facilitator's commands
// come on standard input.
#include "workshophost.h"

#include "command.h"
#include "hostroom.h"
#include "stdinlines.h"
#include "storage/document.h"
#include "votingserver.h"
#include "workshop/votingroom.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QLocale>
#include <QNetworkInterface>

namespace wgll::cli {

namespace {

using storage::Document;
using workshop::VotingRoom;

const QString Usage = QStringLiteral(
    "commands: open ID, status, waiting, reveal, revote, agree LEVEL [RATIONALE], release NAME, claims, close");

/// "2×1, 3×4" for the levels voted, lowest first.
QString spread(const VotingRoom::Outcome &o, const Scale &scale)
{
    QStringList items;
    for (int i = 0; o.summary && i < o.summary->distribution.size(); ++i) {
        if (const int n = o.summary->distribution.at(i))
            items.append(QStringLiteral("%1×%2").arg(scale.min + i).arg(n));
    }
    return items.isEmpty() ? QStringLiteral("no levels") : items.join(QStringLiteral(", "));
}

} // namespace

HostCommands::HostCommands(Document &doc, VotingRoom &room, Console &console, QString typedName)
    : m_doc(doc), m_room(room), m_console(console), m_typedName(std::move(typedName))
{
}

void HostCommands::refuse(const Error &error)
{
    Error e = error;
    e.file = m_typedName;
    m_console.fail(e);
}

void HostCommands::refuse(const QString &message, ErrorKind kind)
{
    refuse(Error{kind, {}, 0, message, {}});
}

void HostCommands::run(const QString &line)
{
    const QString word = line.section(u' ', 0, 0, QString::SectionSkipEmpty);
    const QString rest = line.section(u' ', 1, -1, QString::SectionSkipEmpty);
    // Lines already read past `close` may still be queued when the loop stops: never run.
    if (word.isEmpty() || m_closing)
        return;
    if (word == u"open")
        open(rest);
    else if (word == u"status")
        status();
    else if (word == u"waiting")
        m_console.print(u"waiting: " + m_room.count().waiting.join(QStringLiteral(", ")) + u'\n');
    else if (word == u"reveal")
        reveal();
    else if (word == u"revote") {
        if (const Status s = m_room.revote(); !s)
            return refuse(s.error());
        m_console.print(QStringLiteral("open %1, round %2\n").arg(m_room.statement()).arg(m_room.round()));
    } else if (word == u"agree")
        agree(rest);
    else if (word == u"release")
        release(rest);
    else if (word == u"claims")
        claims();
    else if (word == u"close") {
        m_closing = true;
        Q_EMIT closed();
    }
    else
        refuse(u"unknown command \"" + word + u"\"; " + Usage);
}

void HostCommands::open(const QString &indicator)
{
    if (indicator.isEmpty())
        return refuse(QStringLiteral("open needs a statement: open ID"));
    if (const Status s = m_room.open(indicator); !s)
        return refuse(s.error());
    m_console.print(QStringLiteral("open %1, round %2\n").arg(indicator).arg(m_room.round()));
}

void HostCommands::status()
{
    const VotingRoom::Count c = m_room.count();
    m_console.print(QStringLiteral("voted %1 of %2\n").arg(c.voted).arg(c.of));
}

void HostCommands::reveal()
{
    if (const Status s = m_room.reveal(); !s)
        return refuse(s.error());
    const VotingRoom::Outcome o = *m_room.outcome();
    const QString median = o.summary ? QLocale::c().toString(o.summary->median, 'g', 3) : QStringLiteral("none");
    m_console.print(QStringLiteral("revealed: %1; can't say %2; median %3\n")
                        .arg(spread(o, m_doc.framework().scale))
                        .arg(o.cantSay)
                        .arg(median));
}

void HostCommands::agree(const QString &arguments)
{
    bool ok = false;
    const int level = arguments.section(u' ', 0, 0).toInt(&ok);
    if (!ok)
        return refuse(QStringLiteral("agree needs a level: agree LEVEL [RATIONALE]"));
    const QString statement = m_room.statement();
    if (const Status s = m_room.agree(level, arguments.section(u' ', 1)); !s)
        return refuse(s.error());
    m_console.print(QStringLiteral("agreed %1 at %2\n").arg(statement).arg(level));
}

void HostCommands::release(const QString &name)
{
    const QList<VotingRoom::Voter> &voters = m_room.voters();
    for (int i = 0; i < voters.size(); ++i) {
        if (voters[i].name == name && m_room.release(i)) {
            m_console.print(u"released " + name + u'\n');
            return;
        }
    }
    refuse(u"\"" + name + u"\" is not a claimed name", ErrorKind::NotFound);
}

void HostCommands::claims()
{
    QString text;
    for (const VotingRoom::ClaimRecord &c : m_room.claimLog()) {
        const QString at = c.at.toString(Qt::ISODate);
        if (c.released)
            text += u"released " + Console::safe(c.name) + u" at " + at + u'\n';
        else
            text += u"claimed " + Console::safe(c.name) + u" by " + Console::safe(c.device) + u" at " + at + u'\n';
    }
    m_console.print(text);
}

int HostCommands::finish()
{
    if (m_finished)
        return ExitOk;
    m_finished = true;
    const int saved = saveAndClose(m_doc, m_console);
    if (saved == ExitOk)
        m_console.print(u"closed: saved " + m_typedName + u'\n');
    return saved;
}

namespace {

struct HostParser
{
    QCommandLineParser parser;
    QCommandLineOption session{QStringLiteral("session"), QStringLiteral("The session's title."), QStringLiteral("TITLE")};
    QCommandLineOption people{QStringLiteral("participants"),
                              QStringLiteral("The attendance register: names separated by semicolons (required for\n"
                                             "a new session; a continued one has its own)."),
                              QStringLiteral("NAMES")};
    QCommandLineOption bind{QStringLiteral("bind"),
                            QStringLiteral("The address to listen on (default 127.0.0.1: this computer only; the\n"
                                           "laptop's hotspot or room network address to let phones in)."),
                            QStringLiteral("ADDR")};
    QCommandLineOption port{QStringLiteral("port"), QStringLiteral("The port (default: any free one)."), QStringLiteral("N")};
    QCommandLineOption facilitator{QStringLiteral("facilitator"), QStringLiteral("Who facilitates."), QStringLiteral("NAME")};
    QCommandLineOption rule{QStringLiteral("rule"),
                            QStringLiteral("When the votes disagree, kept with the session: range (2 levels or more\n"
                                           "apart, the default), iqr (interquartile range over 1 level) or\n"
                                           "median-share (fewer than 75 % within one level of the median)."),
                            QStringLiteral("RULE")};

    HostParser()
    {
        parser.setApplicationDescription(QStringLiteral(
            "Let the room vote blind from their phones: serves the voting page for a new workshop session and prints\n"
            "\"url: ADDRESS\" (the address phones open) as its first line, then reads the facilitator's commands on\n"
            "standard input, one a line: open ID, status, waiting, reveal, revote, agree LEVEL [RATIONALE],\n"
            "release NAME, claims, close. Each vote is written to the file as it arrives; close (or the end of\n"
            "the input) saves the file. A session the host was serving when it was killed is continued (after\n"
            "'wgll recover FILE --restore') at the same address, so each phone reconnects by itself.\n"
            "See docs/workshop-security.md."));
        parser.addPositionalArgument(QStringLiteral("FILE.wgll"), QStringLiteral("The assessment."));
        parser.addOptions({session, people, bind, port, facilitator, rule});
    }
};

/// The parsed values checked: a usage error (64) names the first one wrong.
std::optional<HostOptions> readHost(const HostParser &h, Console &console, int &code)
{
    const QString name = QStringLiteral("workshop host");
    HostOptions o;
    o.file = h.parser.positionalArguments().at(0);
    o.title = h.parser.value(h.session);
    o.facilitator = h.parser.value(h.facilitator);
    o.names = h.parser.value(h.people).split(u';', Qt::SkipEmptyParts);
    o.names.removeIf([](const QString &n) { return n.trimmed().isEmpty(); });
    bool portOk = true;
    const uint portValue = h.parser.isSet(h.port) ? h.parser.value(h.port).toUInt(&portOk) : 0;
    QHostAddress bind;
    if (h.parser.isSet(h.rule))
        o.rule = workshop::ruleNamed(h.parser.value(h.rule));
    if (o.title.trimmed().isEmpty())
        code = console.usage(QStringLiteral("--session TITLE is required"), name);
    else if (h.parser.isSet(h.bind) && !bind.setAddress(h.parser.value(h.bind)))
        code = console.usage(u"--bind must be an IP address, not \"" + h.parser.value(h.bind) + u'"', name);
    else if (!portOk || portValue > 65535)
        code = console.usage(u"--port must be 0 to 65535, not \"" + h.parser.value(h.port) + u'"', name);
    else if (h.parser.isSet(h.rule) && !o.rule)
        code = console.usage(u"--rule must be range, iqr or median-share, not \"" + h.parser.value(h.rule) + u'"', name);
    else {
        if (h.parser.isSet(h.bind))
            o.bind = bind;
        if (h.parser.isSet(h.port))
            o.port = static_cast<quint16>(portValue);
        return o;
    }
    return std::nullopt;
}

std::optional<HostOptions> parseHost(const QStringList &args, Console &console, int &code)
{
    HostParser h;
    if (const ParsedArgs p = parseArgs(h.parser, QStringLiteral("workshop host"), args, console, 1, 1); !p.ok()) {
        code = *p.exitCode;
        return std::nullopt;
    }
    return readHost(h, console, code);
}

/// The address phones are given: the one listened on, or for a wildcard this computer's
/// first network address that is not loopback.
QHostAddress reachable(const QHostAddress &bound)
{
    static const QList<QHostAddress> wildcards{QHostAddress(QHostAddress::Any), QHostAddress(QHostAddress::AnyIPv4),
                                               QHostAddress(QHostAddress::AnyIPv6)};
    if (!wildcards.contains(bound))
        return bound;
    for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
        if (!a.isLoopback() && a.protocol() == QAbstractSocket::IPv4Protocol)
            return a;
    }
    return QHostAddress(QHostAddress::LocalHost);
}

int workshopHost(const QStringList &args, Console &console)
{
    int code = ExitOk;
    const std::optional<HostOptions> o = parseHost(args, console, code);
    if (!o)
        return code;
    std::unique_ptr<Document> doc = openDocument(o->file, console, code);
    if (!doc)
        return code;
    std::optional<HostRoom> h = hostRoom(*doc, *o, console, code);
    if (!h) {
        doc->close();
        return code;
    }
    VotingRoom &room = h->room;
    net::VotingServer server(room);
    const Result<quint16> listening = serve(server, *h);
    if (!listening) {
        doc->close();
        return console.fail(listening.error());
    }
    console.print(u"url: " + server.joinUrl(reachable(h->address)) + u'\n');
    if (h->continued)
        console.print(u"continued: " + room.title() +
                      (h->resuming ? QStringLiteral(" (at the same address: phones reconnect by themselves)\n")
                                   : QStringLiteral(" (at a new address: phones open it and pick their names again)\n")));

    HostCommands commands(*doc, room, console, o->file);
    StdinLines input;
    QEventLoop loop;
    QObject::connect(&input, &StdinLines::lineRead, &commands, &HostCommands::run);
    QObject::connect(&input, &StdinLines::ended, &loop, &QEventLoop::quit);
    QObject::connect(&commands, &HostCommands::closed, &loop, &QEventLoop::quit);
    input.start();
    loop.exec();
    server.stop();
    // Nothing serves the page now: its secret leaves the file (sealed, so honoured only here,
    // if that cannot be written).
    if (const Status forgotten = room.forgetLink(); !forgotten)
        console.warnAbout(o->file, u"the voting page's address is still kept in it: " + forgotten.error().message);
    return commands.finish();
}

} // namespace

QList<Command> workshopHostCommands()
{
    return {
        {QStringLiteral("workshop host"),
         QStringLiteral("Let the room vote blind from their own phones."),
         workshopHost},
    };
}

} // namespace wgll::cli
