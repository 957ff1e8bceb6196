// SPDX-License-Identifier: GPL-3.0-or-later
// Raw sqlite3 calls on purpose: a hostile file is built outside the hardened wrapper, which
// would refuse to write it, to test that the wrapper and the checker reject it.
#pragma once
// For test programs that link core: edits a saved .wgll file with SQL as a sender of a hostile
// file can, then recomputes its content checksum (contentchecksum.cpp) so that only the rule
// under test can refuse it.

#include "sqlite/database.h"
#include "storage/contentchecksum.h"

#include <catch2/catch.hpp>

#include <QFile>

#include <sqlite3.h>

namespace wgll::test {

inline void forge(const QString &path, const char *sql)
{
    sqlite3 *raw = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &raw) == SQLITE_OK);
    char *message = nullptr;
    int rc = sqlite3_exec(raw, sql, nullptr, nullptr, &message);
    INFO((message ? message : ""));
    sqlite3_free(message);
    REQUIRE(rc == SQLITE_OK);
    // The checksum is a SHA-256 over the content; anyone can compute it again.
    QByteArray checksum;
    {
        sqlite::Database db;
        REQUIRE(db.open(path, sqlite::Database::Mode::ReadOnly));
        checksum = storage::contentChecksum(db);
    }
    REQUIRE(!checksum.isEmpty());
    sqlite3_stmt *update = nullptr;
    REQUIRE(sqlite3_prepare_v2(raw, "UPDATE meta SET value = ?1 WHERE key = 'content-sha256'", -1, &update, nullptr) ==
            SQLITE_OK);
    sqlite3_bind_text(update, 1, checksum.constData(), static_cast<int>(checksum.size()), SQLITE_TRANSIENT);
    rc = sqlite3_step(update);
    sqlite3_finalize(update);
    sqlite3_close(raw);
    REQUIRE(rc == SQLITE_DONE);
}

} // namespace wgll::test
