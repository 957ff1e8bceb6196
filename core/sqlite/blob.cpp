// SPDX-License-Identifier: GPL-3.0-or-later
#include "blob.h"

#include <sqlite3.h>

#include <utility>

namespace wgll::sqlite {

Blob::Blob(sqlite3 *db, sqlite3_blob *blob, QString fileName)
    : m_db(db), m_blob(blob), m_size(sqlite3_blob_bytes(blob)), m_fileName(std::move(fileName))
{
}

Blob::Blob(Blob &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_blob(std::exchange(other.m_blob, nullptr)), m_size(std::exchange(other.m_size, 0)),
      m_fileName(std::move(other.m_fileName))
{
}

Blob &Blob::operator=(Blob &&other) noexcept
{
    if (this != &other) {
        sqlite3_blob_close(m_blob);
        m_db = std::exchange(other.m_db, nullptr);
        m_blob = std::exchange(other.m_blob, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_fileName = std::move(other.m_fileName);
    }
    return *this;
}

Blob::~Blob()
{
    // A blob handle only reads or writes in place: closing it has nothing left to commit, so
    // its result carries no news for a caller (the enclosing transaction's commit does).
    sqlite3_blob_close(m_blob);
}

Status Blob::rangeCheck(qint64 offset, qint64 length, const char *what) const
{
    // SQLite takes int offsets and lengths; checking here first also keeps a bad range from
    // reaching it as a truncated int.
    if (offset < 0 || length < 0 || offset > m_size || length > m_size - offset)
        return Error{ErrorKind::BadData, m_fileName, 0,
                     QStringLiteral("cannot %1 bytes %2 to %3 of a blob of %4 bytes")
                         .arg(QLatin1StringView(what))
                         .arg(offset)
                         .arg(offset + length)
                         .arg(m_size)};
    return {};
}

Error Blob::failure(const QString &what) const
{
    // The connection's message explains the blob's failure ("abort" when the row went away).
    const int code = sqlite3_errcode(m_db) & 0xff;
    const ErrorKind kind = code == SQLITE_ABORT ? ErrorKind::Conflict : ErrorKind::Io;
    const QString why = code == SQLITE_ABORT ? QStringLiteral("its row was changed or deleted")
                                             : QString::fromUtf8(sqlite3_errmsg(m_db));
    return Error{kind, m_fileName, 0, what + u": " + why};
}

Result<QByteArray> Blob::read(qint64 offset, qint64 length) const
{
    if (const Status inside = rangeCheck(offset, length, "read"); !inside)
        return inside.error();
    QByteArray bytes(length, Qt::Uninitialized);
    if (sqlite3_blob_read(m_blob, bytes.data(), static_cast<int>(length), static_cast<int>(offset)) != SQLITE_OK)
        return failure(QStringLiteral("cannot read a blob"));
    return bytes;
}

Status Blob::write(qint64 offset, QByteArrayView data)
{
    if (const Status inside = rangeCheck(offset, data.size(), "write"); !inside)
        return inside;
    if (sqlite3_blob_write(m_blob, data.data(), static_cast<int>(data.size()), static_cast<int>(offset)) !=
        SQLITE_OK)
        return failure(QStringLiteral("cannot write a blob"));
    return {};
}

} // namespace wgll::sqlite
