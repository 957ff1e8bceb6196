// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace wgll::sqlite {
class Database;
}

namespace wgll::storage {

/// The .wgll schema (docs/file-format.md). The same statements create a new document and,
/// applied to an empty in-memory database, define the exact allow-list every opened file's
/// sqlite_schema must equal: no extra table, index, view or trigger gets past it.
class Schema
{
public:
    static constexpr int ApplicationId = 0x57474C4C; // "WGLL"
    static constexpr int Version = 3;

    struct Object
    {
        QString type, name, table, sql;
        friend bool operator==(const Object &, const Object &) = default;
    };

    /// Creates every table of format `version` (1 and 2 only for tests and migration checks)
    /// in an empty database and sets application_id and user_version.
    static bool create(sqlite::Database &db, int version = Version);
    /// Brings a checked older file (version 1 or 2) to the current version in one transaction; a
    /// current file is left alone. False on any failure (the transaction rolls back).
    static bool migrate(sqlite::Database &db);
    /// What sqlite_schema must hold for format `version`, sorted by type and name.
    static const QList<Object> &expected(int version = Version);
    /// What sqlite_schema holds, sorted the same way.
    static QList<Object> actual(sqlite::Database &db);
    /// The tables in checksum order, each with its primary-key ORDER BY and the columns that
    /// go into the content checksum.
    struct Table
    {
        const char *name;
        const char *select; ///< SELECT of the checksummed columns in a stable order
    };
    static const QList<Table> &tables(int version = Version);

private:
    static const QList<Table> &version1Tables();
};

} // namespace wgll::storage
