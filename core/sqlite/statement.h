// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codes.h"

#include <QByteArray>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace wgll::sqlite {

/// A prepared SQLite statement (RAII). Values are always bound, never spliced into SQL text.
/// Owned by the caller; must not outlive the Database that prepared it.
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    bool isValid() const { return m_stmt != nullptr; }

    // Parameters are 1-based, as in SQLite.
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    Statement &bindBlob(int index, const QByteArray &value);
    Statement &bindNull(int index);
    /// A blob of `size` zero bytes, to be filled by incremental blob I/O (streamed evidence).
    Statement &bindZeroBlob(int index, qint64 size);
    Statement &bind(int index, std::optional<int> value);

    /// Runs one step: true when a row is available, false when done. Errors are remembered
    /// and reported by `ok()`/`errorCode()`; a failed step also returns false.
    bool step();
    /// Runs to completion (for statements that return no rows). Returns ok().
    bool exec();
    void reset();
    bool ok() const { return m_error == 0; }
    int errorCode() const { return m_error; }

    // Columns are 0-based, as in SQLite.
    bool isNull(int column) const;
    qint64 int64(int column) const;
    int integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    ColumnType columnType(int column) const;
    int columnCount() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_error = 0;
};

} // namespace wgll::sqlite
