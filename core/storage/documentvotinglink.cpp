// SPDX-License-Identifier: GPL-3.0-or-later
// The voting page's address, session secret and token digests, kept in the document while
// phones vote (issue 18: after a crash the page comes back at the same address and each phone
// goes on as the voter it was). Each change is one durable transaction, like a vote.
#include "document.h"
#include "linkkey.h"
#include "sqlite/database.h"
#include "util/constanttime.h"

#include <QFileInfo>
#include <QMessageAuthenticationCode>

namespace wgll::storage {

namespace {

bool isLowerHex(const QByteArray &text, qsizetype length)
{
    return text.size() == length &&
           std::all_of(text.cbegin(), text.cend(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

/// An IP address as QHostAddress writes one (the file check's rule): digits, hexadecimal, ':'
/// and '.', at most 45 characters.
bool isAddressText(const QString &address)
{
    return !address.isEmpty() && address.size() <= 45 && std::all_of(address.cbegin(), address.cend(), [](QChar c) {
        return c.isDigit() || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F') || c == u':' || c == u'.';
    });
}

/// The seal of a kept link: HMAC-SHA-256 under this user's key of what serving it again uses.
QByteArray sealOf(const QByteArray &key, qint64 session, const QByteArray &secret, const QString &address, qint64 port)
{
    const QByteArray message = "wgll voting link 1\n" + QByteArray::number(session) + '\n' + secret + '\n' +
                               address.toLatin1() + '\n' + QByteArray::number(port);
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256).toHex();
}

} // namespace

QByteArray Document::votingLinkKey() const
{
    // Beside the working copies: the folder a crash's unsaved changes are taken up from too.
    return m_work ? linkKey(QFileInfo(m_work->folder()).absolutePath()) : QByteArray();
}

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
    if (!isLowerHex(link.secret, 32) || link.port == 0 || !isAddressText(link.address))
        return fail(ErrorKind::BadData, QStringLiteral("the voting page's address or secret is malformed"));
    const QByteArray key = votingLinkKey();
    // No key (its folder cannot be written): an all-zero seal no key gives, so the link is kept
    // but never served again, and phones rejoin after a crash.
    const QByteArray seal = key.isEmpty() ? QByteArray(64, '0')
                                          : sealOf(key, link.session, link.secret, link.address, link.port);
    const QString what = QStringLiteral("cannot keep the voting page's address");
    return edit(what, [&](bool &) -> Status {
        sqlite::Statement tokens = m_db->prepare("DELETE FROM voting_token WHERE session = ?1");
        sqlite::Statement s = m_db->prepare(
            "INSERT OR REPLACE INTO voting_link(session, secret, address, port, opened_at, seal) "
            "SELECT ?1, ?2, ?3, ?4, ?5, ?6 WHERE EXISTS (SELECT 1 FROM workshop_session WHERE id = ?1)");
        if (!tokens.bind(1, link.session).exec() || !s.bind(1, link.session)
                                                         .bind(2, QString::fromLatin1(link.secret))
                                                         .bind(3, link.address)
                                                         .bind(4, static_cast<qint64>(link.port))
                                                         .bind(5, now())
                                                         .bind(6, QString::fromLatin1(seal))
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
    sqlite::Statement s = m_db->prepare("SELECT secret, address, port, seal FROM voting_link WHERE session = ?1");
    if (!s.bind(1, session).step())
        return std::nullopt;
    VotingLink link{session, s.text(0).toLatin1(), s.text(1), static_cast<quint16>(s.int64(2)), {}};
    // Kept here, by this user, or not at all: a link in a file made elsewhere (its sender knows
    // the secret, and the tokens behind its digests) is never served or honoured.
    const QByteArray key = votingLinkKey();
    if (key.isEmpty() ||
        !constantTimeEqual(sealOf(key, session, link.secret, link.address, link.port), s.text(3).toLatin1()))
        return std::nullopt;
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
    while (s.step()) {
        if (votingLink(s.int64(0))) // only a link kept here counts as phones interrupted here
            sessions.append(s.int64(0));
    }
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
