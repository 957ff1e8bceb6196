// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

struct sqlite3;
struct sqlite3_blob;

namespace wgll::sqlite {

/// One BLOB value opened for incremental I/O (RAII), from Database::openBlob(): evidence files
/// are streamed through it in chunks, so a large file never sits in memory whole. Closed by its
/// destructor on every path out of the code that opened it. Must not outlive its Database.
///
/// The Blob is bound to its row: when that row is changed or deleted meanwhile, every read and
/// write fails (SQLite's "abort") instead of reaching another row's bytes.
class Blob
{
public:
    enum class Access { ReadOnly, ReadWrite };

    Blob(Blob &&other) noexcept;
    Blob &operator=(Blob &&other) noexcept;
    Blob(const Blob &) = delete;
    Blob &operator=(const Blob &) = delete;
    ~Blob();

    /// The size in bytes, fixed when the value was written (a zeroblob for streamed writes).
    qint64 size() const { return m_size; }
    /// `length` bytes from `offset`; an error when that range is not inside the blob.
    Result<QByteArray> read(qint64 offset, qint64 length) const;
    /// Writes `data` at `offset`; a blob never grows, so the range must be inside it.
    Status write(qint64 offset, QByteArrayView data);

private:
    friend class Database;
    Blob(sqlite3 *db, sqlite3_blob *blob, QString fileName);
    Status rangeCheck(qint64 offset, qint64 length, const char *what) const;
    Error failure(const QString &what) const;

    sqlite3 *m_db = nullptr; ///< for the message of a failed read or write
    sqlite3_blob *m_blob = nullptr;
    qint64 m_size = 0;
    QString m_fileName;
};

} // namespace wgll::sqlite
