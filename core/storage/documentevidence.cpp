// SPDX-License-Identifier: GPL-3.0-or-later
// Document: evidence (files streamed in and out of the document) and actions.
#include "document.h"

#include "assessmentrows.h"

#include "documentchecker.h"
#include "assessment/evidencerules.h"
#include "assessment/textrules.h"
#include "outputfile.h"
#include "sqlite/database.h"
#include "util/boundedread.h"
#include "workingcopy.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QTemporaryFile>
#include <QUrl>


namespace wgll::storage {

namespace {

constexpr int ChunkSize = 1 << 20;

} // namespace

Status Document::linkEvidence(qint64 id, const QStringList &indicators)
{
    sqlite::Statement link = m_db->prepare("INSERT OR IGNORE INTO evidence_link(evidence, indicator) VALUES (?1, ?2)");
    for (const QString &indicator : indicators) {
        link.reset();
        if (!link.bind(1, id).bind(2, indicator).exec())
            return sqlFail(u"cannot link the evidence to statement " + indicator);
    }
    return {};
}

Result<qint64> Document::insertEvidence(const Evidence &e)
{
    if (const Status w = editableCheck(); !w) {
        return w.error();
    }
    if (const auto problem = evidencerules::problemWith(e, m_framework)) {
        return Error{ErrorKind::BadData, m_typedName, 0, *problem};
    }
    qint64 id = 0;
    const Status added = edit(QStringLiteral("cannot add the evidence"), [&](bool &) -> Status {
        sqlite::Statement s = m_db->prepare(
            "INSERT INTO evidence(kind, title, file_name, media_type, size, sha256, content, url, note, added, review_by) "
            "VALUES (?1, ?2, ?3, ?4, ?5, '', ?6, ?7, ?8, ?9, ?10)");
        s.bind(1, Evidence::kindName(e.kind)).bind(2, e.title.trimmed()).bind(3, e.fileName).bind(4, e.mediaType);
        s.bind(5, e.size);
        if (e.kind == Evidence::Kind::File)
            s.bindZeroBlob(6, e.size);
        else
            s.bindNull(6);
        s.bind(7, e.url).bind(8, e.note).bind(9, now());
        s.bind(10, e.reviewBy.isValid() ? e.reviewBy.toString(Qt::ISODate) : QString());
        if (!s.exec())
            return sqlFail(QStringLiteral("cannot add the evidence"));
        id = m_db->lastInsertId();
        if (e.kind == Evidence::Kind::File) {
            if (const Status stored = streamEvidenceFile(id, e.url, e.size); !stored)
                return stored;
        }
        return linkEvidence(id, e.indicators);
    });
    if (!added) {
        return added.error();
    }
    return id;
}

Status Document::streamEvidenceFile(qint64 id, const QString &path, qint64 size)
{
    // Stream the file into the zero-filled blob in chunks, hashing as it goes: a 500 MB
    // evidence file never sits in memory whole.
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return Error{ErrorKind::NotFound, path, 0, u"cannot read: " + in.errorString()};
    Result<sqlite::Blob> blob = m_db->openBlob("evidence", "content", id, sqlite::Blob::Access::ReadWrite);
    if (!blob)
        return sqlFail(QStringLiteral("cannot store the evidence file"));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 offset = 0;
    bool ok = true;
    while (ok && offset < size) {
        const QByteArray chunk = in.read(std::min<qint64>(ChunkSize, size - offset));
        ok = !chunk.isEmpty() && blob->write(offset, chunk);
        hash.addData(chunk);
        offset += chunk.size();
    }
    if (!ok || !in.atEnd())
        return Error{ErrorKind::Io, path, 0, QStringLiteral("the file changed or could not be read while it was being added")};
    sqlite::Statement sha = m_db->prepare("UPDATE evidence SET sha256 = ?2, url = '' WHERE id = ?1");
    if (!sha.bind(1, id).bind(2, QString::fromLatin1(hash.result().toHex())).exec())
        return sqlFail(QStringLiteral("cannot store the evidence file"));
    return {};
}

Result<qint64> Document::addEvidenceFile(const QString &path, const QString &title, const QStringList &indicators)
{
    const QFileInfo info(path);
    // Not isFile(): a pipe or device is taken too (read up to the limit, below).
    if (!info.exists() || info.isDir() || !info.isReadable()) {
        return Error{ErrorKind::NotFound, path, 0, info.exists() ? QStringLiteral("cannot be read") : QStringLiteral("no such file")};
    }
    if (info.size() > Evidence::MaxFileSize) {
        return Error{ErrorKind::BadData, path, 0,
                 u"is larger than " + sizeLimitText(Evidence::MaxFileSize) + u", the limit for one evidence file"};
    }
    Evidence e;
    e.kind = Evidence::Kind::File;
    // Stored as a safe base name: no folder, no control or bidirectional characters (a name
    // like "report\u202Efdp.exe" shows as "report" + "exe.pdf"), at most 255 bytes.
    e.fileName = text::safeFileName(info.fileName());
    e.title = title.trimmed().isEmpty() ? e.fileName.left(text::MaxName) : title;
    e.indicators = indicators;
    // A pipe or device (`<(curl …)`, /dev/zero) has no size to trust, nor has a regular file
    // that says 0 (/proc): it is read once, up to the limit, into a scratch file whose size is
    // known, and stored from there.
    std::optional<QTemporaryFile> scratch;
    if (!isRegularFile(path) || info.size() == 0) {
        if (const Status w = editableCheck(); !w) {
            return w.error();
        }
        scratch.emplace(m_work->folder() + u"/evidence-XXXXXX");
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly)) {
            return Error{ErrorKind::NotFound, path, 0, u"cannot read: " + in.errorString()};
        }
        if (!scratch->open()) {
            return Error{ErrorKind::Io, path, 0, u"cannot be read: no scratch copy (" + scratch->errorString() + u')'};
        }
        Error copyError;
        const std::optional<qint64> size =
            copyAtMost(in, path, *scratch, Evidence::MaxFileSize, QStringLiteral("one evidence file"), copyError);
        if (!size)
            return copyError;
        if (!scratch->flush()) {
            return Error{ErrorKind::Io, path, 0, u"cannot be read: the scratch copy failed (" + scratch->errorString() + u')'};
        }
        scratch->seek(0);
        e.mediaType = QMimeDatabase().mimeTypeForFileNameAndData(info.fileName(), &*scratch).name().left(100);
        e.size = *size;
        e.url = scratch->fileName();
    } else {
        e.mediaType = QMimeDatabase().mimeTypeForFile(info).name().left(100);
        e.size = info.size();
        e.url = info.absoluteFilePath();
    }
    return insertEvidence(e);
}

Result<qint64> Document::addEvidenceLink(const QString &url, const QString &title, const QStringList &indicators)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || url.size() > text::MaxUrl ||
        (scheme != u"https" && scheme != u"http" && scheme != u"mailto")) {
        return Error{ErrorKind::BadData, m_typedName, 0, u"\"" + url.left(100) + u"\" is not an http, https or mailto address"};
    }
    Evidence e;
    e.kind = Evidence::Kind::Link;
    e.title = title.trimmed().isEmpty() ? url.left(text::MaxName) : title;
    e.url = parsed.toString(QUrl::FullyEncoded);
    e.indicators = indicators;
    return insertEvidence(e);
}

Result<qint64> Document::addEvidenceNote(const QString &note, const QString &title, const QStringList &indicators)
{
    if (note.trimmed().isEmpty() || note.size() > text::MaxLongText) {
        return Error{ErrorKind::BadData, m_typedName, 0, QStringLiteral("a note needs text of at most %1 characters").arg(text::MaxLongText)};
    }
    Evidence e;
    e.kind = Evidence::Kind::Note;
    // The help has always said the title defaults; for a note it is the note's first line.
    e.title = title.trimmed().isEmpty() ? text::titleFromFirstLine(note, text::MaxName) : title;
    e.note = note;
    e.indicators = indicators;
    return insertEvidence(e);
}

QList<Evidence> Document::evidence() const
{
    return rows::readEvidence(*m_db);
}

Status Document::removeEvidence(qint64 id)
{
    const QString what = QStringLiteral("cannot remove the evidence");
    return edit(what, [&](bool &) -> Status {
        sqlite::Statement links = m_db->prepare("DELETE FROM evidence_link WHERE evidence = ?1");
        sqlite::Statement item = m_db->prepare("DELETE FROM evidence WHERE id = ?1");
        if (!links.bind(1, id).exec() || !item.bind(1, id).exec())
            return sqlFail(what);
        if (m_db->changes() == 0)
            return fail(ErrorKind::NotFound, QStringLiteral("has no evidence %1").arg(id));
        return {};
    });
}

// Reads evidence `id` from its blob chunk by chunk into `sink` (which may be null: hashing only)
// and checks the SHA-256 at the end. A sink failure stops the reading and is returned as is.
Status Document::streamEvidence(qint64 id, const std::function<Status(QByteArrayView)> &sink) const
{
    sqlite::Statement s = m_db->prepare("SELECT sha256, kind FROM evidence WHERE id = ?1");
    if (!s.bind(1, id).step())
        return fail(ErrorKind::NotFound, QStringLiteral("has no evidence %1").arg(id));
    if (s.text(1) != u"file")
        return fail(ErrorKind::BadData, QStringLiteral("evidence %1 is a %2, not a file").arg(id).arg(s.text(1)));
    const QByteArray expected = s.text(0).toLatin1();
    const Result<sqlite::Blob> blob = m_db->openBlob("evidence", "content", id, sqlite::Blob::Access::ReadOnly);
    if (!blob)
        return sqlFail(QStringLiteral("cannot read evidence %1").arg(id));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (qint64 offset = 0; offset < blob->size();) {
        const Result<QByteArray> chunk = blob->read(offset, std::min<qint64>(blob->size() - offset, ChunkSize));
        if (!chunk)
            return sqlFail(QStringLiteral("cannot read evidence %1").arg(id));
        hash.addData(*chunk);
        if (sink) {
            if (const Status passed = sink(*chunk); !passed)
                return passed;
        }
        offset += chunk->size();
    }
    if (hash.result().toHex() != expected)
        return fail(ErrorKind::BadData, QStringLiteral("evidence %1 is damaged: its content does not match its SHA-256; "
                                                       "nothing was written").arg(id));
    return {};
}

Status Document::extractEvidence(qint64 id, const QString &outFile) const
{
    // Every step of the output is checked (a write to a full disk fails here, not silently
    // at a commit), and the file is committed only after the hash has matched.
    OutputFile out(outFile, {m_fileName});
    if (const Status opened = out.open(); !opened)
        return opened;
    if (const Status streamed = streamEvidence(id, [&](QByteArrayView bytes) { return out.write(bytes); });
        !streamed)
        return streamed;
    return out.commit();
}

Status Document::extractEvidence(qint64 id, const std::function<Status(QByteArrayView)> &sink) const
{
    if (const Status checked = streamEvidence(id, {}); !checked)
        return checked;
    return streamEvidence(id, sink);
}

Status Document::verifyEvidence() const
{
    DocumentChecker checker(*m_db, m_typedName);
    if (!checker.checkEvidenceContent())
        return checker.errors().first();
    return {};
}

} // namespace wgll::storage
