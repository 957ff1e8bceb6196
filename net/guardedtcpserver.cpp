// SPDX-License-Identifier: GPL-3.0-or-later
#include "guardedtcpserver.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace wgll::net {

namespace {

/// A whole response written straight to the socket, for refusals made before HTTP is parsed.
void refuse(QTcpSocket *socket, const QByteArray &statusLine)
{
    socket->write("HTTP/1.1 " + statusLine +
                  "\r\nContent-Length: 0\r\nConnection: close\r\nX-Content-Type-Options: nosniff\r\n"
                  "Content-Security-Policy: default-src 'none'\r\nCache-Control: no-store\r\n\r\n");
}

/// Throws away what has arrived, outside any read transaction the HTTP server began (which
/// would otherwise keep every byte for a rollback).
void drain(QTcpSocket *socket)
{
    if (socket->isTransactionStarted())
        socket->commitTransaction();
    socket->readAll();
}

} // namespace

GuardedTcpServer::GuardedTcpServer(Limits limits, QObject *parent) : QTcpServer(parent), m_limits(limits)
{
}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    if (m_open >= m_limits.maxConnections) {
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        refuse(socket, "503 Service Unavailable");
        socket->disconnectFromHost();
        return;
    }
    ++m_open;
    connect(socket, &QObject::destroyed, this, [this] { --m_open; });
    guard(socket);
    addPendingConnection(socket);
}

void GuardedTcpServer::guard(QTcpSocket *socket)
{
    // Connected before the HTTP server's own readyRead handler (which it adds once the socket
    // is pending), so this sees each chunk before the parser reads it.
    auto *idle = new QTimer(socket);
    idle->setSingleShot(true);
    idle->start(m_limits.idleMs);
    connect(idle, &QTimer::timeout, socket, [socket] { socket->abort(); });
    auto bytes = std::make_shared<qint64>(0);
    auto refused = std::make_shared<bool>(false);
    connect(socket, &QIODevice::readyRead, socket, [this, socket, idle, bytes, refused] {
        idle->start(m_limits.idleMs);
        if (*refused) {
            drain(socket); // the parser never sees what follows a refusal
            return;
        }
        *bytes += socket->bytesAvailable();
        if (*bytes > m_limits.maxRequestBytes) {
            // Not closed at once: a close with unread data resets the connection, and the client
            // would lose the answer. It is drained until the client closes or falls idle.
            *refused = true;
            drain(socket);
            refuse(socket, "413 Payload Too Large");
        }
    });
    // A response has been sent: the next request starts a new count.
    connect(socket, &QIODevice::bytesWritten, socket, [bytes] { *bytes = 0; });
}

} // namespace wgll::net
