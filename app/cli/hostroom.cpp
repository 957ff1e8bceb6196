// SPDX-License-Identifier: GPL-3.0-or-later
// Which room `wgll workshop host` serves: a new session, or the one it (or the window) was
// serving when it stopped, taken up where it was (issue 18: the page reconnects by itself).
#include "hostroom.h"

#include "storage/document.h"
#include "workshop/interruptedsession.h"

#include <QNetworkInterface>
#include <QSet>

namespace wgll::cli {

namespace {

using workshop::VotingRoom;

const QString Command = QStringLiteral("workshop host");

/// A specific address this computer has now (loopback included), not a wildcard.
bool isThisComputers(const QHostAddress &address)
{
    return address.isLoopback() || (!address.isNull() && address != QHostAddress(QHostAddress::Any) &&
                                     address != QHostAddress(QHostAddress::AnyIPv4) &&
                                     address != QHostAddress(QHostAddress::AnyIPv6) &&
                                     QNetworkInterface::allAddresses().contains(address));
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
    // only an address of this computer is taken from the file, never a wildcard: a file made
    // elsewhere must not widen where the host listens beyond its default, 127.0.0.1.
    if (const auto &at = h.room.servedAt()) {
        const QHostAddress was(at->address);
        if (!o.bind && isThisComputers(was))
            h.address = was;
        if (!o.port && h.address == was)
            h.port = at->port;
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
    if (!room) {
        Error e = room.error();
        e.file = o.file;
        code = console.fail(e);
        return std::nullopt;
    }
    return HostRoom{std::move(*room), false, o.bind.value_or(QHostAddress(QHostAddress::LocalHost)), o.port.value_or(0)};
}

} // namespace wgll::cli
