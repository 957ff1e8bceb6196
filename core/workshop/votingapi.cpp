// SPDX-License-Identifier: GPL-3.0-or-later
#include "votingapi.h"

#include "storage/document.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace wgll::workshop {

namespace {

const QByteArray JsonType = QByteArrayLiteral("application/json; charset=utf-8");
/// What every answer but the page allows: nothing at all.
const QByteArray NothingPolicy = QByteArrayLiteral("default-src 'none'; frame-ancestors 'none'; base-uri 'none'");

/// The content of the first <`tag`>…</`tag`> in `page`.
QByteArray inlineBlock(const QByteArray &page, const QByteArray &tag)
{
    const QByteArray open = "<" + tag + ">";
    const qsizetype start = page.indexOf(open);
    const qsizetype end = page.indexOf(QByteArray("</" + tag + ">"), start);
    if (start < 0 || end < 0)
        return {};
    return page.mid(start + open.size(), end - start - open.size());
}

QByteArray hashSource(const QByteArray &block)
{
    return "'sha256-" + QCryptographicHash::hash(block, QCryptographicHash::Sha256).toBase64() + '\'';
}

HttpResponse json(int status, const QJsonObject &object)
{
    return respond(status, JsonType, QJsonDocument(object).toJson(QJsonDocument::Compact), NothingPolicy);
}

int statusFor(const Error &error)
{
    switch (error.kind) {
    case ErrorKind::Conflict:
        return 409;
    case ErrorKind::NotFound:
        return 404;
    case ErrorKind::BadData:
        return 400;
    default:
        return 500;
    }
}

QString phaseName(VotingRoom::Phase phase)
{
    switch (phase) {
    case VotingRoom::Phase::Voting:
        return QStringLiteral("voting");
    case VotingRoom::Phase::Revealed:
        return QStringLiteral("revealed");
    case VotingRoom::Phase::Closed:
        break;
    }
    return QStringLiteral("closed");
}

std::optional<QJsonObject> jsonBody(const HttpRequest &request)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

} // namespace

HttpResponse respond(int status, const QByteArray &contentType, QByteArray body, const QByteArray &policy)
{
    HttpResponse r;
    r.status = status;
    r.contentType = contentType;
    r.body = std::move(body);
    r.headers = {{"Content-Type", contentType},
                 {"Content-Security-Policy", policy},
                 {"X-Content-Type-Options", "nosniff"},
                 // The secret is in the address: never send it on as a referrer, or keep a copy.
                 {"Referrer-Policy", "no-referrer"},
                 {"Cache-Control", "no-store"},
                 {"X-Frame-Options", "DENY"},
                 {"Cross-Origin-Resource-Policy", "same-origin"}};
    return r;
}

HttpResponse jsonError(int status, const QString &message)
{
    return json(status, QJsonObject{{QStringLiteral("error"), message}});
}

VotingApi::VotingApi(VotingRoom &room, QByteArray page, Limits limits, Clock clock)
    : m_room(room), m_page(std::move(page)), m_limits(limits), m_clock(std::move(clock)),
      m_rate(limits.perSecond, limits.burst, limits.maxAddresses), m_csrf(VotingRoom::randomHex128())
{
    m_pagePolicy = "default-src 'none'; script-src " + hashSource(inlineBlock(m_page, "script")) +
                   "; style-src " + hashSource(inlineBlock(m_page, "style")) +
                   "; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
}

QByteArray VotingApi::joinPath() const
{
    return "/s/" + m_room.secret() + '/';
}

HttpResponse VotingApi::handle(const HttpRequest &request)
{
    if (!m_rate.allow(request.remote, m_clock()))
        return jsonError(429, QStringLiteral("too many requests: wait a moment"));
    if (request.body.size() > m_limits.maxBody)
        return jsonError(413, QStringLiteral("the request is too large"));
    // /s/SECRET/REST: the secret compared in constant time; a wrong one is any other path.
    const QByteArray prefix = "/s/";
    const QByteArray &secret = m_room.secret();
    if (!request.path.startsWith(prefix) ||
        !VotingRoom::sameSecret(request.path.mid(prefix.size(), secret.size()), secret))
        return jsonError(404, QStringLiteral("not found"));
    const QByteArray rest = request.path.mid(prefix.size() + secret.size());
    return route(request, rest);
}

HttpResponse VotingApi::route(const HttpRequest &request, const QByteArray &rest)
{
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    if (get && (rest == "/" || rest.isEmpty()))
        return respond(200, "text/html; charset=utf-8", m_page, m_pagePolicy);
    if (get && rest == "/state")
        return state(request);
    if (post && (rest == "/claim" || rest == "/vote")) {
        if (const std::optional<HttpResponse> refused = forged(request))
            return *refused;
        return rest == "/claim" ? claim(request) : vote(request);
    }
    return jsonError(404, QStringLiteral("not found"));
}

std::optional<HttpResponse> VotingApi::forged(const HttpRequest &request) const
{
    // A custom header and a JSON body make another site's form or script unable to send this
    // without a CORS preflight, which is never answered; the token proves the page was read.
    if (!VotingRoom::sameSecret(request.headers.value("x-wgll-csrf"), m_csrf))
        return jsonError(403, QStringLiteral("the anti-forgery token is missing or wrong: reload the page"));
    if (!request.headers.value("content-type").startsWith("application/json"))
        return jsonError(415, QStringLiteral("the request must be JSON"));
    const QByteArray origin = request.headers.value("origin");
    if (!origin.isEmpty() && origin != "http://" + request.headers.value("host"))
        return jsonError(403, QStringLiteral("the request comes from another site"));
    return std::nullopt;
}

QJsonObject VotingApi::statement() const
{
    const Framework &f = m_room.document().framework();
    const Indicator *indicator = f.indicator(m_room.statement());
    QJsonArray scale;
    for (const ScaleLevel &l : f.scale.levels)
        scale.append(QJsonObject{{QStringLiteral("level"), l.value},
                                 {QStringLiteral("label"), l.label},
                                 {QStringLiteral("descriptor"), l.description}});
    return {{QStringLiteral("id"), m_room.statement()},
            {QStringLiteral("text"), indicator ? indicator->text : QString()},
            {QStringLiteral("scale"), scale}};
}

QJsonObject VotingApi::revealed() const
{
    const std::optional<VotingRoom::Outcome> o = m_room.outcome();
    QJsonObject r{{QStringLiteral("cantSay"), o ? o->cantSay : 0}};
    QJsonArray counts;
    const Scale &scale = m_room.document().framework().scale;
    for (int i = 0; i < scale.levels.size(); ++i)
        counts.append(o && o->summary ? o->summary->distribution.value(i) : 0);
    r.insert(QStringLiteral("distribution"), counts);
    if (o && o->summary)
        r.insert(QStringLiteral("median"), o->summary->median);
    return r;
}

HttpResponse VotingApi::state(const HttpRequest &request) const
{
    const int you = m_room.voterWithToken(request.headers.value("x-wgll-token"));
    QJsonArray names;
    for (int i = 0; i < m_room.voters().size(); ++i)
        names.append(QJsonObject{{QStringLiteral("name"), m_room.voters()[i].name},
                                 {QStringLiteral("claimed"), m_room.isClaimed(i)}});
    const VotingRoom::Count count = m_room.count();
    QJsonObject s{{QStringLiteral("csrf"), QString::fromLatin1(m_csrf)},
                  {QStringLiteral("session"), m_room.title()},
                  {QStringLiteral("names"), names},
                  {QStringLiteral("you"), you < 0 ? QJsonValue() : QJsonValue(m_room.voters()[you].name)},
                  {QStringLiteral("phase"), phaseName(m_room.phase())},
                  {QStringLiteral("voted"), count.voted},
                  {QStringLiteral("of"), count.of}};
    if (m_room.phase() == VotingRoom::Phase::Closed)
        return json(200, s);
    s.insert(QStringLiteral("statement"), statement());
    s.insert(QStringLiteral("round"), m_room.round());
    s.insert(QStringLiteral("ballot"), QString::fromLatin1(m_room.ballot()));
    // Only the phone's own vote: the others stay blind until reveal, and then only as counts.
    if (const std::optional<Choice> mine = you < 0 ? std::nullopt : m_room.choiceOf(you))
        s.insert(QStringLiteral("yourVote"), *mine ? QJsonValue(**mine) : QJsonValue(QStringLiteral("cant-say")));
    if (m_room.phase() == VotingRoom::Phase::Revealed)
        s.insert(QStringLiteral("revealed"), revealed());
    return json(200, s);
}

HttpResponse VotingApi::claim(const HttpRequest &request)
{
    const std::optional<QJsonObject> body = jsonBody(request);
    if (!body || !body->value(QStringLiteral("name")).isString())
        return jsonError(400, QStringLiteral("a claim is {\"name\": NAME}"));
    const QString name = body->value(QStringLiteral("name")).toString();
    const QList<VotingRoom::Voter> &voters = m_room.voters();
    const auto it = std::find_if(voters.cbegin(), voters.cend(), [&](const VotingRoom::Voter &v) { return v.name == name; });
    if (it == voters.cend())
        return jsonError(404, QStringLiteral("that name is not in the register"));
    const QString device = request.remote + u' ' + QString::fromUtf8(request.headers.value("user-agent"));
    const Result<QByteArray> token = m_room.claim(static_cast<int>(it - voters.cbegin()), device);
    if (!token)
        return jsonError(statusFor(token.error()), token.error().message);
    return json(200, QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("token"), QString::fromLatin1(*token)}});
}

HttpResponse VotingApi::vote(const HttpRequest &request)
{
    const QByteArray token = request.headers.value("x-wgll-token");
    if (token.isEmpty())
        return jsonError(401, QStringLiteral("pick your name first"));
    const int voter = m_room.voterWithToken(token);
    if (voter < 0)
        return jsonError(401, QStringLiteral("this name was released or claimed elsewhere: pick your name again"));
    const std::optional<QJsonObject> body = jsonBody(request);
    const QJsonValue level = body ? body->value(QStringLiteral("level")) : QJsonValue();
    if (!body || !body->value(QStringLiteral("ballot")).isString() || !(level.isNull() || level.isDouble()) ||
        (level.isDouble() && level.toDouble() != static_cast<double>(level.toInt())))
        return jsonError(400, QStringLiteral("a vote is {\"ballot\": BALLOT, \"level\": LEVEL or null}"));
    if (m_room.phase() == VotingRoom::Phase::Closed)
        return jsonError(409, QStringLiteral("no vote is open"));
    // A vote sent for an earlier round or statement (replayed, or from a stale page) never
    // counts in this one.
    if (!VotingRoom::sameSecret(body->value(QStringLiteral("ballot")).toString().toLatin1(), m_room.ballot()))
        return jsonError(409, QStringLiteral("this vote is for a round that is over"));
    const Choice choice = level.isNull() ? Choice() : Choice(level.toInt());
    if (const Status cast = m_room.vote(voter, choice); !cast)
        return jsonError(statusFor(cast.error()), cast.error().message);
    return state(request);
}

} // namespace wgll::workshop
