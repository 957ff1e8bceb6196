// SPDX-License-Identifier: GPL-3.0-or-later
#include "votingserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpSocket>

namespace wgll::net {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    default:
        return "OTHER";
    }
}

workshop::VotingApi::Clock monotonicClock()
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    return [timer] { return timer->elapsed(); };
}

} // namespace

QByteArray VotingServer::page()
{
    QFile f(QStringLiteral(":/voting/voting.html"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

VotingServer::VotingServer(workshop::VotingRoom &room, workshop::VotingApi::Limits apiLimits,
                           GuardedTcpServer::Limits connectionLimits, QObject *parent)
    : QAbstractHttpServer(parent), m_room(room), m_api(room, page(), apiLimits, monotonicClock()),
      m_connectionLimits(connectionLimits)
{
}

VotingServer::VotingServer(workshop::VotingRoom &room, QObject *parent)
    : VotingServer(room, workshop::VotingApi::Limits{}, GuardedTcpServer::Limits{}, parent)
{
}

VotingServer::~VotingServer()
{
    stop();
}

Result<quint16> VotingServer::start(const QHostAddress &address, quint16 port)
{
    stop();
    auto *tcp = new GuardedTcpServer(m_connectionLimits, this);
    if (!tcp->listen(address, port)) {
        const QAbstractSocket::SocketError code = tcp->serverError();
        const QString why = tcp->errorString();
        delete tcp;
        const ErrorKind kind = code == QAbstractSocket::AddressInUseError ? ErrorKind::Conflict
                               : code == QAbstractSocket::SocketAccessError ? ErrorKind::NotPermitted
                                                                            : ErrorKind::Io;
        return Error{kind, address.toString(), 0, QStringLiteral("cannot listen on port %1: %2").arg(port).arg(why), {}};
    }
    bind(tcp);
    m_tcp = tcp;
    m_address = address;
    m_port = tcp->serverPort();
    return m_port;
}

void VotingServer::stop()
{
    if (!m_tcp)
        return;
    m_tcp->close();
    // Open connections are the listener's children. Aborted first, so the HTTP server's own
    // clean-up on disconnection runs for each, then deleted with it.
    for (QTcpSocket *socket : m_tcp->findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly))
        socket->abort();
    delete m_tcp.data();
}

QString VotingServer::joinUrl(const QHostAddress &host) const
{
    const QHostAddress shown = host.isNull() ? m_address : host;
    const QString address = shown.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + shown.toString() + u']'
                                                                               : shown.toString();
    return QStringLiteral("http://") + address + u':' + QString::number(m_port) + QString::fromLatin1(m_api.joinPath());
}

bool VotingServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    workshop::HttpRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path(QUrl::FullyEncoded).toLatin1();
    for (const auto &[name, value] : request.headers())
        r.headers.insert(name.toLower(), value);
    r.body = request.body();
    r.remote = request.remoteAddress().toString();
    // A vote is in the file before it is answered or counted. Votes that arrive together (a
    // room pressing at once) wait for the next turn of the event loop and share one commit:
    // one fsync for the burst, not one each (flushVotes()).
    if (r.method == "POST" && r.path.endsWith("/vote")) {
        m_queued.push_back({std::move(r), makeResponder(request, socket), QPointer<QTcpSocket>(socket)});
        if (m_queued.size() == 1)
            QMetaObject::invokeMethod(this, &VotingServer::flushVotes, Qt::QueuedConnection);
        return true;
    }
    const workshop::HttpResponse response = m_api.handle(r);
    send(makeResponder(request, socket), response);
    if (r.method == "POST" && response.status == 200)
        Q_EMIT roomChanged();
    return true;
}

void VotingServer::flushVotes()
{
    std::vector<QueuedVote> queued = std::exchange(m_queued, {});
    std::vector<workshop::HttpResponse> responses;
    responses.reserve(queued.size());
    const Status written = m_room.inOneCommit([&] {
        for (const QueuedVote &q : queued)
            responses.push_back(m_api.handle(q.request));
        return Status();
    });
    if (!written) {
        // Nothing of the burst is in the file, and the room has forgotten it too: each phone
        // is told, and votes again.
        responses.resize(queued.size());
        for (workshop::HttpResponse &r : responses) {
            if (r.status == 200 || r.body.isEmpty())
                r = workshop::jsonError(503, QStringLiteral("your vote could not be saved: please vote again"));
        }
    }
    bool counted = false;
    for (std::size_t i = 0; i < queued.size(); ++i) {
        counted = counted || responses[i].status == 200;
        // A phone that went away meanwhile has no one to answer.
        if (queued[i].socket && queued[i].socket->state() == QAbstractSocket::ConnectedState)
            send(std::move(queued[i].responder), responses[i]);
    }
    if (counted)
        Q_EMIT roomChanged();
}

void VotingServer::send(QHttpServerResponder responder, const workshop::HttpResponse &response)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
}

void VotingServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Never reached (handleRequest() answers every request); answered as any unknown path.
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace wgll::net
