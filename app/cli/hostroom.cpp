// SPDX-License-Identifier: GPL-3.0-or-later
// Which room `wgll workshop host` serves: a new session, or the one it (or the window) was
// serving when it stopped, taken up where it was (issue 18: the page reconnects by itself).
#include "hostroom.h"

#include "storage/document.h"
#include "votingserver.h"
#include "workshop/interruptedsession.h"

#include <QNetworkInterface>
#include <QSet>

namespace wgll::cli {

namespace {

using workshop::VotingRoom;

const QString Command = QStringLiteral("workshop host");

/// A specific address this computer has now (loopback included), not a wildcard, and not an
/// IPv4 address written as IPv6 (::ffff:127.0.0.1), which an IPv4 socket cannot listen on.
bool isThisComputers(const QHostAddress &address)
{
    bool mapped = false;
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        address.toIPv4Address(&mapped);
    if (mapped || address.isNull())
        return false;
    return address.isLoopback() ||
           (address != QHostAddress(QHostAddress::Any) && address != QHostAddress(QHostAddress::AnyIPv4) &&
            address != QHostAddress(QHostAddress::AnyIPv6) && QNetworkInterface::allAddresses().contains(address));
}

/// `error`, named after the file, printed; nothing to host.
std::optional<HostRoom> failed(Error error, const HostOptions &o, Console &console, int &code)
{
    error.file = o.file;
    code = console.fail(error);
    return std::nullopt;
}

/// The people present at `session`, in register order, as the room's voters.
QList<VotingRoom::Voter> presentAt(const storage::Document &doc, const WorkshopSession &session)
{
    const Workshop w = doc.workshop();
    QList<VotingRoom::Voter> voters;
    for (const WorkshopSession::Attendance &a : session.attendance) {
        const Participant *p = w.participant(a.participant);
        if (a.status == u"present" && p)
            voters.append({a.participant, p->name});
    }
    return voters;
}

/// Why the options cannot continue `session` (another register or rule), or nothing.
std::optional<QString> contradiction(const HostOptions &o, const WorkshopSession &session,
                                     const QList<VotingRoom::Voter> &voters)
{
    QStringList present;
    for (const VotingRoom::Voter &v : voters)
        present.append(v.name);
    QStringList named;
    for (const QString &n : o.names)
        named.append(n.trimmed());
    if (!o.names.isEmpty() && QSet<QString>(named.cbegin(), named.cend()) != QSet<QString>(present.cbegin(), present.cend()))
        return u"the session \"" + session.title + u"\" stopped mid-vote and is continued with its own register (" +
               present.join(u';') + u"): leave out --participants, or name the same people";
    if (voters.isEmpty())
        return u"the session \"" + session.title + u"\" stopped mid-vote with nobody present: start a new one";
    if (!o.facilitator.isEmpty() && o.facilitator.trimmed() != session.facilitator)
        return u"the session \"" + session.title + u"\" is continued with its own facilitator (" + session.facilitator +
               u"): leave out --facilitator";
    if (o.rule && *o.rule != session.disagreementRule)
        return u"the session \"" + session.title + u"\" is continued with the disagreement rule it was started with (" +
               workshop::ruleName(session.disagreementRule) + u"): leave out --rule";
    return std::nullopt;
}

std::optional<HostRoom> continueRoom(storage::Document &doc, const HostOptions &o, const WorkshopSession &session,
                                     Console &console, int &code)
{
    const QList<VotingRoom::Voter> voters = presentAt(doc, session);
    if (const std::optional<QString> why = contradiction(o, session, voters)) {
        code = console.usage(*why, Command);
        return std::nullopt;
    }
    HostRoom h{VotingRoom::over(doc, session, voters), true, o.bind.value_or(QHostAddress(QHostAddress::LocalHost)),
               o.port.value_or(0)};
    // Where phones were voting, unless told otherwise: the same join address, so each phone
    // reconnects by itself. --bind naming that same address keeps its port too. Without --bind
    // only an address of this computer is taken from the file, never a wildcard: the host does
    // not listen more widely than its default, 127.0.0.1, unless told to.
    if (const std::optional<VotingRoom::Endpoint> at = h.room.keptLink()) {
        const QHostAddress was(at->address);
        if (!o.bind && isThisComputers(was))
            h.address = was;
        if (!o.port && h.address == was)
            h.port = at->port;
        h.resuming = h.address == was && h.port == at->port;
        if (h.resuming)
            h.room.takeUpKeptLink();
        else if (const Status dropped = h.room.dropKeptLink(); !dropped)
            return failed(dropped.error(), o, console, code);
    }
    return h;
}

} // namespace

std::optional<HostRoom> hostRoom(storage::Document &doc, const HostOptions &o, Console &console, int &code)
{
    const std::optional<WorkshopSession> stopped = workshop::interruptedSession(doc);
    if (stopped && stopped->title == o.title.trimmed())
        return continueRoom(doc, o, *stopped, console, code);
    if (o.names.isEmpty()) {
        code = console.usage(QStringLiteral("--participants \"NAME;NAME;…\" is required for a new session"), Command);
        return std::nullopt;
    }
    Result<VotingRoom> room = VotingRoom::start(doc, o.title, o.facilitator, o.names,
                                                o.rule.value_or(workshop::DisagreementRule::Range));
    if (!room)
        return failed(room.error(), o, console, code);
    // A new session, not the interrupted one continued: a page kept for another session will not
    // be served again, so its secret and digests leave the file (the window does the same).
    for (const qint64 stale : doc.sessionsWithVotingLink()) {
        if (const Status forgotten = doc.forgetVotingLink(stale); !forgotten)
            return failed(forgotten.error(), o, console, code);
    }
    return HostRoom{std::move(*room), false, o.bind.value_or(QHostAddress(QHostAddress::LocalHost)), o.port.value_or(0)};
}

Result<quint16> serve(net::VotingServer &server, HostRoom &h)
{
    Result<quint16> listening = server.start(h.address, h.port);
    if (!listening && h.resuming) {
        // The kept port is taken (or the address gone): a new port, every name free again.
        if (const Status dropped = h.room.dropKeptLink(); !dropped)
            return dropped.error();
        h.resuming = false;
        listening = server.start(h.address, 0);
    }
    if (!listening)
        return listening.error();
    // Kept in the file while serving, so that a host stopped by a crash serves the same address
    // again when run once more, and every phone goes on as the voter it was.
    if (const Status kept = h.room.keepLink(h.address.toString(), *listening); !kept)
        return kept.error();
    return listening;
}

} // namespace wgll::cli
