// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// For test programs that link core: is a file on disk a whole, valid, sealed .wgll document?

#include "sqlite/database.h"
#include "storage/documentchecker.h"
#include "storage/fileheader.h"

namespace wgll::test {

/// The generation recorded in `path` when it is a valid document (header rules, then the full
/// DocumentChecker with its checksum), or -1 with `why` saying what is wrong.
inline qint64 generationOfValidFile(const QString &path, QString &why)
{
    if (const auto problem = storage::problemWithHeader(path)) {
        why = *problem;
        return -1;
    }
    sqlite::Database db;
    if (!db.open(path, sqlite::Database::Mode::ReadOnly)) {
        why = db.errorMessage();
        return -1;
    }
    storage::DocumentChecker checker(db, path);
    if (!checker.check(storage::DocumentChecker::Checksum::Required)) {
        why = checker.errors().first().message;
        return -1;
    }
    return db.scalar("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'generation'", -1);
}

inline bool isValidDocument(const QString &path, QString &why)
{
    return generationOfValidFile(path, why) >= 0;
}

} // namespace wgll::test
