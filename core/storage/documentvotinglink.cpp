// SPDX-License-Identifier: GPL-3.0-or-later
// The voting page's address, session secret and token digests, kept in the document while
// phones vote (issue 18: after a crash the page comes back at the same address and each phone
// goes on as the voter it was). Each change is one durable transaction, like a vote.
#include "document.h"
#include "sqlite/database.h"

namespace wgll::storage {

namespace {

bool isLowerHex(const QByteArray &text, qsizetype length)
{
    return text.size() == length &&
           std::all_of(text.cbegin(), text.cend(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

} // namespace

Status Document::keepTokenDigest(qint64 session, qint64 participant, const QByteArray &digest)
{
    if (digest.isEmpty()) {
        sqlite::Statement d = m_db->prepare("DELETE FROM voting_token WHERE session = ?1 AND participant = ?2");
        return d.bind(1, session).bind(2, participant).exec() ? Status{} : sqlFail(QStringLiteral("cannot release the name"));
    }
    if (!isLowerHex(digest, 64))
        return fail(ErrorKind::BadData, QStringLiteral("a token digest must be 64 hexadecimal digits"));
    sqlite::Statement s = m_db->prepare(
        "INSERT OR REPLACE INTO voting_token(session, participant, token_sha256) SELECT ?1, ?2, ?3 "
        "WHERE EXISTS (SELECT 1 FROM voting_link WHERE session = ?1)");
    return s.bind(1, session).bind(2, participant).bind(3, QString::fromLatin1(digest)).exec()
               ? Status{}
               : sqlFail(QStringLiteral("cannot keep the phone's token"));
}

Status Document::keepVotingLink(const VotingLink &link)
{
    if (!isLowerHex(link.secret, 32) || link.port == 0 || link.address.isEmpty() || link.address.size() > 100)
        return fail(ErrorKind::BadData, QStringLiteral("the voting page's address or secret is malformed"));
    const QString what = QStringLiteral("cannot keep the voting page's address");
    return edit(what, [&](bool &) -> Status {
        sqlite::Statement tokens = m_db->prepare("DELETE FROM voting_token WHERE session = ?1");
        sqlite::Statement s = m_db->prepare(
            "INSERT OR REPLACE INTO voting_link(session, secret, address, port, opened_at) "
            "SELECT ?1, ?2, ?3, ?4, ?5 WHERE EXISTS (SELECT 1 FROM workshop_session WHERE id = ?1)");
        if (!tokens.bind(1, link.session).exec() || !s.bind(1, link.session)
                                                         .bind(2, QString::fromLatin1(link.secret))
                                                         .bind(3, link.address)
                                                         .bind(4, static_cast<qint64>(link.port))
                                                         .bind(5, now())
                                                         .exec())
            return sqlFail(what);
        if (m_db->changes() == 0)
            return fail(ErrorKind::NotFound, QStringLiteral("has no such workshop session"));
        for (auto it = link.tokenDigests.cbegin(); it != link.tokenDigests.cend(); ++it) {
            if (const Status kept = keepTokenDigest(link.session, it.key(), it.value()); !kept)
                return kept;
        }
        return {};
    });
}

std::optional<VotingLink> Document::votingLink(qint64 session) const
{
    sqlite::Statement s = m_db->prepare("SELECT secret, address, port FROM voting_link WHERE session = ?1");
    if (!s.bind(1, session).step())
        return std::nullopt;
    VotingLink link{session, s.text(0).toLatin1(), s.text(1), static_cast<quint16>(s.int64(2)), {}};
    sqlite::Statement t = m_db->prepare("SELECT participant, token_sha256 FROM voting_token WHERE session = ?1");
    t.bind(1, session);
    while (t.step())
        link.tokenDigests.insert(t.int64(0), t.text(1).toLatin1());
    return link;
}

QList<qint64> Document::sessionsWithVotingLink() const
{
    QList<qint64> sessions;
    sqlite::Statement s = m_db->prepare("SELECT session FROM voting_link ORDER BY session");
    while (s.step())
        sessions.append(s.int64(0));
    return sessions;
}

Status Document::forgetVotingLink(qint64 session)
{
    const QString what = QStringLiteral("cannot forget the voting page's address");
    return edit(what, [&](bool &changed) -> Status {
        sqlite::Statement tokens = m_db->prepare("DELETE FROM voting_token WHERE session = ?1");
        sqlite::Statement s = m_db->prepare("DELETE FROM voting_link WHERE session = ?1");
        if (!tokens.bind(1, session).exec() || !s.bind(1, session).exec())
            return sqlFail(what);
        changed = m_db->changes() > 0; // nothing kept: the file is not touched
        return {};
    });
}

} // namespace wgll::storage
