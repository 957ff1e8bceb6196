// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workshop/ratelimiter.h"
#include "workshop/votingroom.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <utility>

namespace wgll::workshop {

/// One HTTP request as the voting API sees it: header names in lower case.
struct HttpRequest
{
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
    QString remote; ///< the peer's address, for the rate limit and the claim log
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers; ///< every header to send, security ones included
};

/// The phones' HTTP API over a VotingRoom (docs/workshop-security.md), with no network of its
/// own: the server (net/votingserver) hands it each request, and tests call it directly.
///
/// Everything lives under /s/SECRET/ (the room's 128-bit secret); any other path is 404, as is
/// a wrong secret, so a guess learns nothing. GET / is the page; GET state is what a phone
/// shows (the current statement and its scale only, the count, the phone's own vote, and the
/// spread once revealed); POST claim {"name"} gives a name's token once; POST vote
/// {"ballot", "level"} (a level, or null for "can't say") with the token in X-WGLL-Token.
/// POSTs need the anti-forgery token from the state in X-WGLL-CSRF, a JSON content type, and
/// no foreign Origin. Every request counts against its address's rate limit; bodies over the
/// limit are refused before they are read as JSON.
class VotingApi
{
public:
    struct Limits
    {
        qsizetype maxBody = 4096;
        double perSecond = 20;  ///< a phone polls once a second: room for 8 phones behind one NAT address
        double burst = 40;
        int maxAddresses = 512;
    };
    using Clock = std::function<qint64()>; ///< milliseconds, monotonic

    /// `page` is the self-contained HTML page; its inline <script> and <style> are allowed by
    /// their hashes in the Content-Security-Policy, and nothing else is.
    VotingApi(VotingRoom &room, QByteArray page, Limits limits, Clock clock);

    HttpResponse handle(const HttpRequest &request);

    /// The path phones join at: /s/SECRET/.
    QByteArray joinPath() const;
    const QByteArray &csrfToken() const { return m_csrf; }
    const QByteArray &pageSecurityPolicy() const { return m_pagePolicy; }

private:
    HttpResponse route(const HttpRequest &request, const QByteArray &rest);
    HttpResponse state(const HttpRequest &request) const;
    HttpResponse claim(const HttpRequest &request);
    HttpResponse vote(const HttpRequest &request);
    /// Why a POST is refused (anti-forgery token, content type, origin), or nothing.
    std::optional<HttpResponse> forged(const HttpRequest &request) const;
    QJsonObject statement() const;
    QJsonObject revealed() const;

    VotingRoom &m_room;
    QByteArray m_page;
    QByteArray m_pagePolicy;
    Limits m_limits;
    Clock m_clock;
    RateLimiter m_rate;
    QByteArray m_csrf;
};

/// A response with the security headers every response carries (CSP `policy`, nosniff, no
/// referrer, no caching, no framing).
HttpResponse respond(int status, const QByteArray &contentType, QByteArray body, const QByteArray &policy);
/// {"error": message} as JSON with `status`.
HttpResponse jsonError(int status, const QString &message);

} // namespace wgll::workshop
