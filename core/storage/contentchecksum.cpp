// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentchecksum.h"

#include "schema.h"
#include "sqlite/database.h"

#include <QCryptographicHash>
#include <QtEndian>

#include <sqlite3.h>

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
                const int type = s.columnType(c);
                hash.addData(QByteArrayView(reinterpret_cast<const char *>(&type), 1));
                switch (type) {
                case SQLITE_INTEGER:
                    addLength(s.int64(c));
                    break;
                case SQLITE_FLOAT: {
                    const QByteArray text = QByteArray::number(s.real(c), 'g', 17);
                    addLength(text.size());
                    hash.addData(text);
                    break;
                }
                case SQLITE_TEXT:
                case SQLITE_BLOB: {
                    const QByteArray bytes = s.blob(c); // raw bytes for text too: no lossy decoding
                    addLength(bytes.size());
                    hash.addData(bytes);
                    break;
                }
                default:
                    break; // NULL: the type tag alone
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
