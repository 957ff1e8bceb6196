// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "guardedtcpserver.h"
#include "util/result.h"
#include "workshop/votingapi.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>

#include <vector>

#include <optional>

namespace wgll::net {

/// The phones' voting page and API over HTTP (issue 18, docs/workshop-security.md): a
/// VotingApi behind Qt HTTP Server, listening on the one address it is given and nowhere else,
/// with the connection and request-size limits of GuardedTcpServer. It serves while it exists
/// and stop() has not been called; nothing is served before start().
class VotingServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    VotingServer(workshop::VotingRoom &room, workshop::VotingApi::Limits apiLimits,
                 GuardedTcpServer::Limits connectionLimits, QObject *parent = nullptr);
    /// With the default limits and the monotonic clock.
    explicit VotingServer(workshop::VotingRoom &room, QObject *parent = nullptr);
    ~VotingServer() override;

    /// Listens on `address` (only there) at `port` (0: a free one); the port, or why not
    /// (Conflict: in use; NotPermitted: a privileged port; Io: otherwise).
    Result<quint16> start(const QHostAddress &address, quint16 port);
    /// Stops listening and closes every connection.
    void stop();
    /// http://ADDRESS:PORT/s/SECRET/ (an IPv6 address in brackets); `host` replaces a wildcard
    /// listening address with one phones can reach.
    QString joinUrl(const QHostAddress &host = {}) const;
    workshop::VotingApi &api() { return m_api; }
    const GuardedTcpServer *listener() const { return m_tcp; }

    /// The page as compiled in (net/page/voting.html).
    static QByteArray page();

Q_SIGNALS:
    /// A phone's request may have changed the room (a claim or a vote): the facilitator's
    /// count follows.
    void roomChanged();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    /// A phone's vote waiting for the burst's shared commit.
    struct QueuedVote
    {
        workshop::HttpRequest request;
        QHttpServerResponder responder;
        QPointer<QTcpSocket> socket;
    };
    /// Writes the queued votes in one transaction, then answers each phone and tells the
    /// facilitator; if that commit fails, none counts and each phone is asked to vote again.
    void flushVotes();
    static void send(QHttpServerResponder responder, const workshop::HttpResponse &response);

    workshop::VotingRoom &m_room;
    workshop::VotingApi m_api;
    std::vector<QueuedVote> m_queued;
    GuardedTcpServer::Limits m_connectionLimits;
    QPointer<GuardedTcpServer> m_tcp;
    QHostAddress m_address;
    quint16 m_port = 0;
};

} // namespace wgll::net
