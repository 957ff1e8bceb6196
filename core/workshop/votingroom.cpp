// SPDX-License-Identifier: GPL-3.0-or-later
#include "votingroom.h"

#include "assessment/textlimits.h"
#include "assessment/textrules.h"
#include "assessment/workshoprules.h"
#include "statementrecord.h"
#include "storage/document.h"
#include "util/constanttime.h"

#include <QCryptographicHash>

#include <QRandomGenerator>

#include <algorithm>
#include <array>

namespace wgll::workshop {

namespace {

Error conflict(const QString &message)
{
    return Error{ErrorKind::Conflict, {}, 0, message, ErrorCause::Unspecified};
}

/// What a phone says of itself (its address and User-Agent, which anyone on the network can
/// set) made fit for the file's claim log: no control or bidirectional character (the file
/// check refuses them, and they reach terminals), trimmed, at most text::MaxDevice characters,
/// never cut inside a surrogate pair.
QString deviceText(const QString &raw)
{
    QString clean;
    for (const QChar c : raw) {
        const bool control = c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
                             text::isBidiControl(c.unicode()) || c.isNonCharacter();
        clean.append(control ? QChar(u' ') : c);
    }
    clean = clean.simplified();
    if (clean.size() > text::MaxDevice)
        clean.truncate(clean.at(text::MaxDevice - 1).isHighSurrogate() ? text::MaxDevice - 1 : text::MaxDevice);
    return text::problemWithText(clean, text::Lines::Single, text::MaxDevice) ? QString() : clean;
}

} // namespace

QByteArray VotingRoom::randomHex128()
{
    // The system generator is the operating system's CSPRNG (getrandom), not a seeded one.
    std::array<quint32, 4> words{};
    QRandomGenerator::system()->fillRange(words.data(), static_cast<qsizetype>(words.size()));
    return QByteArray(reinterpret_cast<const char *>(words.data()), sizeof(words)).toHex();
}

QByteArray VotingRoom::digestOf(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex();
}

bool VotingRoom::sameSecret(const QByteArray &a, const QByteArray &b)
{
    return constantTimeEqual(a, b);
}

VotingRoom::VotingRoom(storage::Document &doc, WorkshopSession session, QList<Voter> voters)
    : m_doc(&doc), m_session(std::move(session)), m_voters(std::move(voters)), m_secret(randomHex128())
{
    m_rounds.append(m_session.id);
}

Result<VotingRoom> VotingRoom::start(storage::Document &doc, const QString &title, const QString &facilitator,
                                     const QStringList &names, DisagreementRule rule)
{
    QList<Voter> voters;
    const Workshop w = doc.workshop();
    for (const QString &raw : names) {
        const QString name = raw.trimmed();
        if (std::any_of(voters.cbegin(), voters.cend(), [&](const Voter &v) { return v.name == name; }))
            return Error{ErrorKind::BadData, {}, 0, u"\"" + name + u"\" is named twice in the register", {}};
        const auto known = std::find_if(w.participants.cbegin(), w.participants.cend(),
                                        [&](const Participant &p) { return p.name == name; });
        voters.append({known == w.participants.cend() ? 0 : known->id, name});
    }
    if (voters.isEmpty())
        return Error{ErrorKind::BadData, {}, 0, QStringLiteral("a phone vote needs at least one participant"), {}};
    for (Voter &v : voters) {
        if (v.participant != 0)
            continue;
        Participant p;
        p.name = v.name;
        const Result<qint64> added = doc.addParticipant(p);
        if (!added)
            return added.error();
        v.participant = *added;
    }
    WorkshopSession session;
    session.title = title.trimmed();
    session.date = QDate::currentDate();
    session.facilitator = facilitator;
    session.disagreementRule = rule;
    for (const Voter &v : voters)
        session.attendance.append({v.participant, QStringLiteral("present")});
    const Result<qint64> id = doc.startSession(session);
    if (!id)
        return id.error();
    session.id = *id;
    return VotingRoom(doc, session, voters);
}

VotingRoom VotingRoom::over(storage::Document &doc, const WorkshopSession &session, QList<Voter> voters)
{
    VotingRoom room(doc, session, std::move(voters));
    room.takeUpFromFile();
    return room;
}

void VotingRoom::takeUpFromFile()
{
    // A room over a session with rounds in the file (the window or host stopped mid-session):
    // its later rounds' sessions ("TITLE (round N)", started after it), the last round of each
    // statement, and every round still blind, to be taken up again with its answers.
    const Workshop w = m_doc->workshop();
    takeUpLink(w);
    for (const WorkshopSession &s : w.sessions) {
        // Started after it, on its day, with its title and the next round's number: not a later
        // session that happens to share the title.
        if (s.id > m_rounds.last() && s.date == m_session.date &&
            s.title == roundTitle(static_cast<int>(m_rounds.size()) + 1))
            m_rounds.append(s.id);
    }
    const auto roundOf = [this](qint64 session) { return static_cast<int>(m_rounds.indexOf(session)) + 1; };
    const auto noteRound = [this](const QString &indicator, int round) {
        if (round > 0)
            m_lastRound.insert(indicator, std::max(m_lastRound.value(indicator, 0), round));
    };
    for (const Vote &v : w.votes)
        noteRound(v.indicator, roundOf(v.session));
    for (const CantSay &c : w.cantSays)
        noteRound(c.indicator, roundOf(c.session));
    for (const BlindRound &b : w.blindRounds) {
        const int round = roundOf(b.session);
        if (round == 0)
            continue; // another session's
        noteRound(b.indicator, round);
        const QHash<qint64, std::optional<int>> answers = m_doc->blindAnswers(b.session, b.indicator);
        Pending pending{round, QList<std::optional<Choice>>(m_voters.size())};
        for (qsizetype i = 0; i < m_voters.size(); ++i) {
            if (answers.contains(m_voters[i].participant))
                pending.choices[i] = Choice(answers.value(m_voters[i].participant));
        }
        // Only the latest round of a statement can be open; an earlier blind one was left behind.
        if (pending.round >= m_pending.value(b.indicator).round)
            m_pending.insert(b.indicator, pending);
    }
}

void VotingRoom::takeUpLink(const Workshop &w)
{
    // Phones were voting when the workbench stopped, and the link is this user's own (its seal
    // verifies): kept aside until the page is served at that same address (takeUpKeptLink()).
    if (const std::optional<storage::VotingLink> link = m_doc->votingLink(session())) {
        Kept kept{Endpoint{link->address, link->port}, link->secret, {}};
        for (qsizetype i = 0; i < m_voters.size(); ++i) {
            if (link->tokenDigests.contains(m_voters[i].participant))
                kept.tokenDigests.insert(static_cast<int>(i), link->tokenDigests.value(m_voters[i].participant));
        }
        m_kept = kept;
    }
    for (const Claim &c : w.claims) {
        const Participant *p = c.session == session() ? w.participant(c.participant) : nullptr;
        if (p)
            m_claimLog.append({p->name, c.device, c.at, c.released});
    }
}

std::optional<VotingRoom::Endpoint> VotingRoom::keptLink() const
{
    return m_kept ? std::optional<Endpoint>(m_kept->at) : std::nullopt;
}

void VotingRoom::takeUpKeptLink()
{
    if (!m_kept)
        return;
    // The same secret, so the same join address and page origin, where each phone's token is
    // still in its browser: every claimed name goes on with the phone that claimed it.
    m_secret = m_kept->secret;
    m_tokenDigests = m_kept->tokenDigests;
    m_kept.reset();
}

Status VotingRoom::dropKeptLink()
{
    // Served anywhere else, a phone's stored token is another origin's and never comes back:
    // a new secret and no claims, so every name is free to pick again.
    m_secret = randomHex128();
    m_tokenDigests.clear();
    m_kept.reset();
    return forgetLink();
}

Status VotingRoom::keepLink(const QString &address, quint16 port)
{
    storage::VotingLink link{session(), m_secret, address, port, {}};
    for (auto it = m_tokenDigests.cbegin(); it != m_tokenDigests.cend(); ++it)
        link.tokenDigests.insert(m_voters.at(it.key()).participant, it.value());
    if (const Status kept = m_doc->keepVotingLink(link); !kept)
        return kept;
    m_servedAt = Endpoint{address, port};
    return {};
}

Status VotingRoom::forgetLink()
{
    if (const Status forgotten = m_doc->forgetVotingLink(session()); !forgotten)
        return forgotten;
    m_servedAt.reset();
    return {};
}

QString VotingRoom::roundTitle(int round) const
{
    if (round <= 1)
        return m_session.title;
    const QString suffix = QStringLiteral(" (round %1)").arg(round);
    return m_session.title.left(text::MaxName - suffix.size()) + suffix;
}

Result<QByteArray> VotingRoom::claim(int voter, const QString &device)
{
    if (voter < 0 || voter >= m_voters.size())
        return Error{ErrorKind::NotFound, {}, 0, QStringLiteral("no such name in the register"), {}};
    if (m_tokenDigests.contains(voter))
        return conflict(u"\"" + m_voters[voter].name + u"\" is already claimed from another device");
    // Logged in the file before the phone gets its token: the record says who voted from where.
    const QString from = deviceText(device);
    const QByteArray token = randomHex128();
    if (const Status logged = m_doc->recordClaim(session(), m_voters[voter].participant, from, false, digestOf(token));
        !logged)
        return logged.error();
    m_tokenDigests.insert(voter, digestOf(token));
    m_claimLog.append({m_voters[voter].name, from, QDateTime::currentDateTimeUtc(), false});
    return token;
}

bool VotingRoom::release(int voter)
{
    if (!m_tokenDigests.contains(voter))
        return false;
    if (!m_doc->recordClaim(session(), m_voters[voter].participant, {}, true))
        return false; // not logged, so not released: the file's record stays true
    m_tokenDigests.remove(voter);
    m_claimLog.append({m_voters[voter].name, {}, QDateTime::currentDateTimeUtc(), true});
    return true;
}

int VotingRoom::voterWithToken(const QByteArray &token) const
{
    // Kept as digests, here and in the file (a copy of the file cannot vote as anyone).
    const QByteArray digest = digestOf(token);
    int found = -1;
    for (auto it = m_tokenDigests.cbegin(); it != m_tokenDigests.cend(); ++it) {
        if (sameSecret(it.value(), digest))
            found = it.key(); // no early return: every token is compared
    }
    return found;
}

Result<qint64> VotingRoom::roundSession(int round)
{
    while (m_rounds.size() < round) {
        WorkshopSession next = m_session;
        next.title = roundTitle(static_cast<int>(m_rounds.size()) + 1);
        const Result<qint64> id = m_doc->startSession(next);
        if (!id)
            return id.error();
        m_rounds.append(*id);
    }
    return m_rounds.at(round - 1);
}

void VotingRoom::startRound(int round)
{
    m_round = round;
    m_phase = Phase::Voting;
    m_ballot = randomHex128();
    m_choices = QList<std::optional<Choice>>(m_voters.size());
}

Status VotingRoom::open(const QString &indicator)
{
    if (!m_doc->framework().indicator(indicator))
        return Error{ErrorKind::NotFound, {}, 0, u"there is no statement \"" + indicator + u"\" in " + m_doc->framework().id, {}};
    // Left before its reveal: kept, so that coming back to the statement finds its votes.
    if (m_phase == Phase::Voting)
        m_pending.insert(m_statement, {m_round, m_choices});
    const Pending pending = m_pending.take(indicator);
    m_statement = indicator;
    if (pending.round > 0) {
        startRound(pending.round);
        m_choices = pending.choices;
    } else {
        startRound(m_lastRound.value(indicator, 0) + 1);
    }
    return {};
}

std::optional<Error> VotingRoom::closedToVotes() const
{
    if (m_phase == Phase::Closed)
        return conflict(QStringLiteral("no vote is open"));
    if (m_phase == Phase::Revealed)
        return conflict(QStringLiteral("the votes are already revealed"));
    return std::nullopt;
}

Status VotingRoom::vote(int voter, Choice choice)
{
    if (const std::optional<Error> closed = closedToVotes())
        return *closed;
    if (voter < 0 || voter >= m_voters.size())
        return Error{ErrorKind::NotFound, {}, 0, QStringLiteral("no such name in the register"), {}};
    if (choice) {
        if (const auto problem = workshoprules::problemWithVote(m_statement, *choice, m_doc->framework()))
            return Error{ErrorKind::BadData, {}, 0, *problem, {}};
    }
    const Result<qint64> session = roundSession(m_round);
    if (!session)
        return session.error();
    if (const Status cast = m_doc->castVote(*session, m_voters[voter].participant, m_statement, choice); !cast)
        return cast;
    m_choices[voter] = choice;
    m_lastRound.insert(m_statement, std::max(m_lastRound.value(m_statement, 0), m_round));
    return {};
}

Status VotingRoom::inOneCommit(const std::function<Status()> &body)
{
    // What vote() changes in memory (a second round's session is created on its first vote).
    const QList<std::optional<Choice>> choices = m_choices;
    const QList<qint64> rounds = m_rounds;
    const QHash<QString, int> lastRound = m_lastRound;
    const Status written = m_doc->inOneTransaction(QStringLiteral("cannot record the votes"), body);
    if (!written) {
        m_choices = choices;
        m_rounds = rounds;
        m_lastRound = lastRound;
    }
    return written;
}

Status VotingRoom::withdraw(int voter)
{
    if (const std::optional<Error> closed = closedToVotes())
        return *closed;
    if (voter < 0 || voter >= m_voters.size())
        return Error{ErrorKind::NotFound, {}, 0, QStringLiteral("no such name in the register"), {}};
    if (!m_choices[voter])
        return {};
    const Result<qint64> session = roundSession(m_round);
    if (!session)
        return session.error();
    if (const Status taken = m_doc->withdrawVote(*session, m_voters[voter].participant, m_statement); !taken)
        return taken;
    m_choices[voter].reset();
    return {};
}

Status VotingRoom::voteAll(const QList<int> &levels)
{
    if (const std::optional<Error> closed = closedToVotes())
        return *closed;
    if (levels.size() > m_voters.size())
        return Error{ErrorKind::BadData, {}, 0,
                     QStringLiteral("%1 votes, but only %2 people are present").arg(levels.size()).arg(m_voters.size()), {}};
    QList<std::pair<qint64, int>> votes;
    for (qsizetype i = 0; i < levels.size(); ++i) {
        if (const auto problem = workshoprules::problemWithVote(m_statement, levels[i], m_doc->framework()))
            return Error{ErrorKind::BadData, {}, 0, *problem, {}};
        votes.append({m_voters[i].participant, levels[i]});
    }
    const Result<qint64> session = roundSession(m_round);
    if (!session)
        return session.error();
    // One transaction: the tally replaces every answer of the round, phones' included.
    if (const Status set = m_doc->tallyVotes(*session, m_statement, votes); !set)
        return set;
    m_choices = QList<std::optional<Choice>>(m_voters.size());
    for (qsizetype i = 0; i < levels.size(); ++i)
        m_choices[i] = Choice(levels[i]);
    if (!levels.isEmpty())
        m_lastRound.insert(m_statement, std::max(m_lastRound.value(m_statement, 0), m_round));
    return {};
}

VotingRoom::Count VotingRoom::count() const
{
    Count c;
    c.of = static_cast<int>(m_voters.size());
    for (int i = 0; i < m_voters.size(); ++i) {
        if (m_phase != Phase::Closed && m_choices.value(i))
            ++c.voted;
        else
            c.waiting.append(m_voters[i].name);
    }
    return c;
}

Status VotingRoom::reveal()
{
    if (m_phase != Phase::Voting)
        return conflict(m_phase == Phase::Closed ? QStringLiteral("no vote is open")
                                                 : QStringLiteral("the votes are already revealed"));
    if (count().voted == 0)
        return conflict(QStringLiteral("nobody has voted yet"));
    // The file first: until it says the round is revealed, reports and exports leave it out.
    if (const Status revealed = m_doc->revealVotes(roundSessionId(), m_statement); !revealed)
        return revealed;
    m_phase = Phase::Revealed;
    return {};
}

std::optional<VotingRoom::Outcome> VotingRoom::outcome() const
{
    if (m_phase != Phase::Revealed)
        return std::nullopt;
    Outcome o;
    QList<int> levels;
    for (const std::optional<Choice> &c : m_choices) {
        if (c && *c)
            levels.append(**c);
        else if (c)
            ++o.cantSay;
    }
    o.summary = summarise(levels, m_doc->framework().scale, m_session.disagreementRule);
    return o;
}

Status VotingRoom::revote()
{
    if (m_phase != Phase::Revealed)
        return conflict(QStringLiteral("a second round follows a reveal"));
    startRound(m_round + 1);
    return {};
}

Status VotingRoom::agree(int level, const QString &rationale)
{
    if (m_phase != Phase::Revealed)
        return conflict(QStringLiteral("a score is agreed after the votes are revealed"));
    const Result<qint64> session = roundSession(m_round);
    if (!session)
        return session.error();
    Decision d;
    d.session = *session;
    d.indicator = m_statement;
    d.text = agreedText(level);
    d.rationale = rationale.trimmed();
    // Both are checked before either is written: a refused rationale leaves neither.
    if (const auto problem = workshoprules::problemWith(d, m_doc->framework()))
        return Error{ErrorKind::BadData, {}, 0, *problem, {}};
    Answer a = m_doc->answer(m_statement).value_or(Answer{m_statement, {}, false, {}, {}, 1, {}, {}});
    a.score = level;
    a.notApplicable = false;
    a.naReason.clear();
    if (const Status set = m_doc->setAnswer(a); !set)
        return set;
    if (const Result<qint64> recorded = m_doc->recordDecision(d); !recorded)
        return recorded.error();
    close();
    return {};
}

void VotingRoom::leave()
{
    if (m_phase == Phase::Voting)
        m_pending.insert(m_statement, {m_round, m_choices});
    close();
}

void VotingRoom::close()
{
    m_phase = Phase::Closed;
    m_statement.clear();
    m_round = 0;
    m_ballot.clear();
    m_choices.clear();
}

} // namespace wgll::workshop
