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
};

/// The session titled in `o`, continued when it is the one the file says stopped mid-vote (its
/// own register, rule and, unless --bind or --port say otherwise, the address and port phones
/// were voting at, so each phone reconnects by itself; --bind with that same address keeps the
/// port), else started anew with --participants.
/// A usage error (64) when the options contradict the session being continued.
std::optional<HostRoom> hostRoom(storage::Document &doc, const HostOptions &o, Console &console, int &code);

} // namespace wgll::cli
