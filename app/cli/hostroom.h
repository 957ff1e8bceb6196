// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "console.h"
#include "workshop/votes.h"
#include "workshop/votingroom.h"

#include <QHostAddress>
#include <QStringList>

#include <optional>

namespace wgll::storage {
class Document;
}
namespace wgll::net {
class VotingServer;
}

namespace wgll::cli {

/// `wgll workshop host`'s options as given: what was left out is empty.
struct HostOptions
{
    QString file;
    QString title;
    QString facilitator;
    QStringList names;
    std::optional<QHostAddress> bind;
    std::optional<quint16> port;
    std::optional<workshop::DisagreementRule> rule;
};

/// The room `wgll workshop host` serves, and where.
struct HostRoom
{
    workshop::VotingRoom room;
    /// The session named was taken up where it stopped (workshop::interruptedSession()).
    bool continued = false;
    QHostAddress address;
    quint16 port = 0;
    /// Served at the address and port the file kept, with its secret and claims taken up.
    bool resuming = false;
};

/// The session titled in `o`, continued when it is the one the file says stopped mid-vote (its
/// own register, rule and, unless --bind or --port say otherwise, the address and port phones
/// were voting at, so each phone reconnects by itself; --bind with that same address keeps the
/// port), else started anew with --participants.
/// A usage error (64) when the options contradict the session being continued.
std::optional<HostRoom> hostRoom(storage::Document &doc, const HostOptions &o, Console &console, int &code);

/// Serves `h` on `server` and keeps the link in the file: the port, or why not. When the kept
/// port cannot be had again, a new one on the same address, with every name free again.
Result<quint16> serve(net::VotingServer &server, HostRoom &h);

} // namespace wgll::cli
