// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QtGlobal>

namespace wgll::storage {

/// Where a workshop session's voting page is being served, kept in the file while phones vote
/// (format 3, voting_link and voting_token) so that after a crash the workbench serves the same
/// address again and each phone goes on as the voter it was (docs/workshop-security.md).
/// Deleted when voting stops; never exported.
struct VotingLink
{
    qint64 session = 0;
    QByteArray secret;  ///< the 128-bit session secret in the join address, 32 hexadecimal digits
    QString address;    ///< the address listened on, as QHostAddress writes it
    quint16 port = 0;
    /// Participant id → SHA-256 (64 hexadecimal digits) of the token their phone holds: the
    /// token itself is never stored, so a copy of the file cannot vote as anyone.
    QHash<qint64, QByteArray> tokenDigests;
};

} // namespace wgll::storage
