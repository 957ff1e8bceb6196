// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentchecksum.h"

#include "schema.h"
#include "sqlite/database.h"

#include <QCryptographicHash>
#include <QtEndian>


namespace wgll::storage {

QByteArray contentChecksum(sqlite::Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto addLength = [&](qint64 n) {
        const quint64 be = qToBigEndian(static_cast<quint64>(n));
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(&be), sizeof be));
    };
    hash.addData("wgll-content-v1");
    // A file's checksum covers the tables of its own format version (a version-1 file keeps the
    // checksum it was saved with until it is saved as version 2).
    const int version = static_cast<int>(db.scalar("PRAGMA user_version", Schema::Version));
    for (const Schema::Table &table : Schema::tables(version)) {
        hash.addData(QByteArrayView(table.name));
        sqlite::Statement s = db.prepare(table.select);
        if (!s.isValid())
            return {};
        const int columns = s.columnCount();
        qint64 rows = 0;
        while (s.step()) {
            ++rows;
            for (int c = 0; c < columns; ++c) {
                const sqlite::ColumnType type = s.columnType(c);
                const char tag = static_cast<char>(type); // SQLite's type number, as always hashed
                hash.addData(QByteArrayView(&tag, 1));
                switch (type) {
                case sqlite::ColumnType::Integer:
                    addLength(s.int64(c));
                    break;
                case sqlite::ColumnType::Float: {
                    const QByteArray text = QByteArray::number(s.real(c), 'g', 17);
                    addLength(text.size());
                    hash.addData(text);
                    break;
                }
                case sqlite::ColumnType::Text:
                case sqlite::ColumnType::Blob: {
                    const QByteArray bytes = s.blob(c); // raw bytes for text too: no lossy decoding
                    addLength(bytes.size());
                    hash.addData(bytes);
                    break;
                }
                case sqlite::ColumnType::Null:
                    break; // the type tag alone
                }
            }
        }
        if (!s.ok())
            return {};
        addLength(rows);
    }
    return hash.result().toHex();
}

} // namespace wgll::storage
