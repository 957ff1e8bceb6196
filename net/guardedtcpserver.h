// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTcpServer>

namespace wgll::net {

/// The listening socket of the voting server, with the limits Qt HTTP Server 6.4 does not have:
/// at most `maxConnections` open at once (the next is told 503 and closed), at most
/// `maxRequestBytes` read from a connection for one request (413 and closed, before the HTTP
/// parser has buffered more), and a connection idle for `idleMs` is closed (a slow client
/// cannot hold a place).
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    struct Limits
    {
        int maxConnections = 64;
        qint64 maxRequestBytes = 16 * 1024;
        int idleMs = 30'000;
    };
    explicit GuardedTcpServer(Limits limits, QObject *parent = nullptr);

    int openConnections() const { return m_open; }

protected:
    void incomingConnection(qintptr handle) override;

private:
    void guard(class QTcpSocket *socket);

    Limits m_limits;
    int m_open = 0;
};

} // namespace wgll::net
